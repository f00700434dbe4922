#include "app/editiondocument.h"
#include "app/mainwindow.h"
#include "app/pageview.h"
#include "apptesthelpers.h"
#include "model/edition.h"
#include "model/framecommand.h"
#include "seededition.h"
#include "store/editionstore.h"

#include <QMenu>
#include <QMenuBar>
#include <QPrinter>
#include <QProcess>
#include <QRegularExpression>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTranslator>
#include <QUndoStack>
#include <QtTest>

using namespace folio;
using namespace folio::app;
using namespace folio::app::test;

namespace {
// The page-editor fixture with frames named 正文 1, 正文 2 (the sample edition is the importer's).
void openSeed(MainWindow &window)
{
    window.document()->reset(test::createSeedEdition());
}
} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void moveFrameUndoRedoSaveReopen();
    void badFileKeepsCurrentEdition_data();
    void badFileKeepsCurrentEdition();
    void saveFailureLosesNothing();
    void recentFilesRemembered();
    void englishTranslationLoads();
    void printsEveryPageToPdf();
    void dyingUndoStackOfReplacedEditionIsNotHeard();
    void noDisplayExitsWithInstructions();

private:
    QTemporaryDir m_dir;
};

void TestMainWindow::initTestCase()
{
    QVERIFY(m_dir.isValid());
    // Keep the user's settings (recent files, window state) out of the test.
    isolateSettings(m_dir.filePath("settings"), QStringLiteral("tst_mainwindow"));
}

void TestMainWindow::moveFrameUndoRedoSaveReopen()
{
    const QString path = m_dir.filePath("move.folio");
    QRectF before;
    QRectF moved;
    {
        MainWindow window;
        openSeed(window);
        QVERIFY(window.saveFileAs(path));
        QVERIFY(window.openFile(path));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(window.document()->filePath(), QFileInfo(path).absoluteFilePath());

        PageView *view = window.pageView();
        view->setZoom(1.0);
        const Edition *e = window.document()->edition();
        const Frame *body = frameNamed(e, QStringLiteral("正文 1"));
        QVERIFY(body);
        const ObjectId id = body->id;
        before = body->rect;
        // Scroll the frame's centre into view, then drag it 60 px right and 30 px down with
        // Alt held (no snapping, so the delta is exact).
        view->ensurePolished();
        const QPointF centre = before.center();
        view->setZoom(1.0);
        QPointF px = view->pageToView(centre);
        view->horizontalScrollBar()->setValue(view->horizontalScrollBar()->value() + int(px.x()) -
                                              view->viewport()->width() / 2);
        view->verticalScrollBar()->setValue(view->verticalScrollBar()->value() + int(px.y()) -
                                            view->viewport()->height() / 2);
        px = view->pageToView(centre);
        QVERIFY(view->viewport()->rect().contains(px.toPoint()));
        const QPoint start = px.toPoint();
        const QPoint end = start + QPoint(60, 30);
        QTest::mousePress(view->viewport(), Qt::LeftButton, Qt::AltModifier, start);
        QTest::mouseMove(view->viewport(), start + QPoint(30, 15));
        QTest::mouseMove(view->viewport(), end);
        QTest::mouseRelease(view->viewport(), Qt::LeftButton, Qt::AltModifier, end);

        const double ppp = view->pixelsPerPt();
        const QPointF expectedDelta(view->viewToPage(end) - view->viewToPage(start));
        QVERIFY(qAbs(expectedDelta.x() - 60 / ppp) < 1e-9);
        moved = e->frame(id)->rect;
        QVERIFY2(qAbs(moved.left() - (before.left() + expectedDelta.x())) < 1e-9,
                 qPrintable(QString::number(moved.left())));
        QVERIFY(qAbs(moved.top() - (before.top() + expectedDelta.y())) < 1e-9);
        QCOMPARE(moved.size(), before.size());
        QCOMPARE(view->selection(), QList<ObjectId>{id});
        QCOMPARE(e->undoStack()->count(), 1);
        QVERIFY(window.document()->isModified());
        QVERIFY(window.isWindowModified());

        e->undoStack()->undo();
        QCOMPARE(e->frame(id)->rect, before);
        QVERIFY(!window.document()->isModified());
        e->undoStack()->redo();
        QCOMPARE(e->frame(id)->rect, moved);

        QVERIFY(window.saveFile());
        QVERIFY(!window.document()->isModified());
        QVERIFY(!window.isWindowModified());
    }
    // A fresh window, as after restarting the program.
    MainWindow window;
    QVERIFY(window.openFile(path));
    const Frame *reopened = frameNamed(window.document()->edition(), QStringLiteral("正文 1"));
    QVERIFY(reopened);
    QCOMPARE(reopened->rect, moved);
    // The file on disk agrees, read without the window.
    const OpenResult direct = EditionStore::open(path, EditionStore::OpenMode::ReadOnly);
    QVERIFY2(direct.isOk(), qPrintable(direct.error));
    QVERIFY(direct.edition->contentEquals(*window.document()->edition()));
}

void TestMainWindow::badFileKeepsCurrentEdition_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<bool>("create");
    QTest::newRow("missing file") << QByteArray() << false;
    QTest::newRow("empty file") << QByteArray() << true;
    QTest::newRow("text file") << QByteArray("本报讯 not an edition\n") << true;
    QTest::newRow("truncated sqlite header") << QByteArray("SQLite format 3\0", 16) << true;
}

void TestMainWindow::badFileKeepsCurrentEdition()
{
    QFETCH(QByteArray, bytes);
    QFETCH(bool, create);
    const QString path =
        m_dir.filePath(QStringLiteral("bad-%1.folio").arg(QTest::currentDataTag()));
    if (create) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(bytes);
    }
    MainWindow window;
    openSeed(window);
    Edition *edition = window.document()->edition();
    QVERIFY(!window.openFile(path));
    // Same edition object, untouched, and the file left as it was.
    QCOMPARE(window.document()->edition(), edition);
    QCOMPARE(edition->pages().size(), 1);
    QVERIFY(window.document()->filePath().isEmpty());
    if (create) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), bytes);
    }
}

void TestMainWindow::saveFailureLosesNothing()
{
    MainWindow window;
    openSeed(window);
    Edition *edition = window.document()->edition();
    const QString target = m_dir.filePath("no-such-folder/edition.folio");
    QVERIFY(!window.saveFileAs(target));
    QVERIFY(!QFile::exists(target));
    QCOMPARE(window.document()->edition(), edition);
    QVERIFY(window.document()->filePath().isEmpty());
}

void TestMainWindow::recentFilesRemembered()
{
    const QString path = m_dir.filePath("recent.folio");
    MainWindow window;
    openSeed(window);
    QVERIFY(window.saveFileAs(path));
    const QStringList recent = QSettings().value("recentFiles").toStringList();
    QVERIFY(!recent.isEmpty());
    QCOMPARE(recent.first(), QFileInfo(path).absoluteFilePath());
}

void TestMainWindow::englishTranslationLoads()
{
    QTranslator translator;
    QVERIFY(translator.load(QStringLiteral(":/i18n/folio_en.qm")));
    QCoreApplication::installTranslator(&translator);
    {
        MainWindow window;
        window.openSample();
        QStringList menus;
        for (QAction *a : window.menuBar()->actions())
            menus << a->text();
        QCOMPARE(menus.first(), QStringLiteral("&File"));
        QVERIFY(menus.contains(QStringLiteral("&Page")));
        QCOMPARE(window.document()->edition()->info().name, QStringLiteral("Sample edition"));
        // Every visible action of every menu, submenus included, reads in English; the recent
        // files menu holds file names (data) and is left out.
        const QRegularExpression cjk(QStringLiteral("[\\x{3000}-\\x{9fff}\\x{ff00}-\\x{ffef}]"));
        QStringList chinese;
        QList<QMenu *> menusToVisit;
        for (QAction *a : window.menuBar()->actions())
            if (a->menu())
                menusToVisit << a->menu();
        while (!menusToVisit.isEmpty()) {
            QMenu *menu = menusToVisit.takeFirst();
            if (menu->title() == QStringLiteral("Recent Files"))
                continue;
            for (QAction *a : menu->actions()) {
                if (!a->isVisible() || a->isSeparator())
                    continue;
                if (a->text().contains(cjk))
                    chinese << a->text();
                if (a->menu())
                    menusToVisit << a->menu();
            }
        }
        QVERIFY2(chinese.isEmpty(), qPrintable(chinese.join(QStringLiteral(" | "))));
    }
    QCoreApplication::removeTranslator(&translator);
    MainWindow chinese;
    QCOMPARE(chinese.menuBar()->actions().first()->text(), QStringLiteral("文件(&F)"));
}

void TestMainWindow::printsEveryPageToPdf()
{
    MainWindow window;
    openSeed(window);
    window.addPage();
    const QString path = m_dir.filePath("proof.pdf");
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(path);
    printer.setPageSize(QPageSize(QPageSize::A3));
    QVERIFY(window.printPages(&printer, true));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray pdf = file.readAll();
    QVERIFY(pdf.startsWith("%PDF-"));
    QCOMPARE(
        QString::fromLatin1(pdf).count(QRegularExpression(QStringLiteral("/Type\\s*/Page[^s]"))),
        2);
    // The composed text went out as a font, not nothing.
    QVERIFY(pdf.contains("/FontFile"));
}

// Regression: a QUndoStack that is not clean emits cleanChanged from its destructor; the
// window heard it while the old edition was half destroyed and read freed memory (heap
// corruption that crashed a later test). Replacing or closing a modified edition must not
// report anything about the dying one.
void TestMainWindow::dyingUndoStackOfReplacedEditionIsNotHeard()
{
    auto *window = new MainWindow;
    openSeed(*window);
    Edition *e = window->document()->edition();
    Frame f = *frameNamed(e, QStringLiteral("正文 2"));
    f.rect.translate(5, 0);
    e->undoStack()->push(FrameCommand::change(e, f, QStringLiteral("move")));
    QVERIFY(window->document()->isModified());
    QSignalSpy modified(window->document(), &EditionDocument::modifiedChanged);
    openSeed(*window);
    QCOMPARE(modified.size(), 1);
    QCOMPARE(modified.first().first().toBool(), false);
    e = window->document()->edition();
    e->undoStack()->push(FrameCommand::change(e, f, QStringLiteral("move")));
    delete window; // must not touch the edition while it dies
}

void TestMainWindow::noDisplayExitsWithInstructions()
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove("DISPLAY");
    env.remove("WAYLAND_DISPLAY");
    env.remove("QT_QPA_PLATFORM");
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(FOLIO_APP_BINARY), {});
    QVERIFY(process.waitForFinished(20000));
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), 1);
    const QString err = QString::fromUtf8(process.readAllStandardError());
    QVERIFY2(err.contains("xvfb-run -a build/bin/folio"), qPrintable(err));
    QVERIFY(err.contains("build/bin/folio-cli"));
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
