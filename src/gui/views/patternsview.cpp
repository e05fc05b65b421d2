#include "gui/views/patternsview.h"

#include "gui/tips.h"

#include "app/settings.h"
#include "gui/charts/heatmapwidget.h"
#include "gui/models/patterntablemodel.h"
#include "gui/models/patterntypelabel.h"
#include "gui/progressjob.h"
#include "gui/widgets/similarpatternsdialog.h"
#include "storage/patternevidence.h"
#include "storage/patternrepository.h"
#include "core/timeformat.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace rulecast {

namespace {

// Weekday (0 = Monday, as HeatmapWidget counts) and hour of a UTC epoch second.
void utcWeekdayHour(qint64 epoch, int *weekday, int *hour)
{
    const qint64 day = epoch >= 0 ? epoch / 86400 : (epoch - 86399) / 86400;
    *weekday = int(((day + 3) % 7 + 7) % 7); // 1970-01-01 was a Thursday
    *hour = int((epoch - day * 86400) / 3600);
}

} // namespace

PatternsView::PatternsView(QWidget *parent) : MainView(parent)
{
    setObjectName(QStringLiteral("patternsView"));
    const RulecastConfig::PatternDetection settings = Settings().config().patterns;

    m_type = new QComboBox(this);
    m_type->setObjectName(QStringLiteral("typeCombo"));
    m_type->addItem(tr("All types"), QString());
    for (const QString &name : patternTypeNames()) {
        m_type->addItem(PatternTypeLabel::of(name), name);
        m_type->setItemData(m_type->count() - 1, PatternTypeLabel::tooltip(name), Qt::ToolTipRole);
    }
    m_minConfidence = new QDoubleSpinBox(this);
    m_minConfidence->setObjectName(QStringLiteral("minConfidenceSpin"));
    m_minConfidence->setRange(0.0, 1.0);
    m_minConfidence->setSingleStep(0.05);
    m_minConfidence->setDecimals(2);
    setTips(m_type, tr("Show only patterns of this kind"));
    setTips(m_minConfidence, tr("Show only patterns at least this confident (0–1)"));
    m_text = new QLineEdit(this);
    m_text->setObjectName(QStringLiteral("textFilter"));
    m_text->setPlaceholderText(tr("Task type or time…"));
    m_text->setClearButtonEnabled(true);
    setTips(m_text, tr("Show only patterns whose task types or times contain this text"));
    m_inactive = new QCheckBox(tr("Include inactive"), this);
    m_inactive->setObjectName(QStringLiteral("inactiveCheck"));
    setTips(m_inactive, tr("Also list patterns that were not seen in the last analysis"));
    m_days = new QSpinBox(this);
    m_days->setObjectName(QStringLiteral("daysSpin"));
    m_days->setRange(1, 3650);
    m_days->setValue(std::max(1, settings.analysisWindowDays));
    m_days->setSuffix(tr(" days"));
    setTips(m_days, tr("Analyze the tasks of this many days before now."));
    m_analyzeButton = new QPushButton(tr("Analyze…"), this);
    m_analyzeButton->setObjectName(QStringLiteral("analyzeButton"));
    setTips(m_analyzeButton, tr("Detect activity patterns in the task history and store them"));
    m_similarButton = new QPushButton(tr("Find similar"), this);
    m_similarButton->setObjectName(QStringLiteral("findSimilarButton"));
    setTips(m_similarButton, tr("Find the stored patterns most like the selected one"));

    auto *filters = new QHBoxLayout;
    filters->addWidget(new QLabel(tr("Type"), this));
    filters->addWidget(m_type);
    filters->addWidget(new QLabel(tr("Min. confidence"), this));
    filters->addWidget(m_minConfidence);
    filters->addWidget(m_text, 1);
    filters->addWidget(m_inactive);
    filters->addSpacing(16);
    filters->addWidget(m_days);
    filters->addWidget(m_analyzeButton);
    filters->addWidget(m_similarButton);

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("summaryLabel"));
    m_summary->setWordWrap(true);

    m_model = new PatternTableModel(this);
    m_proxy = new PatternFilterProxy(this);
    m_proxy->setSourceModel(m_model);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("patternsTable"));
    setTips(m_table, tr("Detected patterns; select one to see its evidence, right-click for more"));
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(PatternTableModel::ConfidenceColumn, Qt::DescendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->setWordWrap(false);
    m_empty = new QLabel(this);
    m_empty->setObjectName(QStringLiteral("emptyLabel"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_table);
    m_stack->addWidget(m_empty);

    m_detailTitle = new QLabel(tr("Select a pattern to see when its tasks ran."), this);
    m_detailTitle->setObjectName(QStringLiteral("detailLabel"));
    m_detailTitle->setWordWrap(true);
    m_histogram = new HeatmapWidget(this);
    m_histogram->setObjectName(QStringLiteral("evidenceHistogram"));
    m_histogram->setEmptyText(tr("No evidence tasks to show."));
    m_evidenceTable = new QTableWidget(0, 3, this);
    setTips(m_evidenceTable, tr("The task runs that make up the selected pattern"));
    m_evidenceTable->setObjectName(QStringLiteral("evidenceTable"));
    m_evidenceTable->setHorizontalHeaderLabels({tr("Task id"), tr("Type"), tr("Started (UTC)")});
    m_evidenceTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_evidenceTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_evidenceTable->verticalHeader()->hide();
    m_evidenceTable->verticalHeader()->setDefaultSectionSize(m_evidenceTable->fontMetrics().height() + 8);
    m_evidenceTable->horizontalHeader()->setStretchLastSection(true);
    // The table gets the full width (the "when" text is long); the detail
    // pane sits below it: histogram left, evidence tasks right.
    auto *histogramBox = new QWidget(this);
    auto *histogramLayout = new QVBoxLayout(histogramBox);
    histogramLayout->setContentsMargins(0, 0, 0, 0);
    histogramLayout->addWidget(new QLabel(tr("Evidence task starts by weekday and hour (UTC)"), histogramBox));
    histogramLayout->addWidget(m_histogram, 1);
    auto *evidenceBox = new QWidget(this);
    auto *evidenceLayout = new QVBoxLayout(evidenceBox);
    evidenceLayout->setContentsMargins(0, 0, 0, 0);
    evidenceLayout->addWidget(new QLabel(tr("Evidence tasks"), evidenceBox));
    evidenceLayout->addWidget(m_evidenceTable, 1);
    auto *detail = new QWidget(this);
    m_detail = detail;
    auto *detailLayout = new QVBoxLayout(detail);
    detailLayout->setContentsMargins(0, 0, 0, 0);
    detailLayout->addWidget(m_detailTitle);
    auto *detailRow = new QHBoxLayout;
    detailRow->addWidget(histogramBox, 3);
    detailRow->addWidget(evidenceBox, 2);
    detailLayout->addLayout(detailRow, 1);

    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_stack);
    split->addWidget(detail);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_summary);
    layout->addWidget(split, 1);

    connect(m_type, &QComboBox::currentIndexChanged, this, &PatternsView::applyFilter);
    connect(m_minConfidence, &QDoubleSpinBox::valueChanged, this, &PatternsView::applyFilter);
    connect(m_text, &QLineEdit::textChanged, this, &PatternsView::applyFilter);
    connect(m_inactive, &QCheckBox::toggled, this, &PatternsView::applyFilter);
    connect(m_analyzeButton, &QPushButton::clicked, this, &PatternsView::analyze);
    connect(m_similarButton, &QPushButton::clicked, this, &PatternsView::findSimilar);
    connect(m_table, &QTableView::customContextMenuRequested, this, &PatternsView::showContextMenu);
    connect(m_table, &QTableView::doubleClicked, this, &PatternsView::findSimilar);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        showSelected();
        updateButtons();
    });
    updateEmptyState();
    updateButtons();
}

PatternsView::~PatternsView() = default;

void PatternsView::setDatabase(const std::optional<Database> &db)
{
    m_db = db;
    m_summary->clear();
    reload();
}

void PatternsView::reload()
{
    const qint64 selected = selectedPatternId();
    if (!m_db) {
        m_model->setPatterns({});
    } else {
        // Patterns are few and small: read on the GUI thread, every row (the
        // proxy filters), so the filter bar never needs another query.
        const Result<QList<ActivityPattern>> all = PatternRepository(*m_db).all();
        if (!all) {
            m_model->setPatterns({});
            Q_EMIT errorOccurred(all.error());
        } else {
            m_model->setPatterns(*all);
        }
    }
    fitColumns();
    selectPattern(selected);
    if (selectedPatternId() == 0 && m_proxy->rowCount() > 0)
        m_table->selectRow(0);
    showSelected();
    updateEmptyState();
    updateButtons();
}

void PatternsView::fitColumns()
{
    m_table->resizeColumnsToContents();
    // A resource profile may name many task types; the full list is in the
    // tooltip, the "when" column gets what is left.
    constexpr int kMaxTypesWidth = 240;
    if (m_table->columnWidth(PatternTableModel::TaskTypesColumn) > kMaxTypesWidth)
        m_table->setColumnWidth(PatternTableModel::TaskTypesColumn, kMaxTypesWidth);
    m_table->horizontalHeader()->setSectionResizeMode(PatternTableModel::WhenColumn, QHeaderView::Stretch);
}

void PatternsView::applyFilter()
{
    const qint64 selected = selectedPatternId();
    m_proxy->setPatternType(m_type->currentData().toString());
    m_proxy->setMinConfidence(m_minConfidence->value());
    m_proxy->setText(m_text->text());
    m_proxy->setIncludeInactive(m_inactive->isChecked());
    selectPattern(selected);
    showSelected();
    updateEmptyState();
    updateButtons();
}

int PatternsView::visibleCount() const
{
    return m_proxy->rowCount();
}

qint64 PatternsView::selectedPatternId() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? 0 : rows.first().data(PatternTableModel::PatternIdRole).toLongLong();
}

void PatternsView::selectPattern(qint64 id)
{
    const int row = m_model->rowOf(id);
    const QModelIndex index = row < 0 ? QModelIndex() : m_proxy->mapFromSource(m_model->index(row, 0));
    if (index.isValid())
        m_table->selectRow(index.row());
    else
        m_table->clearSelection();
}

QString PatternsView::emptyText() const
{
    return m_stack->currentWidget() == m_empty ? m_empty->text() : QString();
}

void PatternsView::updateEmptyState()
{
    QString text;
    if (!m_db)
        text = tr("Open or create a database (File menu) to see its activity patterns.");
    else if (m_model->rowCount() == 0)
        text = tr("No patterns yet — run Analyze to learn when your tasks happen.");
    else if (m_proxy->rowCount() == 0)
        text = tr("No pattern matches the filter (%n stored).", nullptr, m_model->rowCount());
    m_empty->setText(text);
    m_stack->setCurrentWidget(text.isEmpty() ? static_cast<QWidget *>(m_table) : m_empty);
    // Without any pattern the detail pane has nothing to say: the hint gets the room.
    m_detail->setVisible(m_model->rowCount() > 0);
}

void PatternsView::updateButtons()
{
    m_analyzeButton->setEnabled(m_db.has_value() && !m_running);
    m_similarButton->setEnabled(m_db.has_value() && selectedPatternId() > 0);
}

void PatternsView::showSelected()
{
    m_evidence.clear();
    m_evidenceTable->setRowCount(0);
    const qint64 id = selectedPatternId();
    const int row = m_model->rowOf(id);
    if (!m_db || row < 0) {
        m_detailTitle->setText(tr("Select a pattern to see when its tasks ran."));
        m_histogram->setCounts({});
        return;
    }
    const ActivityPattern &p = m_model->pattern(row);
    const QLocale locale;
    m_detailTitle->setText(tr("<b>%1</b> %2: %3<br>confidence %4, seen %5 of %6 times; %7")
                               .arg(PatternTypeLabel::of(p.kind).toHtmlEscaped(),
                                    p.taskTypes.join(QStringLiteral(", ")).toHtmlEscaped(), p.describe().toHtmlEscaped(),
                                    locale.toString(p.confidence, 'f', 2), locale.toString(p.occurrences),
                                    locale.toString(p.opportunities), p.recommendationReason().toHtmlEscaped()));
    m_detailTitle->setToolTip(PatternTypeLabel::tooltip(p.patternType()));
    // At most kMaxStoredEvidence ids: a quick indexed read on the GUI thread.
    const Result<QList<TaskRecord>> tasks = loadEvidenceTasks(*m_db, p.evidenceTaskIds);
    if (!tasks) {
        Q_EMIT errorOccurred(tasks.error());
        m_histogram->setCounts({});
        return;
    }
    m_evidence = *tasks;
    HeatmapWidget::Counts counts{};
    m_evidenceTable->setRowCount(int(m_evidence.size()));
    for (int i = 0; i < m_evidence.size(); ++i) {
        const TaskRecord &t = m_evidence.at(i);
        int weekday = 0;
        int hour = 0;
        utcWeekdayHour(t.startedAt, &weekday, &hour);
        ++counts[std::size_t(weekday * 24 + hour)];
        auto *idItem = new QTableWidgetItem;
        idItem->setData(Qt::DisplayRole, t.id);
        m_evidenceTable->setItem(i, 0, idItem);
        m_evidenceTable->setItem(i, 1, new QTableWidgetItem(t.type));
        m_evidenceTable->setItem(i, 2, new QTableWidgetItem(timeformat::toSqlTime(t.startedAt)));
    }
    m_histogram->setCounts(counts);
    m_evidenceTable->resizeColumnsToContents();
}

void PatternsView::showContextMenu(const QPoint &pos)
{
    if (!m_table->indexAt(pos).isValid())
        return;
    QMenu menu(this);
    QAction *similar = menu.addAction(tr("Find similar…"));
    similar->setStatusTip(m_similarButton->statusTip());
    similar->setEnabled(m_similarButton->isEnabled());
    connect(similar, &QAction::triggered, this, &PatternsView::findSimilar);
    menu.exec(m_table->viewport()->mapToGlobal(pos));
}

SimilarPatternsDialog *PatternsView::findSimilar()
{
    const qint64 id = selectedPatternId();
    if (!m_db || id <= 0)
        return nullptr;
    auto *dialog = new SimilarPatternsDialog(m_db->path(), id, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
    return dialog;
}

void PatternsView::analyze()
{
    if (!m_db || m_running)
        return;
    const RulecastConfig::PatternDetection settings = Settings().config().patterns;
    AnalyzeRequest request;
    request.databasePath = m_db->path();
    request.now = QDateTime::currentSecsSinceEpoch();
    request.asOf = request.now;
    request.days = m_days->value();
    request.options.minConfidence = settings.minConfidenceThreshold;
    request.options.minDetectionCount = settings.minDetectionCount;
    request.options.analysisWindowDays = request.days;
    m_running = true;
    updateButtons();
    Q_EMIT busyChanged(true);
    runWithProgress<AnalyzeResult>(
        this, tr("Analyzing activity patterns…"),
        [request](const Progress &p) { return runAnalysis(request, p); },
        [this](Result<AnalyzeResult> result, bool canceled) {
            m_running = false;
            // The use case says whether it stored anything: Cancel pressed
            // after the worker's last check still leaves a finished analysis.
            const bool ok = result && !result->canceled;
            if (!ok) {
                m_summary->setText(result || canceled ? tr("Analysis canceled; nothing was stored.") : result.error());
                if (!result && !canceled)
                    Q_EMIT errorOccurred(result.error());
            } else {
                const PatternAnalysis &a = result->analysis;
                const auto created = qsizetype(std::count(result->created.begin(), result->created.end(), true));
                m_summary->setText(tr("Analyzed %1 of %2 (%3 – %4 UTC): %5 (%6 new), %7 no longer seen, "
                                      "%8 below the thresholds.")
                                       .arg(tr("%Ln task(s)", nullptr, int(a.tasksAnalyzed)),
                                            tr("%Ln type(s)", nullptr, int(a.analyzedTypes.size())),
                                            timeformat::toSqlTime(a.window.from), timeformat::toSqlTime(a.window.until),
                                            tr("%Ln pattern(s)", nullptr, int(a.patterns.size())))
                                       .arg(created)
                                       .arg(result->deactivatedIds.size())
                                       .arg(tr("%Ln candidate(s)", nullptr, int(a.candidatesBelowThreshold))));
                reload();
            }
            updateButtons();
            Q_EMIT busyChanged(false);
            Q_EMIT analysisFinished(ok);
        });
}

} // namespace rulecast
