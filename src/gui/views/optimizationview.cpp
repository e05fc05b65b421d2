#include "gui/views/optimizationview.h"

#include "gui/tips.h"

#include "app/settings.h"
#include "core/cronexpression.h"
#include "core/cronshift.h"
#include "core/timeformat.h"
#include "gui/charts/loadcomparisonchart.h"
#include "gui/charts/minuteheatmap.h"
#include "gui/models/optimizationchangesmodel.h"
#include "gui/models/optimizationrunsmodel.h"
#include "gui/progressjob.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QLocale>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace rulecast {

namespace {

QTableView *makeTable(QAbstractItemModel *model, QWidget *parent)
{
    auto *t = new QTableView(parent);
    t->setModel(model);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setSelectionMode(QAbstractItemView::SingleSelection);
    t->verticalHeader()->hide();
    t->horizontalHeader()->setStretchLastSection(true);
    t->setWordWrap(false);
    return t;
}

// Does a rule with this cron and duration occupy minute-of-day `minute`?
bool occupies(const QString &cron, int duration, int minute)
{
    const Result<CronExpression> e = CronExpression::parse(cron);
    if (!e)
        return false;
    const Result<CronShape> shape = CronShape::fromExpression(*e);
    if (!shape)
        return false;
    for (int fire : shape->fireMinutesOfDay(0, 0))
        if (((minute - fire) % 1440 + 1440) % 1440 < std::max(1, duration))
            return true;
    return false;
}

} // namespace

OptimizationView::OptimizationView(QWidget *parent) : MainView(parent)
{
    setObjectName(QStringLiteral("optimizationView"));
    m_strategy = new QComboBox(this);
    m_strategy->setObjectName(QStringLiteral("strategyCombo"));
    for (OptimizationStrategy s : {OptimizationStrategy::LoadBalancing, OptimizationStrategy::PeakMitigation,
                                   OptimizationStrategy::ResourceEfficiency, OptimizationStrategy::ConflictResolution})
        m_strategy->addItem(OptimizationRunsModel::strategyLabel(s), int(s));
    setTips(m_strategy, tr("What the optimizer aims for when it moves rules"));
    m_lookAhead = new QSpinBox(this);
    m_lookAhead->setRange(1, 168);
    m_lookAhead->setValue(24);
    m_lookAhead->setSuffix(tr(" h"));
    m_lookAhead->setObjectName(QStringLiteral("lookAheadSpin"));
    setTips(m_lookAhead, tr("How many hours ahead the schedule is simulated"));
    m_capacity = new QSpinBox(this);
    m_capacity->setObjectName(QStringLiteral("capacitySpin"));
    m_capacity->setRange(1, 100000);
    m_capacity->setValue(std::max(1, Settings().config().capacity.concurrentSlots));
    setTips(m_capacity, tr("How many tasks can run at the same time"));
    m_dryRun = new QCheckBox(tr("Dry run (apply later)"), this);
    m_dryRun->setChecked(true);
    m_dryRun->setObjectName(QStringLiteral("dryRunCheck"));
    setTips(m_dryRun, tr("Store the run without changing any rule; apply it later"));
    m_runButton = new QPushButton(tr("Run"), this);
    m_runButton->setObjectName(QStringLiteral("runButton"));
    setTips(m_runButton, tr("Simulate the schedule and move rules to meet the strategy"));
    m_applyButton = new QPushButton(tr("Apply"), this);
    m_applyButton->setObjectName(QStringLiteral("applyButton"));
    setTips(m_applyButton, tr("Rewrite the rules as the selected run proposes (can be undone)"));
    m_undoButton = new QPushButton(tr("Undo"), this);
    m_undoButton->setObjectName(QStringLiteral("undoButton"));
    setTips(m_undoButton, tr("Restore the rules as they were before the selected run was applied"));

    auto *controls = new QHBoxLayout;
    auto *form = new QFormLayout;
    form->addRow(tr("Strategy"), m_strategy);
    auto *form2 = new QFormLayout;
    form2->addRow(tr("Look ahead"), m_lookAhead);
    auto *form3 = new QFormLayout;
    form3->addRow(tr("Capacity"), m_capacity);
    controls->addLayout(form);
    controls->addLayout(form2);
    controls->addLayout(form3);
    controls->addWidget(m_dryRun);
    controls->addWidget(m_runButton);
    controls->addStretch(1);
    controls->addWidget(m_applyButton);
    controls->addWidget(m_undoButton);

    m_summary = new QLabel(tr("Run the optimizer to see what it would move."), this);
    m_summary->setObjectName(QStringLiteral("summaryLabel"));
    m_summary->setWordWrap(true);
    m_before = new MinuteHeatmap(this);
    m_before->setObjectName(QStringLiteral("heatmapBefore"));
    m_before->setTitle(tr("Before: highest load by hour (rows) and minute"));
    m_after = new MinuteHeatmap(this);
    m_after->setObjectName(QStringLiteral("heatmapAfter"));
    m_after->setTitle(tr("After"));
    for (MinuteHeatmap *map : {m_before, m_after})
        map->setEmptyText(tr("Run the optimizer to see the load here (runs stored by older versions of Rulecast "
                             "keep their changes, not their minute-by-minute load)."));
    m_cellJobs = new QLabel(tr("Click a cell to see the jobs running then."), this);
    m_cellJobs->setObjectName(QStringLiteral("cellJobsLabel"));
    m_cellJobs->setWordWrap(true);
    m_chart = new LoadComparisonChart(this);
    m_changes = new OptimizationChangesModel(this);
    m_changesTable = makeTable(m_changes, this);
    m_changesTable->setObjectName(QStringLiteral("changesTable"));
    setTips(m_changesTable, tr("The rules the selected run moves, and why"));
    m_runs = new OptimizationRunsModel(this);
    m_runsTable = makeTable(m_runs, this);
    m_runsTable->setObjectName(QStringLiteral("runsTable"));
    setTips(m_runsTable, tr("Every stored optimization run; select one to see its changes"));

    auto *maps = new QHBoxLayout;
    maps->addWidget(m_before);
    maps->addWidget(m_after);
    auto *top = new QWidget(this);
    auto *topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addLayout(maps, 3);
    topLayout->addWidget(m_cellJobs);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(top);
    split->addWidget(m_chart);
    split->addWidget(m_changesTable);
    split->addWidget(m_runsTable);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    split->setStretchFactor(2, 2);
    split->setStretchFactor(3, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(controls);
    layout->addWidget(m_summary);
    layout->addWidget(split, 1);

    connect(m_runButton, &QPushButton::clicked, this, &OptimizationView::run);
    connect(m_applyButton, &QPushButton::clicked, this, &OptimizationView::applySelected);
    connect(m_undoButton, &QPushButton::clicked, this, &OptimizationView::undoSelected);
    connect(m_before, &MinuteHeatmap::cellClicked, this, [this](int h, int m) { showCellJobs(false, h, m); });
    connect(m_after, &MinuteHeatmap::cellClicked, this, [this](int h, int m) { showCellJobs(true, h, m); });
    connect(m_runsTable->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        updateButtons();
        showSelectedRunChanges();
    });
    updateButtons();
}

OptimizationView::~OptimizationView() = default;

void OptimizationView::setDatabase(const std::optional<Database> &db)
{
    m_db = db;
    m_report.reset();
    m_changes->setChanges({});
    reload();
}

QWidget *OptimizationView::mainChart() const
{
    return m_chart;
}

void OptimizationView::reload()
{
    if (!m_db) {
        m_runs->setRuns({});
        m_summary->setText(tr("Open or create a database (File menu) to optimize its schedule."));
        updateButtons();
        return;
    }
    const qint64 selected = selectedRunId();
    // A few dozen small rows: read on the GUI thread.
    const Result<QVector<OptimizationRecord>> runs = listOptimizations(m_db->path(), 100);
    if (!runs) {
        Q_EMIT errorOccurred(runs.error());
        return;
    }
    m_runs->setRuns(*runs);
    m_runsTable->resizeColumnsToContents();
    if (runs->isEmpty() && !m_report)
        m_summary->setText(tr("No optimization runs yet. Choose a strategy and press Run to see what the optimizer "
                              "would move; a dry run changes no rule."));
    selectRun(selected > 0 ? selected : (runs->isEmpty() ? 0 : runs->first().id));
    updateButtons();
}

qint64 OptimizationView::selectedRunId() const
{
    const QModelIndexList rows = m_runsTable->selectionModel()->selectedRows();
    const OptimizationRecord *r = rows.isEmpty() ? nullptr : m_runs->run(rows.first().row());
    return r ? r->id : 0;
}

void OptimizationView::selectRun(qint64 id)
{
    const int row = m_runs->rowOf(id);
    if (row >= 0)
        m_runsTable->selectRow(row);
}

void OptimizationView::updateButtons()
{
    const QModelIndexList rows = m_runsTable->selectionModel()->selectedRows();
    const OptimizationRecord *r = rows.isEmpty() ? nullptr : m_runs->run(rows.first().row());
    m_runButton->setEnabled(m_db.has_value() && !m_running);
    m_applyButton->setEnabled(!m_running && r && r->appliedAt.isEmpty() && r->undoneAt.isEmpty() && !r->changes.isEmpty());
    m_undoButton->setEnabled(!m_running && r && !r->appliedAt.isEmpty() && r->undoneAt.isEmpty());
}

void OptimizationView::run()
{
    if (!m_db || m_running)
        return;
    ScheduleOptimizationRequest request;
    const Settings settings;
    const RulecastConfig config = settings.config();
    request.databasePath = m_db->path();
    request.settings.strategy = OptimizationStrategy(m_strategy->currentData().toInt());
    request.settings.capacity = m_capacity->value();
    request.settings.loadBalancingThreshold = config.optimization.loadBalancingThreshold;
    request.settings.peakMitigationThreshold = config.optimization.peakMitigationThreshold;
    request.settings.resourceEfficiencyTarget = config.optimization.resourceEfficiencyTarget;
    request.lookAheadHours = m_lookAhead->value();
    request.predictionMinConfidence = config.predictive.predictionConfidenceThreshold;
    request.maxPredictionsPerHour = config.predictive.maxPredictionsPerHour;
    request.now = QDateTime::currentSecsSinceEpoch();
    request.windowStart = request.now;
    request.dryRun = m_dryRun->isChecked();
    m_running = true;
    updateButtons();
    Q_EMIT busyChanged(true);
    runWithProgress<ScheduleOptimizationReport>(
        this, tr("Optimizing the schedule…"),
        [request](const Progress &p) { return runScheduleOptimization(request, p); },
        [this](Result<ScheduleOptimizationReport> result, bool canceled) {
            m_running = false;
            if (canceled || !result) {
                m_summary->setText(canceled ? tr("Canceled; nothing was stored.") : result.error());
                if (!canceled)
                    Q_EMIT errorOccurred(result.error());
            } else {
                m_report = std::move(result).value();
                // Reloading re-selects the run selected before, which shows
                // that stored run; the new one's report is shown last.
                reload();
                selectRun(m_report->runId);
                showReport();
            }
            updateButtons();
            Q_EMIT busyChanged(false);
            Q_EMIT runFinished(!canceled && m_report.has_value());
        });
}

void OptimizationView::showReport()
{
    const ScheduleOptimizationReport &r = *m_report;
    m_changes->setChanges(r.changes);
    m_changesTable->resizeColumnsToContents();
    if (r.isEmpty()) {
        m_summary->setText(tr("Nothing to optimize: no enabled scheduling rules and no predicted tasks in the window. "
                              "Import a crontab or job list, or generate rules from patterns."));
        m_before->setLoad({}, 1);
        m_after->setLoad({}, 1);
        m_chart->setLoads({}, {}, 1, 0);
        return;
    }
    const ScheduleMetrics &b = r.outcome.before;
    const ScheduleMetrics &a = r.outcome.after;
    m_summary->setText(
        tr("Run #%1 (%2): %3, %4. Peak %5 → %6 (capacity %7, lower bound %8), conflicts %9 → "
           "%10, waiting %11 → %12 min; efficiency gain %13% (%14). %15")
            .arg(r.runId)
            .arg(OptimizationRunsModel::strategyLabel(r.settings.strategy))
            .arg(tr("%Ln rule(s)", nullptr, int(r.ruleOfJob.size())))
            .arg(tr("%Ln predicted task(s)", nullptr, int(r.predictions.size())))
            .arg(b.peak)
            .arg(a.peak)
            .arg(r.settings.capacity)
            .arg(r.outcome.lowerBound.value())
            .arg(b.conflicts)
            .arg(a.conflicts)
            .arg(QLocale().toString(b.totalWaitMinutes, 'f', 0))
            .arg(QLocale().toString(a.totalWaitMinutes, 'f', 0))
            .arg(QLocale().toString(r.efficiencyGain * 100, 'f', 1))
            .arg(OptimizationRunsModel::impactLabel(r.improvementMetrics.value(QLatin1String("impact")).toString()))
            .arg(r.applied ? tr("Applied.") : tr("Not applied (%1).").arg(r.notAppliedReasonText.toString())));
    const int scale = std::max(b.peak, 1);
    m_before->setLoad(r.outcome.loadBefore, scale);
    m_after->setLoad(r.outcome.loadAfter, scale);
    const qint64 start = QDateTime(r.horizon.startDate, QTime(0, 0), Qt::UTC).toSecsSinceEpoch();
    m_chart->setLoads(r.outcome.loadBefore, r.outcome.loadAfter, r.settings.capacity, start);
}

void OptimizationView::showCellJobs(bool after, int hour, int minute)
{
    const MinuteHeatmap *shown = after ? m_after : m_before;
    if (!m_report || m_report->isEmpty() || m_report->runId != selectedRunId()) {
        // A stored run keeps its load, not the rules as they were simulated.
        m_cellJobs->setText(tr("%1 %2:%3, highest load %4 (the jobs are listed for runs made in this window)")
                                .arg(after ? tr("After") : tr("Before"))
                                .arg(hour, 2, 10, QLatin1Char('0'))
                                .arg(minute, 2, 10, QLatin1Char('0'))
                                .arg(shown->cellValue(hour, minute)));
        return;
    }
    const ScheduleOptimizationReport &r = *m_report;
    QHash<qint64, QString> moved;
    if (after)
        for (const RuleChange &c : r.changes)
            moved.insert(c.ruleId, c.newCron);
    const int minuteOfDay = hour * 60 + minute;
    QStringList jobs;
    for (int j : r.ruleOfJob) {
        const ScheduleRuleInfo &info = r.rules.at(j);
        const QString cron = moved.value(info.rule.id, info.rule.cron);
        if (occupies(cron, info.durationMinutes, minuteOfDay))
            jobs << QStringLiteral("%1 (%2)").arg(info.rule.name, cron);
    }
    for (int p = 0; p < r.predictions.size(); ++p) {
        if (r.predictionFollowsRule.at(p))
            continue;
        const qint64 t = r.predictions.at(p).time;
        if (int((t % 86400) / 60) == minuteOfDay)
            jobs << tr("predicted %1").arg(r.predictions.at(p).taskType);
    }
    m_cellJobs->setText(tr("%1 %2:%3, highest load %4: %5")
                            .arg(after ? tr("After") : tr("Before"))
                            .arg(hour, 2, 10, QLatin1Char('0'))
                            .arg(minute, 2, 10, QLatin1Char('0'))
                            .arg(shown->cellValue(hour, minute))
                            .arg(jobs.isEmpty() ? tr("no jobs") : jobs.join(QStringLiteral(", "))));
}

// A stored run from the history shows its recorded changes (its loads are
// not stored: the heatmaps and the chart keep showing the last run made here).
void OptimizationView::showSelectedRunChanges()
{
    const qint64 id = selectedRunId();
    if (id <= 0 || (m_report && m_report->runId == id))
        return;
    const OptimizationRecord *r = m_runs->run(m_runs->rowOf(id));
    QVector<RuleChange> changes;
    for (const QJsonValue &v : r->changes)
        changes.append(RuleChange::fromStoredJson(v.toObject()));
    m_changes->setChanges(changes);
    m_changesTable->resizeColumnsToContents();
    showStoredLoad(*r);
    m_summary->setText(tr("Run #%1 (%2, %3, created %4 UTC): %n change(s), efficiency gain %5%.", nullptr,
                          int(changes.size()))
                           .arg(id)
                           .arg(OptimizationRunsModel::strategyLabel(r->optimizationType), OptimizationRunsModel::stateOf(*r),
                                r->createdAt)
                           .arg(QLocale().toString(
                               r->improvementMetrics.value(QLatin1String("efficiency_gain")).toDouble() * 100, 'f', 1)));
}

// Runs stored since schema step 9 keep their load curves: draw them again.
// Older runs leave the charts empty rather than showing another run's load.
void OptimizationView::showStoredLoad(const OptimizationRecord &r)
{
    if (r.loadBefore.isEmpty() || r.loadBefore.size() != r.loadAfter.size()) {
        m_before->setLoad({}, 1);
        m_after->setLoad({}, 1);
        m_chart->setLoads({}, {}, 1, 0);
        return;
    }
    const int scale = std::max(1, *std::max_element(r.loadBefore.cbegin(), r.loadBefore.cend()));
    m_before->setLoad(r.loadBefore, scale);
    m_after->setLoad(r.loadAfter, scale);
    const QJsonObject window = r.originalSchedule.value(QLatin1String("window")).toObject();
    const qint64 start = timeformat::parse(window.value(QLatin1String("simulated_from")).toString()).value_or(r.windowStart);
    m_chart->setLoads(r.loadBefore, r.loadAfter, std::max(1, r.originalSchedule.value(QLatin1String("capacity")).toInt()),
                      start);
}

QString OptimizationView::cellJobsText() const
{
    return m_cellJobs->text();
}

void OptimizationView::applySelected()
{
    const qint64 id = selectedRunId();
    if (!m_db || id <= 0)
        return;
    const Result<ApplySummary> s = applyOptimization(m_db->path(), id, QDateTime::currentSecsSinceEpoch());
    if (!s) {
        Q_EMIT errorOccurred(s.error());
        return;
    }
    m_summary->setText(tr("Applied run #%1: rewrote %2, %3 and %4.")
                           .arg(id)
                           .arg(tr("%Ln rule(s)", nullptr, int(s->rules)), tr("%Ln task schedule(s)", nullptr, int(s->taskSchedules)),
                                tr("%Ln predicted task(s)", nullptr, int(s->predictions))));
    reload();
}

void OptimizationView::undoSelected()
{
    const qint64 id = selectedRunId();
    if (!m_db || id <= 0)
        return;
    const Result<ApplySummary> s = undoOptimization(m_db->path(), id, QDateTime::currentSecsSinceEpoch());
    if (!s) {
        Q_EMIT errorOccurred(s.error());
        return;
    }
    m_summary->setText(tr("Undid run #%1: restored %2, %3 and %4.")
                           .arg(id)
                           .arg(tr("%Ln rule(s)", nullptr, int(s->rules)), tr("%Ln task schedule(s)", nullptr, int(s->taskSchedules)),
                                tr("%Ln predicted task(s)", nullptr, int(s->predictions))));
    reload();
}

} // namespace rulecast
