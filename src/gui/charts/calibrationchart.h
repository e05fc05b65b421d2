#pragma once

#include "core/predictionscore.h"

#include <QWidget>

#include <vector>

namespace rulecast {

// Reliability diagram of the validated predictions: for each confidence bin
// (validate-predictions' calibration table) a dot at (mean predicted
// confidence, share that came true), sized by how many predictions fell in
// it, against the diagonal of perfect calibration. Empty until something
// was validated.
class CalibrationChart : public QWidget
{
    Q_OBJECT

public:
    explicit CalibrationChart(QWidget *parent = nullptr);

    // `validated`: predictions behind the bins; 0 shows the empty text.
    void setCalibration(const std::vector<CalibrationBin> &bins, qint64 validated, double brier);
    void setEmptyText(const QString &text);

    qint64 validated() const { return m_validated; }
    // Bins with at least one prediction, in confidence order (what is drawn).
    const std::vector<CalibrationBin> &bins() const { return m_bins; }
    // Centre of a drawn bin's dot; the bin under a point (-1: none).
    QPointF pointOf(int bin) const;
    int binAt(const QPointF &pos) const;
    QString binToolTip(int bin) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    bool event(QEvent *event) override;

private:
    QRectF plotRect() const;
    qreal radiusOf(const CalibrationBin &bin) const;

    std::vector<CalibrationBin> m_bins;
    qint64 m_validated = 0;
    double m_brier = 0;
    QString m_emptyText;
};

} // namespace rulecast
