#include "layout/layoutengine.h"
#include "layout/textplacement.h"
#include "model/edition.h"
#include "model/pagetemplate.h"

#include <QTest>

using namespace folio;

// Story characters found on composed pages through the glyph runs' storyId, paragraph and
// cluster offsets: the boxes 查找/替换 scrolls to and 用字检查 underlines.
class tst_TextPlacement : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void paragraphOffset_data();
    void paragraphOffset();
    void boxesOfCharactersOnTheirPage();
    void rangeOverAParagraphEnd();
    void nothingOutsideTheText();

private:
    std::unique_ptr<Edition> m_edition;
    Story m_story;
    ObjectId m_frameA = 0;
    ObjectId m_frameB = 0;
};

void tst_TextPlacement::initTestCase()
{
    m_edition = Edition::createDefault();
    Edition &e = *m_edition;
    const PageTemplate tpl = PageTemplate::broadsheet8();
    for (int i = 0; i < 2; ++i) {
        Page page = tpl.makePage();
        page.id = e.newId();
        page.number = i + 1;
        e.insertPage(i, page);
    }
    m_story.id = e.newId();
    const ParagraphStyle *body = e.styleForRole(ParagraphRole::Body);
    const QStringList paragraphs{
        QStringLiteral("第一段文字，市民对新线路期待已久。"), QStringLiteral("第二段。"),
        QString(QStringLiteral("市民对新线路期待已久，").repeated(20) + QStringLiteral("末尾"))};
    for (const QString &text : paragraphs)
        m_story.paragraphs.append({body->id, {{text, 0}}});
    e.putStory(m_story);
    const auto frame = [&](int page, double height, int chainIndex) {
        Frame f;
        f.id = e.newId();
        f.rect =
            QRectF(e.pages()[page].columnLeft(0), 100, 2 * e.pages()[page].columnWidth(), height);
        f.storyId = m_story.id;
        f.chainIndex = chainIndex;
        e.putFrame(e.pages()[page].id, f);
        return f.id;
    };
    m_frameA = frame(0, 120, 0);
    m_frameB = frame(1, 400, 1);
}

void tst_TextPlacement::paragraphOffset_data()
{
    QTest::addColumn<int>("offset");
    QTest::addColumn<bool>("inside");
    QTest::addColumn<int>("paragraph");
    QTest::addColumn<int>("at");
    QTest::newRow("start") << 0 << true << 0 << 0;
    QTest::newRow("first paragraph's end") << 17 << true << 0 << 17;
    QTest::newRow("second paragraph") << 18 << true << 1 << 0;
    QTest::newRow("third paragraph") << 24 << true << 2 << 1;
    QTest::newRow("negative") << -1 << false << 0 << 0;
    QTest::newRow("past the end") << 23 + 220 + 3 << false << 0 << 0;
}

void tst_TextPlacement::paragraphOffset()
{
    QFETCH(int, offset);
    QFETCH(bool, inside);
    QFETCH(int, paragraph);
    QFETCH(int, at);
    int p = -1;
    int a = -1;
    QCOMPARE(TextPlacement::paragraphOffset(m_story, offset, &p, &a), inside);
    if (inside) {
        QCOMPARE(p, paragraph);
        QCOMPARE(a, at);
    }
}

void tst_TextPlacement::boxesOfCharactersOnTheirPage()
{
    LayoutEngine engine(m_edition.get());
    const PageLayout page1 = engine.layoutPage(0);
    const PageLayout page2 = engine.layoutPage(1);
    const QString text = m_story.plainText();

    // 市民 of the first paragraph: one box of two characters in frame A on page 1.
    const int early = int(text.indexOf(QStringLiteral("市民")));
    const auto boxes = TextPlacement::boxes(page1, m_story, early, 2);
    QCOMPARE(boxes.size(), 1);
    QCOMPARE(boxes[0].frameId, m_frameA);
    const QRectF frameA = m_edition->frame(m_frameA)->rect;
    QVERIFY(frameA.contains(boxes[0].rect));
    const double size = boxes[0].rect.height();
    QVERIFY(size > 5);
    QVERIFY2(boxes[0].rect.width() > 1.8 * size && boxes[0].rect.width() < 2.6 * size,
             qPrintable(QString::number(boxes[0].rect.width())));
    // The next character starts where these end.
    const auto next = TextPlacement::boxes(page1, m_story, early + 2, 1);
    QCOMPARE(next.size(), 1);
    QCOMPARE(next[0].rect.left(), boxes[0].rect.right());
    QVERIFY(TextPlacement::boxes(page2, m_story, early, 2).isEmpty());

    // 末尾 at the story's end flows on to frame B on page 2.
    const int late = int(text.indexOf(QStringLiteral("末尾")));
    QVERIFY(TextPlacement::boxes(page1, m_story, late, 2).isEmpty());
    const auto lateBoxes = TextPlacement::boxes(page2, m_story, late, 2);
    QCOMPARE(lateBoxes.size(), 1);
    QCOMPARE(lateBoxes[0].frameId, m_frameB);
    QVERIFY(m_edition->frame(m_frameB)->rect.contains(lateBoxes[0].rect));
}

void tst_TextPlacement::rangeOverAParagraphEnd()
{
    LayoutEngine engine(m_edition.get());
    const PageLayout page1 = engine.layoutPage(0);
    // 。 at the end of paragraph 1, the '\n', and 第 of paragraph 2: two lines, two boxes.
    const auto boxes = TextPlacement::boxes(page1, m_story, 16, 3);
    QCOMPARE(boxes.size(), 2);
    QVERIFY(boxes[1].rect.top() > boxes[0].rect.top());
}

void tst_TextPlacement::nothingOutsideTheText()
{
    LayoutEngine engine(m_edition.get());
    const PageLayout page1 = engine.layoutPage(0);
    QVERIFY(TextPlacement::boxes(page1, m_story, -3, 2).isEmpty());
    QVERIFY(TextPlacement::boxes(page1, m_story, 0, 0).isEmpty());
    QVERIFY(TextPlacement::boxes(page1, m_story, 5000, 2).isEmpty());
    Story other = m_story;
    other.id = m_story.id + 1000; // not on the page
    QVERIFY(TextPlacement::boxes(page1, other, 0, 2).isEmpty());
}

QTEST_MAIN(tst_TextPlacement)
#include "tst_textplacement.moc"
