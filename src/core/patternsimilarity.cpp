#include "patternsimilarity.h"

#include "circularstats.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <cmath>
#include <tuple>
#include <vector>

namespace rulecast {

namespace {

constexpr int kDayBins = 288;          // 5-minute bins over the UTC day
constexpr double kBinMinutes = 1440.0 / kDayBins;
constexpr double kMinSpreadMinutes = 20.0; // a stored spread of 0 still means "about then"
constexpr double kMinDelaySpreadMinutes = 5.0;

using Profile = std::vector<double>;

bool isCalendar(PatternKind k)
{
    return k == PatternKind::Daily || k == PatternKind::Weekly || k == PatternKind::Monthly;
}

// How alike two kinds are, in [0, 1]. Calendar kinds share a time of day, so
// they are partly alike; an every-N-minutes behaviour also runs every day. A
// correlation or a load peak is a different sort of thing from a schedule.
double kindScore(const PatternFeatures &a, const PatternFeatures &b)
{
    if (a.kind == b.kind) {
        if (a.kind == PatternKind::ResourceUsage && a.metric != b.metric)
            return 0.6; // peaks of different resources
        return 1.0;
    }
    const auto pair = [&](PatternKind x, PatternKind y) {
        return (a.kind == x && b.kind == y) || (a.kind == y && b.kind == x);
    };
    if (pair(PatternKind::Daily, PatternKind::Weekly))
        return 0.5;
    if (pair(PatternKind::Weekly, PatternKind::Monthly))
        return 0.4;
    if (pair(PatternKind::Daily, PatternKind::Interval))
        return 0.4;
    if (pair(PatternKind::Daily, PatternKind::Monthly))
        return 0.25;
    if (pair(PatternKind::Weekly, PatternKind::Interval))
        return 0.2;
    if (pair(PatternKind::Monthly, PatternKind::Interval))
        return 0.1;
    return 0.0;
}

void normalize(Profile &p)
{
    double sum = 0.0;
    for (double v : p)
        sum += v;
    if (sum > 0)
        for (double &v : p)
            v /= sum;
}

// Square roots of a distribution's values, so that the Bhattacharyya
// coefficient of two distributions is the dot product of their roots.
Profile roots(Profile p)
{
    for (double &v : p)
        v = std::sqrt(v);
    return p;
}

// Bhattacharyya coefficient of two distributions on the same bins, given
// their roots: 1 when equal, 0 when they never overlap; symmetric.
double overlap(const Profile &rootP, const Profile &rootQ)
{
    double s = 0.0;
    for (std::size_t i = 0; i < rootP.size() && i < rootQ.size(); ++i)
        s += rootP[i] * rootQ[i];
    return std::clamp(s, 0.0, 1.0);
}

void addHours(Profile &p, int startHour, int endHour)
{
    const int span = ((endHour - startHour) % 24 + 24) % 24;
    const int hours = span == 0 ? 24 : span;
    const int binsPerHour = kDayBins / 24;
    for (int h = 0; h < hours; ++h)
        for (int k = 0; k < binsPerHour; ++k)
            p[std::size_t((((startHour + h) % 24) * binsPerHour + k) % kDayBins)] += 1.0;
}

// Where in the UTC day the behaviour happens, as a distribution over 5-minute
// bins; empty when the kind has no time of day (correlation).
Profile dayProfile(const ActivityPattern &p)
{
    if (p.kind == PatternKind::Correlation)
        return {};
    Profile out(kDayBins, 0.0);
    if (isCalendar(p.kind) && p.minuteOfDay >= 0) {
        // A wrapped normal around the typical minute: 23:50 is close to 00:10.
        const double sigma = std::max(p.spreadMinutes, kMinSpreadMinutes);
        for (int i = 0; i < kDayBins; ++i) {
            const double d = circular::distance((i + 0.5) * kBinMinutes, p.minuteOfDay, 1440.0);
            out[std::size_t(i)] = std::exp(-0.5 * (d / sigma) * (d / sigma));
        }
    } else if (p.timeWindows.isEmpty()) {
        addHours(out, 0, 24);
    } else {
        for (const TimeWindow &w : p.timeWindows)
            addHours(out, w.startHour, w.endHour);
    }
    normalize(out);
    return out;
}

QList<int> windowWeekdays(const ActivityPattern &p)
{
    QList<int> days;
    for (const TimeWindow &w : p.timeWindows)
        for (int d : w.daysOfWeek)
            if (!days.contains(((d % 7) + 7) % 7))
                days << ((d % 7) + 7) % 7;
    return days;
}

// On which weekdays; uniform when every day applies (monthly dates fall on any weekday).
Profile weekdayProfile(const ActivityPattern &p)
{
    if (p.kind == PatternKind::Correlation)
        return {};
    Profile out(7, 0.0);
    const QList<int> days = p.kind == PatternKind::Monthly || p.kind == PatternKind::Daily ? QList<int>() : windowWeekdays(p);
    if (days.isEmpty())
        std::fill(out.begin(), out.end(), 1.0);
    for (int d : days)
        out[std::size_t(d)] = 1.0;
    normalize(out);
    return out;
}

// On which days of the month; a monthly date also lends a little to the days
// beside it (the 14th and the 15th are close), other kinds are uniform.
Profile monthDayProfile(const ActivityPattern &p)
{
    Profile out(31, 0.0);
    QList<int> days;
    if (p.kind == PatternKind::Monthly)
        for (const TimeWindow &w : p.timeWindows)
            days << w.daysOfMonth;
    if (days.isEmpty())
        std::fill(out.begin(), out.end(), 1.0);
    for (int d : days) {
        const int i = ((d - 1) % 31 + 31) % 31;
        out[std::size_t(i)] += 0.6;
        out[std::size_t((i + 1) % 31)] += 0.2;
        out[std::size_t((i + 30) % 31)] += 0.2;
    }
    normalize(out);
    return out;
}

// Two correlations are alike in timing when their typical delays are: the
// Bhattacharyya coefficient of two normals with equal widths.
double delayScore(const PatternFeatures &a, const PatternFeatures &b)
{
    const double sa = std::max(a.delaySpreadMinutes, kMinDelaySpreadMinutes);
    const double sb = std::max(b.delaySpreadMinutes, kMinDelaySpreadMinutes);
    const double d = a.delayMinutes - b.delayMinutes;
    const double var = sa * sa + sb * sb;
    return std::clamp(std::sqrt(2.0 * sa * sb / var) * std::exp(-d * d / (4.0 * var)), 0.0, 1.0);
}

// 1 when equal, falling with the log of the ratio to 0 at `zeroRatio`.
double ratioScore(double x, double y, double zeroRatio)
{
    if (x <= 0 || y <= 0)
        return -1.0;
    return std::clamp(1.0 - std::fabs(std::log(x / y)) / std::log(zeroRatio), 0.0, 1.0);
}

QSet<QString> nameParts(const QString &name)
{
    static const QRegularExpression separators(QStringLiteral("[-_.:\\s]+"));
    QSet<QString> out;
    for (const QString &part : name.toLower().split(separators, Qt::SkipEmptyParts))
        out.insert(part);
    return out;
}

QStringList distinctLower(const QStringList &names)
{
    QStringList out;
    for (const QString &n : names) {
        const QString l = n.trimmed().toLower();
        if (!l.isEmpty() && !out.contains(l))
            out << l;
    }
    return out;
}

} // namespace

QString similarityComponentName(SimilarityComponent component)
{
    static const char *names[kSimilarityComponentCount] = {"kind",       "time_of_day", "weekdays", "days_of_month",
                                                           "task_types", "frequency",   "duration"};
    return QString::fromLatin1(names[int(component)]);
}

QJsonObject PatternSimilarity::componentsJson() const
{
    QJsonObject o;
    for (int i = 0; i < kSimilarityComponentCount; ++i)
        if (score[std::size_t(i)] >= 0)
            o.insert(similarityComponentName(SimilarityComponent(i)), score[std::size_t(i)]);
    return o;
}

namespace {

// The weighted Jaccard index of taskTypeOverlap() on prepared names.
double nameOverlap(const QStringList &sa, const QList<QSet<QString>> &partsA, const QStringList &sb,
                   const QList<QSet<QString>> &partsB)
{
    if (sa.isEmpty() || sb.isEmpty())
        return 0.0;
    // Best pairs first; keys that do not depend on which set is which keep
    // the greedy matching (and so the score) symmetric.
    std::vector<std::tuple<double, QString, QString, int, int>> pairs;
    for (int i = 0; i < sa.size(); ++i)
        for (int j = 0; j < sb.size(); ++j) {
            const double w = sa[i] == sb[j] ? 1.0 : (partsA[i].intersects(partsB[j]) ? 0.5 : 0.0);
            if (w > 0)
                pairs.emplace_back(-w, std::min(sa[i], sb[j]), std::max(sa[i], sb[j]), i, j);
        }
    std::sort(pairs.begin(), pairs.end(), [](const auto &x, const auto &y) {
        return std::tie(std::get<0>(x), std::get<1>(x), std::get<2>(x)) < std::tie(std::get<0>(y), std::get<1>(y), std::get<2>(y));
    });
    std::vector<char> usedA(std::size_t(sa.size()), 0), usedB(std::size_t(sb.size()), 0);
    double matched = 0.0;
    for (const auto &[w, x, y, i, j] : pairs) {
        (void)x;
        (void)y;
        if (usedA[std::size_t(i)] || usedB[std::size_t(j)])
            continue;
        usedA[std::size_t(i)] = usedB[std::size_t(j)] = 1;
        matched += -w;
    }
    return matched / (double(sa.size()) + double(sb.size()) - matched);
}

QList<QSet<QString>> partsOf(const QStringList &names)
{
    QList<QSet<QString>> out;
    for (const QString &n : names)
        out << nameParts(n);
    return out;
}

} // namespace

double taskTypeOverlap(const QStringList &a, const QStringList &b)
{
    const QStringList sa = distinctLower(a), sb = distinctLower(b);
    return nameOverlap(sa, partsOf(sa), sb, partsOf(sb));
}

double occurrencesPerDay(const ActivityPattern &p)
{
    const auto windowShare = [&p] {
        const TimeWindow w = p.timeWindows.value(0);
        const int span = ((w.endHour - w.startHour) % 24 + 24) % 24;
        return (span == 0 ? 24 : span) / 24.0;
    };
    switch (p.kind) {
    case PatternKind::Daily:
        return 1.0;
    case PatternKind::Weekly:
        return std::max<qsizetype>(1, windowWeekdays(p).size()) / 7.0;
    case PatternKind::Monthly:
        return std::max<qsizetype>(1, p.timeWindows.value(0).daysOfMonth.size()) / 30.44;
    case PatternKind::Interval: {
        if (p.periodMinutes <= 0)
            return 0.0;
        const QList<int> days = windowWeekdays(p);
        return 1440.0 / p.periodMinutes * windowShare() * (days.isEmpty() ? 1.0 : days.size() / 7.0);
    }
    case PatternKind::Correlation: {
        const double days = double(p.analyzedUntil - p.analyzedFrom) / 86400.0;
        return days > 0 && p.occurrences > 0 ? double(p.occurrences) / days : 0.0;
    }
    case PatternKind::ResourceUsage:
        return p.frequency == QLatin1String("weekly") ? std::max<qsizetype>(1, windowWeekdays(p).size()) / 7.0 : 1.0;
    }
    return 0.0;
}

PatternFeatures::PatternFeatures(const ActivityPattern &p, const PatternFacts &facts)
    : kind(p.kind),
      metric(p.metrics.value(QStringLiteral("metric")).toString()),
      delayMinutes(p.delayMinutes),
      delaySpreadMinutes(p.delaySpreadMinutes),
      rootDay(roots(dayProfile(p))),
      rootWeekday(roots(weekdayProfile(p))),
      rootMonthDay(roots(monthDayProfile(p))),
      names(distinctLower(p.taskTypes)),
      nameParts(partsOf(names)),
      perDay(occurrencesPerDay(p)),
      durationSeconds(facts.typicalDurationSeconds)
{
}

PatternSimilarity patternSimilarity(const PatternFeatures &a, const PatternFeatures &b, const SimilarityWeights &weights)
{
    PatternSimilarity s;
    const auto set = [&s](SimilarityComponent c, double v) { s.score[std::size_t(c)] = v; };
    set(SimilarityComponent::Kind, kindScore(a, b));

    if (a.kind == PatternKind::Correlation && b.kind == PatternKind::Correlation) {
        set(SimilarityComponent::TimeOfDay, delayScore(a, b));
    } else {
        if (!a.rootDay.empty() && !b.rootDay.empty())
            set(SimilarityComponent::TimeOfDay, overlap(a.rootDay, b.rootDay));
        const bool calendar = !a.rootWeekday.empty() && !b.rootWeekday.empty();
        if (calendar)
            set(SimilarityComponent::Weekdays, overlap(a.rootWeekday, b.rootWeekday));
        // Only a monthly pattern has days of the month to compare.
        if (calendar && (a.kind == PatternKind::Monthly || b.kind == PatternKind::Monthly))
            set(SimilarityComponent::DaysOfMonth, overlap(a.rootMonthDay, b.rootMonthDay));
    }
    // Two load peaks without task types have nothing to compare; a pattern
    // with types shares none with one without.
    if (!a.names.isEmpty() || !b.names.isEmpty())
        set(SimilarityComponent::TaskTypes, nameOverlap(a.names, a.nameParts, b.names, b.nameParts));
    // Ten times as often scores 0.5, a hundred times 0.
    set(SimilarityComponent::Frequency, ratioScore(a.perDay, b.perDay, 100.0));
    // Run times twenty times apart score 0.
    set(SimilarityComponent::Duration, ratioScore(a.durationSeconds, b.durationSeconds, 20.0));

    double sum = 0.0, weightSum = 0.0;
    for (int i = 0; i < kSimilarityComponentCount; ++i) {
        if (s.score[std::size_t(i)] < 0)
            continue;
        sum += weights.weight[std::size_t(i)] * s.score[std::size_t(i)];
        weightSum += weights.weight[std::size_t(i)];
    }
    s.total = weightSum > 0 ? std::clamp(sum / weightSum, 0.0, 1.0) : 0.0;
    return s;
}

PatternSimilarity patternSimilarity(const ActivityPattern &a, const ActivityPattern &b, const PatternFacts &factsA,
                                    const PatternFacts &factsB, const SimilarityWeights &weights)
{
    return patternSimilarity(PatternFeatures(a, factsA), PatternFeatures(b, factsB), weights);
}

QString embeddingText(const ActivityPattern &p)
{
    QString text = p.patternType() + QStringLiteral(": ") + p.describeEnglish();
    if (!p.taskTypes.isEmpty())
        text += QStringLiteral(". Task types: ") + p.taskTypes.join(QStringLiteral(", "));
    if (!p.frequency.isEmpty())
        text += QStringLiteral(". Frequency: ") + p.frequency;
    return text + QLatin1Char('.');
}

} // namespace rulecast
