#include "gui/models/patterntablemodel.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace rulecast;

namespace {

ActivityPattern pattern(qint64 id, PatternKind kind, const QStringList &types, double confidence, bool active,
                        const QString &lastSeen, qint64 detections)
{
    ActivityPattern p;
    p.id = id;
    p.kind = kind;
    p.taskTypes = types;
    p.confidence = confidence;
    p.active = active;
    p.lastDetectedAt = lastSeen;
    p.storedDetectionCount = detections;
    p.minuteOfDay = 9 * 60 + 30;
    p.spreadMinutes = 3;
    p.frequency = kind == PatternKind::Weekly ? QStringLiteral("weekly") : QStringLiteral("daily");
    TimeWindow w;
    w.startHour = 9;
    w.endHour = 10;
    w.minute = 30;
    if (kind == PatternKind::Weekly)
        w.daysOfWeek = {1, 3, 5};
    p.timeWindows = {w};
    return p;
}

QList<ActivityPattern> samples()
{
    return {pattern(1, PatternKind::Daily, {QStringLiteral("backup")}, 0.91, true, QStringLiteral("2027-01-30 09:31:00"), 4),
            pattern(2, PatternKind::Weekly, {QStringLiteral("weekly-report")}, 0.78, true,
                    QStringLiteral("2027-01-29 09:30:00"), 2),
            pattern(3, PatternKind::Correlation, {QStringLiteral("extract"), QStringLiteral("transform")}, 0.85, true,
                    QStringLiteral("2027-01-31 00:00:00"), 1),
            pattern(4, PatternKind::Daily, {QStringLiteral("old-job")}, 0.95, false, QStringLiteral("2026-12-01 00:00:00"), 7)};
}

QStringList column(const QAbstractItemModel &m, int c, int role = Qt::DisplayRole)
{
    QStringList out;
    for (int r = 0; r < m.rowCount(); ++r)
        out << m.index(r, c).data(role).toString();
    return out;
}

QStringList strings(std::initializer_list<const char *> items)
{
    QStringList out;
    for (const char *i : items)
        out << QString::fromUtf8(i);
    return out;
}

} // namespace

class TestPatternTableModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void showsEveryColumn()
    {
        PatternTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        model.setPatterns(samples());
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(model.columnCount(), int(PatternTableModel::ColumnCount));
        const auto at = [&model](int row, int col, int role = Qt::DisplayRole) { return model.index(row, col).data(role); };
        QCOMPARE(at(0, PatternTableModel::TypeColumn).toString(), QStringLiteral("daily recurring"));
        QCOMPARE(at(0, PatternTableModel::TypeColumn, PatternTableModel::PatternTypeRole).toString(),
                 QStringLiteral("daily_recurring"));
        QVERIFY(at(0, PatternTableModel::TypeColumn, Qt::ToolTipRole).toString().contains(QLatin1String("daily_recurring")));
        QCOMPARE(at(2, PatternTableModel::TaskTypesColumn).toString(), QStringLiteral("extract → transform"));
        // The "when" text is the CLI's (ActivityPattern::describe), not a copy.
        QCOMPARE(at(0, PatternTableModel::WhenColumn).toString(), samples().at(0).describe());
        QVERIFY(!at(0, PatternTableModel::WhenColumn).toString().isEmpty());
        QCOMPARE(at(0, PatternTableModel::ConfidenceColumn).toString(), QStringLiteral("0.91"));
        QCOMPARE(at(0, PatternTableModel::ConfidenceColumn, PatternTableModel::RawValueRole).toDouble(), 0.91);
        QCOMPARE(at(3, PatternTableModel::DetectionsColumn).toLongLong(), 7);
        QCOMPARE(at(1, PatternTableModel::LastSeenColumn).toString(), QStringLiteral("2027-01-29 09:30:00"));
        QCOMPARE(at(1, PatternTableModel::LastSeenColumn, PatternTableModel::RawValueRole).toLongLong(), 1801215000);
        QCOMPARE(at(3, PatternTableModel::ActiveColumn).toString(), QStringLiteral("no"));
        QCOMPARE(at(2, 0, PatternTableModel::PatternIdRole).toLongLong(), 3);
        QCOMPARE(model.rowOf(4), 3);
        QCOMPARE(model.rowOf(99), -1);
        QCOMPARE(model.headerData(PatternTableModel::WhenColumn, Qt::Horizontal).toString(), QStringLiteral("When"));
        model.setPatterns({});
        QCOMPARE(model.rowCount(), 0);
    }

    void proxyFiltersAndSorts()
    {
        PatternTableModel model;
        PatternFilterProxy proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setPatterns(samples());
        // Inactive patterns are hidden unless asked for.
        QCOMPARE(proxy.rowCount(), 3);
        proxy.setIncludeInactive(true);
        QCOMPARE(proxy.rowCount(), 4);
        proxy.setIncludeInactive(false);

        proxy.sort(PatternTableModel::ConfidenceColumn, Qt::DescendingOrder);
        QCOMPARE(column(proxy, PatternTableModel::ConfidenceColumn), strings({"0.91", "0.85", "0.78"}));
        // Sorted on the raw value: the dates, not the strings, and counts numerically.
        proxy.sort(PatternTableModel::LastSeenColumn, Qt::AscendingOrder);
        QCOMPARE(column(proxy, 0, PatternTableModel::PatternIdRole), strings({"2", "1", "3"}));
        proxy.setIncludeInactive(true);
        proxy.sort(PatternTableModel::DetectionsColumn, Qt::DescendingOrder);
        QCOMPARE(column(proxy, 0, PatternTableModel::PatternIdRole), strings({"4", "1", "2", "3"}));
        proxy.setIncludeInactive(false);

        proxy.setPatternType(QStringLiteral("weekly_recurring"));
        QCOMPARE(column(proxy, 0, PatternTableModel::PatternIdRole), QStringList{QStringLiteral("2")});
        proxy.setPatternType(QString());
        proxy.setMinConfidence(0.8);
        QCOMPARE(proxy.rowCount(), 2);
        proxy.setMinConfidence(0.85); // shown as 0.85, so kept
        QCOMPARE(proxy.rowCount(), 2);
        proxy.setMinConfidence(0.0);
        // Text matches a task type (either side of a correlation), case-insensitively.
        proxy.setText(QStringLiteral("  TRANSFORM "));
        QCOMPARE(column(proxy, 0, PatternTableModel::PatternIdRole), QStringList{QStringLiteral("3")});
        proxy.setText(QStringLiteral("no such thing"));
        QCOMPARE(proxy.rowCount(), 0);
        proxy.setText(QString());
        QCOMPARE(proxy.rowCount(), 3);
    }
};

QTEST_GUILESS_MAIN(TestPatternTableModel)
#include "tst_patterntablemodel.moc"
