#include "model/edition.h"
#include "model/framecommand.h"
#include "model/pagecommand.h"
#include "model/pagetemplate.h"
#include "model/resourcecommand.h"
#include "model/storycommand.h"

#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

using namespace folio;

namespace {

Frame textFrame(ObjectId id, ObjectId storyId, int chainIndex, double x = 0)
{
    Frame f;
    f.id = id;
    f.kind = FrameKind::Text;
    f.rect = QRectF(x, 10, 100, 200);
    f.storyId = storyId;
    f.chainIndex = chainIndex;
    return f;
}

Story story(ObjectId id, const QString &text)
{
    Story s;
    s.id = id;
    s.slug = QStringLiteral("稿%1").arg(id);
    s.paragraphs = {{0, {{text, 0}}}};
    return s;
}

// An edition with two pages, three frames on the first, two stories.
std::unique_ptr<Edition> sample()
{
    auto e = Edition::createDefault();
    for (int i = 0; i < 2; ++i) {
        Page page = PageTemplate::broadsheet8().makePage();
        page.id = e->newId();
        page.number = i + 1;
        e->insertPage(i, page);
    }
    const ObjectId p1 = e->pages()[0].id;
    e->putStory(story(e->newId(), QStringLiteral("昌平区总工会")));
    e->putStory(story(e->newId(), QStringLiteral("寒冬送暖")));
    for (int i = 0; i < 3; ++i)
        e->putFrame(p1, textFrame(e->newId(), e->stories()[0].id, i, 100.0 * i));
    return e;
}

QList<ObjectId> frameIds(const Page &page)
{
    QList<ObjectId> ids;
    for (const auto &f : page.frames)
        ids << f.id;
    return ids;
}

QList<ObjectId> chainIds(const Edition &e, ObjectId storyId)
{
    QList<ObjectId> ids;
    for (const Frame *f : e.storyChain(storyId))
        ids << f->id;
    return ids;
}

// Copies the content (not the undo stack) for comparisons.
std::unique_ptr<Edition> snapshot(const Edition &e)
{
    auto copy = std::make_unique<Edition>();
    copy->setInfo(e.info());
    copy->setExportSettings(e.exportSettings());
    for (const auto &p : e.pages())
        copy->insertPage(int(copy->pages().size()), p);
    for (const auto &s : e.stories())
        copy->putStory(s);
    for (const auto &s : e.paragraphStyles())
        copy->putParagraphStyle(s);
    for (const auto &s : e.characterStyles())
        copy->putCharacterStyle(s);
    for (const auto &s : e.swatches())
        copy->putSwatch(s);
    for (const auto &i : e.images())
        copy->putImage(i);
    return copy;
}

} // namespace

class tst_Edition : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void frameAddMoveRemove();
    void frameRemoveUndoKeepsPaintOrder();
    void frameMoveToOtherPageUndo();
    void frameNudgesMerge();
    void storyTypingMerges_data();
    void storyTypingMerges();
    void storyRemoveUndoKeepsOrder();
    void pageAddRemoveMove();
    void pageWithFramesRaisesLastId();
    void styleChangeAndRemove();
    void resourceKinds_data();
    void resourceKinds();
    void storyChainOrder_data();
    void storyChainOrder();
    void erasingPageTouchesItsStories();
    void undoRedoEverythingRestoresContent();
};

void tst_Edition::frameAddMoveRemove()
{
    auto e = sample();
    QUndoStack *undo = e->undoStack();
    const ObjectId p2 = e->pages()[1].id;
    const Frame f = textFrame(e->newId(), 0, 0);

    undo->push(FrameCommand::add(e.get(), p2, f));
    QVERIFY(e->frame(f.id));
    QCOMPARE(e->pageOfFrame(f.id)->id, p2);
    undo->undo();
    QVERIFY(!e->frame(f.id));
    undo->redo();
    QVERIFY(*e->frame(f.id) == f);

    Frame moved = f;
    moved.rect.translate(36, -9);
    undo->push(FrameCommand::change(e.get(), moved, QStringLiteral("移动")));
    QCOMPARE(e->frame(f.id)->rect, QRectF(36, 1, 100, 200));
    undo->undo();
    QCOMPARE(e->frame(f.id)->rect, f.rect);
    undo->redo();
    QCOMPARE(e->frame(f.id)->rect, moved.rect);

    undo->push(FrameCommand::remove(e.get(), f.id));
    QVERIFY(!e->frame(f.id));
    undo->undo();
    QVERIFY(*e->frame(f.id) == moved);
    QCOMPARE(undo->count(), 3);
}

// Regression: undoing a frame's removal appended it at the end of its page's list.
void tst_Edition::frameRemoveUndoKeepsPaintOrder()
{
    auto e = sample();
    const Page before = e->pages()[0];
    const ObjectId middle = before.frames[1].id;
    e->undoStack()->push(FrameCommand::remove(e.get(), middle));
    QCOMPARE(e->pages()[0].frames.size(), 2);
    e->undoStack()->undo();
    QCOMPARE(frameIds(e->pages()[0]), frameIds(before));
    QVERIFY(e->pages()[0] == before);
}

void tst_Edition::frameMoveToOtherPageUndo()
{
    auto e = sample();
    const Page first = e->pages()[0];
    const ObjectId p2 = e->pages()[1].id;
    Frame f = first.frames[0];
    f.rect.moveTo(50, 60);
    e->undoStack()->push(FrameCommand::change(e.get(), f, QStringLiteral("移到第二版"), p2));
    QCOMPARE(e->pageOfFrame(f.id)->id, p2);
    QCOMPARE(e->pages()[0].frames.size(), 2);
    e->undoStack()->undo();
    QVERIFY(e->pages()[0] == first);
    QVERIFY(e->pages()[1].frames.isEmpty());
    e->undoStack()->redo();
    QVERIFY(*e->frame(f.id) == f);
    QCOMPARE(e->pageOfFrame(f.id)->id, p2);
}

void tst_Edition::frameNudgesMerge()
{
    auto e = sample();
    const Frame original = e->pages()[0].frames[0];
    Frame f = original;
    for (int i = 0; i < 5; ++i) {
        f.rect.translate(1, 0);
        auto *c = FrameCommand::change(e.get(), f, QStringLiteral("微移"));
        c->setMergeable(true);
        e->undoStack()->push(c);
    }
    QCOMPARE(e->undoStack()->count(), 1);
    QCOMPARE(e->frame(f.id)->rect.x(), original.rect.x() + 5);
    e->undoStack()->undo();
    QVERIFY(*e->frame(f.id) == original);

    // Without the mergeable flag each change is its own step.
    e->undoStack()->clear();
    e->undoStack()->push(FrameCommand::change(e.get(), f, QStringLiteral("移动")));
    e->undoStack()->push(FrameCommand::change(e.get(), original, QStringLiteral("移动")));
    QCOMPARE(e->undoStack()->count(), 2);
}

void tst_Edition::storyTypingMerges_data()
{
    QTest::addColumn<bool>("typing");
    QTest::addColumn<bool>("otherStory");
    QTest::addColumn<int>("steps");
    QTest::newRow("typing in one story merges") << true << false << 1;
    QTest::newRow("typing in two stories does not") << true << true << 2;
    QTest::newRow("non-typing changes do not") << false << false << 3;
}

void tst_Edition::storyTypingMerges()
{
    QFETCH(bool, typing);
    QFETCH(bool, otherStory);
    QFETCH(int, steps);
    auto e = sample();
    const Story a = e->stories()[0];
    const Story b = e->stories()[1];
    const QString texts[] = {QStringLiteral("昌"), QStringLiteral("昌平"),
                             QStringLiteral("昌平区")};
    for (int i = 0; i < 3; ++i) {
        const bool useB = otherStory && i == 2;
        Story s = useB ? b : a;
        s.paragraphs[0].runs[0].text = texts[i];
        e->undoStack()->push(StoryCommand::change(e.get(), s, QStringLiteral("输入"), typing));
    }
    QCOMPARE(e->undoStack()->count(), steps);
    while (e->undoStack()->canUndo())
        e->undoStack()->undo();
    QVERIFY(*e->story(a.id) == a);
    QVERIFY(*e->story(b.id) == b);
    while (e->undoStack()->canRedo())
        e->undoStack()->redo();
    QCOMPARE(e->story(a.id)->plainText(), otherStory ? texts[1] : texts[2]);
}

// Regression: undoing a story's removal moved it to the end of the story list.
void tst_Edition::storyRemoveUndoKeepsOrder()
{
    auto e = sample();
    e->putStory(story(e->newId(), QStringLiteral("第三篇")));
    const QList<Story> before = e->stories();
    const quint64 revision = e->storyRevision(before[0].id);
    e->undoStack()->push(StoryCommand::remove(e.get(), before[0].id));
    QVERIFY(!e->story(before[0].id));
    QVERIFY(e->storyRevision(before[0].id) != revision);
    e->undoStack()->undo();
    QVERIFY(e->stories() == before);
    e->undoStack()->redo();
    QCOMPARE(e->stories().size(), 2);

    const Story added = story(e->newId(), QStringLiteral("新稿"));
    e->undoStack()->push(StoryCommand::add(e.get(), added));
    QVERIFY(e->stories().last() == added);
    e->undoStack()->undo();
    QVERIFY(!e->story(added.id));
}

void tst_Edition::pageAddRemoveMove()
{
    auto e = sample();
    QSignalSpy pagesChanged(e.get(), &Edition::pagesChanged);
    const QList<Page> before = e->pages();
    Page page = PageTemplate::tabloid6().makePage();
    page.id = e->newId();

    e->undoStack()->push(PageCommand::add(e.get(), 1, page));
    QCOMPARE(e->pageIndex(page.id), 1);
    e->undoStack()->undo();
    QVERIFY(e->pages() == before);
    e->undoStack()->redo();
    QCOMPARE(e->pageIndex(page.id), 1);

    // Removing the first page (with its frames) and undoing puts it back, frames and all.
    e->undoStack()->push(PageCommand::remove(e.get(), before[0].id));
    QCOMPARE(e->pages().size(), 2);
    QVERIFY(!e->frame(before[0].frames[0].id));
    e->undoStack()->undo();
    QCOMPARE(e->pageIndex(before[0].id), 0);
    QVERIFY(e->pages()[0] == before[0]);

    e->undoStack()->push(PageCommand::move(e.get(), 0, 2));
    QCOMPARE(e->pageIndex(before[0].id), 2);
    QCOMPARE(e->pageIndex(page.id), 0);
    e->undoStack()->undo();
    QCOMPARE(e->pageIndex(before[0].id), 0);
    QCOMPARE(e->pageIndex(page.id), 1);

    Page changed = *e->page(page.id);
    changed.status = PageStatus::Proof;
    changed.grid.characterGrid = true;
    e->undoStack()->push(PageCommand::change(e.get(), changed, QStringLiteral("送校")));
    QCOMPARE(e->page(page.id)->status, PageStatus::Proof);
    e->undoStack()->undo();
    QVERIFY(*e->page(page.id) == page);
    QVERIFY(pagesChanged.count() >= 6);
}

// Regression: a page inserted with frames left lastId below the frames' ids, so newId() could
// hand out an id already in use.
void tst_Edition::pageWithFramesRaisesLastId()
{
    Edition e;
    Page page;
    page.id = 3;
    page.frames = {textFrame(40, 0, 0), textFrame(41, 0, 1)};
    e.undoStack()->push(PageCommand::add(&e, 0, page));
    QVERIFY(e.newId() > 41);
    Page other;
    other.id = 50;
    e.insertPage(1, other);
    other.frames = {textFrame(60, 0, 0)};
    e.putPage(other);
    QVERIFY(e.newId() > 60);
}

void tst_Edition::styleChangeAndRemove()
{
    auto e = sample();
    QSignalSpy stylesChanged(e.get(), &Edition::stylesChanged);
    const QList<ParagraphStyle> before = e->paragraphStyles();
    ParagraphStyle body = before[0];
    body.size = 10.5;
    body.kinsoku = KinsokuLevel::Strict;
    body.punctuation = PunctuationStyle::Kaiming;
    e->undoStack()->push(ResourceCommand::put(e.get(), body, QStringLiteral("改样式")));
    QCOMPARE(e->paragraphStyle(body.id)->size, 10.5);
    QCOMPARE(e->paragraphStyle(body.id)->kinsoku, KinsokuLevel::Strict);
    QCOMPARE(stylesChanged.count(), 1);
    e->undoStack()->undo();
    QVERIFY(e->paragraphStyles() == before);
    QCOMPARE(stylesChanged.count(), 2);

    // Removing a style in the middle and undoing keeps the styles panel order.
    e->undoStack()->push(ResourceCommand::remove(e.get(), before[3], QStringLiteral("删除样式")));
    QCOMPARE(e->paragraphStyles().size(), before.size() - 1);
    e->undoStack()->undo();
    QVERIFY(e->paragraphStyles() == before);
}

void tst_Edition::resourceKinds_data()
{
    QTest::addColumn<int>("kind");
    QTest::newRow("character style") << 0;
    QTest::newRow("swatch") << 1;
    QTest::newRow("image") << 2;
    QTest::newRow("edition info") << 3;
    QTest::newRow("export settings") << 4;
}

void tst_Edition::resourceKinds()
{
    QFETCH(int, kind);
    auto e = sample();
    ImageAsset image;
    image.id = e->newId();
    image.name = QStringLiteral("图.png");
    e->putImage(image);
    const auto before = snapshot(*e);
    ResourceCommand::Value value;
    switch (kind) {
    case 0: {
        CharacterStyle s = e->characterStyles()[0];
        s.hasColor = true;
        value = s;
        break;
    }
    case 1: {
        Swatch s = e->swatches()[1];
        s.color = CmykColor::grey(0.5);
        value = s;
        break;
    }
    case 2: {
        ImageAsset i = image;
        i.dpi = 300;
        value = i;
        break;
    }
    case 3:
        value = EditionInfo{QStringLiteral("北京工人报"), QDate(2025, 1, 20), QStringLiteral("报")};
        break;
    default: {
        ExportSettings s;
        s.bleed = 8.5;
        value = s;
    }
    }
    e->undoStack()->push(ResourceCommand::put(e.get(), value, QStringLiteral("改")));
    QVERIFY(!e->contentEquals(*before));
    e->undoStack()->undo();
    QVERIFY(e->contentEquals(*before));
    if (kind <= 2) {
        e->undoStack()->push(ResourceCommand::remove(e.get(), value, QStringLiteral("删")));
        QVERIFY(!e->contentEquals(*before));
        e->undoStack()->undo();
        QVERIFY(e->contentEquals(*before));
    }
}

void tst_Edition::storyChainOrder_data()
{
    QTest::addColumn<QList<int>>("pageOfFrame"); // page index of frames 1..n
    QTest::addColumn<QList<int>>("chainIndex");
    QTest::addColumn<QList<int>>("expected"); // frame numbers (1-based) in chain order
    QTest::newRow("one page in order")
        << QList<int>{0, 0, 0} << QList<int>{0, 1, 2} << QList<int>{1, 2, 3};
    QTest::newRow("chain index beats page order")
        << QList<int>{0, 1, 1} << QList<int>{2, 0, 1} << QList<int>{2, 3, 1};
    QTest::newRow("equal indices keep page order")
        << QList<int>{1, 0, 1} << QList<int>{0, 0, 1} << QList<int>{2, 1, 3};
    QTest::newRow("jump to a later page and back")
        << QList<int>{2, 0, 1} << QList<int>{1, 2, 0} << QList<int>{3, 1, 2};
}

void tst_Edition::storyChainOrder()
{
    QFETCH(QList<int>, pageOfFrame);
    QFETCH(QList<int>, chainIndex);
    QFETCH(QList<int>, expected);
    Edition e;
    for (int i = 0; i < 3; ++i) {
        Page page;
        page.id = 100 + i;
        e.insertPage(i, page);
    }
    e.putStory(story(1, QStringLiteral("正文")));
    e.putStory(story(2, QStringLiteral("另一篇")));
    for (int i = 0; i < pageOfFrame.size(); ++i)
        e.putFrame(100 + pageOfFrame[i], textFrame(i + 1, 1, chainIndex[i]));
    // Frames of other stories and non-text frames never join the chain.
    e.putFrame(100, textFrame(10, 2, 0));
    Frame image = textFrame(11, 1, 0);
    image.kind = FrameKind::Image;
    e.putFrame(101, image);

    QList<ObjectId> want;
    for (int n : expected)
        want << n;
    QCOMPARE(chainIds(e, 1), want);
    QCOMPARE(chainIds(e, 2), QList<ObjectId>{10});
    QVERIFY(e.storyChain(0).isEmpty());
    QVERIFY(e.storyChain(99).isEmpty());
}

// A removed page takes frames out of story chains: layout caches keyed on the story's
// revision must see it.
void tst_Edition::erasingPageTouchesItsStories()
{
    auto e = sample();
    const ObjectId storyId = e->stories()[0].id;
    const quint64 before = e->storyRevision(storyId);
    QSignalSpy storyChanged(e.get(), &Edition::storyChanged);
    e->undoStack()->push(PageCommand::remove(e.get(), e->pages()[0].id));
    QVERIFY(e->storyRevision(storyId) != before);
    QVERIFY(storyChanged.contains(QVariantList{QVariant::fromValue<ObjectId>(storyId)}));
    QVERIFY(e->storyChain(storyId).isEmpty());
    e->undoStack()->undo();
    QCOMPARE(e->storyChain(storyId).size(), 3);
}

void tst_Edition::undoRedoEverythingRestoresContent()
{
    auto e = sample();
    const auto start = snapshot(*e);
    QUndoStack *undo = e->undoStack();
    const ObjectId p1 = e->pages()[0].id;
    undo->push(FrameCommand::remove(e.get(), e->pages()[0].frames[1].id));
    undo->push(StoryCommand::remove(e.get(), e->stories()[0].id));
    undo->push(PageCommand::move(e.get(), 0, 1));
    undo->push(PageCommand::remove(e.get(), p1));
    undo->push(ResourceCommand::remove(e.get(), e->swatches()[0], QStringLiteral("删")));
    undo->push(ResourceCommand::remove(e.get(), e->paragraphStyles()[0], QStringLiteral("删")));
    const auto end = snapshot(*e);
    while (undo->canUndo())
        undo->undo();
    QVERIFY(e->contentEquals(*start));
    while (undo->canRedo())
        undo->redo();
    QVERIFY(e->contentEquals(*end));
}

QTEST_GUILESS_MAIN(tst_Edition)
#include "tst_edition.moc"
