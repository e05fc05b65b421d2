#pragma once

#include "app/generaterulesusecase.h"

#include <QDialog>

QT_BEGIN_NAMESPACE
class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QTableWidget;
QT_END_NAMESPACE

namespace rulecast {

// "Generate from patterns…": the choices of generate-scheduling-rules — the
// minimum pattern confidence, the conflict strategy, auto-enable and a dry
// run that only previews (defaults from the settings, like the CLI).
class GenerateRulesDialog : public QDialog
{
    Q_OBJECT

public:
    explicit GenerateRulesDialog(QWidget *parent = nullptr);

    // The request as chosen (databasePath, now and capacity are the caller's).
    GenerateRulesRequest request() const;

    QComboBox *strategyCombo() const { return m_strategy; }
    QDoubleSpinBox *minConfidenceSpin() const { return m_minConfidence; }
    QCheckBox *autoEnableCheck() const { return m_autoEnable; }
    QCheckBox *dryRunCheck() const { return m_dryRun; }
    QCheckBox *useModelCheck() const { return m_useModel; }

private:
    QComboBox *m_strategy = nullptr;
    QDoubleSpinBox *m_minConfidence = nullptr;
    QCheckBox *m_autoEnable = nullptr;
    QCheckBox *m_dryRun = nullptr;
    QCheckBox *m_useModel = nullptr;
    int m_maxRulesPerPattern = 3;
};

// What a dry run would store: the new rules (with what the strategy changed),
// the skipped patterns and the conflicts. "Store these rules" accepts.
class RulePreviewDialog : public QDialog
{
    Q_OBJECT

public:
    RulePreviewDialog(const GenerateRulesResult &result, QWidget *parent = nullptr);

    QTableWidget *rulesTable() const { return m_rules; }
    QTableWidget *conflictsTable() const { return m_conflicts; }

private:
    QTableWidget *m_rules = nullptr;
    QTableWidget *m_conflicts = nullptr;
};

} // namespace rulecast
