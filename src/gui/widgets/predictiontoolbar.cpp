#include "gui/widgets/predictiontoolbar.h"

#include "app/settings.h"
#include "gui/tips.h"
#include "core/slotgrid.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QHBoxLayout>
#include <QKeySequence>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>

namespace rulecast {

PredictionToolbar::PredictionToolbar(QWidget *parent) : QWidget(parent)
{
    const RulecastConfig::PredictiveScheduling settings = Settings().config().predictive;
    m_lookAhead = new QSpinBox(this);
    m_lookAhead->setObjectName(QStringLiteral("lookAheadSpin"));
    m_lookAhead->setRange(SlotGrid::kMinLookAheadHours, SlotGrid::kMaxLookAheadHours);
    m_lookAhead->setValue(24);
    m_lookAhead->setSuffix(tr(" h"));
    setTips(m_lookAhead, tr("How many hours ahead to predict (1–168)"));
    m_slot = new QComboBox(this);
    m_slot->setObjectName(QStringLiteral("slotCombo"));
    for (int minutes : {5, 10, 15, 20, 30, 60, 120})
        m_slot->addItem(tr("%1 min").arg(minutes), minutes);
    m_slot->setCurrentIndex(m_slot->findData(30));
    setTips(m_slot, tr("Length of a predicted slot"));
    m_minConfidence = new QDoubleSpinBox(this);
    m_minConfidence->setObjectName(QStringLiteral("minConfidenceSpin"));
    m_minConfidence->setRange(0.0, 1.0);
    m_minConfidence->setSingleStep(0.05);
    m_minConfidence->setDecimals(2);
    m_minConfidence->setValue(settings.predictionConfidenceThreshold);
    setTips(m_minConfidence, tr("Predictions below this confidence are not listed or stored "
                                   "(default: prediction_confidence_threshold)"));

    m_predict = new QPushButton(tr("&Predict"), this);
    m_predict->setObjectName(QStringLiteral("predictButton"));
    // Ctrl+P is File → Print…
    m_predict->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    setTips(m_predict, tr("Predict the coming hours from the history, rules and patterns and store the "
                             "predictions (Ctrl+Shift+P)"));
    m_explain = new QPushButton(tr("&Explain…"), this);
    m_explain->setObjectName(QStringLiteral("explainButton"));
    m_explain->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    setTips(m_explain, tr("Explain the selected prediction: its sources and needs, and on request a "
                             "language model's wording (Ctrl+E, or double-click a row)"));
    m_schedule = new QPushButton(tr("&Schedule Selected"), this);
    m_schedule->setObjectName(QStringLiteral("scheduleButton"));
    m_schedule->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    setTips(m_schedule, tr("Create pending tasks for the selected predictions, which banana-bun's scheduler "
                              "runs; predictions already scheduled are skipped (Ctrl+Shift+S)"));
    m_validate = new QPushButton(tr("&Validate"), this);
    m_validate->setObjectName(QStringLiteral("validateButton"));
    m_validate->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_V));
    setTips(m_validate, tr("Compare stored predictions older than the validation window with what "
                              "actually ran (Ctrl+Shift+V)"));

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(new QLabel(tr("Look ahead"), this));
    layout->addWidget(m_lookAhead);
    layout->addSpacing(8);
    layout->addWidget(new QLabel(tr("Slot"), this));
    layout->addWidget(m_slot);
    layout->addSpacing(8);
    layout->addWidget(new QLabel(tr("Min. confidence"), this));
    layout->addWidget(m_minConfidence);
    layout->addSpacing(8);
    layout->addWidget(m_predict);
    layout->addStretch(1);
    layout->addWidget(m_explain);
    layout->addWidget(m_schedule);
    layout->addWidget(m_validate);
}

int PredictionToolbar::lookAheadHours() const
{
    return m_lookAhead->value();
}

int PredictionToolbar::slotMinutes() const
{
    return m_slot->currentData().toInt();
}

double PredictionToolbar::minConfidence() const
{
    return m_minConfidence->value();
}

} // namespace rulecast
