#include "app/editiondocument.h"
#include "app/layoutcache.h"
#include "app/mainwindow.h"
#include "app/nightdeskactions.h"
#include "app/pageview.h"
#include "app/sampleedition.h"
#include "app/storyblock.h"
#include "app/storyeditor.h"
#include "app/storylistpanel.h"
#include "apptesthelpers.h"
#include "layout/layoutengine.h"
#include "model/edition.h"
#include "model/framecommand.h"
#include "model/pagecommand.h"
#include "model/storycommand.h"
#include "seededition.h"

#include <QClipboard>
#include <QInputMethodEvent>
#include <QListWidget>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTextBlock>
#include <QUndoStack>
#include <QtTest>

using namespace folio;
using namespace folio::app;
using namespace folio::app::test;

// The night desk's fitting and late changes in the real window: 挤字/扩字 from the story
// editor, 按内容调整框高, 宽度跨 N 栏, story blocks (Ctrl+click, drag, move to another page,
// swap) and a late story pasted into an empty frame.
class TestNightDesk : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void trackingFromTheStoryEditor();
    void fitChainToText_data();
    void fitChainToText();
    void spanColumns_data();
    void spanColumns();
    void ctrlClickSelectsAndDragMovesBlock();
    void blockMovesToAnotherPage();
    void swapTwoBlocks();
    void lateStoryPastedIntoEmptyFrame();
    void lateStoryRefusedInFullFrame();
    void lateStoryFileDroppedOnEmptyFrame();
    void lateStoryFileRefusedByName();

private:
    void open(std::unique_ptr<Edition> edition);
    QPoint pixelOf(ObjectId frameId, QPointF offset = {20, 20});
    StoryLayout storyLayout(ObjectId storyId) const;

    QTemporaryDir m_dir;
    MainWindow *m_window = nullptr;
    PageView *m_view = nullptr;
    Edition *m_edition = nullptr;
};

void TestNightDesk::initTestCase()
{
    isolateSettings(m_dir.filePath("settings"), QStringLiteral("tst_nightdesk"));
}

void TestNightDesk::open(std::unique_ptr<Edition> edition)
{
    delete m_window;
    m_window = new MainWindow;
    m_window->document()->reset(std::move(edition));
    m_window->resize(1400, 900);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
    m_view = m_window->pageView();
    m_edition = m_window->document()->edition();
    m_view->setZoom(1.0);
}

void TestNightDesk::cleanup()
{
    delete m_window;
    m_window = nullptr;
}

QPoint TestNightDesk::pixelOf(ObjectId frameId, QPointF offset)
{
    m_view->setPageId(m_edition->pageOfFrame(frameId)->id);
    return reveal(m_view, m_edition->frame(frameId)->rect.topLeft() + offset);
}

StoryLayout TestNightDesk::storyLayout(ObjectId storyId) const
{
    LayoutEngine engine(m_edition);
    return engine.storyLayout(storyId);
}

void TestNightDesk::trackingFromTheStoryEditor()
{
    open(createSeedEdition());
    const ObjectId body = frameNamed(m_edition, QStringLiteral("正文 1"))->id;
    QTest::mouseClick(m_view->viewport(), Qt::LeftButton, {}, pixelOf(body));
    StoryEditor *editor = m_window->storyEditor();
    const ObjectId storyId = m_edition->frame(body)->storyId;
    QCOMPARE(editor->storyId(), storyId);
    const Story original = *m_edition->story(storyId);

    // The cursor in paragraph 4, then 挤字 five times with Alt+←: five undo steps.
    QPlainTextEdit *text = editor->textEdit();
    text->setFocus();
    QTextCursor cursor(text->document()->findBlockByNumber(4));
    cursor.movePosition(QTextCursor::Right, QTextCursor::MoveAnchor, 3);
    text->setTextCursor(cursor);
    for (int i = 0; i < 5; ++i)
        QTest::keyClick(m_window, Qt::Key_Left, Qt::AltModifier);
    QCOMPARE(m_edition->story(storyId)->paragraphs[4].tracking, -5);
    QCOMPARE(m_edition->undoStack()->count(), 5);
    for (int i = 0; i < m_edition->story(storyId)->paragraphs.size(); ++i)
        QCOMPARE(m_edition->story(storyId)->paragraphs[i].tracking, i == 4 ? -5 : 0);

    // The story list marks the story as fitted.
    auto *list = m_window->storyList()->findChild<QListWidget *>();
    QVERIFY(list->currentItem());
    QVERIFY2(list->currentItem()->text().contains(QStringLiteral("挤扩 1 段")),
             qPrintable(list->currentItem()->text()));

    // Typing in the paragraph keeps its tracking; 扩字 (Alt+→) over a selection of two
    // paragraphs changes both.
    QInputMethodEvent commit;
    commit.setCommitString(QStringLiteral("新"));
    QApplication::sendEvent(text, &commit);
    QCOMPARE(m_edition->undoStack()->count(), 6);
    QCOMPARE(m_edition->story(storyId)->paragraphs[4].tracking, -5);
    cursor = text->textCursor();
    cursor.setPosition(text->document()->findBlockByNumber(5).position() + 2,
                       QTextCursor::KeepAnchor);
    text->setTextCursor(cursor);
    QTest::keyClick(m_window, Qt::Key_Right, Qt::AltModifier);
    QCOMPARE(m_edition->story(storyId)->paragraphs[4].tracking, -4);
    QCOMPARE(m_edition->story(storyId)->paragraphs[5].tracking, 1);

    // Undo all the way gives the story back as it was, and the list loses the mark.
    while (m_edition->undoStack()->canUndo())
        m_edition->undoStack()->undo();
    QCOMPARE(*m_edition->story(storyId), original);
    QVERIFY(!list->currentItem()->text().contains(QStringLiteral("挤扩")));
}

void TestNightDesk::fitChainToText_data()
{
    QTest::addColumn<bool>("grow");
    QTest::newRow("shrink a tall last frame") << false;
    QTest::newRow("grow a short, overset last frame") << true;
}

void TestNightDesk::fitChainToText()
{
    QFETCH(bool, grow);
    open(createSeedEdition());
    const Page &page = m_edition->pages().first();
    const ObjectId first = frameNamed(m_edition, QStringLiteral("正文 1"))->id;
    const ObjectId lastId = frameNamed(m_edition, QStringLiteral("正文 2"))->id;
    const ObjectId storyId = m_edition->frame(first)->storyId;
    // A shorter 正文 1 sends the text on into 正文 2; the story is cut to fit with 正文 2
    // reaching the type area's bottom, with room to spare.
    Frame head = *m_edition->frame(first);
    head.rect.setHeight(10 * 13.5);
    m_edition->putFrame(page.id, head);
    Frame last = *m_edition->frame(lastId);
    last.rect.setBottom(page.typeArea().bottom());
    m_edition->putFrame(page.id, last);
    Story story = *m_edition->story(storyId);
    while (storyLayout(storyId).overset || storyLayout(storyId).remainingLines < 12) {
        story.paragraphs.removeLast();
        m_edition->putStory(story);
    }
    if (grow) {
        last.rect.setHeight(3 * 13.5);
        m_edition->putFrame(page.id, last);
        QVERIFY(storyLayout(storyId).overset);
    }
    m_edition->undoStack()->clear();
    const QRectF before = m_edition->frame(lastId)->rect;

    // With the first frame of the chain selected, Ctrl+Alt+C fits the chain's last frame.
    QTest::mouseClick(m_view->viewport(), Qt::LeftButton, {}, pixelOf(first));
    QCOMPARE(m_view->selection(), QList<ObjectId>{first});
    QTest::keyClick(m_window, Qt::Key_C, Qt::ControlModifier | Qt::AltModifier);
    QCOMPARE(m_edition->undoStack()->count(), 1);
    const QRectF after = m_edition->frame(lastId)->rect;
    QCOMPARE(after.topLeft(), before.topLeft());
    QCOMPARE(after.width(), before.width());
    QVERIFY(grow ? after.height() > before.height() : after.height() < before.height());

    const StoryLayout fitted = storyLayout(storyId);
    QVERIFY(!fitted.overset);
    double textEnd = 0;
    for (const PlacedLine &line : fitted.frames.last().lines)
        textEnd = qMax(textEnd, line.baseline);
    const double leading = 13.5;
    QVERIFY2(
        after.bottom() >= textEnd && after.bottom() - textEnd <= leading,
        qPrintable(QStringLiteral("bottom %1, last baseline %2").arg(after.bottom()).arg(textEnd)));
    // One line less would not hold the text.
    Frame shorter = *m_edition->frame(lastId);
    shorter.rect.setHeight(after.height() - leading);
    m_edition->putFrame(page.id, shorter);
    QVERIFY(storyLayout(storyId).overset);
    shorter.rect = after;
    m_edition->putFrame(page.id, shorter);

    m_edition->undoStack()->undo();
    QCOMPARE(m_edition->frame(lastId)->rect, before);
}

void TestNightDesk::spanColumns_data()
{
    QTest::addColumn<QString>("frame");
    QTest::addColumn<double>("shift"); // pt the frame is moved right first
    QTest::addColumn<int>("firstColumn");
    QTest::addColumn<int>("columns");
    QTest::newRow("正文 1 from column 1") << QStringLiteral("正文 1") << 0.0 << 0 << 3;
    QTest::newRow("正文 2 from column 6, two columns") << QStringLiteral("正文 2") << 0.0 << 5 << 2;
    QTest::newRow("nearest column: 1 pt off column 3")
        << QStringLiteral("正文 1") << 260.0 << 2 << 3;
    QTest::newRow("kept on the grid: column 7 would run off")
        << QStringLiteral("图片 1") << 80.0 << 5 << 3;
}

void TestNightDesk::spanColumns()
{
    QFETCH(QString, frame);
    QFETCH(double, shift);
    QFETCH(int, firstColumn);
    QFETCH(int, columns);
    open(createSeedEdition());
    const Page &page = m_edition->pages().first();
    Frame f = *frameNamed(m_edition, frame);
    if (shift != 0) {
        // Put the frame 1 pt right of column firstColumn's left edge (or past the grid).
        f.rect.moveLeft(shift == 80.0 ? page.columnLeft(6) + 3 : page.columnLeft(2) + 1);
        m_edition->putFrame(page.id, f);
    }
    m_edition->undoStack()->clear();
    m_view->setSelection({f.id});
    QCOMPARE(m_window->nightDeskActions()->spanSelectedFrame(columns), QString());
    const Frame &spanned = *m_edition->frame(f.id);
    QCOMPARE(spanned.rect.left(),
             page.margins.left() + firstColumn * (page.columnWidth() + page.grid.gutter));
    QCOMPARE(spanned.rect.width(), columns * page.columnWidth() + (columns - 1) * page.grid.gutter);
    QCOMPARE(spanned.rect.top(), f.rect.top());
    QCOMPARE(spanned.rect.height(), f.rect.height());
    if (spanned.kind == FrameKind::Text) {
        QCOMPARE(spanned.columns, columns);
        QCOMPARE(spanned.gutter, page.grid.gutter);
    }
    QCOMPARE(m_edition->undoStack()->count(), 1);
    // More columns than the page has is refused and changes nothing.
    QVERIFY(!m_window->nightDeskActions()->spanSelectedFrame(9).isEmpty());
    QCOMPARE(m_edition->undoStack()->count(), 1);
}

void TestNightDesk::ctrlClickSelectsAndDragMovesBlock()
{
    open(createSeedEdition());
    const ObjectId a = frameNamed(m_edition, QStringLiteral("正文 1"))->id;
    const ObjectId b = frameNamed(m_edition, QStringLiteral("正文 2"))->id;
    const QRectF ra = m_edition->frame(a)->rect;
    const QRectF rb = m_edition->frame(b)->rect;
    // A plain click takes one frame; Ctrl+click on 正文 2 takes the story's whole block.
    QTest::mouseClick(m_view->viewport(), Qt::LeftButton, {}, pixelOf(b));
    QCOMPARE(m_view->selection(), QList<ObjectId>{b});
    QTest::mouseClick(m_view->viewport(), Qt::LeftButton, Qt::ControlModifier, pixelOf(b));
    QCOMPARE(m_view->selection(), (QList<ObjectId>{b, a}));

    // Dragging the block moves both frames by the same distance, as one undo step.
    const QPoint from = pixelOf(b, {40, 40});
    const double ppp = m_view->pixelsPerPt();
    drag(m_view->viewport(), from, from + QPointF(0, 100 * ppp).toPoint());
    const double dy = m_edition->frame(b)->rect.top() - rb.top();
    QVERIFY2(qAbs(dy - 100) < 10, qPrintable(QString::number(dy)));
    QCOMPARE(m_edition->frame(a)->rect, ra.translated(0, dy));
    QCOMPARE(m_edition->undoStack()->count(), 1);
    m_edition->undoStack()->undo();
    QCOMPARE(m_edition->frame(a)->rect, ra);
    QCOMPARE(m_edition->frame(b)->rect, rb);
}

void TestNightDesk::blockMovesToAnotherPage()
{
    open(createSeedEdition());
    m_window->addPage();
    QCOMPARE(m_edition->pages().size(), 2);
    const ObjectId page1 = m_edition->pages()[0].id;
    const ObjectId page2 = m_edition->pages()[1].id;
    const ObjectId a = frameNamed(m_edition, QStringLiteral("正文 1"))->id;
    const ObjectId b = frameNamed(m_edition, QStringLiteral("正文 2"))->id;
    const ObjectId storyId = m_edition->frame(a)->storyId;
    const QRectF ra = m_edition->frame(a)->rect;
    const QRectF rb = m_edition->frame(b)->rect;
    const QString text = m_edition->story(storyId)->plainText();
    const QString copyfit = m_window->layouts()->copyfit(storyId);
    QVERIFY(!copyfit.isEmpty());
    m_edition->undoStack()->clear();

    // The story list's context entry 选择稿件块 selects the block, as Ctrl+click does.
    m_view->setPageId(page2);
    m_view->setSelection({});
    auto *list = m_window->storyList()->findChild<QListWidget *>();
    m_window->storyList()->setCurrentStory(storyId);
    QAction *selectBlock = nullptr;
    for (QAction *action : list->actions())
        if (action->text() == QStringLiteral("选择稿件块"))
            selectBlock = action;
    QVERIFY(selectBlock);
    QCOMPARE(list->contextMenuPolicy(), Qt::ActionsContextMenu);
    selectBlock->trigger();
    QCOMPARE(m_view->pageId(), page1);
    QCOMPARE(m_view->selection(), (QList<ObjectId>{a, b}));
    QTest::mouseClick(m_view->viewport(), Qt::LeftButton, Qt::ControlModifier, pixelOf(a));
    QCOMPARE(m_view->selection(), (QList<ObjectId>{a, b}));
    QCOMPARE(m_window->nightDeskActions()->selectedBlocks(), QList<ObjectId>{storyId});
    QCOMPARE(m_window->nightDeskActions()->moveSelectedBlock(page2), QString());

    QCOMPARE(m_edition->pageOfFrame(a)->id, page2);
    QCOMPARE(m_edition->pageOfFrame(b)->id, page2);
    QCOMPARE(m_edition->frame(a)->rect, ra);
    QCOMPARE(m_edition->frame(b)->rect, rb);
    const auto chain = m_edition->storyChain(storyId);
    QCOMPARE(chain.size(), 2);
    QCOMPARE(chain[0]->id, a);
    QCOMPARE(chain[1]->id, b);
    QCOMPARE(m_edition->story(storyId)->plainText(), text);
    QCOMPARE(m_window->layouts()->copyfit(storyId), copyfit);
    // The text is composed on page 2 now, and page 1 holds none of it.
    bool onPage2 = false;
    for (const auto &item : m_window->layouts()->layout(page2)->items)
        if (const auto *run = std::get_if<GlyphRun>(&item))
            onPage2 = onPage2 || run->storyId == storyId;
    QVERIFY(onPage2);
    for (const auto &item : m_window->layouts()->layout(page1)->items)
        QVERIFY(!std::holds_alternative<GlyphRun>(item));
    QCOMPARE(m_view->pageId(), page2);
    QCOMPARE(m_edition->undoStack()->count(), 1);

    m_edition->undoStack()->undo();
    QCOMPARE(m_edition->pageOfFrame(a)->id, page1);
    QCOMPARE(m_edition->pageOfFrame(b)->id, page1);
    QCOMPARE(m_edition->frame(a)->rect, ra);
    QCOMPARE(m_window->layouts()->copyfit(storyId), copyfit);
    // Moving it to the page it is on is refused.
    m_view->setSelection({a});
    QVERIFY(!m_window->nightDeskActions()->moveSelectedBlock(page1).isEmpty());
}

void TestNightDesk::swapTwoBlocks()
{
    // The sample page, placed by the importer: headline frame, body frames, picture and caption.
    open(createSampleEdition());
    const Page &page = m_edition->pages().first();
    // The sample's photo story: headline frame, picture and caption.
    ObjectId picture = 0;
    for (const Frame &f : page.frames)
        if (f.kind == FrameKind::Image && f.captionFrameId && !picture)
            picture = f.id;
    QVERIFY(picture);
    const ObjectId storyA = StoryBlock::storyOfFrame(*m_edition, picture);
    QVERIFY(storyA);
    const QList<ObjectId> blockA = StoryBlock::frameIds(*m_edition, storyA);
    QVERIFY(blockA.contains(picture));
    QVERIFY(blockA.contains(m_edition->frame(picture)->captionFrameId));
    QVERIFY(blockA.size() >= 3); // the headline frame too
    ObjectId storyB = 0;
    for (const Story &s : m_edition->stories())
        if (s.id != storyA && !storyB && StoryBlock::frameIds(*m_edition, s.id).size() >= 2)
            storyB = s.id;
    QVERIFY(storyB);
    const QList<ObjectId> blockB = StoryBlock::frameIds(*m_edition, storyB);
    QHash<ObjectId, QRectF> before;
    for (ObjectId id : blockA + blockB)
        before.insert(id, m_edition->frame(id)->rect);
    const QRectF boxA = StoryBlock::bounds(*m_edition, storyA);
    const QRectF boxB = StoryBlock::bounds(*m_edition, storyB);
    m_edition->undoStack()->clear();

    // Ctrl+click on the picture takes its story's block; Shift+click adds a frame of the other.
    QTest::mouseClick(m_view->viewport(), Qt::LeftButton, Qt::ControlModifier, pixelOf(picture));
    QCOMPARE(m_view->selection().size(), blockA.size());
    QTest::mouseClick(m_view->viewport(), Qt::LeftButton, Qt::ShiftModifier,
                      pixelOf(blockB.last(), {5, 5}));
    QCOMPARE(m_window->nightDeskActions()->selectedBlocks(), (QList<ObjectId>{storyA, storyB}));
    QCOMPARE(m_window->nightDeskActions()->swapSelectedBlocks(), QString());

    // Each block's box now starts where the other's did; every frame keeps its size.
    QCOMPARE(StoryBlock::bounds(*m_edition, storyA).topLeft(), boxB.topLeft());
    QCOMPARE(StoryBlock::bounds(*m_edition, storyB).topLeft(), boxA.topLeft());
    for (ObjectId id : blockA + blockB)
        QCOMPARE(m_edition->frame(id)->rect.size(), before.value(id).size());
    QCOMPARE(m_edition->undoStack()->count(), 1);
    m_edition->undoStack()->undo();
    for (ObjectId id : blockA + blockB)
        QCOMPARE(m_edition->frame(id)->rect, before.value(id));
}

void TestNightDesk::lateStoryPastedIntoEmptyFrame()
{
    open(createSeedEdition());
    const Page &page = m_edition->pages().first();
    // A new text frame drawn with the text tool over three columns, below the seed's frames.
    const double top = page.typeArea().top() + 45 * 13.5;
    const QPoint from = reveal(m_view, QPointF(page.columnLeft(0) + 2, top));
    const double ppp = m_view->pixelsPerPt();
    m_view->setTool(PageView::Tool::TextFrame);
    drag(m_view->viewport(), from,
         from + QPointF((3 * page.columnWidth() + 2 * page.grid.gutter - 4) * ppp, 300 * ppp)
                    .toPoint());
    QCOMPARE(m_view->selection().size(), 1);
    const ObjectId frameId = m_view->selection().first();
    QCOMPARE(m_edition->frame(frameId)->columns, 3);
    QCOMPARE(m_edition->frame(frameId)->storyId, ObjectId(0));
    const int stories = int(m_edition->stories().size());
    const int steps = m_edition->undoStack()->count();

    QApplication::clipboard()->setText(
        QStringLiteral("【引题】夜班来稿\n【主题】地铁十七号线北段今晨开通\n"
                       "【电头】本报讯（记者 林晓雯）\n今天清晨六点，地铁十七号线北段开通试运营，"
                       "沿线居民出行时间缩短一半。\n首班车上坐满了赶早班的乘客。\n"));
    QTest::keyClick(m_window, Qt::Key_V, Qt::ControlModifier | Qt::ShiftModifier);

    QCOMPARE(m_edition->stories().size(), stories + 1);
    const ObjectId storyId = m_edition->frame(frameId)->storyId;
    QVERIFY(storyId);
    const Story &story = *m_edition->story(storyId);
    QCOMPARE(story.slug, QStringLiteral("地铁十七号线北段今晨开通"));
    QCOMPARE(story.paragraphs.size(), 4);
    QCOMPARE(m_edition->paragraphStyle(story.paragraphs[0].styleId)->role, ParagraphRole::Kicker);
    QCOMPARE(m_edition->paragraphStyle(story.paragraphs[1].styleId)->role, ParagraphRole::Headline);
    QCOMPARE(m_edition->paragraphStyle(story.paragraphs[2].styleId)->role, ParagraphRole::Body);
    QCOMPARE(story.paragraphs[2].runs.first().text, QStringLiteral("本报讯（记者 林晓雯）"));
    QCOMPARE(m_edition->characterStyle(story.paragraphs[2].runs.first().characterStyleId)->name,
             QStringLiteral("电头署名"));
    QCOMPARE(story.paragraphs[3].text(), QStringLiteral("首班车上坐满了赶早班的乘客。"));
    QCOMPARE(m_window->storyList()->currentStory(), storyId);
    // Set in the frame: the headline block first, then the body.
    QString composed;
    for (const auto &item : m_window->layouts()->layout(page.id)->items)
        if (const auto *run = std::get_if<GlyphRun>(&item); run && run->frameId == frameId)
            composed += run->text();
    QVERIFY2(composed.startsWith(QStringLiteral("夜班来稿")), qPrintable(composed));
    QVERIFY(composed.contains(QStringLiteral("首班车")));

    QCOMPARE(m_edition->undoStack()->count(), steps + 1);
    m_edition->undoStack()->undo();
    QCOMPARE(m_edition->stories().size(), stories);
    QCOMPARE(m_edition->frame(frameId)->storyId, ObjectId(0));
}

void TestNightDesk::lateStoryRefusedInFullFrame()
{
    open(createSeedEdition());
    const ObjectId body = frameNamed(m_edition, QStringLiteral("正文 1"))->id;
    m_view->setSelection({body});
    const int stories = int(m_edition->stories().size());
    QApplication::clipboard()->setText(QStringLiteral("【主题】晚到稿件\n正文一段。\n"));
    const QString problem = m_window->nightDeskActions()->pasteStory();
    QVERIFY2(problem.contains(QStringLiteral("正文 1")), qPrintable(problem));
    QCOMPARE(m_edition->stories().size(), stories);
    QCOMPARE(m_edition->undoStack()->count(), 0);
}

void TestNightDesk::lateStoryFileDroppedOnEmptyFrame()
{
    // A reporter's file from Windows Notepad (GB18030), dropped on an empty text frame.
    open(createSeedEdition());
    const Page &page = m_edition->pages().first();
    Frame empty;
    empty.id = m_edition->newId();
    empty.name = QStringLiteral("空框");
    empty.rect = QRectF(page.columnLeft(0), page.typeArea().top() + 45 * 13.5,
                        2 * page.columnWidth() + page.grid.gutter, 200);
    empty.columns = 2;
    m_edition->undoStack()->push(FrameCommand::add(m_edition, page.id, empty));
    const QString path = m_dir.filePath(QStringLiteral("晚到稿件.txt"));
    QFile file(path);
    const QString text =
        QStringLiteral("【主题】区职工服务中心明起延时开放\r\n"
                       "本报讯（记者 宋佳宁）区职工服务中心明天起每晚开放到九点。\r\n");
    QStringEncoder gb18030("GB18030");
    QVERIFY(gb18030.isValid());
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(gb18030.encode(text));
    file.close();

    auto *mime = new QMimeData;
    mime->setUrls({QUrl::fromLocalFile(path)});
    const QPointF px = pixelOf(empty.id, {30, 30});
    QDragEnterEvent enter(px.toPoint(), Qt::CopyAction, mime, Qt::LeftButton, {});
    QApplication::sendEvent(m_view->viewport(), &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(px, Qt::CopyAction, mime, Qt::LeftButton, {});
    QApplication::sendEvent(m_view->viewport(), &drop);
    QVERIFY(drop.isAccepted());
    delete mime;

    const ObjectId storyId = m_edition->frame(empty.id)->storyId;
    QVERIFY(storyId);
    QCOMPARE(m_edition->story(storyId)->slug, QStringLiteral("区职工服务中心明起延时开放"));
    QCOMPARE(m_edition->story(storyId)->paragraphs[1].runs.first().text,
             QStringLiteral("本报讯（记者 宋佳宁）"));
    m_edition->undoStack()->undo();
    QCOMPARE(m_edition->frame(empty.id)->storyId, ObjectId(0));
}

void TestNightDesk::lateStoryFileRefusedByName()
{
    open(createSeedEdition());
    const int stories = int(m_edition->stories().size());
    const QString missing = m_dir.filePath(QStringLiteral("没有这个文件.txt"));
    m_view->setSelection({});
    const QString problem = m_window->nightDeskActions()->importStoryFile(missing);
    QVERIFY2(problem.contains(QStringLiteral("没有这个文件.txt")), qPrintable(problem));
    QCOMPARE(m_edition->stories().size(), stories);
    // Two stories in one text: a late story is one story; nothing changes.
    const QString two = m_dir.filePath(QStringLiteral("两篇.txt"));
    QFile file(two);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(
        QStringLiteral("【主题】第一篇\n正文一。\n===\n【主题】第二篇\n正文二。\n").toUtf8());
    file.close();
    QVERIFY(m_window->nightDeskActions()->importStoryFile(two).contains(QStringLiteral("2 篇")));
    QCOMPARE(m_edition->stories().size(), stories);
    QCOMPARE(m_edition->undoStack()->count(), 0);
}

QTEST_MAIN(TestNightDesk)
#include "tst_nightdesk.moc"
