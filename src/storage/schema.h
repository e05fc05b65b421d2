#pragma once

#include <QStringList>

namespace rulecast::schema {

// The SQL of each migration step, in order (step N is element N-1). Kept apart
// from the runner so the statements read as one schema document.
struct Step
{
    const char *title;
    QStringList (*createTables)(); // CREATE TABLE IF NOT EXISTS ...
    QStringList (*afterColumns)(); // indexes, triggers, backfills: run once the
                                   // ensured columns of this step exist
};

const QList<Step> &steps();

// Columns a step guarantees on tables that may pre-exist in a banana-bun file
// (CREATE TABLE IF NOT EXISTS would leave an older table short of them).
struct EnsuredColumn
{
    int step;
    const char *table;
    const char *column;
    const char *definition;
};
const QList<EnsuredColumn> &ensuredColumns();

} // namespace rulecast::schema
