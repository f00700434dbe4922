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

bool parsePageList(const QString &spec, int pageCount, QList<int> *pages)
{
    for (const QString &part : spec.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QStringList ends = part.trimmed().split(QLatin1Char('-'));
        bool ok1 = false;
        bool ok2 = true;
        const int first = ends.value(0).toInt(&ok1);
        const int last = ends.size() == 2 ? ends[1].toInt(&ok2) : first;
        if (!ok1 || !ok2 || ends.size() > 2 || first < 1 || last < first || last > pageCount)
            return false;
        for (int p = first; p <= last; ++p)
            if (!pages->contains(p - 1))
                pages->append(p - 1);
    }
    return !pages->isEmpty();
}

} // namespace folio::cli
