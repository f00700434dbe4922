#include "clicommand.h"

#include <algorithm>

namespace folio::cli {

namespace {
QList<CliCommand> &registry()
{
    static QList<CliCommand> commands;
    return commands;
}
} // namespace

void CommandRegistry::add(const CliCommand &command)
{
    auto &r = registry();
    r.append(command);
    std::sort(r.begin(), r.end(),
              [](const CliCommand &a, const CliCommand &b) { return a.name < b.name; });
}

const QList<CliCommand> &CommandRegistry::all()
{
    return registry();
}

const CliCommand *CommandRegistry::find(const QString &name)
{
    for (const auto &c : registry())
        if (c.name == name)
            return &c;
    return nullptr;
}

} // namespace folio::cli
