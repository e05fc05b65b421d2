#include "explainpredictiondialog.h"

#include "app/settings.h"

#include <QDateTime>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QFrame>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

#include <cmath>

namespace rulecast {

namespace {

QLabel *wrappedLabel(QWidget *parent, const QString &objectName)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    // Task types and model answers are data, never markup.
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

QTimeZone displayZone()
{
    const QString id = Settings().config().display.timeZone;
    const QTimeZone zone(id.toUtf8());
    return !id.isEmpty() && zone.isValid() ? zone : QTimeZone::systemTimeZone();
}

} // namespace

ExplainPredictionDialog::ExplainPredictionDialog(const PredictionExplanationInput &input, QWidget *parent)
    : QDialog(parent), m_input(input), m_zone(displayZone())
{
    setObjectName(QStringLiteral("explainPredictionDialog"));
    setWindowTitle(tr("Explain this prediction"));
    auto *layout = new QVBoxLayout(this);

    // The deterministic explanation: shown at once, never changed.
    auto *facts = new QGroupBox(tr("What the predictor found"), this);
    auto *form = new QFormLayout(facts);
    m_what = wrappedLabel(facts, QStringLiteral("whatLabel"));
    m_what->setText(tr("%1 is expected to start").arg(input.taskType));
    form->addRow(tr("What:"), m_what);

    const QLocale locale;
    const QDateTime from = QDateTime::fromSecsSinceEpoch(input.predictedTime, m_zone);
    const QDateTime to = from.addSecs(qint64(input.slotMinutes) * 60);
    m_when = wrappedLabel(facts, QStringLiteral("whenLabel"));
    m_when->setText(tr("between %1 and %2 on %3 (%4)")
                        .arg(from.time().toString(QStringLiteral("HH:mm")), to.time().toString(QStringLiteral("HH:mm")),
                             locale.toString(from.date(), QLocale::LongFormat),
                             m_zone.displayName(from, QTimeZone::ShortName)));
    form->addRow(tr("When:"), m_when);

    const int percent = int(std::lround(input.confidence * 100));
    const QString likelihood = input.confidence >= 0.9   ? tr("very likely")
                               : input.confidence >= 0.7 ? tr("likely")
                               : input.confidence >= 0.5 ? tr("about as likely as not")
                                                         : tr("unlikely");
    m_confidence = wrappedLabel(facts, QStringLiteral("confidenceLabel"));
    m_confidence->setText(tr("%1% (%2)").arg(percent).arg(likelihood));
    form->addRow(tr("Confidence:"), m_confidence);

    QStringList sources;
    for (const QString &s : input.localizedSources())
        sources << QStringLiteral("• ") + s;
    if (sources.isEmpty())
        sources << tr("no source recorded");
    if (input.ruleId)
        sources << tr("• strongest rule: #%1").arg(*input.ruleId);
    if (input.patternId)
        sources << tr("• strongest pattern: #%1").arg(*input.patternId);
    m_sources = wrappedLabel(facts, QStringLiteral("sourcesLabel"));
    m_sources->setText(sources.join(u'\n'));
    form->addRow(tr("Sources:"), m_sources);

    m_resources = wrappedLabel(facts, QStringLiteral("resourcesLabel"));
    QString resources = tr("about %1 min, %2% CPU, %3 MB memory")
                            .arg(locale.toString(input.estimatedDurationMinutes, 'f', 0),
                                 locale.toString(input.cpuPercent, 'f', 0), locale.toString(input.memoryMb, 'f', 0));
    if (input.resourcesEstimated)
        resources += u'\n' + tr("Some figures are defaults: the history of this task type does not tell them.");
    m_resources->setText(resources);
    form->addRow(tr("Resources:"), m_resources);
    layout->addWidget(facts);

    // The optional model wording, below and apart.
    auto *modelBox = new QGroupBox(tr("In the words of a language model"), this);
    auto *modelLayout = new QVBoxLayout(modelBox);
    auto *row = new QHBoxLayout;
    m_ask = new QPushButton(tr("Ask the model"), modelBox);
    m_ask->setObjectName(QStringLiteral("askModelButton"));
    m_busy = new QProgressBar(modelBox);
    m_busy->setObjectName(QStringLiteral("busyIndicator"));
    m_busy->setRange(0, 0); // "busy": no known end
    m_busy->setTextVisible(false);
    m_busy->setMaximumHeight(m_ask->sizeHint().height() / 2);
    m_busy->setToolTip(tr("Waiting for the language model"));
    m_busy->hide();
    m_cancel = new QPushButton(tr("Cancel"), modelBox);
    m_cancel->setObjectName(QStringLiteral("cancelModelButton"));
    m_cancel->setToolTip(tr("Stop waiting for the language model"));
    m_cancel->setStatusTip(m_cancel->toolTip());
    m_cancel->hide();
    row->addWidget(m_ask);
    row->addWidget(m_busy, 1);
    row->addWidget(m_cancel);
    row->addStretch();
    modelLayout->addLayout(row);
    m_modelHeading = new QLabel(modelBox);
    m_modelHeading->setObjectName(QStringLiteral("modelHeading"));
    m_modelHeading->setWordWrap(true);
    m_modelHeading->hide();
    modelLayout->addWidget(m_modelHeading);
    m_modelText = wrappedLabel(modelBox, QStringLiteral("modelText"));
    m_modelText->setFrameShape(QFrame::StyledPanel);
    m_modelText->setMargin(6);
    m_modelText->hide();
    modelLayout->addWidget(m_modelText);
    m_warning = wrappedLabel(modelBox, QStringLiteral("warningLabel"));
    m_warning->hide();
    auto *warningRow = new QHBoxLayout;
    m_warningIcon = new QLabel(modelBox);
    QLabel *warningIcon = m_warningIcon;
    warningIcon->setObjectName(QStringLiteral("warningIcon"));
    const int iconSize = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    warningIcon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning, nullptr, this).pixmap(iconSize, iconSize));
    warningIcon->hide();
    warningRow->addWidget(warningIcon, 0, Qt::AlignTop);
    warningRow->addWidget(m_warning, 1);
    modelLayout->addLayout(warningRow);
    layout->addWidget(modelBox);

    m_explainer = new PredictionExplainer(this);
    const QString unavailable = m_explainer->unavailableReason();
    if (unavailable.isEmpty()) {
        m_ask->setToolTip(tr("Ask the configured language model to put this prediction into plain words. "
                             "The explanation above stays as it is."));
    } else {
        m_ask->setEnabled(false);
        m_ask->setToolTip(tr("No language model is configured (%1). Set one in the settings: llm.use_model, "
                             "llm.ollama_url or an OpenAI key.")
                              .arg(unavailable));
    }
    m_ask->setStatusTip(m_ask->toolTip());
    connect(m_ask, &QPushButton::clicked, this, &ExplainPredictionDialog::askModel);
    connect(m_cancel, &QPushButton::clicked, this, &ExplainPredictionDialog::cancelAsking);
    connect(m_explainer, &PredictionExplainer::finished, this, &ExplainPredictionDialog::showAnswer);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setToolTip(tr("Close this explanation"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(560, sizeHint().height());
}

ExplainPredictionDialog::~ExplainPredictionDialog() = default;

QString ExplainPredictionDialog::deterministicText() const
{
    return QStringList{m_what->text(), m_when->text(), m_confidence->text(), m_sources->text(), m_resources->text()}
        .join(u'\n');
}

QString ExplainPredictionDialog::modelText() const { return m_modelText->isHidden() ? QString() : m_modelText->text(); }
QString ExplainPredictionDialog::warningText() const { return m_warning->isHidden() ? QString() : m_warning->text(); }
bool ExplainPredictionDialog::isAsking() const { return m_explainer->isBusy(); }

void ExplainPredictionDialog::askModel()
{
    if (!m_ask->isEnabled())
        return;
    m_warning->hide();
    m_warningIcon->hide();
    m_modelText->hide();
    m_modelHeading->hide();
    setAsking(true);
    m_explainer->explain(m_input);
}

void ExplainPredictionDialog::cancelAsking() { m_explainer->cancel(); }

void ExplainPredictionDialog::setAsking(bool asking)
{
    m_ask->setVisible(!asking);
    m_busy->setVisible(asking);
    m_cancel->setVisible(asking);
    if (asking)
        m_cancel->setFocus();
}

void ExplainPredictionDialog::showAnswer(const PredictionExplanation &result)
{
    setAsking(false);
    if (result.ok()) {
        m_ask->setText(tr("Ask again"));
        m_modelHeading->setText(tr("%1 (%2) says — its own words, not checked:").arg(result.model, result.provider));
        m_modelHeading->show();
        m_modelText->setText(result.text);
        m_modelText->show();
        m_warning->hide();
        m_warningIcon->hide();
    } else {
        m_warning->setText(result.cancelled ? tr("Cancelled; the explanation above is complete without a model.")
                                            : tr("No answer from a language model: %1. The explanation above is "
                                                 "complete without it.")
                                                  .arg(result.error));
        m_warning->show();
        m_warningIcon->show();
    }
    m_ask->setFocus();
    Q_EMIT modelAnswered(result.ok());
}

} // namespace rulecast
