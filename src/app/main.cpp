#include "app/lastsession.h"
#include "app/mainwindow.h"

#include <QApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTimer>
#include <QTranslator>
#include <cstdio>

namespace {
// Decided before QApplication exists: without a display Qt would abort with a plugin error
// that does not say what to do.
bool hasDisplay()
{
    return !qEnvironmentVariableIsEmpty("DISPLAY") ||
           !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY") ||
           !qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM");
}
} // namespace

int main(int argc, char **argv)
{
    if (!hasDisplay()) {
        std::fputs("folio: no display found (DISPLAY, WAYLAND_DISPLAY and QT_QPA_PLATFORM are "
                   "all unset).\n"
                   "  Run the page editor under a virtual display:  xvfb-run -a build/bin/folio "
                   "[EDITION.folio]\n"
                   "  The command line works without any display:  build/bin/folio-cli --help\n",
                   stderr);
        return 1;
    }
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Folio"));
    QApplication::setApplicationName(QStringLiteral("folio"));
    QApplication::setApplicationDisplayName(QStringLiteral("Folio"));

    // Source strings are Simplified Chinese; any other system language gets English.
    QTranslator folioTranslator;
    QTranslator qtTranslator;
    if (QLocale().language() != QLocale::Chinese) {
        if (folioTranslator.load(QStringLiteral(":/i18n/folio_en.qm")))
            QApplication::installTranslator(&folioTranslator);
    } else if (qtTranslator.load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
                                 QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QApplication::installTranslator(&qtTranslator);
    }

    folio::app::MainWindow window;
    const QStringList args = QApplication::arguments().mid(1);
    if (args.isEmpty()) {
        folio::app::LastSession::restore(&window);
    } else if (!window.openFile(args.first())) {
        window.openSample();
        std::fprintf(stderr, "folio: could not open %s; showing the sample edition instead.\n",
                     qPrintable(args.first()));
    }
    window.show();
    // What a crashed run left is offered once the window is up, so the dialog has a parent.
    QTimer::singleShot(0, &window, [&window] { window.offerRecovery(); });
    return QApplication::exec();
}
