#pragma once

#include <QList>
#include <QString>
#include <QStringList>

class QTextStream;

namespace folio::cli {

// One sub-command of folio-cli. run() gets the arguments after the command name and returns
// the process exit code; it writes results to out and problems to err.
struct CliCommand
{
    QString name;
    QString usage;   // e.g. "info EDITION.folio"
    QString summary; // one line
    int (*run)(const QStringList &args, QTextStream &out, QTextStream &err) = nullptr;
};

class CommandRegistry
{
public:
    static void add(const CliCommand &command);
    static const QList<CliCommand> &all();
    static const CliCommand *find(const QString &name);
};

// "1,3-5" → 0-based page indexes, in order, each once; false on a bad spec or a page outside
// 1..pageCount.
bool parsePageList(const QString &spec, int pageCount, QList<int> *pages);

struct CommandRegistrar
{
    explicit CommandRegistrar(const CliCommand &command) { CommandRegistry::add(command); }
};

} // namespace folio::cli

// Registers a sub-command from its own source file (commands/*.cpp are linked directly into
// the executable, so the static registrar always runs).
#define FOLIO_CLI_COMMAND(ident, ...)                                                              \
    static const ::folio::cli::CommandRegistrar folioCliRegistrar_##ident                          \
    {                                                                                              \
        ::folio::cli::CliCommand                                                                   \
        {                                                                                          \
            __VA_ARGS__                                                                            \
        }                                                                                          \
    }
