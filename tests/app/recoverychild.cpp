// Helper of tst_recovery: the real window, offscreen, with a one-second autosave. It opens an
// edition (a saved file, the sample, or a page imported into a new edition), nudges the first
// frame of the current page with the arrow key (a real undo step), waits for the recovery copy,
// prints "FRAME_ID LEFT TOP" and keeps running until the test kills it with SIGKILL.
// XDG_DATA_HOME and XDG_CONFIG_HOME come from the test, so nothing of the user's is touched.

#include "app/editiondocument.h"
#include "app/mainwindow.h"
#include "app/pageview.h"
#include "model/edition.h"

#include <QApplication>
#include <QSignalSpy>
#include <QTest>
#include <cstdio>

using namespace folio;
using namespace folio::app;

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("FolioTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_recovery"));
    const QStringList args = app.arguments();
    const QString mode = args.value(1);
    MainWindow window;
    window.document()->setAutosaveInterval(1);
    if (mode == QLatin1String("saved")) {
        if (!window.openFile(args.value(2)))
            return 1;
    } else if (mode == QLatin1String("sample")) {
        window.openSample();
    } else if (mode == QLatin1String("import")) {
        PageImport::Request request;
        request.path = args.value(2);
        request.section = QStringLiteral("要闻");
        if (!window.importPage(request).ok)
            return 1;
    } else {
        std::fprintf(stderr, "usage: tst_app_recoverychild saved FILE | sample | import TXT\n");
        return 2;
    }
    PageView *view = window.pageView();
    const Page *page = window.document()->edition()->page(view->pageId());
    if (!page || page->frames.isEmpty())
        return 1;
    const ObjectId id = page->frames.first().id;
    view->setSelection({id});
    QTest::keyClick(view, Qt::Key_Right);
    QTest::keyClick(view, Qt::Key_Down);
    QSignalSpy written(window.document(), &EditionDocument::autosaved);
    if (!window.document()->isModified() || !written.wait(10000))
        return 1;
    const QRectF rect = window.document()->edition()->frame(id)->rect;
    std::printf("%lld %.17g %.17g\n", static_cast<long long>(id), rect.left(), rect.top());
    std::fflush(stdout);
    return QApplication::exec();
}
