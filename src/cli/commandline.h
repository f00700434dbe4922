#pragma once

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

namespace folio::cli {

// The arguments of one sub-command, in any order: options that take the next argument as their
// value ("--pages 1,3-5"; "-o" is short for "--output"), switches ("--force") and positional
// arguments (the files).
class CommandLine
{
public:
    // Reads args. False on an option that is not listed, a value option at the end without its
    // value, or more than maxPositional positional arguments (-1: any number). A repeated value
    // option keeps its last value.
    bool parse(const QStringList &args, const QStringList &valueOptions,
               const QStringList &switches = {}, int maxPositional = 1);

    QString value(const QString &option, const QString &fallback = {}) const
    {
        return m_values.value(option, fallback);
    }
    bool isSet(const QString &option) const { return m_switches.contains(option); }
    const QStringList &positional() const { return m_positional; }

private:
    QHash<QString, QString> m_values;
    QSet<QString> m_switches;
    QStringList m_positional;
};

// The 0-based page indexes --pages selects, in order: every page when spec is empty. False with
// error set (naming the spec and the page count) on a bad spec or a page outside 1..pageCount.
bool selectPages(const QString &spec, int pageCount, QList<int> *pages, QString *error);

} // namespace folio::cli
