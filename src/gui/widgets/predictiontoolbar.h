#pragma once

#include <QWidget>

class QComboBox;
class QDoubleSpinBox;
class QPushButton;
class QSpinBox;

namespace rulecast {

// The Predictions view's controls: what to predict (look-ahead hours,
// slot length, minimum confidence — defaults from the settings) and its
// actions (Predict, Explain…, Schedule Selected, Validate) with their
// shortcuts. The view connects the buttons.
class PredictionToolbar : public QWidget
{
    Q_OBJECT

public:
    explicit PredictionToolbar(QWidget *parent = nullptr);

    int lookAheadHours() const;
    int slotMinutes() const;
    double minConfidence() const;

    QPushButton *predictButton() const { return m_predict; }
    QPushButton *explainButton() const { return m_explain; }
    QPushButton *scheduleButton() const { return m_schedule; }
    QPushButton *validateButton() const { return m_validate; }

private:
    QSpinBox *m_lookAhead = nullptr;
    QComboBox *m_slot = nullptr;
    QDoubleSpinBox *m_minConfidence = nullptr;
    QPushButton *m_predict = nullptr;
    QPushButton *m_explain = nullptr;
    QPushButton *m_schedule = nullptr;
    QPushButton *m_validate = nullptr;
};

} // namespace rulecast
