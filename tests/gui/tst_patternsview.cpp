#include "gui/charts/heatmapwidget.h"
#include "gui/mainwindow.h"
#include "gui/models/patterntablemodel.h"
#include "gui/views/patternsview.h"
#include "gui/widgets/similarpatternsdialog.h"
#include "testsupport/plantedhistory.h"
#include "testsupport/testsupport.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QProgressDialog>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QTest>

using namespace rulecast;
using namespace rulecast::test;

namespace {

QStringList visibleTypes(const PatternsView *view, int column)
{
    QStringList out;
    const QAbstractItemModel *m = view->proxy();
    for (int r = 0; r < m->rowCount(); ++r)
        out << m->index(r, column).data().toString();
    return out;
}

int rowOfTaskType(const PatternsView *view, const QString &type, const QString &patternType)
{
    const QAbstractItemModel *m = view->proxy();
    for (int r = 0; r < m->rowCount(); ++r)
        if (m->index(r, PatternTableModel::TaskTypesColumn).data().toString() == type
            && m->index(r, PatternTableModel::TypeColumn).data(PatternTableModel::PatternTypeRole).toString() == patternType)
            return r;
    return -1;
}

} // namespace

class TestPatternsView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void analyzeFilterSelectAndFindSimilar()
    {
        // A planted history that ends today, so "Analyze" (the last 30 days
        // before now) sees all of it.
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        PlantedSpec spec;
        spec.days = 30;
        spec.start = (now / 86400 - spec.days) * 86400;
        spec.monthly = false;
        spec.noiseTypes = 6;
        spec.maxNoisePerDay = 15;
        const PlantedHistory history = plantHistory(spec);
        TempDatabase temp;
        QVERIFY(insertPlanted(temp.db(), history).ok());

        MainWindow w;
        QVERIFY(w.openDatabase(temp.path()).ok());
        auto *view = w.findChild<PatternsView *>();
        QVERIFY(view);
        QVERIFY(w.views().contains(view));
        w.showView(view);
        w.show();
        QVERIFY2(view->emptyText().contains(QLatin1String("No patterns yet")), qPrintable(view->emptyText()));
        auto *similar = view->findChild<QPushButton *>(QStringLiteral("findSimilarButton"));
        QVERIFY(!similar->isEnabled());

        QSignalSpy finished(view, &PatternsView::analysisFinished);
        QTest::mouseClick(view->findChild<QPushButton *>(QStringLiteral("analyzeButton")), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 60000);
        QVERIFY(finished.first().at(0).toBool());
        QVERIFY(!view->isBusy());
        QVERIFY(view->emptyText().isEmpty());
        auto *table = view->findChild<QTableView *>(QStringLiteral("patternsTable"));
        QVERIFY(table->isVisible());
        const int total = view->visibleCount();
        QVERIFY2(total >= 4, qPrintable(QString::number(total)));
        QCOMPARE(total, view->model()->rowCount()); // a first analysis: nothing inactive yet
        // The planted daily backup is there with its plain-English time.
        const int backupRow = rowOfTaskType(view, QStringLiteral("backup"), QStringLiteral("daily_recurring"));
        QVERIFY2(backupRow >= 0, qPrintable(visibleTypes(view, PatternTableModel::TaskTypesColumn).join(u',')));
        QVERIFY(!view->proxy()->index(backupRow, PatternTableModel::WhenColumn).data().toString().isEmpty());
        QVERIFY(view->findChild<QLabel *>(QStringLiteral("summaryLabel"))->text().contains(QLatin1String("Analyzed")));

        // Filter bar: type, text, min confidence.
        auto *type = view->findChild<QComboBox *>(QStringLiteral("typeCombo"));
        type->setCurrentIndex(type->findData(QStringLiteral("weekly_recurring")));
        QVERIFY(view->visibleCount() >= 1);
        QVERIFY(view->visibleCount() < total);
        for (const QString &t : visibleTypes(view, PatternTableModel::TypeColumn))
            QCOMPARE(t, QStringLiteral("weekly recurring"));
        QCOMPARE(type->currentText(), QStringLiteral("weekly recurring"));
        type->setCurrentIndex(0);
        QCOMPARE(view->visibleCount(), total);
        auto *text = view->findChild<QLineEdit *>(QStringLiteral("textFilter"));
        QTest::keyClicks(text, QStringLiteral("transform"));
        QVERIFY(view->visibleCount() >= 1);
        for (const QString &t : visibleTypes(view, PatternTableModel::TaskTypesColumn))
            QVERIFY2(t.contains(QLatin1String("transform")), qPrintable(t));
        text->clear();
        auto *minConfidence = view->findChild<QDoubleSpinBox *>(QStringLiteral("minConfidenceSpin"));
        minConfidence->setValue(1.0);
        QVERIFY(view->visibleCount() < total);
        QVERIFY(view->emptyText().isEmpty() == (view->visibleCount() > 0));
        minConfidence->setValue(0.0);
        QCOMPARE(view->visibleCount(), total);

        // Selecting a pattern shows its evidence and their weekday x hour histogram.
        const int row = rowOfTaskType(view, QStringLiteral("backup"), QStringLiteral("daily_recurring"));
        table->selectRow(row);
        const qint64 id = view->selectedPatternId();
        QVERIFY(id > 0);
        const ActivityPattern &p = view->model()->pattern(view->model()->rowOf(id));
        QVERIFY(!view->evidence().isEmpty());
        QCOMPARE(view->evidence().size(), p.evidenceTaskIds.size());
        for (const TaskRecord &t : view->evidence())
            QCOMPARE(t.type, QStringLiteral("backup"));
        QCOMPARE(view->histogram()->total(), qint64(view->evidence().size()));
        // A daily pattern's starts sit in one or two hours of the day.
        const HeatmapWidget::Counts &counts = view->histogram()->counts();
        int hoursUsed = 0;
        for (int h = 0; h < 24; ++h) {
            qint64 n = 0;
            for (int d = 0; d < 7; ++d)
                n += counts[std::size_t(d * 24 + h)];
            hoursUsed += n > 0;
        }
        QVERIFY2(hoursUsed >= 1 && hoursUsed <= 2, qPrintable(QString::number(hoursUsed)));
        auto *evidence = view->findChild<QTableWidget *>(QStringLiteral("evidenceTable"));
        QCOMPARE(evidence->rowCount(), int(view->evidence().size()));
        QCOMPARE(evidence->item(0, 1)->text(), QStringLiteral("backup"));

        // Find similar opens the dialog on the selected pattern.
        QVERIFY(similar->isEnabled());
        QTest::mouseClick(similar, Qt::LeftButton);
        auto *dialog = view->findChild<SimilarPatternsDialog *>();
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible());
        QTRY_VERIFY_WITH_TIMEOUT(!dialog->isSearching(), 20000);
        dialog->close();

        // A second analysis merges into the same rows: nothing new appears.
        QTest::mouseClick(view->findChild<QPushButton *>(QStringLiteral("analyzeButton")), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, 60000);
        QVERIFY(finished.at(1).at(0).toBool());
        QCOMPARE(view->model()->rowCount(), total);
        QCOMPARE(view->selectedPatternId(), id); // the selection survives the reload
    }

    void cancelStoresNothing()
    {
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        PlantedSpec spec;
        spec.days = 30;
        spec.start = (now / 86400 - spec.days) * 86400;
        spec.monthly = false;
        TempDatabase temp;
        QVERIFY(insertPlanted(temp.db(), plantHistory(spec)).ok());
        PatternsView view;
        view.setDatabase(temp.db());
        view.show();
        QSignalSpy finished(&view, &PatternsView::analysisFinished);
        view.analyze();
        QVERIFY(view.isBusy());
        // Cancel before the event loop runs: the worker is still reading or detecting.
        auto *progress = view.findChild<QProgressDialog *>();
        QVERIFY(progress);
        // The dialog's own Cancel button (QProgressDialog::cancel() emits nothing).
        auto *cancel = progress->findChild<QPushButton *>();
        QVERIFY(cancel);
        cancel->click();
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 60000);
        QVERIFY(!finished.first().at(0).toBool());
        QVERIFY(!view.isBusy());
        QVERIFY(view.findChild<QLabel *>(QStringLiteral("summaryLabel"))->text().contains(QLatin1String("canceled")));
        QSqlQuery q(temp.db().connection());
        QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM activity_patterns")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 0);
        QCOMPARE(view.model()->rowCount(), 0);
        QVERIFY(view.emptyText().contains(QLatin1String("No patterns yet")));
    }

    void emptyStateWithoutDatabase()
    {
        PatternsView view;
        view.setDatabase(std::nullopt);
        QVERIFY(view.emptyText().contains(QLatin1String("Open or create")));
        QVERIFY(view.findSimilar() == nullptr);
    }
};

QTEST_MAIN(TestPatternsView)
#include "tst_patternsview.moc"
