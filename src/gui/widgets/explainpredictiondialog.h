#pragma once

#include "app/predictionexplainer.h"

#include <QDialog>
#include <QTimeZone>

QT_BEGIN_NAMESPACE
class QLabel;
class QProgressBar;
class QPushButton;
QT_END_NAMESPACE

namespace rulecast {

// "Explain this prediction": the deterministic explanation at once (what,
// when, how sure, from which sources, what it will need), and on request a
// language model's wording of it below (docs/llm.md). The model's text is
// shown as plain text, marked as the model's, and changes nothing; a failure
// leaves a warning line and the deterministic part as it was.
class ExplainPredictionDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ExplainPredictionDialog(const PredictionExplanationInput &input, QWidget *parent = nullptr);
    ~ExplainPredictionDialog() override;

    // What the dialog shows (for the window and for tests).
    QString deterministicText() const;
    QString modelText() const;
    QString warningText() const;
    bool isAsking() const;

public Q_SLOTS:
    // "Ask the model" / "Cancel".
    void askModel();
    void cancelAsking();

Q_SIGNALS:
    // After every answer, failure or cancel.
    void modelAnswered(bool ok);

private:
    void showAnswer(const PredictionExplanation &result);
    void setAsking(bool asking);

    PredictionExplanationInput m_input;
    QTimeZone m_zone;
    PredictionExplainer *m_explainer = nullptr;
    QLabel *m_what = nullptr;
    QLabel *m_when = nullptr;
    QLabel *m_confidence = nullptr;
    QLabel *m_sources = nullptr;
    QLabel *m_resources = nullptr;
    QPushButton *m_ask = nullptr;
    QPushButton *m_cancel = nullptr;
    QProgressBar *m_busy = nullptr;
    QLabel *m_modelHeading = nullptr;
    QLabel *m_modelText = nullptr;
    QLabel *m_warning = nullptr;
    QLabel *m_warningIcon = nullptr;
};

} // namespace rulecast
