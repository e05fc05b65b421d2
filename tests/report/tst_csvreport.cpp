#include "report/csvreport.h"
#include "report/reportfixture.h"
#include "report/reporttables.h"

#include "core/timeformat.h"

#include "testsupport/testsupport.h"

#include <QtTest>

using namespace rulecast;
using namespace rulecast::test;

namespace {

// A strict RFC 4180 reader: records end with CRLF; quoted fields may hold
// commas, quotes (doubled) and line breaks.
QList<QStringList> parseCsv(const QString &text, bool *ok)
{
    QList<QStringList> records;
    QStringList record;
    QString field;
    bool quoted = false;
    *ok = true;
    for (int i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"' && i + 1 < text.size() && text.at(i + 1) == u'"') {
                field += u'"';
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == u'"' && field.isEmpty()) {
            quoted = true;
        } else if (c == u',') {
            record << field;
            field.clear();
        } else if (c == u'\r' && i + 1 < text.size() && text.at(i + 1) == u'\n') {
            record << field;
            records << record;
            record.clear();
            field.clear();
            ++i;
        } else if (c == u'\r' || c == u'\n' || c == u'"') {
            *ok = false; // a bare line break or quote outside quotes
        } else {
            field += c;
        }
    }
    *ok = *ok && !quoted && field.isEmpty() && record.isEmpty();
    return records;
}

// section id -> {header, rows}
QHash<QString, QList<QStringList>> sections(const QList<QStringList> &records)
{
    QHash<QString, QList<QStringList>> out;
    QString current;
    for (const QStringList &r : records) {
        if (r.size() == 2 && r.at(0) == QLatin1String("section")) {
            current = r.at(1);
            out.insert(current, {});
        } else if (!(r.size() == 1 && r.at(0).isEmpty())) {
            out[current].append(r);
        }
    }
    return out;
}

QString value(const QList<QStringList> &keyValue, const QString &key)
{
    for (const QStringList &r : keyValue)
        if (r.value(0) == key)
            return r.value(2);
    return QStringLiteral("<missing>");
}

} // namespace

class TestCsvReport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void quotingFollowsRfc4180()
    {
        QCOMPARE(csvRecord({QStringLiteral("a"), QStringLiteral("b c")}), QStringLiteral("a,b c"));
        QCOMPARE(csvRecord({QStringLiteral("x,y"), QStringLiteral("say \"hi\""), QStringLiteral("two\r\nlines")}),
                 QStringLiteral("\"x,y\",\"say \"\"hi\"\"\",\"two\r\nlines\""));
        QCOMPARE(csvRecord({QString(), QString()}), QStringLiteral(","));
        bool ok = false;
        const QList<QStringList> back =
            parseCsv(csvRecord({QStringLiteral("x,y"), QStringLiteral("say \"hi\""), QStringLiteral("a\nb")})
                         + QStringLiteral("\r\n"),
                     &ok);
        QVERIFY(ok);
        QCOMPARE(back.value(0), (QStringList{QStringLiteral("x,y"), QStringLiteral("say \"hi\""), QStringLiteral("a\nb")}));
    }

    void valuesEqualTheUseCases()
    {
        TempDatabase tmp;
        ReportFixture fixture;
        fixture.build(tmp.path());
        ReportRequest request;
        request.databasePath = tmp.path();
        request.now = ReportFixture::kNow;
        const Result<ReportData> data = gatherReportData(request);
        QVERIFY(data);
        bool ok = false;
        const QList<QStringList> records = parseCsv(QString::fromUtf8(csvReport(reportTables(*data))), &ok);
        QVERIFY(ok);
        const auto s = sections(records);
        QCOMPARE(s.size(), 15);

        const QList<QStringList> summary = s.value(QStringLiteral("summary"));
        QCOMPARE(summary.first(), (QStringList{QStringLiteral("key"), QStringLiteral("item"), QStringLiteral("value")}));
        QCOMPARE(value(summary, QStringLiteral("tasks")).toLongLong(), data->history.tasks);
        QCOMPARE(value(summary, QStringLiteral("history_from")), timeformat::toIsoUtc(data->history.firstStart));

        const ValidateReport &v = *fixture.validation;
        const QList<QStringList> accuracy = s.value(QStringLiteral("prediction_accuracy"));
        QCOMPARE(value(accuracy, QStringLiteral("validated")).toLongLong(), qint64(v.validated.size()));
        QCOMPARE(value(accuracy, QStringLiteral("hits")).toLongLong(), v.hits);
        QVERIFY(qAbs(value(accuracy, QStringLiteral("accuracy_rate")).toDouble() - v.accuracyRate) < 1e-6);
        QVERIFY(qAbs(value(accuracy, QStringLiteral("false_positive_rate")).toDouble() - v.falsePositiveRate) < 1e-6);
        QVERIFY(qAbs(value(accuracy, QStringLiteral("brier")).toDouble() - v.score.brier) < 1e-6);

        const QList<QStringList> calibration = s.value(QStringLiteral("calibration"));
        QCOMPARE(calibration.first().join(u','), QStringLiteral("bin_from,bin_to,count,mean_confidence,observed_rate"));
        QCOMPARE(calibration.size(), 11);
        for (std::size_t i = 0; i < v.score.bins.size(); ++i) {
            const QStringList row = calibration.at(int(i) + 1);
            const CalibrationBin &b = v.score.bins[i];
            QCOMPARE(row.at(2).toLongLong(), b.count);
            if (b.count > 0)
                QVERIFY(qAbs(row.at(4).toDouble() - b.observedRate) < 1e-6);
            else
                QVERIFY(row.at(4).isEmpty());
        }

        // The optimization's figures are improvement_metrics as stored.
        const QJsonObject m = fixture.optimization->improvementMetrics;
        const QList<QStringList> run = s.value(QStringLiteral("optimization"));
        QCOMPARE(value(run, QStringLiteral("id")).toLongLong(), fixture.optimization->runId);
        QVERIFY(qAbs(value(run, QStringLiteral("efficiency_gain")).toDouble()
                     - m.value(QLatin1String("efficiency_gain")).toDouble()) < 1e-9);
        const QList<QStringList> metrics = s.value(QStringLiteral("optimization_metrics"));
        QCOMPARE(value(metrics, QStringLiteral("peak")).toInt(),
                 m.value(QLatin1String("before")).toObject().value(QLatin1String("peak")).toInt());

        // Every minute of the replayed load, as the optimizer measured it.
        const QList<QStringList> minutes = s.value(QStringLiteral("load_by_minute"));
        const QVector<int> &before = fixture.optimization->outcome.loadBefore;
        const QVector<int> &after = fixture.optimization->outcome.loadAfter;
        QCOMPARE(minutes.size(), before.size() + 1);
        for (int i = 0; i < before.size(); ++i) {
            QCOMPARE(minutes.at(i + 1).at(1).toInt(), before.at(i));
            QCOMPARE(minutes.at(i + 1).at(2).toInt(), after.at(i));
        }

        const QList<QStringList> patterns = s.value(QStringLiteral("patterns"));
        QCOMPARE(patterns.size(), data->patterns.size() + 1);
        for (int i = 0; i < data->patterns.size(); ++i) {
            QCOMPARE(patterns.at(i + 1).at(0).toLongLong(), data->patterns.at(i).id);
            QVERIFY(qAbs(patterns.at(i + 1).at(4).toDouble() - data->patterns.at(i).confidence) < 1e-6);
        }
        // Numbers use a dot, never a comma (a comma would have split the field).
        for (const QStringList &r : patterns.mid(1))
            QVERIFY(r.at(4).contains(u'.') || r.at(4) == QLatin1String("1") || r.at(4) == QLatin1String("0"));
    }

    void emptyDatabase()
    {
        TempDatabase tmp;
        ReportRequest request;
        request.databasePath = tmp.path();
        const Result<ReportData> data = gatherReportData(request);
        QVERIFY(data);
        bool ok = false;
        const auto s = sections(parseCsv(QString::fromUtf8(csvReport(reportTables(*data))), &ok));
        QVERIFY(ok);
        QCOMPARE(value(s.value(QStringLiteral("summary")), QStringLiteral("tasks")), QStringLiteral("0"));
        QCOMPARE(value(s.value(QStringLiteral("summary")), QStringLiteral("accuracy_rate")), QString());
        const QList<QStringList> missing = s.value(QStringLiteral("missing"));
        QCOMPARE(missing.size(), 2);
        QVERIFY(missing.at(1).at(0).contains(QLatin1String("No task history")));
        QCOMPARE(s.value(QStringLiteral("patterns")).size(), 1); // the header only
    }
};

QTEST_GUILESS_MAIN(TestCsvReport)
#include "tst_csvreport.moc"
