#include "app/analyzeusecase.h"
#include "gui/widgets/similarpatternsdialog.h"
#include "storage/patternrepository.h"
#include "testsupport/plantedhistory.h"
#include "testsupport/testsupport.h"

#include <QDoubleSpinBox>
#include <QLocale>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>

using namespace rulecast;
using namespace rulecast::test;

// "Find similar": the dialog on a pattern id and a database path.
class TestSimilarPatternsDialog : public QObject
{
    Q_OBJECT
private:
    TempDatabase m_db;
    QList<ActivityPattern> m_daily;

    static bool waitFor(SimilarPatternsDialog &d)
    {
        QSignalSpy spy(&d, &SimilarPatternsDialog::searchFinished);
        return (!d.isSearching() || spy.wait(20000)) && !d.isSearching();
    }

private Q_SLOTS:
    void initTestCase()
    {
        qputenv("RULECAST_NO_KEYCHAIN", "1");
        PlantedSpec spec;
        spec.seed = 3;
        spec.monthly = false;
        const PlantedHistory h = plantHistory(spec);
        QVERIFY(insertPlanted(m_db.db(), h));
        AnalyzeRequest request;
        request.databasePath = m_db.path();
        request.asOf = h.end;
        request.days = spec.days;
        const auto analysis = runAnalysis(request);
        QVERIFY2(analysis, qPrintable(analysis.error()));
        const auto all = PatternRepository(m_db.db()).all();
        for (const ActivityPattern &p : all.value())
            if (p.kind == PatternKind::Daily)
                m_daily << p;
        QVERIFY(m_daily.size() >= 2);
    }

    void showsTheNearestPatternsWithScores()
    {
        SimilarPatternsDialog d(m_db.path(), m_daily.first().id, nullptr, 0.4);
        d.show();
        QVERIFY(waitFor(d));
        const auto *table = d.findChild<QTableWidget *>(QStringLiteral("similarPatternsTable"));
        QVERIFY(table);
        QCOMPARE(qsizetype(table->rowCount()), d.results().size());
        QVERIFY(table->rowCount() >= m_daily.size() - 1);
        double last = 2.0;
        for (int row = 0; row < table->rowCount(); ++row) {
            const double s = QLocale().toDouble(table->item(row, 0)->text());
            QVERIFY(s <= last && s >= 0.4 - 1e-3);
            last = s;
            QVERIFY(table->item(row, 1)->text() != QString::number(m_daily.first().id));
            QVERIFY(table->item(row, 0)->toolTip().contains(QLatin1String("kind")));
            if (row < m_daily.size() - 1)
            {
                // The type's name, with the stored id in the tooltip.
                QCOMPARE(table->item(row, 2)->text(), QStringLiteral("daily recurring"));
                QVERIFY(table->item(row, 2)->toolTip().contains(QLatin1String("daily_recurring")));
            }
        }
        QVERIFY2(d.statusText().contains(QLatin1String(" matching pattern")), qPrintable(d.statusText()));

        // A higher threshold searched again from the dialog's own controls.
        d.findChild<QDoubleSpinBox *>(QStringLiteral("similarThreshold"))->setValue(1.0);
        QSignalSpy spy(&d, &SimilarPatternsDialog::searchFinished);
        d.findChild<QPushButton *>(QStringLiteral("similarSearch"))->click();
        QVERIFY(spy.wait(20000));
        QCOMPARE(table->rowCount(), 0);
        QVERIFY(d.statusText().contains(QLatin1String("No patterns at or above similarity 1.00")));
    }

    void unknownPatternIsReported()
    {
        SimilarPatternsDialog d(m_db.path(), 987654, nullptr, 0.5);
        QSignalSpy spy(&d, &SimilarPatternsDialog::searchFinished);
        QVERIFY(spy.wait(20000));
        QCOMPARE(spy.first().first().toBool(), false);
        QVERIFY2(d.statusText().contains(QLatin1String("no pattern 987654")), qPrintable(d.statusText()));
    }

    void closingDuringASearchIsSafe()
    {
        auto *d = new SimilarPatternsDialog(m_db.path(), m_daily.first().id, nullptr, 0.0);
        delete d; // the worker finishes on its own; nothing calls back into the dialog
        QTest::qWait(200);
    }
};

QTEST_MAIN(TestSimilarPatternsDialog)
#include "tst_similarpatternsdialog.moc"
