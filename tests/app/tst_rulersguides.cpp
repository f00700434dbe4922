#include "app/contextmenus.h"
#include "app/editiondocument.h"
#include "app/framefactory.h"
#include "app/guideeditor.h"
#include "app/guidesnapper.h"
#include "app/helpmenu.h"
#include "app/lastsession.h"
#include "app/layoutcache.h"
#include "app/mainwindow.h"
#include "app/pageview.h"
#include "app/ruler.h"
#include "app/rulerframe.h"
#include "app/shortcutsdialog.h"
#include "apptesthelpers.h"
#include "model/edition.h"
#include "model/framecommand.h"
#include "model/pagetemplate.h"
#include "model/storycommand.h"
#include "store/editionstore.h"

#include <QApplication>
#include <QLabel>
#include <QMenu>
#include <QScrollBar>
#include <QSettings>
#include <QStatusBar>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTextBrowser>
#include <QUndoStack>
#include <QtTest>

using namespace folio;
using namespace folio::app;
using namespace folio::app::test;

// Rulers and guides, the right-click menus, 适合页面 and the status line's exact fit, and
// starting where the last session ended; all through the real window with mouse and keys.
class TestRulersGuides : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void guideFromRulerSurvivesSaveAndSnaps();
    void guideMovedAndDraggedBackOntoRuler();
    void rulerFollowsZoomAndScroll();
    void frameContextMenu();
    void pasteboardContextMenu();
    void fitPageShowsLastPage_data();
    void fitPageShowsLastPage();
    void statusSaysExactFit();
    void firstStartShowsSample();
    void reopensLastEditionAtPageAndZoom();
    void goneLastFileSaysSo();
    void shortcutsListFollowsActions();

private:
    void openWindow(std::unique_ptr<Edition> edition);
    // A press on the ruler, a drag through the view to a viewport pixel, the release there.
    void dragFromRuler(Ruler *ruler, const QPoint &viewportPx);
    QPoint rulerPoint(Ruler *ruler, const QPoint &viewportPx) const;
    // The popup a right-click at a viewport pixel opened (through the window system path).
    QMenu *rightClick(const QPoint &viewportPx);
    static QAction *findAction(const QMenu *menu, const QString &text);
    static std::unique_ptr<Edition> pages(int count);

    QTemporaryDir m_dir;
    MainWindow *m_window = nullptr;
    PageView *m_view = nullptr;
    Edition *m_edition = nullptr;
};

void TestRulersGuides::initTestCase()
{
    isolateSettings(m_dir.filePath("settings"), QStringLiteral("tst_rulersguides"));
}

void TestRulersGuides::init()
{
    QSettings().clear();
}

void TestRulersGuides::cleanup()
{
    if (QWidget *popup = QApplication::activePopupWidget())
        popup->close();
    if (m_window)
        m_window->document()->reset(Edition::createDefault()); // nothing to ask on close
    delete m_window;
    m_window = nullptr;
}

std::unique_ptr<Edition> TestRulersGuides::pages(int count)
{
    auto edition = Edition::createDefault();
    for (int i = 0; i < count; ++i) {
        Page page = PageTemplate::broadsheet8().makePage();
        page.id = edition->newId();
        page.number = i + 1;
        edition->insertPage(i, page);
    }
    edition->undoStack()->clear();
    return edition;
}

void TestRulersGuides::openWindow(std::unique_ptr<Edition> edition)
{
    m_window = new MainWindow;
    if (edition)
        m_window->document()->reset(std::move(edition));
    m_window->resize(1200, 850);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
    m_view = m_window->pageView();
    m_edition = m_window->document()->edition();
}

QPoint TestRulersGuides::rulerPoint(Ruler *ruler, const QPoint &viewportPx) const
{
    return ruler->mapFromGlobal(m_view->viewport()->mapToGlobal(viewportPx));
}

void TestRulersGuides::dragFromRuler(Ruler *ruler, const QPoint &viewportPx)
{
    const QPoint end = rulerPoint(ruler, viewportPx);
    const QPoint start = ruler->orientation() == Qt::Horizontal
                             ? QPoint(end.x(), Ruler::thickness() / 2)
                             : QPoint(Ruler::thickness() / 2, end.y());
    QVERIFY(ruler->rect().contains(start));
    QTest::mousePress(ruler, Qt::LeftButton, {}, start);
    QTest::mouseMove(ruler, (start + end) / 2);
    QTest::mouseMove(ruler, end);
    QTest::mouseRelease(ruler, Qt::LeftButton, {}, end);
}

QMenu *TestRulersGuides::rightClick(const QPoint &viewportPx)
{
    // Through the window, as the window system delivers it: the press becomes a context menu
    // event for the widget under it.
    const QPoint inWindow = m_view->viewport()->mapTo(m_window, viewportPx);
    QTest::mousePress(m_window->windowHandle(), Qt::RightButton, {}, inWindow);
    QTest::mouseRelease(m_window->windowHandle(), Qt::RightButton, {}, inWindow);
    if (!QTest::qWaitFor([] { return qobject_cast<QMenu *>(QApplication::activePopupWidget()); }))
        return nullptr;
    return qobject_cast<QMenu *>(QApplication::activePopupWidget());
}

QAction *TestRulersGuides::findAction(const QMenu *menu, const QString &text)
{
    for (QAction *a : menu->actions()) {
        if (a->text() == text)
            return a;
        if (a->menu())
            if (QAction *inner = findAction(a->menu(), text))
                return inner;
    }
    return nullptr;
}

void TestRulersGuides::guideFromRulerSurvivesSaveAndSnaps()
{
    openWindow(pages(2));
    m_view->setZoom(1.0);
    const Page page = m_edition->pages().first();
    // A vertical guide in the middle of the second column, a horizontal one at mid-page:
    // neither near a column edge or margin.
    const QPointF target(page.columnLeft(1) + page.columnWidth() / 2, page.size.height() / 2);
    const QPoint px = reveal(m_view, target);
    QCOMPARE(m_view->pageId(), page.id);
    RulerFrame *rulers = m_window->rulerFrame();
    dragFromRuler(rulers->ruler(Qt::Vertical), px);
    dragFromRuler(rulers->ruler(Qt::Horizontal), px);

    const double tolerance = 1.0 / m_view->pixelsPerPt(); // one pixel
    QList<Guide> guides = m_edition->page(page.id)->guides;
    QCOMPARE(guides.size(), 2);
    QCOMPARE(guides[0].orientation, Qt::Vertical);
    QVERIFY2(qAbs(guides[0].position - target.x()) <= tolerance,
             qPrintable(QString::number(guides[0].position)));
    QCOMPARE(guides[1].orientation, Qt::Horizontal);
    QVERIFY(qAbs(guides[1].position - target.y()) <= tolerance);
    QVERIFY(m_edition->pages().last().guides.isEmpty());

    // Each guide is one undo step.
    m_edition->undoStack()->undo();
    QCOMPARE(m_edition->page(page.id)->guides.size(), 1);
    m_edition->undoStack()->undo();
    QVERIFY(m_edition->page(page.id)->guides.isEmpty());
    m_edition->undoStack()->redo();
    m_edition->undoStack()->redo();
    QCOMPARE(m_edition->page(page.id)->guides, guides);

    // Saved with the page, and back on reopening.
    const QString path = m_dir.filePath(QStringLiteral("guides.folio"));
    QVERIFY(m_window->saveFileAs(path));
    QVERIFY(m_window->openFile(path));
    m_edition = m_window->document()->edition();
    QCOMPARE(m_edition->pages().first().guides, guides);

    // A frame dragged near the vertical guide snaps to it.
    const double x = guides[0].position;
    const double y = guides[1].position + 60;
    const Frame box = FrameFactory::create(m_edition, m_edition->pages().first(), FrameKind::Box,
                                           QRectF(x - 40, y, 24, 30), QPointF(x - 40, y));
    m_edition->undoStack()->push(FrameCommand::add(m_edition, m_edition->pages().first().id, box));
    m_view->setZoom(1.0);
    const QPoint from = reveal(m_view, QPointF(x - 28, y + 15));
    const QPoint to = from + QPoint(qRound(37 * m_view->pixelsPerPt()), 0); // left edge 3 pt off
    drag(m_view->viewport(), from, to);
    const Frame *moved = m_edition->frame(box.id);
    QVERIFY(moved);
    QCOMPARE(moved->rect.left(), x);
    QCOMPARE(moved->rect.top(), y);
}

void TestRulersGuides::guideMovedAndDraggedBackOntoRuler()
{
    openWindow(pages(1));
    m_view->setZoom(1.0);
    const Page page = m_edition->pages().first();
    const double y = page.size.height() / 2 + 11.5;
    QVERIFY(GuideEditor::addGuide(m_edition, page.id, Guide{Qt::Horizontal, y}));
    const int steps = m_edition->undoStack()->count();
    const QPoint at = reveal(m_view, QPointF(page.columnLeft(2) + 20, y));

    // Dragged on the page (no frame there): moved, one undo step.
    drag(m_view->viewport(), at, at + QPoint(0, 40));
    QCOMPARE(m_edition->undoStack()->count(), steps + 1);
    const double movedTo = m_edition->page(page.id)->guides.value(0).position;
    QVERIFY2(qAbs(movedTo - (y + 40 / m_view->pixelsPerPt())) <= 1 / m_view->pixelsPerPt(),
             qPrintable(QString::number(movedTo)));
    QVERIFY(m_view->selection().isEmpty());

    // Dragged back onto the top ruler (above the viewport): removed.
    const QPoint now = m_view->pageToView(QPointF(page.columnLeft(2) + 20, movedTo)).toPoint();
    drag(m_view->viewport(), now, QPoint(now.x(), -Ruler::thickness() / 2));
    QVERIFY(m_edition->page(page.id)->guides.isEmpty());
    QCOMPARE(m_edition->undoStack()->count(), steps + 2);
    m_edition->undoStack()->undo();
    QCOMPARE(m_edition->page(page.id)->guides.size(), 1);

    // Pulled out of a ruler and put back on it: nothing is made.
    Ruler *top = m_window->rulerFrame()->ruler(Qt::Horizontal);
    const QPoint start = rulerPoint(top, at);
    QTest::mousePress(top, Qt::LeftButton, {}, QPoint(start.x(), 5));
    QTest::mouseMove(top, QPoint(start.x(), 200));
    QTest::mouseMove(top, QPoint(start.x(), 8));
    QTest::mouseRelease(top, Qt::LeftButton, {}, QPoint(start.x(), 8));
    QCOMPARE(m_edition->page(page.id)->guides.size(), 1);
}

void TestRulersGuides::rulerFollowsZoomAndScroll()
{
    openWindow(pages(1));
    m_view->setZoom(1.0);
    Ruler *top = m_window->rulerFrame()->ruler(Qt::Horizontal);
    Ruler *left = m_window->rulerFrame()->ruler(Qt::Vertical);
    // The ruler's 0 is the page's left edge, wherever the view scrolled.
    const auto zeroAt = [this, top] {
        return rulerPoint(top, m_view->pageToView(QPointF(0, 0)).toPoint()).x();
    };
    QCOMPARE(qRound(top->toRuler(QPointF(0, 0))), zeroAt());
    m_view->horizontalScrollBar()->setValue(m_view->horizontalScrollBar()->value() + 50);
    QCOMPARE(qRound(top->toRuler(QPointF(0, 0))), zeroAt());
    // 100 mm at 200 % is twice as long as at 100 %.
    const double at100 = top->toRuler(QPointF(283.46, 0)) - top->toRuler(QPointF(0, 0));
    m_view->setZoom(2.0);
    const double at200 = top->toRuler(QPointF(283.46, 0)) - top->toRuler(QPointF(0, 0));
    QVERIFY(qAbs(at200 - 2 * at100) < 1.5);
    QCOMPARE(top->unit(), Ruler::Unit::Millimetre);
    // Points when the units preference says so, 字 when chosen on the ruler (and kept).
    QSettings().setValue(QStringLiteral("units"), QStringLiteral("pt"));
    m_window->applySettings();
    QCOMPARE(left->unit(), Ruler::Unit::Point);
    QCOMPARE(top->pointsPerUnit(), 1.0);
    Q_EMIT top->unitChosen(Ruler::Unit::Character);
    QCOMPARE(left->unit(), Ruler::Unit::Character);
    QCOMPARE(left->pointsPerUnit(), m_edition->pages().first().grid.gridFontSize);
    QCOMPARE(QSettings().value(QStringLiteral("view/rulerUnit")).toString(),
             QStringLiteral("char"));
}

void TestRulersGuides::frameContextMenu()
{
    openWindow(pages(1));
    m_view->setZoom(1.0);
    const Page page = m_edition->pages().first();
    const QRectF rect(page.columnLeft(0), page.margins.top() + 100, page.columnWidth(), 120);
    const Frame text = FrameFactory::create(m_edition, page, FrameKind::Text, rect, rect.topLeft());
    m_edition->undoStack()->push(FrameCommand::add(m_edition, page.id, text));
    QVERIFY(m_view->selection().isEmpty());
    const int steps = m_edition->undoStack()->index();

    QMenu *menu = rightClick(reveal(m_view, rect.center()));
    QVERIFY(menu);
    // The frame under the pointer became the selection.
    QCOMPARE(m_view->selection(), QList<ObjectId>{text.id});
    for (const QString &name :
         {QStringLiteral("剪切框"), QStringLiteral("复制框"), QStringLiteral("移到最前"),
          QStringLiteral("锁定位置"), QStringLiteral("删除框"), QStringLiteral("属性…")}) {
        QAction *a = findAction(menu, name);
        QVERIFY2(a, qPrintable(name));
        QVERIFY2(a->isEnabled(), qPrintable(name));
    }
    QVERIFY(findAction(menu, QStringLiteral("粘贴框")));
    QVERIFY(!findAction(menu, QStringLiteral("粘贴框"))->isEnabled()); // nothing copied
    QVERIFY(findAction(menu, QStringLiteral("链接框")));
    QVERIFY(findAction(menu, QStringLiteral("正文"))); // a paragraph style
    QAction *fit = findAction(menu, QStringLiteral("图片适合框"));
    QVERIFY(fit && !qobject_cast<QMenu *>(fit->parent())->isEnabled()); // not a picture

    findAction(menu, QStringLiteral("删除框"))->trigger();
    menu->close();
    QVERIFY(!m_edition->frame(text.id));
    QCOMPARE(m_edition->undoStack()->index(), steps + 1);
    m_edition->undoStack()->undo();
    QVERIFY(m_edition->frame(text.id));
}

void TestRulersGuides::pasteboardContextMenu()
{
    openWindow(pages(1));
    m_view->setZoomMode(PageView::ZoomMode::FitPage); // pasteboard on both sides
    const QRectF r = m_view->pageRectInView(m_edition->pages().first().id);
    QMenu *menu = rightClick(QPoint(qRound(r.left()) - 10, qRound(r.center().y())));
    QVERIFY(menu);
    QVERIFY(findAction(menu, QStringLiteral("粘贴框")));
    QAction *fitPage = findAction(menu, QStringLiteral("适合页面"));
    QVERIFY(fitPage && fitPage->isEnabled());
    QAction *newText = findAction(menu, QStringLiteral("新建文字框…"));
    QVERIFY(newText);
    QVERIFY(!findAction(menu, QStringLiteral("删除框")));
    newText->trigger();
    menu->close();
    QCOMPARE(m_view->tool(), PageView::Tool::TextFrame);
}

void TestRulersGuides::fitPageShowsLastPage_data()
{
    QTest::addColumn<double>("zoom");
    QTest::addColumn<int>("page");
    // Scrolled to the very end at 25 % (all pages a strip) or 200 % (only the last page's
    // foot shows), and the first page at 200 % seen from its middle.
    QTest::newRow("last page from 25%") << 0.25 << 2;
    QTest::newRow("last page from 200%") << 2.0 << 2;
    QTest::newRow("first page from 200%") << 2.0 << 0;
}

void TestRulersGuides::fitPageShowsLastPage()
{
    QFETCH(double, zoom);
    QFETCH(int, page);
    openWindow(pages(3));
    const ObjectId id = m_edition->pages()[page].id;
    m_view->setPageId(id);
    m_view->setZoom(zoom);
    if (page == m_edition->pages().size() - 1)
        m_view->verticalScrollBar()->setValue(m_view->verticalScrollBar()->maximum());
    QCOMPARE(m_view->pageId(), id);

    m_view->setFocus();
    QTest::keyClick(m_view, Qt::Key_0, Qt::ControlModifier);
    QCOMPARE(m_view->zoomMode(), PageView::ZoomMode::FitPage);
    QCOMPARE(m_view->pageId(), id);
    const QRectF shown = m_view->pageRectInView(id);
    QVERIFY2(QRectF(m_view->viewport()->rect()).contains(shown),
             qPrintable(QStringLiteral("%1,%2 %3×%4")
                            .arg(shown.x())
                            .arg(shown.y())
                            .arg(shown.width())
                            .arg(shown.height())));
}

void TestRulersGuides::statusSaysExactFit()
{
    auto edition = pages(1);
    const Page page = edition->pages().first();
    Story story;
    story.id = edition->newId();
    story.slug = QStringLiteral("满版");
    Paragraph paragraph;
    paragraph.styleId = edition->styleForRole(ParagraphRole::Body)->id;
    paragraph.runs = {TextRun{QString(30, QChar(0x56FD)), 0}}; // 国
    story.paragraphs = {paragraph};
    edition->putStory(story);
    const QRectF rect(page.columnLeft(0), page.margins.top(), page.columnWidth(), 150);
    Frame frame = FrameFactory::create(edition.get(), page, FrameKind::Text, rect, rect.topLeft());
    frame.storyId = story.id;
    edition->putFrame(page.id, frame);
    openWindow(std::move(edition));
    m_view->setSelection({frame.id});

    const auto statusText = [this] {
        QStringList texts;
        for (const QLabel *label : m_window->statusBar()->findChildren<QLabel *>())
            texts << label->text();
        return texts.join(QLatin1Char('|'));
    };
    // Room to spare first: the count of characters still free, then exactly that many more.
    const QString before = m_window->layouts()->copyfit(story.id);
    static const QRegularExpression count(QStringLiteral("^剩余 (\\d+) 字"));
    const QRegularExpressionMatch m = count.match(before);
    QVERIFY2(m.hasMatch(), qPrintable(before));
    const int free = m.captured(1).toInt();
    QVERIFY(free > 0);
    QVERIFY2(statusText().contains(before), qPrintable(statusText()));

    Story full = *m_edition->story(story.id);
    full.paragraphs[0].runs[0].text += QString(free, QChar(0x56FD));
    m_edition->undoStack()->push(StoryCommand::change(m_edition, full, QStringLiteral("排满")));
    QVERIFY2(statusText().contains(QStringLiteral("正好排满")), qPrintable(statusText()));

    // A line more is overset, and says so.
    full.paragraphs[0].runs[0].text += QString(40, QChar(0x56FD));
    m_edition->undoStack()->push(StoryCommand::change(m_edition, full, QStringLiteral("超出")));
    QVERIFY2(statusText().contains(QStringLiteral("超出")), qPrintable(statusText()));
}

void TestRulersGuides::firstStartShowsSample()
{
    openWindow(nullptr);
    LastSession::restore(m_window);
    QCOMPARE(m_window->document()->edition()->info().paperName, QStringLiteral("晨光日报"));
    QVERIFY(m_window->document()->filePath().isEmpty());
    QVERIFY(QSettings().value(QStringLiteral("session/started")).toBool());
}

void TestRulersGuides::reopensLastEditionAtPageAndZoom()
{
    const QString path = m_dir.filePath(QStringLiteral("last.folio"));
    {
        auto edition = pages(3);
        QString error;
        QVERIFY2(EditionStore::save(*edition, path, &error), qPrintable(error));
    }
    QSettings().setValue(QStringLiteral("session/started"), true);
    openWindow(nullptr);
    QVERIFY(m_window->openFile(path));
    m_edition = m_window->document()->edition();
    const ObjectId second = m_edition->pages()[1].id;
    m_view->setPageId(second);
    m_view->setZoom(1.5);
    QCOMPARE(m_view->pageId(), second);
    QVERIFY(m_window->close());
    delete m_window;
    m_window = nullptr;

    openWindow(nullptr);
    LastSession::restore(m_window);
    QCOMPARE(m_window->document()->filePath(), path);
    QCOMPARE(m_view->pageId(), second);
    QCOMPARE(m_view->zoom(), 1.5);
    QCOMPARE(m_view->zoomMode(), PageView::ZoomMode::Manual);
}

void TestRulersGuides::goneLastFileSaysSo()
{
    const QString gone = m_dir.filePath(QStringLiteral("removed.folio"));
    LastSession::remember(gone, 2);
    QSettings().setValue(QStringLiteral("session/started"), true);
    openWindow(nullptr);
    LastSession::restore(m_window);
    QCOMPARE(m_window->document()->edition()->info().paperName, QStringLiteral("晨光日报"));
    const QString message = m_window->statusBar()->currentMessage();
    QVERIFY2(message.contains(QStringLiteral("已不存在")) &&
                 message.contains(QStringLiteral("removed.folio")),
             qPrintable(message));

    // A last edition that was never saved: a new empty one, not the sample.
    LastSession::remember(QString(), 0);
    LastSession::restore(m_window);
    QVERIFY(m_window->document()->edition()->stories().isEmpty());
    QCOMPARE(m_window->document()->edition()->pages().size(), 1);
}

void TestRulersGuides::shortcutsListFollowsActions()
{
    openWindow(pages(1));
    const auto has = [](const QTableWidget *table, const QString &command, const QString &keys) {
        for (int row = 0; row < table->rowCount(); ++row)
            if (table->item(row, 0)->text() == command && table->item(row, 1)->text() == keys)
                return true;
        return false;
    };
    auto *dialog = qobject_cast<ShortcutsDialog *>(m_window->helpMenu()->showShortcuts());
    QVERIFY(dialog);
    QVERIFY(has(dialog->table(), QStringLiteral("适合页面"), QStringLiteral("Ctrl+0")));
    QVERIFY(has(dialog->table(), QStringLiteral("显示标尺"), QStringLiteral("Ctrl+R")));
    dialog->close();
    // Read from the actions: a changed shortcut is what the list shows.
    QAction *fitPage = nullptr;
    for (QAction *a : m_window->findChildren<QAction *>())
        if (a->text() == QStringLiteral("适合页面"))
            fitPage = a;
    QVERIFY(fitPage);
    fitPage->setShortcut(QKeySequence(QStringLiteral("Ctrl+9")));
    dialog = qobject_cast<ShortcutsDialog *>(m_window->helpMenu()->showShortcuts());
    QVERIFY(has(dialog->table(), QStringLiteral("适合页面"), QStringLiteral("Ctrl+9")));
    QVERIFY(!has(dialog->table(), QStringLiteral("适合页面"), QStringLiteral("Ctrl+0")));
    dialog->close();

    // The user guide is compiled in.
    QWidget *guide = m_window->helpMenu()->showUserGuide();
    auto *browser = guide->findChild<QTextBrowser *>();
    QVERIFY(browser);
    QVERIFY(browser->toPlainText().contains(QStringLiteral("Folio 用户指南")));
    guide->close();
}

QTEST_MAIN(TestRulersGuides)
#include "tst_rulersguides.moc"
