#pragma once

#include "app/analyzeusecase.h"
#include "core/taskrecord.h"
#include "gui/views/mainview.h"

#include <QList>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QStackedWidget;
class QTableView;
class QTableWidget;

namespace rulecast {

class HeatmapWidget;
class PatternFilterProxy;
class PatternTableModel;
class SimilarPatternsDialog;

// The Patterns tab: the stored activity patterns (type, task types, when in
// words, confidence, detections, last seen, active) with a filter bar; for the
// selected pattern a weekday x hour histogram of its evidence tasks and the
// tasks themselves; "Analyze…" runs pattern detection on a worker thread with
// progress and cancel, "Find similar" opens the similarity dialog
// (docs/gui.md, docs/patterns.md).
class PatternsView : public MainView
{
    Q_OBJECT

public:
    explicit PatternsView(QWidget *parent = nullptr);
    ~PatternsView() override;

    QString viewId() const override { return QStringLiteral("patterns"); }
    QString title() const override { return tr("Patterns"); }
    void setDatabase(const std::optional<Database> &db) override;
    void reload() override;
    bool isBusy() const override { return m_running; }

    // Runs the analysis over the last analysisDays() days (the Analyze button).
    void analyze();
    // Opens "Find similar" for the selected pattern; nullptr when none is selected.
    SimilarPatternsDialog *findSimilar();

    qint64 selectedPatternId() const;
    void selectPattern(qint64 id);
    // Rows the filter lets through.
    int visibleCount() const;
    // What the detail pane shows for the selected pattern.
    const QList<TaskRecord> &evidence() const { return m_evidence; }
    QString emptyText() const;

    PatternTableModel *model() const { return m_model; }
    PatternFilterProxy *proxy() const { return m_proxy; }
    HeatmapWidget *histogram() const { return m_histogram; }

Q_SIGNALS:
    void analysisFinished(bool ok);

private:
    void applyFilter();
    void fitColumns();
    void showSelected();
    void showContextMenu(const QPoint &pos);
    void updateEmptyState();
    void updateButtons();

    std::optional<Database> m_db;
    bool m_running = false;
    QList<TaskRecord> m_evidence;
    PatternTableModel *m_model = nullptr;
    PatternFilterProxy *m_proxy = nullptr;
    QComboBox *m_type = nullptr;
    QDoubleSpinBox *m_minConfidence = nullptr;
    QLineEdit *m_text = nullptr;
    QCheckBox *m_inactive = nullptr;
    QSpinBox *m_days = nullptr;
    QPushButton *m_analyzeButton = nullptr;
    QPushButton *m_similarButton = nullptr;
    QLabel *m_summary = nullptr;
    QStackedWidget *m_stack = nullptr;
    QLabel *m_empty = nullptr;
    QTableView *m_table = nullptr;
    QWidget *m_detail = nullptr;
    QLabel *m_detailTitle = nullptr;
    HeatmapWidget *m_histogram = nullptr;
    QTableWidget *m_evidenceTable = nullptr;
};

} // namespace rulecast
