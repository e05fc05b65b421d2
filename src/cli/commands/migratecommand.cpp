#include "../commandregistry.h"

#include "storage/migrations.h"

#include <QJsonObject>

namespace rulecast::cli {
namespace {

int runMigrate(CliContext &ctx, const QCommandLineParser &)
{
    // Open without migrating first, to report the version we started from.
    Result<Database> raw = Database::open(ctx.dbPath, false);
    if (!raw)
        return ctx.fail(raw.error());
    QSqlDatabase conn = raw->connection();
    const int before = Migrations::currentVersion(conn);
    if (const Status s = Migrations::migrate(conn); !s)
        return ctx.fail(QStringLiteral("%1: %2").arg(ctx.dbPath, s.error()));
    const int after = Migrations::currentVersion(conn);
    if (ctx.json()) {
        ctx.printJson({{QStringLiteral("database"), ctx.dbPath},
                       {QStringLiteral("schema_version_before"), before},
                       {QStringLiteral("schema_version"), after}});
    } else if (before == after) {
        ctx.out() << "Database " << ctx.dbPath << " is up to date (schema version " << after << ")." << Qt::endl;
    } else {
        ctx.out() << "Migrated " << ctx.dbPath << " from schema version " << before << " to " << after << "."
                  << Qt::endl;
    }
    return ExitOk;
}

const CommandRegistration registration({
    QStringLiteral("migrate"),
    QStringLiteral("Create or upgrade the schema (banana-bun-compatible tables plus Rulecast's own)."),
    QString(),
    QStringLiteral("  rulecast-cli migrate\n  rulecast-cli --db data/banana-bun.db migrate"),
    nullptr,
    &runMigrate,
});

} // namespace
} // namespace rulecast::cli
