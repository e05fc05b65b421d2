// rulecast-cli: the command-line twin of the desktop app. See docs/cli.md and
// ../shared/docs/CLI.md for the contract this file keeps.
#include "clicontext.h"
#include "commandregistry.h"

#include "app/paths.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QSet>
#include <QTemporaryDir>

#include <cstdio>
#include <memory>

using namespace rulecast::cli;

namespace {

// The command is the first argument that is neither an option nor the value
// of a global option that takes one (`rulecast-cli --db x.db migrate`).
QString findCommandName(const QStringList &args)
{
    static const QSet<QString> valued = {QStringLiteral("--db"), QStringLiteral("--output-format")};
    for (int i = 1; i < args.size(); ++i) {
        const QString &a = args.at(i);
        if (valued.contains(a)) {
            ++i;
            continue;
        }
        if (a.startsWith(u'-'))
            continue;
        return a;
    }
    return {};
}

void addGlobalOptions(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("db"),
                      QStringLiteral("Database file (default: $RULECAST_DB, else rulecast.db in the "
                                     "application-data folder). Created and migrated if missing."),
                      QStringLiteral("PATH")});
    parser.addOption({QStringLiteral("output-format"),
                      QStringLiteral("table (default), json (exactly one JSON document on stdout) or detailed."),
                      QStringLiteral("FORMAT"), QStringLiteral("table")});
    parser.addOption({QStringLiteral("verbose"), QStringLiteral("Explain what is being done, on stderr.")});
    parser.addOption({{QStringLiteral("h"), QStringLiteral("help")}, QStringLiteral("Show help and examples.")});
    parser.addOption({QStringLiteral("version"), QStringLiteral("Show the version.")});
}

QString generalHelp()
{
    QString text = QStringLiteral(
        "Usage: rulecast-cli [--db PATH] [--output-format table|json|detailed] [--verbose] COMMAND [options]\n\n"
        "Rulecast learns when work happens from a history of task executions, turns it into cron\n"
        "rules, predicts the coming hours and flattens the load.\n\nCommands:\n");
    for (const Command &c : CommandRegistry::all())
        text += QStringLiteral("  %1  %2\n").arg(c.name.leftJustified(28), c.summary);
    text += QStringLiteral("\nRun 'rulecast-cli COMMAND --help' for a command's options and examples.\n"
                           "Exit status: 0 success, 2 bad usage, 1 any other failure.\n");
    return text;
}

// The command named on the raw command line, before any application object
// exists: it decides which application object to create.
const Command *commandFromArgv(int argc, char *argv[])
{
    QStringList args;
    for (int i = 0; i < argc; ++i)
        args << QString::fromLocal8Bit(argv[i]);
    const QString name = findCommandName(args);
    return name.isEmpty() ? nullptr : CommandRegistry::find(name);
}

// `runtimeDir` receives the private runtime folder when one was made; it must
// outlive the application.
std::unique_ptr<QCoreApplication> makeApplication(int &argc, char *argv[], std::unique_ptr<QTemporaryDir> &runtimeDir)
{
    const Command *command = commandFromArgv(argc, argv);
    if (command && command->needsFonts) {
        // Never a window: the offscreen platform works without a display.
        qputenv("QT_QPA_PLATFORM", "offscreen");
        // QGuiApplication asks for the user's runtime folder and, without
        // XDG_RUNTIME_DIR (cron, containers, ssh without a login session),
        // warns on stderr, which scripts read. A private folder (0700, as
        // mkdtemp makes it; removed at exit) is all it needs.
        if (qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR")) {
            runtimeDir = std::make_unique<QTemporaryDir>(QDir::tempPath() + QStringLiteral("/rulecast-runtime-XXXXXX"));
            if (runtimeDir->isValid())
                qputenv("XDG_RUNTIME_DIR", QFile::encodeName(runtimeDir->path()));
        }
        return std::make_unique<QGuiApplication>(argc, argv);
    }
    return std::make_unique<QCoreApplication>(argc, argv);
}

} // namespace

int main(int argc, char *argv[])
{
    std::unique_ptr<QTemporaryDir> runtimeDir; // declared first: removed after the application
    const std::unique_ptr<QCoreApplication> app = makeApplication(argc, argv, runtimeDir);
    QCoreApplication::setApplicationName(QStringLiteral("rulecast"));
    QCoreApplication::setOrganizationName(QStringLiteral("Rulecast"));
    QCoreApplication::setApplicationVersion(QStringLiteral(RULECAST_VERSION));

    QTextStream out(stdout);
    QTextStream err(stderr);
    CliContext ctx(out, err);

    const QStringList args = QCoreApplication::arguments();
    const QString commandName = findCommandName(args);
    const Command *command = commandName.isEmpty() ? nullptr : CommandRegistry::find(commandName);

    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    addGlobalOptions(parser);
    if (command) {
        // The command's own positional arguments follow in the usage line; this
        // one only names the command.
        parser.addPositionalArgument(command->name, QStringLiteral("The command."), command->name);
        if (command->configure)
            command->configure(parser);
    }

    if (!parser.parse(args))
        return ctx.usage(parser.errorText() + QStringLiteral(" (see rulecast-cli %1--help)")
                                                  .arg(command ? command->name + u' ' : QString()));

    if (parser.isSet(QStringLiteral("version"))) {
        out << "rulecast-cli " << QCoreApplication::applicationVersion() << Qt::endl;
        return ExitOk;
    }
    if (!command) {
        if (parser.isSet(QStringLiteral("help"))) {
            out << generalHelp();
            return ExitOk;
        }
        err << generalHelp();
        return commandName.isEmpty() ? ctx.usage(QStringLiteral("no command given"))
                                     : ctx.usage(QStringLiteral("unknown command '%1'").arg(commandName));
    }
    if (parser.isSet(QStringLiteral("help"))) {
        // helpText()'s first line shows argv[0] as typed and no option syntax;
        // replace it with the command's own usage line.
        QString help = parser.helpText();
        help.replace(0, help.indexOf(u'\n'),
                     QStringLiteral("Usage: rulecast-cli [global options] ") + command->name
                         + (command->usageSuffix.isEmpty() ? QString() : u' ' + command->usageSuffix));
        out << command->summary << "\n\n" << help;
        if (!command->examples.isEmpty())
            out << "\nExamples:\n" << command->examples << (command->examples.endsWith(u'\n') ? "" : "\n");
        return ExitOk;
    }

    const std::optional<QString> format = ctx.choiceOption(
        parser, QStringLiteral("output-format"),
        {QStringLiteral("table"), QStringLiteral("json"), QStringLiteral("detailed")}, QStringLiteral("table"));
    if (!format)
        return ExitUsage;
    ctx.format = *format == QLatin1String("json")       ? OutputFormat::Json
                 : *format == QLatin1String("detailed") ? OutputFormat::Detailed
                                                        : OutputFormat::Table;
    ctx.verbose = parser.isSet(QStringLiteral("verbose"));
    ctx.dbPath = parser.isSet(QStringLiteral("db")) ? parser.value(QStringLiteral("db")) : rulecast::defaultDatabasePath();
    ctx.now = QDateTime::currentSecsSinceEpoch();

    const int code = command->run(ctx, parser);
    out.flush();
    err.flush();
    return code;
}
