#pragma once

#include "app/storedpredictions.h"

#include <QAbstractTableModel>
#include <QSortFilterProxyModel>
#include <QTimeZone>

#include <vector>

namespace rulecast {

// The predictions the Predictions view shows (rows of predictive_schedules),
// as a table. At most look-ahead hours x max_predictions_per_hour rows, so
// the whole list is held; a PredictionFilterProxy filters and sorts. The
// timeline chart reads the same rows through the proxy (the roles below), so
// the table's filter applies to both.
class PredictionTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        TypeColumn,
        TimeColumn,
        ConfidenceColumn,
        SourceColumn,
        DurationColumn,
        CpuColumn,
        MemoryColumn,
        ScheduledColumn,
        ExplanationColumn,
        ColumnCount
    };
    // The unformatted value of a cell (time as epoch seconds, confidence,
    // duration in minutes, CPU %, MB, scheduled as bool) for sorting and tests.
    static constexpr int RawValueRole = Qt::UserRole + 1;
    static constexpr int IdRole = Qt::UserRole + 2;         // the predictive_schedules row id
    static constexpr int TaskTypeRole = Qt::UserRole + 3;
    static constexpr int SlotStartRole = Qt::UserRole + 4;  // epoch seconds
    static constexpr int SlotEndRole = Qt::UserRole + 5;
    static constexpr int ConfidenceRole = Qt::UserRole + 6; // double
    static constexpr int ScheduledRole = Qt::UserRole + 7;  // bool

    explicit PredictionTableModel(QObject *parent = nullptr);

    void setPredictions(std::vector<PredictionRecord> predictions);
    const std::vector<PredictionRecord> &predictions() const { return m_rows; }
    const PredictionRecord &prediction(int row) const { return m_rows.at(size_t(row)); }
    // Row of the prediction with this id, -1 when absent.
    int rowOf(qint64 id) const;
    // Times are shown in this zone (display.timezone).
    void setTimeZone(const QTimeZone &zone);

    // "rule #12 + history": the source kinds with the ids the row keeps.
    static QString sourceText(const PredictionRecord &p);
    // The multi-line tooltip of a row: time, confidence, explanation and
    // resource requirements (shared by the table and the timeline).
    QString toolTip(const PredictionRecord &p) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVariant display(const PredictionRecord &p, int column) const;
    QVariant raw(const PredictionRecord &p, int column) const;
    QString slotText(const PredictionRecord &p, bool withZone) const;

    std::vector<PredictionRecord> m_rows;
    QTimeZone m_zone = QTimeZone::systemTimeZone();
};

// The Predictions view's filter: one task type (empty: all) and a minimum
// confidence. Sorts on the raw values.
class PredictionFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit PredictionFilterProxy(QObject *parent = nullptr);

    void setTaskType(const QString &type);
    void setMinConfidence(double confidence);
    QString taskType() const { return m_type; }
    double minConfidence() const { return m_minConfidence; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_type;
    double m_minConfidence = 0.0;
};

} // namespace rulecast
