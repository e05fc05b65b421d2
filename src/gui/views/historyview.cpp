#include "historyview.h"
#include "gui/taskstatusnames.h"

#include "gui/tips.h"

#include "app/backgroundjob.h"
#include "gui/charts/dailyvolumechart.h"
#include "gui/charts/heatmapwidget.h"
#include "gui/models/tasktablemodel.h"
#include "gui/widgets/historyfilterbar.h"

#include <QAction>
#include <QClipboard>
#include <QDateTime>
#include <QGuiApplication>
#include <QMenu>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace rulecast {

namespace {

// What the view needs to know about the whole database before filtering.
struct Overview
{
    QStringList types;
    QStringList statuses;
    QStringList hosts;
    QList<TaskField> populated;
    HistorySummary summary;
};

// Background jobs open a connection on a pool thread; close it when done so a
// later thread that reuses the id never inherits a connection it does not own.
template <typename T, typename F>
Result<T> onWorkerConnection(const Database &db, F work)
{
    Result<T> result = work();
    db.closeThreadConnection();
    return result;
}

Result<Overview> loadOverview(const Database &db)
{
    Overview o;
    const Result<HistorySummary> s = summarizeHistory(db);
    if (!s)
        return Result<Overview>::failure(s.error());
    o.summary = *s;
    QStringList *targets[] = {&o.types, &o.statuses, &o.hosts};
    const TaskField fields[] = {TaskField::Type, TaskField::Status, TaskField::Host};
    for (int i = 0; i < 3; ++i) {
        Result<QStringList> values = TaskQuery::distinctValues(db, fields[i]);
        if (!values)
            return Result<Overview>::failure(values.error());
        *targets[i] = *values;
    }
    Result<QList<TaskField>> populated = TaskQuery::populatedFields(db);
    if (!populated)
        return Result<Overview>::failure(populated.error());
    o.populated = *populated;
    return o;
}

enum Page { EmptyPage, ContentPage };

} // namespace

HistoryView::HistoryView(QWidget *parent) : MainView(parent), m_zone(QTimeZone::systemTimeZone())
{
    m_model = new TaskTableModel(this);
    connect(m_model, &TaskTableModel::queryFailed, this, &HistoryView::errorOccurred);
    connect(m_model, &TaskTableModel::loadingChanged, this, [this] { Q_EMIT busyChanged(isBusy()); });
    // Size the columns to the first page of a database, not on every page.
    // Queued: a visible table adds the new rows to its vertical header only
    // after this signal; sized before that, every column would fit just its
    // header ("sync…", "complet…").
    connect(m_model, &QAbstractItemModel::rowsInserted, this, [this] {
        if (!m_columnsSized) {
            m_columnsSized = true;
            QTimer::singleShot(0, this, [this] { m_table->resizeColumnsToContents(); });
        }
    });

    auto *layout = new QVBoxLayout(this);
    m_pages = new QStackedWidget(this);
    m_pages->addWidget(createEmptyPage());
    m_pages->addWidget(createContentPage());
    layout->addWidget(m_pages);
    m_pages->setCurrentIndex(EmptyPage);
}

QWidget *HistoryView::createEmptyPage()
{
    auto *page = new QWidget(this);
    auto *outer = new QVBoxLayout(page);
    outer->addStretch(2);
    m_emptyTitle = new QLabel(page);
    QFont big = m_emptyTitle->font();
    big.setPointSizeF(big.pointSizeF() * 1.5);
    big.setBold(true);
    m_emptyTitle->setFont(big);
    m_emptyTitle->setAlignment(Qt::AlignCenter);
    m_emptyText = new QLabel(page);
    m_emptyText->setAlignment(Qt::AlignHCenter | Qt::AlignTop);
    m_emptyText->setWordWrap(true);
    // A fixed width between stretches (not an alignment flag) keeps the
    // label's height-for-width, so wrapped lines are never clipped.
    m_emptyText->setFixedWidth(qMax(420, m_emptyText->fontMetrics().averageCharWidth() * 72));
    m_emptyText->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *textRow = new QHBoxLayout;
    textRow->addStretch();
    textRow->addWidget(m_emptyText);
    textRow->addStretch();
    auto *buttons = new QHBoxLayout;
    m_demoButton = new QPushButton(tr("Create a demo history"), page);
    setTips(m_demoButton, tr("Fill this database with 60 days of a generated home media pipeline"));
    m_importButton = new QPushButton(tr("Import a history file…"), page);
    setTips(m_importButton, tr("CSV, JSON, banana-bun, SWF job traces or syslog cron lines"));
    buttons->addStretch();
    buttons->addWidget(m_demoButton);
    buttons->addWidget(m_importButton);
    buttons->addStretch();
    outer->addWidget(m_emptyTitle);
    outer->addSpacing(8);
    outer->addLayout(textRow);
    outer->addSpacing(16);
    outer->addLayout(buttons);
    outer->addStretch(3);
    connect(m_demoButton, &QPushButton::clicked, this, &HistoryView::demoRequested);
    connect(m_importButton, &QPushButton::clicked, this, &HistoryView::importRequested);
    return page;
}

QWidget *HistoryView::createContentPage()
{
    auto *page = new QWidget(this);
    auto *col = new QVBoxLayout(page);
    col->setContentsMargins(0, 0, 0, 0);
    m_filterBar = new HistoryFilterBar(page);
    connect(m_filterBar, &HistoryFilterBar::filterChanged, this, &HistoryView::applyFilter);
    col->addWidget(m_filterBar);

    m_summary = new QLabel(page);
    m_summary->setObjectName(QStringLiteral("historySummary"));
    m_noMatch = new QLabel(tr("No tasks match these filters. <a href=\"reset\">Show all tasks</a>"), page);
    m_noMatch->setObjectName(QStringLiteral("historyNoMatch"));
    m_noMatch->setVisible(false);
    connect(m_noMatch, &QLabel::linkActivated, m_filterBar, &HistoryFilterBar::clear);
    auto *info = new QHBoxLayout;
    info->addWidget(m_summary);
    info->addWidget(m_noMatch);
    info->addStretch();
    col->addLayout(info);

    m_table = new QTableView(page);
    m_table->setObjectName(QStringLiteral("historyTable"));
    setTips(m_table, tr("Every task run; click a header to sort, right-click a row to filter by it"));
    m_table->setModel(m_model);
    m_table->setAlternatingRowColors(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    // Fixed row heights keep scrolling cheap with hundreds of thousands of rows.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSortIndicator(TaskTableModel::StartedColumn, Qt::DescendingOrder);
    m_table->setSortingEnabled(true);
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_table, &QWidget::customContextMenuRequested, this, &HistoryView::showTaskMenu);

    auto *heatBox = new QGroupBox(tr("Task starts by weekday and hour"), page);
    auto *heatLayout = new QVBoxLayout(heatBox);
    m_heatmap = new HeatmapWidget(heatBox);
    m_heatmap->setObjectName(QStringLiteral("startHeatmap"));
    heatLayout->addWidget(m_heatmap);
    auto *dailyBox = new QGroupBox(tr("Tasks per day"), page);
    auto *dailyLayout = new QVBoxLayout(dailyBox);
    m_daily = new DailyVolumeChart(dailyBox);
    m_daily->setObjectName(QStringLiteral("dailyVolume"));
    dailyLayout->addWidget(m_daily);

    auto *charts = new QSplitter(Qt::Horizontal, page);
    charts->addWidget(heatBox);
    charts->addWidget(dailyBox);
    charts->setStretchFactor(0, 1);
    charts->setStretchFactor(1, 1);
    auto *split = new QSplitter(Qt::Vertical, page);
    split->addWidget(m_table);
    split->addWidget(charts);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    split->setChildrenCollapsible(false);
    col->addWidget(split, 1);
    return page;
}

QList<QAction *> HistoryView::taskActions(int row, QObject *parent)
{
    QList<QAction *> actions;
    if (row < 0 || row >= m_model->rowCount())
        return actions;
    const TaskRecord &task = m_model->task(row);
    // "Only this type / status / host": the quickest way from one odd row to all its siblings.
    auto add = [&](const QString &label, const QString &value, void (HistoryFilterBar::*set)(const QString &),
                   const QString &shown) {
        if (value.isEmpty())
            return;
        auto *a = new QAction(label.arg(shown), parent);
        a->setStatusTip(tr("Filter the history to the tasks that share this value"));
        connect(a, &QAction::triggered, m_filterBar, [this, value, set] { (m_filterBar->*set)(value); });
        actions << a;
    };
    add(tr("Only type “%1”"), task.type, &HistoryFilterBar::setType, task.type);
    add(tr("Only status “%1”"), task.status, &HistoryFilterBar::setStatus, taskStatusLabel(task.status));
    add(tr("Only host “%1”"), task.host, &HistoryFilterBar::setHost, task.host);
    // The row's text is taken now: the model may re-query before the action runs.
    QStringList cells;
    for (int c = 0; c < TaskTableModel::ColumnCount; ++c)
        if (!m_table->isColumnHidden(c))
            cells << m_model->index(row, c).data().toString();
    auto *copy = new QAction(tr("Copy Row"), parent);
    copy->setStatusTip(tr("Copy the row's cells, tab-separated, to the clipboard"));
    connect(copy, &QAction::triggered, this,
            [text = cells.join(u'\t')] { QGuiApplication::clipboard()->setText(text); });
    actions << copy;
    return actions;
}

void HistoryView::showTaskMenu(const QPoint &pos)
{
    const QModelIndex index = m_table->indexAt(pos);
    if (!index.isValid())
        return;
    QMenu menu(this);
    menu.addActions(taskActions(index.row(), &menu));
    menu.exec(m_table->viewport()->mapToGlobal(pos));
}

void HistoryView::setDatabase(const std::optional<Database> &db)
{
    m_db = db;
    m_columnsSized = false;
    m_overview = HistorySummary{};
    m_stats = HistoryStats{};
    m_model->setDatabase(db);
    m_filterBar->clear();
    refreshOverview();
}

void HistoryView::setTimeZone(const QTimeZone &zone)
{
    m_zone = zone;
    m_model->setTimeZone(zone);
    refreshOverview();
}

void HistoryView::reload()
{
    m_model->reload();
    refreshOverview();
}

bool HistoryView::isBusy() const
{
    return m_pendingJobs > 0 || m_model->isLoading();
}

QWidget *HistoryView::mainChart() const
{
    return m_daily;
}

bool HistoryView::isShowingEmptyState() const
{
    return m_pages->currentIndex() == EmptyPage;
}

void HistoryView::refreshOverview()
{
    if (!m_db) {
        m_emptyTitle->setText(tr("No database is open"));
        m_emptyText->setText(tr("Use File → New database… or File → Open database… to choose where Rulecast "
                                "keeps its task history."));
        m_demoButton->setVisible(false);
        m_importButton->setVisible(false);
        m_pages->setCurrentIndex(EmptyPage);
        Q_EMIT overviewChanged(HistorySummary{});
        return;
    }
    const quint64 generation = ++m_overviewGeneration;
    const Database db = *m_db;
    jobStarted();
    runInBackground<Result<Overview>>(
        this, [db] { return onWorkerConnection<Overview>(db, [&db] { return loadOverview(db); }); },
        [this, generation](Result<Overview> result) {
            jobFinished();
            if (generation != m_overviewGeneration)
                return;
            if (!result) {
                Q_EMIT errorOccurred(result.error());
                return;
            }
            m_overview = result->summary;
            Q_EMIT overviewChanged(m_overview);
            if (m_overview.tasks == 0) {
                m_emptyTitle->setText(tr("This database has no task history yet"));
                m_emptyText->setText(
                    tr("Rulecast learns when work happens from past task runs. Import a history (a CSV or JSON "
                       "export, a banana-bun database, an SWF job trace or syslog cron lines) or create a demo "
                       "history to explore the views.<br><br><small>Database: %1</small>")
                        .arg(m_db->path().toHtmlEscaped()));
                m_demoButton->setVisible(true);
                m_importButton->setVisible(true);
                m_pages->setCurrentIndex(EmptyPage);
                return;
            }
            m_pages->setCurrentIndex(ContentPage);
            // Columns no task fills (an SWF trace has no hosts) only take space.
            for (int c = 0; c < TaskTableModel::ColumnCount; ++c)
                m_table->setColumnHidden(c, !result->populated.contains(TaskField(c)));
            m_filterBar->setChoices(result->types, result->statuses, result->hosts);
            if (m_overview.startedTasks > 0)
                m_filterBar->setHistorySpan(m_overview.firstStart, m_overview.lastStart, m_zone);
            refreshStats();
        });
}

void HistoryView::applyFilter(const TaskFilter &filter)
{
    m_model->setFilter(filter);
    refreshStats();
}

void HistoryView::refreshStats()
{
    if (!m_db)
        return;
    const quint64 generation = ++m_statsGeneration;
    updateSummaryLabel();
    const Database db = *m_db;
    const TaskFilter filter = m_model->filter();
    const QTimeZone zone = m_zone;
    jobStarted();
    runInBackground<Result<HistoryStats>>(
        this,
        [db, filter, zone] {
            return onWorkerConnection<HistoryStats>(db, [&] { return computeHistoryStats(db, filter, zone); });
        },
        [this, generation](Result<HistoryStats> result) {
            jobFinished();
            if (generation != m_statsGeneration)
                return;
            m_shownStatsGeneration = generation;
            if (!result) {
                Q_EMIT errorOccurred(result.error());
                return;
            }
            m_stats = *result;
            m_heatmap->setCounts(m_stats.heatmap);
            m_daily->setDays(m_stats.daily, m_zone);
            updateSummaryLabel();
        });
}

void HistoryView::updateSummaryLabel()
{
    if (m_shownStatsGeneration != m_statsGeneration) {
        // A slow query (a text search over a million tasks) says so instead of looking empty.
        m_summary->setText(tr("Searching…"));
        m_noMatch->setVisible(false);
        return;
    }
    const QLocale locale;
    const qint64 shown = m_stats.summary.tasks;
    const bool filtered = !m_model->filter().isEmpty();
    m_noMatch->setVisible(filtered && shown == 0);
    m_heatmap->setEmptyText(filtered ? tr("No task starts match these filters.") : tr("No task has a start time."));
    if (filtered)
        m_summary->setText(tr("%Ln of %1 tasks match(es)", nullptr, int(shown)).arg(locale.toString(m_overview.tasks)));
    else
        m_summary->setText(tr("%Ln task(s)", nullptr, int(shown)));
}

void HistoryView::jobStarted()
{
    ++m_pendingJobs;
    Q_EMIT busyChanged(true);
}

void HistoryView::jobFinished()
{
    --m_pendingJobs;
    Q_EMIT busyChanged(isBusy());
}

} // namespace rulecast
