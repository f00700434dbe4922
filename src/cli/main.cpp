#include "clicommand.h"

#include <QGuiApplication>
#include <QTextStream>
#include <cstdio>

using folio::cli::CommandRegistry;

namespace {
void printUsage(QTextStream &out)
{
    out << "Usage: folio-cli COMMAND [ARGS...]\n"
        << "       folio-cli --version\n\nCommands:\n";
    for (const auto &c : CommandRegistry::all())
        out << "  " << c.usage.leftJustified(60) << " " << c.summary << "\n";
}
} // namespace

int main(int argc, char **argv)
{
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
