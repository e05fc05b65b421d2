#pragma once

#include "core/resourcesample.h"
#include "core/result.h"
#include "storage/database.h"

#include <vector>

namespace rulecast {

// resource_samples (schema step 3): system-wide measurements written by the
// sampler (`rulecast-cli sample-resources`) or imported, read by the
// resource-usage detector beside the tasks' own resource columns.
class ResourceSampleStore
{
public:
    explicit ResourceSampleStore(const Database &db) : m_db(db) {}

    // All rows in one transaction, or none. NaN figures are stored as NULL.
    Status append(const std::vector<ResourceSample> &samples) const;
    // Samples taken in [from, until), oldest first.
    Result<std::vector<ResourceSample>> read(qint64 from, qint64 until) const;

private:
    const Database &m_db;
};

} // namespace rulecast
