#include "gui/views/predictionsview.h"

#include "app/backgroundjob.h"
#include "app/settings.h"
#include "gui/tips.h"
#include "core/slotgrid.h"
#include "gui/charts/calibrationchart.h"
#include "gui/charts/loadforecastchart.h"
#include "gui/charts/predictiontimeline.h"
#include "gui/models/predictiontablemodel.h"
#include "gui/progressjob.h"
#include "gui/widgets/explainpredictiondialog.h"
#include "gui/widgets/predictiontoolbar.h"
#include "gui/localedates.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDateTime>
#include <QDoubleSpinBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSet>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace rulecast {

namespace {

QTimeZone displayZone(const RulecastConfig &config)
{
    const QString id = config.display.timeZone;
    const QTimeZone zone = id.isEmpty() ? QTimeZone::systemTimeZone() : QTimeZone(id.toUtf8());
    return zone.isValid() ? zone : QTimeZone::systemTimeZone();
}

QLabel *caption(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    QFont f = label->font();
    f.setBold(true);
    label->setFont(f);
    return label;
}

QWidget *titled(const QString &title, QWidget *content, QWidget *parent)
{
    auto *box = new QWidget(parent);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(caption(title, box));
    layout->addWidget(content, 1);
    return box;
}

} // namespace

PredictionsView::PredictionsView(QWidget *parent) : MainView(parent)
{
    setObjectName(QStringLiteral("predictionsView"));
    m_model = new PredictionTableModel(this);
    m_proxy = new PredictionFilterProxy(this);
    m_proxy->setSourceModel(m_model);

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("summaryLabel"));
    m_summary->setWordWrap(true);
    m_timeline = new PredictionTimeline(this);
    m_timeline->setObjectName(QStringLiteral("predictionTimeline"));
    m_timeline->setModel(m_proxy);
    m_load = new LoadForecastChart(this);
    m_load->setObjectName(QStringLiteral("loadForecastChart"));
    m_calibration = new CalibrationChart(this);
    m_calibration->setObjectName(QStringLiteral("calibrationChart"));

    auto *charts = new QSplitter(Qt::Horizontal, this);
    charts->addWidget(titled(tr("Load forecast per hour"), m_load, charts));
    charts->addWidget(titled(tr("Calibration: said vs came true"), m_calibration, charts));
    charts->setStretchFactor(0, 3);
    charts->setStretchFactor(1, 1);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->setObjectName(QStringLiteral("predictionsSplitter"));
    split->addWidget(titled(tr("Predicted task starts by type"), m_timeline, split));
    split->addWidget(charts);
    split->addWidget(buildTableArea());
    // Pixel shares at the default window size; the splitter scales them to the window.
    split->setSizes({205, 190, 285});
    split->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(buildToolbar());
    layout->addWidget(m_summary);
    layout->addWidget(split, 1);

    connect(m_timeline, &PredictionTimeline::rowClicked, this, [this](int row) {
        m_table->selectRow(row);
        m_table->scrollTo(m_proxy->index(row, 0));
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        syncTimelineSelection();
        updateButtons();
    });
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &PredictionsView::syncTimelineSelection);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &PredictionsView::syncTimelineSelection);
    updateButtons();
}

PredictionsView::~PredictionsView() = default;

QWidget *PredictionsView::mainChart() const
{
    return m_timeline;
}

QWidget *PredictionsView::buildToolbar()
{
    m_toolbar = new PredictionToolbar(this);
    m_predictButton = m_toolbar->predictButton();
    m_scheduleButton = m_toolbar->scheduleButton();
    m_validateButton = m_toolbar->validateButton();
    m_explainButton = m_toolbar->explainButton();
    connect(m_predictButton, &QPushButton::clicked, this, &PredictionsView::predict);
    connect(m_scheduleButton, &QPushButton::clicked, this, &PredictionsView::scheduleSelected);
    connect(m_validateButton, &QPushButton::clicked, this, &PredictionsView::validate);
    connect(m_explainButton, &QPushButton::clicked, this, &PredictionsView::explainSelected);
    return m_toolbar;
}


QWidget *PredictionsView::buildTableArea()
{
    auto *area = new QWidget(this);
    m_typeFilter = new QComboBox(area);
    m_typeFilter->setObjectName(QStringLiteral("typeFilter"));
    m_typeFilter->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    setTips(m_typeFilter, tr("Show one task type only (table and timeline)"));
    m_confidenceFilter = new QDoubleSpinBox(area);
    m_confidenceFilter->setObjectName(QStringLiteral("confidenceFilter"));
    m_confidenceFilter->setRange(0.0, 1.0);
    m_confidenceFilter->setSingleStep(0.05);
    m_confidenceFilter->setDecimals(2);
    setTips(m_confidenceFilter, tr("Show predictions with at least this confidence (table and timeline)"));
    m_countLabel = new QLabel(area);
    m_countLabel->setObjectName(QStringLiteral("countLabel"));

    m_table = new QTableView(area);
    m_table->setObjectName(QStringLiteral("predictionsTable"));
    m_table->setModel(m_proxy);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(PredictionTableModel::TimeColumn, Qt::AscendingOrder);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setWordWrap(false);
    m_table->setAlternatingRowColors(true);
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_table, &QWidget::customContextMenuRequested, this, &PredictionsView::showContextMenu);
    connect(m_table, &QAbstractItemView::doubleClicked, this, &PredictionsView::explainSelected);

    auto *filters = new QHBoxLayout;
    filters->addWidget(caption(tr("Predictions"), area));
    filters->addSpacing(12);
    filters->addWidget(new QLabel(tr("Type"), area));
    filters->addWidget(m_typeFilter);
    filters->addSpacing(8);
    filters->addWidget(new QLabel(tr("Confidence at least"), area));
    filters->addWidget(m_confidenceFilter);
    filters->addSpacing(8);
    filters->addWidget(m_countLabel, 1);
    auto *layout = new QVBoxLayout(area);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addLayout(filters);
    layout->addWidget(m_table, 1);

    connect(m_typeFilter, &QComboBox::currentIndexChanged, this, [this] {
        m_proxy->setTaskType(m_typeFilter->currentData().toString());
        updateButtons();
    });
    connect(m_confidenceFilter, &QDoubleSpinBox::valueChanged, this, [this](double v) {
        m_proxy->setMinConfidence(v);
        updateButtons();
    });
    return area;
}

void PredictionsView::setDatabase(const std::optional<Database> &db)
{
    m_db = db;
    ++m_generation;
    m_forecastPending = false;
    m_load->setForecast({}, 0, 0);
    reload();
}

void PredictionsView::reload()
{
    const RulecastConfig config = Settings().config();
    m_zone = displayZone(config);
    m_model->setTimeZone(m_zone);
    m_timeline->setTimeZone(m_zone);
    m_load->setTimeZone(m_zone);
    m_timeline->setEmptyText(tr("No predictions yet. Predict computes, for every task type, how likely it is to "
                                "start in each slot of the coming hours."));
    if (!m_db) {
        showPredictions({}, 0, 0);
        m_calibration->setCalibration({}, 0, 0);
        m_summary->clear();
        updateButtons();
        return;
    }
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    // At most look-ahead x max_predictions_per_hour small rows: read on the GUI thread.
    Result<PredictionWindow> stored = readLatestPredictions(*m_db, now, m_toolbar->lookAheadHours());
    if (!stored) {
        Q_EMIT errorOccurred(stored.error());
        return;
    }
    const PredictionWindow &w = *stored;
    if (w.rows.empty()) {
        m_summary->setText(tr("No stored predictions. Predict looks %1 hours ahead from now.").arg(m_toolbar->lookAheadHours()));
    } else {
        const QLocale locale;
        m_summary->setText(
            (w.upcoming ? tr("Stored predictions for the coming hours: %1").arg(w.rows.size())
                        : tr("No stored prediction is ahead of now; the newest stored predictions: %1").arg(w.rows.size()))
            + tr(" (%1 – %2). Predict refreshes them.")
                  .arg(locale.toString(QDateTime::fromSecsSinceEpoch(w.from, m_zone), weekdayDateTimeFormat(locale)),
                       locale.toString(QDateTime::fromSecsSinceEpoch(w.until, m_zone), weekdayDateTimeFormat(locale))));
    }
    const qint64 from = w.upcoming ? std::min(w.from, now - now % 3600) : w.from;
    showPredictions(w.rows, from, w.rows.empty() ? from : std::max(w.until, from + qint64(m_toolbar->lookAheadHours()) * 3600));
    reloadCalibration();
    // The load forecast is not stored: compute it for the coming hours when
    // the stored predictions are about them too.
    m_load->setEmptyText({});
    if (w.upcoming && !m_running) {
        startForecast();
    } else if (!w.upcoming && !w.rows.empty()) {
        m_load->setForecast({}, 0, 0);
        m_load->setEmptyText(tr("The load forecast is not stored; Predict computes it for the coming hours."));
    }
    updateButtons();
}

PredictRequest PredictionsView::makeRequest(bool store) const
{
    const RulecastConfig::PredictiveScheduling settings = Settings().config().predictive;
    PredictRequest request;
    request.databasePath = m_db->path();
    request.now = QDateTime::currentSecsSinceEpoch();
    request.asOf = request.now;
    request.lookAheadHours = m_toolbar->lookAheadHours();
    request.slotMinutes = m_toolbar->slotMinutes();
    request.minConfidence = m_toolbar->minConfidence();
    request.maxPredictionsPerHour = settings.maxPredictionsPerHour;
    request.store = store;
    // Like `rulecast-cli predict` from the real clock: pre-schedule the most
    // confident predictions when resource reservation is on.
    request.schedule = store && settings.resourceReservationEnabled;
    return request;
}

void PredictionsView::startForecast()
{
    if (!m_db)
        return;
    const PredictRequest request = makeRequest(false);
    const int generation = ++m_generation;
    m_forecastPending = true;
    Q_EMIT busyChanged(true);
    runInBackground<Result<PredictReport>>(
        this, [request] { return runPredict(request); },
        [this, generation](Result<PredictReport> report) {
            if (generation != m_generation)
                return; // a newer run or another database took over
            m_forecastPending = false;
            if (report) {
                const RulecastConfig::Capacity capacity = Settings().config().capacity;
                m_load->setForecast(report->load, capacity.cpuPercent, capacity.memoryMb);
            } else {
                m_load->setEmptyText(report.error());
            }
            Q_EMIT busyChanged(isBusy());
        });
}

void PredictionsView::predict()
{
    if (!m_db || m_running)
        return;
    const PredictRequest request = makeRequest(true);
    ++m_generation; // a forecast still running on open is superseded
    m_forecastPending = false;
    setRunning(true);
    runWithProgress<PredictReport>(
        this, tr("Predicting the next %1 h…").arg(request.lookAheadHours),
        [request](const Progress &p) { return runPredict(request, p); },
        [this, minConfidence = request.minConfidence](Result<PredictReport> result, bool canceled) {
            // A cancel that came after the last check leaves a finished, stored run: show it.
            const bool ok = result.ok();
            if (ok) {
                showReport(*result, minConfidence);
            } else {
                m_summary->setText(canceled ? tr("Prediction canceled; nothing was stored.") : result.error());
                if (!canceled)
                    Q_EMIT errorOccurred(result.error());
            }
            setRunning(false);
            Q_EMIT predictFinished(ok);
        });
}

void PredictionsView::showReport(const PredictReport &report, double minConfidence)
{
    // The table shows the stored rows (ids, scheduled flags) of exactly the
    // predictions this run listed.
    Result<std::vector<PredictionRecord>> stored = readStoredPredictions(*m_db, report.grid.start(), report.grid.end());
    if (!stored) {
        Q_EMIT errorOccurred(stored.error());
        return;
    }
    QSet<QPair<QString, qint64>> listed;
    for (const PredictedTask &p : report.predictions)
        listed.insert({p.prediction.taskType, p.prediction.slotStart});
    std::vector<PredictionRecord> rows;
    for (PredictionRecord &p : stored.value())
        if (listed.contains({p.taskType, p.slotStart}))
            rows.push_back(std::move(p));
    const RulecastConfig::Capacity capacity = Settings().config().capacity;
    m_load->setForecast(report.load, capacity.cpuPercent, capacity.memoryMb);
    if (report.tasksRead == 0)
        m_timeline->setEmptyText(tr("No task started before now: there is nothing to learn from. Import a history "
                                    "or create the demo history first."));
    else if (report.predictions.empty())
        m_timeline->setEmptyText(tr("No task type reaches a confidence of %1% in this window. Lower the minimum "
                                    "confidence to see less likely starts.")
                                     .arg(qRound(minConfidence * 100)));
    showPredictions(std::move(rows), report.grid.start(), report.grid.end());
    const QLocale locale;
    QString text = tr("Predicted task starts in the next %1 h as of %2: %3 (from %4 tasks, %5 rules, %6 pattern "
                      "sources); stored: %7")
                         .arg(qRound(double(report.grid.end() - report.grid.start()) / 3600.0))
                         .arg(locale.toString(QDateTime::fromSecsSinceEpoch(report.asOf, m_zone), QStringLiteral("HH:mm")))
                         .arg(report.predictions.size())
                         .arg(locale.toString(report.tasksRead))
                         .arg(report.rulesUsed)
                         .arg(report.patternsUsed)
                         .arg(report.stored);
    if (!report.scheduledTaskIds.empty())
        text += tr("; pre-scheduled as pending tasks (confidence ≥ 0.9): %1").arg(report.scheduledTaskIds.size());
    if (report.droppedByHourLimit > 0)
        text += tr("; dropped by the per-hour limit: %1").arg(report.droppedByHourLimit);
    m_summary->setText(text + u'.');
    reloadCalibration();
}

void PredictionsView::showPredictions(std::vector<PredictionRecord> rows, qint64 from, qint64 until)
{
    const std::vector<qint64> selected = selectedIds();
    m_windowFrom = from;
    m_windowUntil = until;
    double lowest = m_toolbar->minConfidence();
    for (const PredictionRecord &p : rows)
        lowest = std::min(lowest, p.confidence);
    m_model->setPredictions(std::move(rows));
    // The scale starts at a round tenth at or below the least confident bar.
    m_timeline->setScaleMinimum(std::floor(std::min(lowest, 0.9) * 10) / 10);
    m_timeline->setWindow(from, until);
    m_timeline->setNow(QDateTime::currentSecsSinceEpoch());
    fillTypeFilter();
    m_table->resizeColumnsToContents();
    // The explanation column takes what is left; long ones are in the tooltip.
    m_table->setColumnWidth(PredictionTableModel::TypeColumn,
                            std::min(m_table->columnWidth(PredictionTableModel::TypeColumn), 200));
    for (qint64 id : selected)
        selectPrediction(id);
    updateButtons();
}

void PredictionsView::refreshRows()
{
    if (!m_db || m_windowUntil <= m_windowFrom)
        return;
    Result<std::vector<PredictionRecord>> stored = readStoredPredictions(*m_db, m_windowFrom, m_windowUntil);
    if (!stored) {
        Q_EMIT errorOccurred(stored.error());
        return;
    }
    QSet<qint64> shown;
    for (const PredictionRecord &p : m_model->predictions())
        shown.insert(p.id);
    std::vector<PredictionRecord> rows;
    for (PredictionRecord &p : stored.value())
        if (shown.contains(p.id))
            rows.push_back(std::move(p));
    showPredictions(std::move(rows), m_windowFrom, m_windowUntil);
}

void PredictionsView::reloadCalibration()
{
    const Result<StoredCalibration> c = readStoredCalibration(*m_db);
    if (!c) {
        Q_EMIT errorOccurred(c.error());
        return;
    }
    m_calibration->setCalibration(c->score.bins, c->validated, c->score.brier);
}

void PredictionsView::fillTypeFilter()
{
    const QString current = m_proxy->taskType();
    QStringList types;
    for (const PredictionRecord &p : m_model->predictions())
        if (!types.contains(p.taskType))
            types << p.taskType;
    std::sort(types.begin(), types.end(),
              [](const QString &a, const QString &b) { return QString::compare(a, b, Qt::CaseInsensitive) < 0; });
    const QSignalBlocker block(m_typeFilter);
    m_typeFilter->clear();
    m_typeFilter->addItem(tr("All types"), QString());
    for (const QString &t : types)
        m_typeFilter->addItem(t, t);
    const int index = m_typeFilter->findData(current);
    m_typeFilter->setCurrentIndex(std::max(0, index));
    m_proxy->setTaskType(index > 0 ? current : QString());
}

void PredictionsView::setRunning(bool running)
{
    m_running = running;
    updateButtons();
    Q_EMIT busyChanged(isBusy());
}

void PredictionsView::updateButtons()
{
    const bool open = m_db.has_value() && !m_running;
    m_predictButton->setEnabled(open);
    m_validateButton->setEnabled(open);
    m_scheduleButton->setEnabled(open && m_table->selectionModel()->hasSelection());
    m_explainButton->setEnabled(m_table->selectionModel()->hasSelection());
    m_countLabel->setText(tr("%1 of %2 shown").arg(m_proxy->rowCount()).arg(m_model->rowCount()));
}

} // namespace rulecast
