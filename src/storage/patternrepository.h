#pragma once

#include "core/activitypattern.h"
#include "core/behaviorprofile.h"
#include "core/patterndetector.h"
#include "core/result.h"
#include "storage/database.h"

#include <QList>
#include <QStringList>

namespace rulecast {

// What storing one analysis did.
struct PatternStoreOutcome
{
    QList<ActivityPattern> stored; // every pattern of the analysis, with its row id
    QList<bool> created;           // per stored pattern: new row (true) or merged (false)
    QList<qint64> deactivatedIds;  // earlier behaviours not seen any more
    QStringList warnings;          // rows that could not be read and were left alone
    qint64 profileId = 0;
};

// activity_patterns and user_behavior_profiles. Storing merges each detected
// pattern with the earlier row of the SAME behaviour (same kind, task types
// and time window within a tolerance; one row per behaviour, never two
// behaviours in one row), marks behaviours that an analysis able to see them
// no longer finds as inactive, and upserts the 'default' user profile — all
// in one transaction.
class PatternRepository
{
public:
    explicit PatternRepository(const Database &db) : m_db(db) {}

    // Minutes two typical times may differ and still be one behaviour.
    static constexpr double kMergeToleranceMinutes = 30.0;

    Result<PatternStoreOutcome> store(const PatternAnalysis &analysis, qint64 now) const;

    struct Filter
    {
        QString patternType;         // empty: all
        double minConfidence = 0.0;
        bool includeInactive = false;
        QString sortBy = QStringLiteral("confidence"); // confidence|frequency|date|type
        int limit = 0;               // 0: no limit
    };
    Result<QList<ActivityPattern>> list(const Filter &filter) const;
    Result<QList<ActivityPattern>> all() const; // active and inactive, by id
    static QStringList sortKeys();

private:
    const Database &m_db;
};

} // namespace rulecast
