#include "similarpatternsdialog.h"

#include "gui/tips.h"

#include "app/backgroundjob.h"
#include "app/settings.h"
#include "gui/models/patterntypelabel.h"
#include "llm/llmservice.h"

#include <QCheckBox>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace rulecast {

namespace {

enum Column { ColSimilarity, ColId, ColType, ColTaskTypes, ColWhen, ColConfidence, ColumnCount };

QTableWidgetItem *item(const QString &text, const QString &tip = {})
{
    auto *it = new QTableWidgetItem(text);
    it->setFlags(Qt::ItemIsSelectable | Qt::ItemIsEnabled);
    if (!tip.isEmpty())
        it->setToolTip(tip);
    return it;
}

QString componentsTip(const SimilarMatch &m)
{
    QStringList lines;
    const QLocale locale;
    lines << SimilarPatternsDialog::tr("Structure: %1").arg(locale.toString(m.structural, 'f', 3));
    if (m.semantic)
        lines << SimilarPatternsDialog::tr("Meaning (embeddings): %1").arg(locale.toString(*m.semantic, 'f', 3));
    const QJsonObject c = m.components.componentsJson();
    for (auto it = c.begin(); it != c.end(); ++it)
        lines << QStringLiteral("  %1: %2").arg(it.key(), locale.toString(it.value().toDouble(), 'f', 2));
    return lines.join(QLatin1Char('\n'));
}

} // namespace

SimilarPatternsDialog::SimilarPatternsDialog(const QString &databasePath, qint64 patternId, QWidget *parent,
                                             double threshold)
    : QDialog(parent), m_databasePath(databasePath), m_patternId(patternId)
{
    setWindowTitle(tr("Patterns similar to pattern %1").arg(patternId));
    if (threshold < 0)
        threshold = Settings().config().patterns.patternSimilarityThreshold;

    m_query = new QLabel(tr("Pattern %1").arg(patternId), this);
    m_query->setWordWrap(true);
    m_threshold = new QDoubleSpinBox(this);
    m_threshold->setObjectName(QStringLiteral("similarThreshold"));
    m_threshold->setRange(0.0, 1.0);
    m_threshold->setSingleStep(0.05);
    m_threshold->setDecimals(2);
    m_threshold->setValue(threshold);
    setTips(m_threshold, tr("Only patterns at least this similar (0–1)."));
    m_maxResults = new QSpinBox(this);
    m_maxResults->setRange(1, 100);
    m_maxResults->setValue(10);
    setTips(m_maxResults, tr("List at most this many patterns"));
    m_inactive = new QCheckBox(tr("Include inactive patterns"), this);
    setTips(m_inactive, tr("Also compare with patterns that were not seen in the last analysis"));
    m_embeddings = new QCheckBox(tr("Blend in language-model embeddings"), this);
    setTips(m_embeddings, tr("Compares the patterns' descriptions with the configured embedding model "
                                "(Ollama or OpenAI); without a reachable model the structural score is shown."));
    m_searchButton = new QPushButton(tr("Search"), this);
    m_searchButton->setObjectName(QStringLiteral("similarSearch"));
    setTips(m_searchButton, tr("Search again with these settings"));
    connect(m_searchButton, &QPushButton::clicked, this, &SimilarPatternsDialog::search);

    auto *form = new QFormLayout;
    form->addRow(tr("Minimum similarity:"), m_threshold);
    form->addRow(tr("At most:"), m_maxResults);
    auto *options = new QHBoxLayout;
    options->addLayout(form);
    auto *checks = new QVBoxLayout;
    checks->addWidget(m_inactive);
    checks->addWidget(m_embeddings);
    options->addLayout(checks);
    options->addStretch();
    options->addWidget(m_searchButton, 0, Qt::AlignBottom);

    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setObjectName(QStringLiteral("similarPatternsTable"));
    m_table->setHorizontalHeaderLabels(
        {tr("Similarity"), tr("ID"), tr("Type"), tr("Task types"), tr("When"), tr("Confidence")});
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->horizontalHeader()->setSectionResizeMode(ColWhen, QHeaderView::Stretch);
    m_status = new QLabel(this);
    m_status->setWordWrap(true);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_query);
    layout->addLayout(options);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    resize(900, 420);
    search();
}

SimilarPatternsDialog::~SimilarPatternsDialog() = default;

void SimilarPatternsDialog::setThreshold(double threshold) { m_threshold->setValue(threshold); }
void SimilarPatternsDialog::setMaxResults(int maxResults) { m_maxResults->setValue(maxResults); }
void SimilarPatternsDialog::setIncludeInactive(bool include) { m_inactive->setChecked(include); }
void SimilarPatternsDialog::setUseEmbeddings(bool use) { m_embeddings->setChecked(use); }
QString SimilarPatternsDialog::statusText() const { return m_status->text(); }

void SimilarPatternsDialog::search()
{
    SimilarSearchRequest request;
    request.databasePath = m_databasePath;
    request.mode = SimilarSearchRequest::Mode::ByPattern;
    request.patternId = m_patternId;
    request.threshold = m_threshold->value();
    request.maxResults = m_maxResults->value();
    request.includeInactive = m_inactive->isChecked();
    request.now = QDateTime::currentSecsSinceEpoch();
    if (m_embeddings->isChecked() && !m_llm) {
        llm::LlmSetup setup;
        setup.config = Settings().config().llm;
        m_llm = std::make_shared<llm::LlmService>(setup);
    }
    // The worker holds its own reference, so closing the dialog mid-search is safe.
    std::shared_ptr<llm::LlmService> service = m_embeddings->isChecked() ? m_llm : nullptr;
    request.embeddings = service.get();

    const int generation = ++m_generation;
    m_searching = true;
    m_searchButton->setEnabled(false);
    m_status->setText(tr("Searching…"));
    runInBackground<Result<SimilarSearchResult>>(
        this, [request, service] { return searchSimilarPatterns(request); },
        [this, generation](Result<SimilarSearchResult> result) { showResult(std::move(result), generation); });
}

void SimilarPatternsDialog::showResult(Result<SimilarSearchResult> result, int generation)
{
    if (generation != m_generation)
        return; // a newer search is under way
    m_searching = false;
    m_searchButton->setEnabled(true);
    m_table->setRowCount(0);
    m_results.clear();
    if (!result) {
        m_status->setText(tr("Search failed: %1").arg(result.error()));
        Q_EMIT searchFinished(false);
        return;
    }
    if (result->query)
        m_query->setText(tr("Pattern %1 — %2, %3: %4")
                             .arg(result->query->id)
                             .arg(PatternTypeLabel::of(result->query->kind), result->query->taskTypes.join(QStringLiteral(", ")),
                                  result->query->describe()));
    m_results = result->results;
    m_table->setRowCount(int(m_results.size()));
    for (int row = 0; row < m_results.size(); ++row) {
        const SimilarMatch &m = m_results[row];
        const ActivityPattern &p = m.pattern;
        m_table->setItem(row, ColSimilarity, item(QLocale().toString(m.similarity, 'f', 3), componentsTip(m)));
        m_table->setItem(row, ColId, item(QString::number(p.id)));
        m_table->setItem(row, ColType, item(p.active ? PatternTypeLabel::of(p.kind) : tr("%1 (inactive)").arg(PatternTypeLabel::of(p.kind)),
                                            PatternTypeLabel::tooltip(p.patternType())));
        m_table->setItem(row, ColTaskTypes, item(p.taskTypes.join(QStringLiteral(", "))));
        m_table->setItem(row, ColWhen, item(p.describe()));
        m_table->setItem(row, ColConfidence, item(QLocale().toString(p.confidence, 'f', 2)));
    }
    m_table->resizeColumnsToContents();
    QString status = m_results.isEmpty()
                         ? tr("No patterns at or above similarity %1 (%2 compared). Lower the minimum to see more.")
                               .arg(QLocale().toString(m_threshold->value(), 'f', 2))
                               .arg(result->candidates)
                         : tr("%1 of %Ln matching pattern(s) shown (%2 compared).", nullptr, int(result->aboveThreshold))
                               .arg(m_results.size())
                               .arg(result->candidates);
    if (!result->embeddingModel.isEmpty())
        status += QLatin1Char(' ') + tr("Blended with embeddings of %1.").arg(result->embeddingModel);
    for (const QString &w : result->warnings)
        status += QLatin1Char('\n') + w;
    m_status->setText(status);
    Q_EMIT searchFinished(true);
}

} // namespace rulecast
