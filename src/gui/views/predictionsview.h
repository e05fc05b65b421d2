#pragma once

#include "app/predictusecase.h"
#include "app/storedpredictions.h"
#include "gui/views/mainview.h"

#include <QTimeZone>

#include <vector>

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QPushButton;
class QTableView;

namespace rulecast {

class CalibrationChart;
class ExplainPredictionDialog;
class LoadForecastChart;
class PredictionFilterProxy;
class PredictionTableModel;
class PredictionTimeline;
class PredictionToolbar;

// The Predictions tab (docs/gui.md): which task types will start in the
// coming hours and how sure Rulecast is. "Predict" runs the predict use case
// as of now on a worker thread (progress, cancel) and stores its rows like
// the CLI; the stored predictions show on opening. A timeline with a lane
// per type, the hourly load forecast against the capacity, a reliability
// chart of the validated predictions, and a filterable table; "Schedule
// selected" turns chosen predictions into pending tasks, "Validate" checks
// old predictions against what ran.
class PredictionsView : public MainView
{
    Q_OBJECT

public:
    explicit PredictionsView(QWidget *parent = nullptr);
    ~PredictionsView() override;

    QString viewId() const override { return QStringLiteral("predictions"); }
    QString title() const override { return tr("Predictions"); }
    void setDatabase(const std::optional<Database> &db) override;
    void reload() override;
    bool isBusy() const override { return m_running || m_forecastPending; }
    QWidget *mainChart() const override;

    // The buttons.
    void predict();
    void scheduleSelected();
    void validate();
    // Opens "Explain this prediction" for the current row (nullptr: none selected).
    ExplainPredictionDialog *explainSelected();

    // Stored ids of the selected table rows.
    std::vector<qint64> selectedIds() const;
    void selectPrediction(qint64 id);
    int visibleCount() const;
    QString summaryText() const;

    PredictionTableModel *model() const { return m_model; }
    PredictionFilterProxy *proxy() const { return m_proxy; }
    PredictionTimeline *timeline() const { return m_timeline; }
    LoadForecastChart *loadChart() const { return m_load; }
    CalibrationChart *calibrationChart() const { return m_calibration; }
    QTableView *table() const { return m_table; }

Q_SIGNALS:
    void predictFinished(bool ok);
    void validateFinished(bool ok);
    void scheduled(int created);

private:
    QWidget *buildToolbar();
    QWidget *buildTableArea();
    PredictRequest makeRequest(bool store) const;
    void showPredictions(std::vector<PredictionRecord> rows, qint64 from, qint64 until);
    void showReport(const PredictReport &report, double minConfidence);
    void refreshRows();
    void reloadCalibration();
    void startForecast();
    void fillTypeFilter();
    void syncTimelineSelection();
    void showContextMenu(const QPoint &pos);
    int currentSourceRow() const;
    void updateButtons();
    void setRunning(bool running);

    std::optional<Database> m_db;
    QTimeZone m_zone = QTimeZone::systemTimeZone();
    bool m_running = false;
    bool m_forecastPending = false;
    int m_generation = 0; // drops forecasts of a database or run that was replaced
    qint64 m_windowFrom = 0;
    qint64 m_windowUntil = 0;

    PredictionToolbar *m_toolbar = nullptr;
    QPushButton *m_predictButton = nullptr;
    QPushButton *m_scheduleButton = nullptr;
    QPushButton *m_validateButton = nullptr;
    QPushButton *m_explainButton = nullptr;
    QLabel *m_summary = nullptr;
    PredictionTimeline *m_timeline = nullptr;
    LoadForecastChart *m_load = nullptr;
    CalibrationChart *m_calibration = nullptr;
    QComboBox *m_typeFilter = nullptr;
    QDoubleSpinBox *m_confidenceFilter = nullptr;
    QLabel *m_countLabel = nullptr;
    PredictionTableModel *m_model = nullptr;
    PredictionFilterProxy *m_proxy = nullptr;
    QTableView *m_table = nullptr;
};

} // namespace rulecast
