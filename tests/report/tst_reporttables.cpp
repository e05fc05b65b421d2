#include "report/reportfixture.h"
#include "report/reporttables.h"

#include "core/phrase.h"

#include "testsupport/testsupport.h"

#include <QtTest>

using namespace rulecast;
using namespace rulecast::test;

class TestReportTables : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cellsForPeopleAndMachines()
    {
        QCOMPARE(ReportCell::rate(0.873).forPeople(), QStringLiteral("87.3 %"));
        QCOMPARE(ReportCell::rate(0.873).forMachines(), QStringLiteral("0.873"));
        QCOMPARE(ReportCell::number(2.0, 3).forPeople(), QStringLiteral("2.000"));
        QCOMPARE(ReportCell::number(2.0, 3).forMachines(), QStringLiteral("2"));
        QCOMPARE(ReportCell::number(-0.0000001, 2).forMachines(), QStringLiteral("0"));
        QCOMPARE(ReportCell::number(1234567.125, 1).forMachines(), QStringLiteral("1234567.125")); // no grouping
        QCOMPARE(ReportCell::integer(-42).forMachines(), QStringLiteral("-42"));
        QCOMPARE(ReportCell::time(1790000000).forPeople(), QStringLiteral("2026-09-21 14:13 UTC"));
        QCOMPARE(ReportCell::time(1790000000).forMachines(), QStringLiteral("2026-09-21T14:13:20Z"));
        // No value: a dash for people, an empty field for programs.
        for (const ReportCell &c : {ReportCell::rate(qQNaN()), ReportCell::number(qQNaN()),
                                    ReportCell::none(ReportCell::Kind::Integer), ReportCell::none(ReportCell::Kind::Time)}) {
            QVERIFY(!c.hasValue());
            QCOMPARE(c.forPeople(), QStringLiteral("–"));
            QCOMPARE(c.forMachines(), QString());
        }
        QVERIFY(ReportCell::integer(1).isNumeric());
        QVERIFY(!ReportCell::time(1).isNumeric());
        QVERIFY(!ReportCell::text(QStringLiteral("1")).isNumeric());
    }

    void sectionsInOrder()
    {
        TempDatabase tmp;
        ReportFixture fixture;
        fixture.build(tmp.path());
        ReportRequest request;
        request.databasePath = tmp.path();
        request.now = ReportFixture::kNow;
        const Result<ReportData> data = gatherReportData(request);
        QVERIFY(data);
        const QList<ReportTable> tables = reportTables(*data);
        const QStringList all{QStringLiteral("summary"), QStringLiteral("missing"), QStringLiteral("task_types"),
                              QStringLiteral("patterns"), QStringLiteral("rules"), QStringLiteral("rule_conflicts"),
                              QStringLiteral("upcoming_predictions"), QStringLiteral("optimization"),
                              QStringLiteral("optimization_metrics"), QStringLiteral("optimization_changes"),
                              QStringLiteral("load_by_hour"), QStringLiteral("load_by_minute"),
                              QStringLiteral("prediction_accuracy"), QStringLiteral("accuracy_by_type"),
                              QStringLiteral("calibration")};
        QCOMPARE(reportSectionIds(tables, true), all);
        QStringList people = all;
        people.removeAll(QStringLiteral("missing"));
        people.removeAll(QStringLiteral("load_by_minute"));
        QCOMPARE(reportSectionIds(tables, false), people);
        for (const ReportTable &t : tables) {
            QVERIFY2(!t.title.isEmpty(), qPrintable(t.id));
            for (const QList<ReportCell> &row : t.rows)
                QCOMPARE(row.size(), t.columns.size());
            if (t.id == QLatin1String("load_by_hour"))
                QCOMPARE(t.rows.size(), 24);
            if (t.id == QLatin1String("load_by_minute"))
                QCOMPARE(t.rows.size(), fixture.optimization->outcome.loadBefore.size());
            if (t.id == QLatin1String("patterns"))
                QCOMPARE(t.rows.size(), data->patterns.size());
            if (t.id == QLatin1String("calibration"))
                QCOMPARE(t.rows.size(), 10);
        }
    }

    // The patterns table names each type for people ("daily recurring"); an
    // English report (the CLI's, every CSV) keeps the id scripts read.
    void patternTypesNamedOrKeptAsIds()
    {
        TempDatabase tmp;
        ReportFixture fixture;
        fixture.build(tmp.path());
        ReportRequest request;
        request.databasePath = tmp.path();
        request.now = ReportFixture::kNow;
        const Result<ReportData> data = gatherReportData(request);
        QVERIFY(data);
        QVERIFY(!data->patterns.isEmpty());
        auto typeCells = [&data] {
            QStringList cells;
            for (const ReportTable &t : reportTables(*data))
                if (t.id == QLatin1String("patterns"))
                    for (const QList<ReportCell> &row : t.rows)
                        cells << row.at(1).forPeople();
            return cells;
        };
        QStringList labels, ids;
        for (const ActivityPattern &p : data->patterns) {
            labels << patternKindLabel(p.kind);
            ids << p.patternType();
        }
        QCOMPARE(typeCells(), labels);
        QVERIFY(labels != ids);
        const EnglishOnly english;
        QCOMPARE(typeCells(), ids);
    }

    void emptyTablesSayWhy()
    {
        TempDatabase tmp;
        ReportRequest request;
        request.databasePath = tmp.path();
        const Result<ReportData> data = gatherReportData(request);
        QVERIFY(data);
        for (const ReportTable &t : reportTables(*data)) {
            if (t.id == QLatin1String("summary") || t.id == QLatin1String("missing") || t.id == QLatin1String("load_by_hour")
                || t.id == QLatin1String("load_by_minute") || t.id == QLatin1String("calibration"))
                continue;
            QVERIFY2(t.rows.isEmpty(), qPrintable(t.id));
            QVERIFY2(!t.emptyText.isEmpty(), qPrintable(t.id));
        }
    }
};

QTEST_GUILESS_MAIN(TestReportTables)
#include "tst_reporttables.moc"
