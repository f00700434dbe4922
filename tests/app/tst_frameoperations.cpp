#include "app/editiondocument.h"
#include "app/frameclipboard.h"
#include "app/frameoperations.h"
#include "app/layoutcache.h"
#include "app/mainwindow.h"
#include "app/objectactions.h"
#include "app/pageview.h"
#include "apptesthelpers.h"
#include "model/edition.h"
#include "model/framecommand.h"
#include "model/pagetemplate.h"
#include "model/storycommand.h"

#include <QTemporaryDir>
#include <QUndoStack>
#include <QtTest>

using namespace folio;
using namespace folio::app;
using namespace folio::app::test;

namespace {
using Rects = QList<QRectF>;
} // namespace

class TestFrameOperations : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void align_data();
    void align();
    void distribute_data();
    void distribute();
    void lockedFrameStaysPut();
    void bringToFrontAndSendToBack();
    void groupSelectsAndMovesTogether();
    void pasteGivesNewIds();
    void pasteOnAnotherPageKeepsPlaceAndChain();

private:
    ObjectId addFrame(const QRectF &rect, FrameKind kind = FrameKind::Box, int z = 0);
    QList<ObjectId> addFrames(const Rects &rects);
    Rects rectsOf(const QList<ObjectId> &ids) const;

    QTemporaryDir m_dir;
    MainWindow *m_window = nullptr;
    PageView *m_view = nullptr;
    Edition *m_edition = nullptr;
    ObjectId m_pageId = 0;
};

void TestFrameOperations::initTestCase()
{
    isolateSettings(m_dir.filePath("settings"), QStringLiteral("tst_frameoperations"));
}

void TestFrameOperations::init()
{
    auto edition = Edition::createDefault();
    for (int i = 0; i < 2; ++i) {
        Page page = PageTemplate::broadsheet8().makePage();
        page.id = edition->newId();
        page.number = i + 1;
        edition->insertPage(i, page);
    }
    m_window = new MainWindow;
    m_window->document()->reset(std::move(edition));
    m_window->resize(1200, 800);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
    m_view = m_window->pageView();
    m_edition = m_window->document()->edition();
    m_pageId = m_edition->pages().first().id;
    m_view->setZoom(1.0);
    FrameClipboard::instance().clear();
}

void TestFrameOperations::cleanup()
{
    delete m_window;
    m_window = nullptr;
}

ObjectId TestFrameOperations::addFrame(const QRectF &rect, FrameKind kind, int z)
{
    Frame f;
    f.id = m_edition->newId();
    f.kind = kind;
    f.rect = rect;
    f.z = z;
    f.hasStroke = kind == FrameKind::Box;
    m_edition->putFrame(m_pageId, f);
    return f.id;
}

QList<ObjectId> TestFrameOperations::addFrames(const Rects &rects)
{
    QList<ObjectId> ids;
    for (const QRectF &r : rects)
        ids << addFrame(r);
    m_edition->undoStack()->clear();
    m_view->setSelection(ids);
    return ids;
}

Rects TestFrameOperations::rectsOf(const QList<ObjectId> &ids) const
{
    Rects rects;
    for (ObjectId id : ids)
        rects << m_edition->frame(id)->rect;
    return rects;
}

void TestFrameOperations::align_data()
{
    QTest::addColumn<AlignEdge>("edge");
    QTest::addColumn<Rects>("expected");
    // Frames (100,100 50×40), (200,150 80×20), (130,300 30×60); bounds 100..280 × 100..360.
    QTest::newRow("left") << AlignEdge::Left
                          << Rects{{100, 100, 50, 40}, {100, 150, 80, 20}, {100, 300, 30, 60}};
    QTest::newRow("centre") << AlignEdge::HorizontalCentre
                            << Rects{{165, 100, 50, 40}, {150, 150, 80, 20}, {175, 300, 30, 60}};
    QTest::newRow("right") << AlignEdge::Right
                           << Rects{{230, 100, 50, 40}, {200, 150, 80, 20}, {250, 300, 30, 60}};
    QTest::newRow("top") << AlignEdge::Top
                         << Rects{{100, 100, 50, 40}, {200, 100, 80, 20}, {130, 100, 30, 60}};
    QTest::newRow("middle") << AlignEdge::VerticalCentre
                            << Rects{{100, 210, 50, 40}, {200, 220, 80, 20}, {130, 200, 30, 60}};
    QTest::newRow("bottom") << AlignEdge::Bottom
                            << Rects{{100, 320, 50, 40}, {200, 340, 80, 20}, {130, 300, 30, 60}};
}

void TestFrameOperations::align()
{
    QFETCH(AlignEdge, edge);
    QFETCH(Rects, expected);
    const Rects before{{100, 100, 50, 40}, {200, 150, 80, 20}, {130, 300, 30, 60}};
    const QList<ObjectId> ids = addFrames(before);
    QCOMPARE(m_window->objectActions()->align(edge), QString());
    QCOMPARE(rectsOf(ids), expected);
    QCOMPARE(m_edition->undoStack()->count(), 1);
    m_edition->undoStack()->undo();
    QCOMPARE(rectsOf(ids), before);
    m_edition->undoStack()->redo();
    QCOMPARE(rectsOf(ids), expected);
}

void TestFrameOperations::distribute_data()
{
    QTest::addColumn<Qt::Orientation>("orientation");
    QTest::addColumn<Rects>("before");
    QTest::addColumn<Rects>("expected");
    // 100..400 holds 50 + 20 + 30 + 50 = 150 pt of frames: three gaps of 50 pt.
    QTest::newRow("horizontal")
        << Qt::Horizontal
        << Rects{{100, 0, 50, 10}, {170, 50, 20, 10}, {175, 90, 30, 10}, {350, 20, 50, 10}}
        << Rects{{100, 0, 50, 10}, {200, 50, 20, 10}, {270, 90, 30, 10}, {350, 20, 50, 10}};
    QTest::newRow("vertical")
        << Qt::Vertical
        << Rects{{0, 100, 10, 50}, {50, 300, 10, 30}, {90, 160, 10, 20}, {20, 350, 10, 50}}
        << Rects{{0, 100, 10, 50}, {50, 270, 10, 30}, {90, 200, 10, 20}, {20, 350, 10, 50}};
}

void TestFrameOperations::distribute()
{
    QFETCH(Qt::Orientation, orientation);
    QFETCH(Rects, before);
    QFETCH(Rects, expected);
    const QList<ObjectId> ids = addFrames(before);
    QCOMPARE(m_window->objectActions()->distribute(orientation), QString());
    QCOMPARE(rectsOf(ids), expected);
    QCOMPARE(m_edition->undoStack()->count(), 1);
    m_edition->undoStack()->undo();
    QCOMPARE(rectsOf(ids), before);
    // Two frames have nothing to distribute: refused, nothing pushed.
    m_view->setSelection(ids.mid(0, 2));
    QVERIFY(!m_window->objectActions()->distribute(orientation).isEmpty());
    QCOMPARE(m_edition->undoStack()->index(), 0);
}

void TestFrameOperations::lockedFrameStaysPut()
{
    const QList<ObjectId> ids = addFrames({{100, 100, 50, 40}, {200, 150, 80, 20}});
    QCOMPARE(FrameOperations::setLocked(m_edition, {ids[1]}, true), QString());
    QVERIFY(m_edition->frame(ids[1])->locked);
    QCOMPARE(m_window->objectActions()->align(AlignEdge::Left), QString());
    // The locked frame is the reference but does not move; the other does.
    QCOMPARE(m_edition->frame(ids[1])->rect, QRectF(200, 150, 80, 20));
    QCOMPARE(m_edition->frame(ids[0])->rect, QRectF(100, 100, 50, 40));
    QCOMPARE(m_window->objectActions()->align(AlignEdge::Right), QString());
    QCOMPARE(m_edition->frame(ids[0])->rect, QRectF(230, 100, 50, 40));
    QCOMPARE(m_edition->frame(ids[1])->rect, QRectF(200, 150, 80, 20));
    // Nudging skips it too.
    m_view->setSelection({ids[1]});
    m_view->nudge(5, 0);
    QCOMPARE(m_edition->frame(ids[1])->rect, QRectF(200, 150, 80, 20));
    m_edition->undoStack()->undo();
    m_edition->undoStack()->undo();
    QVERIFY(!m_edition->frame(ids[1])->locked);
}

void TestFrameOperations::bringToFrontAndSendToBack()
{
    const ObjectId a = addFrame({100, 100, 100, 100}, FrameKind::Box, 0);
    const ObjectId b = addFrame({150, 150, 100, 100}, FrameKind::Box, 1);
    const ObjectId c = addFrame({120, 120, 100, 100}, FrameKind::Box, 2);
    m_edition->undoStack()->clear();
    QCOMPARE(FrameOperations::bringToFront(m_edition, {a}), QString());
    QVERIFY(m_edition->frame(a)->z > m_edition->frame(c)->z);
    // Clicking where all three overlap now hits the front one.
    const QPoint px = reveal(m_view, QPointF(170, 170));
    QTest::mouseClick(m_view->viewport(), Qt::LeftButton, {}, px);
    QCOMPARE(m_view->selection(), QList<ObjectId>{a});
    // The layout paints it last.
    const auto layout = m_window->layouts()->layout(m_pageId);
    QCOMPARE(std::get<BoxItem>(layout->items.last()).frameId, a);
    QCOMPARE(FrameOperations::sendToBack(m_edition, {c}), QString());
    QVERIFY(m_edition->frame(c)->z < m_edition->frame(b)->z);
    QCOMPARE(std::get<BoxItem>(m_window->layouts()->layout(m_pageId)->items.first()).frameId, c);
    QCOMPARE(m_edition->undoStack()->count(), 2);
    m_edition->undoStack()->undo();
    m_edition->undoStack()->undo();
    QCOMPARE(m_edition->frame(a)->z, 0);
    QCOMPARE(m_edition->frame(c)->z, 2);
}

void TestFrameOperations::groupSelectsAndMovesTogether()
{
    const QList<ObjectId> ids = addFrames({{100, 100, 50, 40}, {300, 150, 80, 20}});
    const ObjectId loner = addFrame({500, 500, 30, 30});
    m_edition->undoStack()->clear();
    QCOMPARE(FrameOperations::group(m_edition, ids), QString());
    const ObjectId group = m_edition->frame(ids[0])->groupId;
    QVERIFY(group);
    QCOMPARE(m_edition->frame(ids[1])->groupId, group);
    QCOMPARE(m_edition->frame(loner)->groupId, ObjectId(0));
    QVERIFY(!m_edition->frame(group)); // a fresh id, no frame's

    // A click on one member selects the group; a drag moves both in one step.
    m_view->setSelection({});
    const QPoint from = reveal(m_view, QPointF(120, 120));
    QTest::mouseClick(m_view->viewport(), Qt::LeftButton, {}, from);
    QCOMPARE(m_view->selection(), ids);
    m_view->nudge(0, 10);
    QCOMPARE(rectsOf(ids), (Rects{{100, 110, 50, 40}, {300, 160, 80, 20}}));

    // Ungrouping one member takes the whole group apart.
    m_view->setSelection({ids[1]});
    QCOMPARE(FrameOperations::ungroup(m_edition, {ids[1]}), QString());
    QCOMPARE(m_edition->frame(ids[0])->groupId, ObjectId(0));
    QCOMPARE(m_edition->frame(ids[1])->groupId, ObjectId(0));
    QCOMPARE(m_edition->undoStack()->count(), 3);
    m_edition->undoStack()->undo();
    QCOMPARE(m_edition->frame(ids[0])->groupId, group);
    QCOMPARE(m_edition->frame(ids[1])->groupId, group);
}

void TestFrameOperations::pasteGivesNewIds()
{
    // A photo with its caption, grouped; both copied and pasted on the same page.
    Story caption;
    caption.id = m_edition->newId();
    caption.slug = QStringLiteral("说明");
    caption.paragraphs.append(
        {m_edition->styleForRole(ParagraphRole::Caption)->id, {{QStringLiteral("图为现场"), 0}}});
    m_edition->putStory(caption);
    const ObjectId photo = addFrame({100, 100, 200, 150}, FrameKind::Image);
    const ObjectId text = addFrame({100, 256, 200, 27}, FrameKind::Text);
    Frame p = *m_edition->frame(photo);
    p.captionFrameId = text;
    p.groupId = 999;
    m_edition->putFrame(m_pageId, p);
    Frame t = *m_edition->frame(text);
    t.storyId = caption.id;
    t.groupId = 999;
    m_edition->putFrame(m_pageId, t);
    m_edition->setLastId(1000);
    m_edition->undoStack()->clear();
    const int frames = int(m_edition->pages().first().frames.size());
    const int stories = int(m_edition->stories().size());

    m_view->setSelection({photo, text});
    m_window->objectActions()->copy();
    const QList<ObjectId> pasted = m_window->objectActions()->paste();
    QCOMPARE(pasted.size(), 2);
    QCOMPARE(m_view->selection(), pasted);
    QCOMPARE(m_edition->pages().first().frames.size(), frames + 2);
    QCOMPARE(m_edition->undoStack()->count(), 1);
    const Frame *newPhoto = m_edition->frame(pasted[0]);
    const Frame *newText = m_edition->frame(pasted[1]);
    QVERIFY(newPhoto->id != photo && newText->id != text);
    QVERIFY(newPhoto->id > 1000 && newText->id > 1000);
    // Offset on the same page so the copy is seen.
    QCOMPARE(newPhoto->rect, QRectF(110, 110, 200, 150));
    // The caption link and the group follow the copies.
    QCOMPARE(newPhoto->captionFrameId, newText->id);
    QVERIFY(newPhoto->groupId && newPhoto->groupId != 999);
    QCOMPARE(newText->groupId, newPhoto->groupId);
    // The caption's story is a copy: editing one leaves the other.
    QCOMPARE(m_edition->stories().size(), stories + 1);
    QVERIFY(newText->storyId != caption.id);
    QCOMPARE(m_edition->story(newText->storyId)->plainText(), QStringLiteral("图为现场"));
    // The originals are untouched.
    QCOMPARE(m_edition->frame(photo)->captionFrameId, text);
    QCOMPARE(m_edition->frame(text)->storyId, caption.id);

    // A second paste gives yet other ids.
    const QList<ObjectId> again = m_window->objectActions()->paste();
    QCOMPARE(again.size(), 2);
    QVERIFY(!again.contains(pasted[0]) && !again.contains(pasted[1]));

    m_edition->undoStack()->undo();
    m_edition->undoStack()->undo();
    QCOMPARE(m_edition->pages().first().frames.size(), frames);
    QCOMPARE(m_edition->stories().size(), stories);
    m_edition->undoStack()->redo();
    QCOMPARE(m_edition->frame(pasted[0])->captionFrameId, pasted[1]);
}

void TestFrameOperations::pasteOnAnotherPageKeepsPlaceAndChain()
{
    // A story in two chained frames; the second frame copied before the first.
    Story story;
    story.id = m_edition->newId();
    story.slug = QStringLiteral("稿");
    story.paragraphs.append(
        {m_edition->styleForRole(ParagraphRole::Body)->id, {{QStringLiteral("正文"), 0}}});
    m_edition->putStory(story);
    const ObjectId first = addFrame({100, 100, 100, 100}, FrameKind::Text);
    const ObjectId second = addFrame({300, 100, 100, 100}, FrameKind::Text);
    for (auto [id, index] : {std::pair(first, 0), std::pair(second, 1)}) {
        Frame f = *m_edition->frame(id);
        f.storyId = story.id;
        f.chainIndex = index;
        m_edition->putFrame(m_pageId, f);
    }
    m_edition->undoStack()->clear();
    m_view->setSelection({second, first});
    m_window->objectActions()->copy();
    const ObjectId otherPage = m_edition->pages()[1].id;
    m_view->setPageId(otherPage);
    const QList<ObjectId> pasted = m_window->objectActions()->paste();
    QCOMPARE(pasted.size(), 2);
    QCOMPARE(m_edition->pageOfFrame(pasted[0])->id, otherPage);
    QCOMPARE(m_edition->frame(pasted[0])->rect, QRectF(300, 100, 100, 100));
    const ObjectId newStory = m_edition->frame(pasted[0])->storyId;
    const auto chain = m_edition->storyChain(newStory);
    QCOMPARE(chain.size(), 2);
    QCOMPARE(chain[0]->id, pasted[1]); // the copy of the first frame leads
    QCOMPARE(chain[1]->id, pasted[0]);
    // The original chain is unchanged.
    QCOMPARE(m_edition->storyChain(story.id).size(), 2);
}

QTEST_MAIN(TestFrameOperations)
#include "tst_frameoperations.moc"
