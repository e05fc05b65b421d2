#pragma once

#include <QChartView>
#include <QVector>

namespace rulecast {

// Load over the simulated window before and after an optimization, with the
// capacity as a horizontal line. Each point is the highest load in a bucket
// of minutes, so short peaks stay visible at any zoom.
class LoadComparisonChart : public QChartView
{
    Q_OBJECT

public:
    explicit LoadComparisonChart(QWidget *parent = nullptr);
    // `startEpoch`: UTC epoch seconds of the first minute.
    void setLoads(const QVector<int> &before, const QVector<int> &after, int capacity, qint64 startEpoch);
    int seriesCount() const;
    int bucketMinutes() const { return m_bucket; }

protected:
    void changeEvent(QEvent *event) override;

private:
    int m_bucket = 10;
};

} // namespace rulecast
