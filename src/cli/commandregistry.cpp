#include "commandregistry.h"

#include <algorithm>

namespace rulecast::cli {

namespace {
QList<Command> &registry()
{
    static QList<Command> commands;
    return commands;
}
} // namespace

void CommandRegistry::add(const Command &command) { registry().append(command); }

const Command *CommandRegistry::find(const QString &name)
{
    for (const Command &c : registry())
        if (c.name == name)
            return &c;
    return nullptr;
}

QList<Command> CommandRegistry::all()
{
    QList<Command> sorted = registry();
    std::sort(sorted.begin(), sorted.end(), [](const Command &a, const Command &b) { return a.name < b.name; });
    return sorted;
}

} // namespace rulecast::cli
