#include "gui/charts/chartexport.h"
#include "gui/charts/predictiontimeline.h"
#include "gui/models/predictiontablemodel.h"

#include <QApplication>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTest>
#include <QWheelEvent>

using namespace rulecast;

namespace {

const qint64 kT = 20494 * 86400; // 2026-02-10 00:00 UTC

PredictionRecord prediction(qint64 id, const QString &type, qint64 at, double confidence)
{
    PredictionRecord p;
    p.id = id;
    p.taskType = type;
    p.slotStart = at;
    p.slotEnd = at + 1800;
    p.confidence = confidence;
    p.explanation = QStringLiteral("because %1").arg(id);
    return p;
}

} // namespace

class TestPredictionTimeline : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void lanesBarsAndClicks()
    {
        PredictionTableModel model;
        model.setPredictions({prediction(1, QStringLiteral("etl"), kT + 3600, 0.8),
                              prediction(2, QStringLiteral("Backup"), kT + 7200, 0.95),
                              prediction(3, QStringLiteral("etl"), kT + 10 * 3600, 0.75),
                              prediction(4, QStringLiteral("zip"), kT + 30 * 3600, 0.9)}); // outside the window
        PredictionTimeline timeline;
        timeline.setTimeZone(QTimeZone::utc());
        timeline.setModel(&model);
        timeline.setWindow(kT, kT + 24 * 3600);
        timeline.setScaleMinimum(0.7);
        timeline.resize(800, 240);
        timeline.show();
        QVERIFY(QTest::qWaitForWindowExposed(&timeline));

        // Lanes alphabetical, case-insensitive; every row a bar, one outside the window not drawn.
        QCOMPARE(timeline.laneTypes(), (QStringList{QStringLiteral("Backup"), QStringLiteral("etl"), QStringLiteral("zip")}));
        QCOMPARE(timeline.barCount(), 4);
        QVERIFY(timeline.barRect(3).isEmpty());
        const QRectF first = timeline.barRect(0);
        const QRectF later = timeline.barRect(2);
        QVERIFY(!first.isEmpty() && !later.isEmpty());
        QCOMPARE(first.top(), later.top()); // same lane
        QVERIFY(timeline.barRect(1).top() < first.top()); // "Backup" above "etl"
        // Position and width follow time: 9 hours apart, half an hour wide each.
        const qreal hour = (later.left() - first.left()) / 9.0;
        QVERIFY(hour > 10);
        QVERIFY(qAbs(first.width() - hour / 2) < 1.5);

        QCOMPARE(timeline.rowAt(first.center()), 0);
        QCOMPARE(timeline.rowAt(QPointF(first.right() + hour, first.center().y())), -1);
        QSignalSpy clicked(&timeline, &PredictionTimeline::rowClicked);
        QTest::mouseClick(&timeline, Qt::LeftButton, {}, timeline.barRect(1).center().toPoint());
        QCOMPARE(clicked.size(), 1);
        QCOMPARE(clicked.first().at(0).toInt(), 1);

        // The colour scale runs from the scale minimum (darkest) to 1 (brightest).
        QVERIFY(timeline.colorFor(0.7).lightnessF() < timeline.colorFor(0.85).lightnessF());
        QVERIFY(timeline.colorFor(0.85).lightnessF() < timeline.colorFor(1.0).lightnessF());
        QCOMPARE(timeline.colorFor(0.5), timeline.colorFor(0.7)); // clamped

        QVERIFY(chartSaveAction(&timeline)); // "Save as PNG…" in the context menu

        // Rows removed from the model disappear.
        model.setPredictions({});
        QCOMPARE(timeline.barCount(), 0);
        QVERIFY(timeline.laneTypes().isEmpty());
    }

    void manyTypesScroll()
    {
        PredictionTableModel model;
        std::vector<PredictionRecord> rows;
        for (int i = 0; i < 60; ++i)
            rows.push_back(prediction(i + 1, QStringLiteral("type-%1").arg(i, 2, 10, QLatin1Char('0')), kT + i * 600, 0.8));
        model.setPredictions(rows);
        PredictionTimeline timeline;
        timeline.setModel(&model);
        timeline.setWindow(kT, kT + 12 * 3600);
        timeline.resize(800, 260);
        timeline.show();
        QVERIFY(QTest::qWaitForWindowExposed(&timeline));
        const int shown = timeline.visibleLaneCount();
        QVERIFY2(shown >= 3 && shown < 60, qPrintable(QString::number(shown)));
        auto *scroll = timeline.findChild<QScrollBar *>(QStringLiteral("timelineScroll"));
        QVERIFY(scroll && scroll->isVisible());
        QCOMPARE(scroll->maximum(), 60 - shown);
        QVERIFY(!timeline.barRect(0).isEmpty());
        QVERIFY(timeline.barRect(59).isEmpty()); // scrolled out of view

        // Selecting a row scrolls its lane into view.
        timeline.setSelectedRow(59);
        QCOMPARE(timeline.firstVisibleLane(), 60 - shown);
        QVERIFY(!timeline.barRect(59).isEmpty());
        QVERIFY(timeline.barRect(0).isEmpty());
        // The wheel scrolls back up.
        QWheelEvent up(QPointF(400, 100), timeline.mapToGlobal(QPointF(400, 100)), QPoint(), QPoint(0, 120 * 3),
                       Qt::NoButton, Qt::NoModifier, Qt::NoScrollPhase, false);
        QApplication::sendEvent(&timeline, &up);
        QCOMPARE(timeline.firstVisibleLane(), 60 - shown - 3);

        // A tall window needs no scrolling.
        timeline.resize(800, 2000);
        QVERIFY(!scroll->isVisible());
        QCOMPARE(timeline.firstVisibleLane(), 0);
        QVERIFY(!timeline.barRect(59).isEmpty());
    }
};

QTEST_MAIN(TestPredictionTimeline)
#include "tst_predictiontimeline.moc"
