#pragma once

#include "clicontext.h"

#include <QCommandLineParser>
#include <QList>
#include <QString>

namespace rulecast::cli {

// One `rulecast-cli NAME` command. `configure` adds the command's own options
// (the global ones are added by main), `run` does the work once parsing and
// --help are handled. Each command file registers itself with a static
// CommandRegistration, so adding a command touches no shared file.
struct Command
{
    QString name;
    QString summary;
    QString usageSuffix; // e.g. "FILE" or "validate|describe|next EXPR"
    QString examples;    // one example per line, shown by --help
    void (*configure)(QCommandLineParser &parser) = nullptr;
    int (*run)(CliContext &ctx, const QCommandLineParser &parser) = nullptr;
    // Paints text (the PDF and HTML report): main() then creates a
    // QGuiApplication on the offscreen platform instead of a QCoreApplication,
    // since fonts need one. Still no display and no widgets.
    bool needsFonts = false;
};

class CommandRegistry
{
public:
    static void add(const Command &command);
    static const Command *find(const QString &name);
    static QList<Command> all(); // sorted by name
};

struct CommandRegistration
{
    explicit CommandRegistration(const Command &command) { CommandRegistry::add(command); }
};

} // namespace rulecast::cli
