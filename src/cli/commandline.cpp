#include "commandline.h"

#include "clicommand.h"

#include <QCoreApplication>

namespace folio::cli {

bool CommandLine::parse(const QStringList &args, const QStringList &valueOptions,
                        const QStringList &switches, int maxPositional)
{
    for (int i = 0; i < args.size(); ++i) {
        const QString a = args[i] == QLatin1String("-o") ? QStringLiteral("--output") : args[i];
        if (valueOptions.contains(a) && i + 1 < args.size())
            m_values.insert(a, args[++i]);
        else if (switches.contains(a))
            m_switches.insert(a);
        else if (!a.startsWith(QLatin1Char('-')) &&
                 (maxPositional < 0 || m_positional.size() < maxPositional))
            m_positional.append(a);
        else
            return false;
    }
    return true;
}

bool selectPages(const QString &spec, int pageCount, QList<int> *pages, QString *error)
{
    if (spec.isEmpty()) {
        for (int i = 0; i < pageCount; ++i)
            pages->append(i);
        return true;
    }
    if (parsePageList(spec, pageCount, pages))
        return true;
    *error = QCoreApplication::translate("folio::cli",
                                         "页码“%1”无效：本期共 %2 页（例：--pages 1,3-5）。")
                 .arg(spec)
                 .arg(pageCount);
    return false;
}

} // namespace folio::cli
