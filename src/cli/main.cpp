#include "clicommand.h"

#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QTemporaryDir>
#include <QTextStream>
#include <cstdio>
#include <memory>

using folio::cli::CommandRegistry;

namespace {
void printUsage(QTextStream &out)
{
    out << "Usage: folio-cli COMMAND [ARGS...]\n"
        << "       folio-cli --version\n\nCommands:\n";
    for (const auto &c : CommandRegistry::all())
        out << "  " << c.usage.leftJustified(60) << " " << c.summary << "\n";
}

// Qt warns on stderr when XDG_RUNTIME_DIR is unset (cron jobs, containers, build servers), which
// scripts reading our output would take for a problem. A private folder (0700, a fresh name)
// that lives as long as the process is all the offscreen platform needs.
std::unique_ptr<QTemporaryDir> ensureRuntimeDir()
{
    if (!qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR"))
        return nullptr;
    auto dir =
        std::make_unique<QTemporaryDir>(QDir::tempPath() + QStringLiteral("/folio-runtime-XXXXXX"));
    if (!dir->isValid())
        return nullptr;
    qputenv("XDG_RUNTIME_DIR", QFile::encodeName(dir->path()));
    return dir;
}
} // namespace

int main(int argc, char **argv)
{
    // Declared before the application so that it outlives it.
    const auto runtimeDir = ensureRuntimeDir();
    // Rendering images and fonts needs Qt Gui, but never a display.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QGuiApplication::setApplicationName(QStringLiteral("folio-cli"));
    QGuiApplication::setApplicationVersion(QStringLiteral(FOLIO_VERSION));

    QTextStream out(stdout);
    QTextStream err(stderr);
    QStringList args = QGuiApplication::arguments().mid(1);
    if (args.isEmpty() || args.first() == QLatin1String("--help") ||
        args.first() == QLatin1String("-h")) {
        printUsage(args.isEmpty() ? err : out);
        return args.isEmpty() ? 2 : 0;
    }
    if (args.first() == QLatin1String("--version")) {
        out << "folio-cli " << FOLIO_VERSION << "\n";
        return 0;
    }
    const QString name = args.takeFirst();
    const auto *command = CommandRegistry::find(name);
    if (!command) {
        err << "folio-cli: unknown command '" << name << "'\n";
        printUsage(err);
        return 2;
    }
    return command->run(args, out, err);
}
