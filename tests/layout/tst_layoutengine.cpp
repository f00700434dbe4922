#include "layout/layoutdump.h"
#include "layout/layoutengine.h"
#include "model/edition.h"
#include "model/pagetemplate.h"

#include <QFile>
#include <QtTest>

using namespace folio;

// Layout of model pages: a story with a headline block and a run-in byline flowing through
// frames on two pages; rules, boxes, markers; relayout after an edit.
class tst_LayoutEngine : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void storyAcrossPages();
    void relayoutAfterEdit();
    void imageFramePlaceholder_data();
    void imageFramePlaceholder();

private:
    std::unique_ptr<Edition> m_edition;
    ObjectId m_storyId = 0;
    QStringList m_paragraphs;
};

void tst_LayoutEngine::initTestCase()
{
    QFile file(QStringLiteral(FOLIO_TEST_DATA_DIR "/seed-paragraphs.txt"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    m_paragraphs = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);

    m_edition = Edition::createDefault();
    Edition &e = *m_edition;
    const PageTemplate tpl = PageTemplate::broadsheet8();
    for (int i = 0; i < 2; ++i) {
        Page page = tpl.makePage();
        page.id = e.newId();
        page.number = i + 1;
        e.insertPage(i, page);
    }
    Story story;
    story.id = e.newId();
    m_storyId = story.id;
    const ParagraphRole roles[] = {ParagraphRole::Kicker, ParagraphRole::Subhead,
                                   ParagraphRole::Headline};
    for (int i = 0; i < 7; ++i) {
        Paragraph p;
        const ParagraphStyle *style = e.styleForRole(i < 3 ? roles[i] : ParagraphRole::Body);
        QVERIFY(style);
        p.styleId = style->id;
        const QString text = m_paragraphs[i];
        const QString byline = QStringLiteral("本报讯（记者 周美玉）");
        if (text.startsWith(byline)) {
            ObjectId runIn = 0;
            for (const auto &cs : e.characterStyles())
                if (cs.name == QStringLiteral("电头署名"))
                    runIn = cs.id;
            p.runs = {{byline, runIn}, {text.mid(byline.size()), 0}};
        } else {
            p.runs = {{text, 0}};
        }
        story.paragraphs.append(p);
    }
    e.putStory(story);

    const Page &page1 = e.pages()[0];
    const Page &page2 = e.pages()[1];
    Frame a;
    a.id = e.newId();
    a.rect = QRectF(page1.columnLeft(0), 100, 3 * page1.columnWidth() + 2 * page1.grid.gutter, 300);
    a.columns = 3;
    a.gutter = page1.grid.gutter;
    a.storyId = m_storyId;
    a.chainIndex = 0;
    e.putFrame(page1.id, a);
    Frame rule;
    rule.id = e.newId();
    rule.kind = FrameKind::Rule;
    rule.rect = QRectF(page1.columnLeft(0), 410, 300, 0);
    e.putFrame(page1.id, rule);
    Frame b;
    b.id = e.newId();
    b.rect = QRectF(page2.columnLeft(0), 100, 2 * 108 + 9, 500);
    b.columns = 2;
    b.gutter = 9;
    b.columnChars = 12;
    b.storyId = m_storyId;
    b.chainIndex = 1;
    e.putFrame(page2.id, b);
}

void tst_LayoutEngine::storyAcrossPages()
{
    LayoutEngine engine(m_edition.get());
    const PageLayout p1 = engine.layoutPage(0);
    const PageLayout p2 = engine.layoutPage(1);
    QString text1;
    QString text2;
    bool sawBlack = false;
    bool sawKai = false;
    int rules = 0;
    int copyfit = 0;
    for (const PageItem &item : p1.items) {
        if (const auto *run = std::get_if<GlyphRun>(&item)) {
            QCOMPARE(run->storyId, m_storyId);
            text1 += run->text();
            sawBlack =
                sawBlack || run->font->postscriptName == QStringLiteral("NotoSansCJKsc-Black");
            sawKai = sawKai || run->font->postscriptName == QStringLiteral("LXGWWenKai-Bold");
        }
        rules += std::holds_alternative<RuleItem>(item) ? 1 : 0;
    }
    for (const PageItem &item : p2.items) {
        if (const auto *run = std::get_if<GlyphRun>(&item))
            text2 += run->text();
        if (const auto *marker = std::get_if<MarkerItem>(&item)) {
            QCOMPARE(marker->kind, MarkerItem::Kind::Copyfit);
            QVERIFY(marker->text.startsWith(QStringLiteral("剩余")));
            ++copyfit;
        }
    }
    QVERIFY(sawBlack); // 主题 in Noto Sans CJK SC Black
    QVERIFY(sawKai);   // run-in byline in 楷体 bold
    QCOMPARE(rules, 1);
    QCOMPARE(copyfit, 1);
    QString all;
    for (int i = 0; i < 7; ++i)
        all += m_paragraphs[i];
    QCOMPARE(text1 + text2, all);
    QVERIFY(!text2.isEmpty());
    const QString dump = LayoutDump::dump(p2);
    QVERIFY(dump.contains(QStringLiteral("col=1")));
    QVERIFY(dump.contains(QStringLiteral("marker copyfit")));
}

void tst_LayoutEngine::relayoutAfterEdit()
{
    LayoutEngine engine(m_edition.get());
    engine.layoutPage(0);
    engine.layoutPage(1);
    const int composed = engine.layouter()->framesComposed();
    QCOMPARE(composed, 2);
    engine.layoutPage(1);
    QCOMPARE(engine.layouter()->framesComposed(), composed);
    // Make the story overset by adding much text: frame 2 is composed again, frame 1 not.
    Story story = *m_edition->story(m_storyId);
    for (int i = 0; i < 6; ++i)
        story.paragraphs.append(story.paragraphs[4]);
    m_edition->putStory(story);
    const PageLayout p2 = engine.layoutPage(1);
    QCOMPARE(engine.layouter()->framesComposed(), composed + 1);
    bool overset = false;
    for (const PageItem &item : p2.items) {
        if (const auto *marker = std::get_if<MarkerItem>(&item))
            overset = overset || marker->kind == MarkerItem::Kind::Overset;
    }
    QVERIFY(overset);
    QCOMPARE(p2.diagnostics.last().code, QStringLiteral("overset"));
}

void tst_LayoutEngine::imageFramePlaceholder_data()
{
    QTest::addColumn<bool>("withPicture");
    QTest::addColumn<bool>("hasFill");
    QTest::addColumn<bool>("hasStroke");
    QTest::addColumn<bool>("expectFill");
    QTest::addColumn<CmykColor>("expectedFill");
    const CmykColor own{0.2, 0, 0.1, 0};
    const CmykColor grey = CmykColor::grey(0.1);
    QTest::newRow("no picture: grey") << false << false << false << true << grey;
    QTest::newRow("no picture, own fill") << false << true << false << true << own;
    QTest::newRow("no picture, border") << false << false << true << true << grey;
    QTest::newRow("picture: no box") << true << false << false << false << CmykColor();
    QTest::newRow("picture on own fill, border") << true << true << true << true << own;
}

void tst_LayoutEngine::imageFramePlaceholder()
{
    // An image frame prints as a box behind its picture: its own fill, or 10 % K when no
    // picture is given, so the placeholder is more than a hairline in print and on screen.
    QFETCH(bool, withPicture);
    QFETCH(bool, hasFill);
    QFETCH(bool, hasStroke);
    QFETCH(bool, expectFill);
    QFETCH(CmykColor, expectedFill);
    auto edition = Edition::createDefault();
    Page page = PageTemplate::broadsheet8().makePage();
    page.id = edition->newId();
    edition->insertPage(0, page);
    Frame frame;
    frame.id = edition->newId();
    frame.kind = FrameKind::Image;
    frame.rect = QRectF(60, 120, 200, 150);
    frame.hasFill = hasFill;
    frame.fillColor = CmykColor{0.2, 0, 0.1, 0};
    frame.hasStroke = hasStroke;
    frame.strokeWidth = 1.0;
    if (withPicture) {
        QFile file(QStringLiteral(FOLIO_TEST_DATA_DIR "/cmyk-cyan-yellow.jpg"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        ImageAsset asset;
        asset.id = edition->newId();
        asset.name = QStringLiteral("cmyk-cyan-yellow.jpg");
        asset.format = QStringLiteral("jpeg");
        asset.data = file.readAll();
        asset.pixelSize = QSize(16, 8); // the file's own size, 72 dpi
        edition->putImage(asset);
        frame.assetId = asset.id;
    }
    edition->putFrame(page.id, frame);

    LayoutEngine engine(edition.get());
    const PageLayout layout = engine.layoutPage(0);
    int imageAt = -1;
    int fillAt = -1;
    int strokeAt = -1;
    for (int i = 0; i < layout.items.size(); ++i) {
        if (const auto *image = std::get_if<ImageItem>(&layout.items[i])) {
            QCOMPARE(image->frameId, frame.id);
            QCOMPARE(image->assetId, frame.assetId);
            QCOMPARE(image->clipRect, frame.rect);
            // Fit: 16 × 8 pt scaled to the frame's width, centred; the fill shows around it.
            if (withPicture)
                QCOMPARE(image->imageRect, QRectF(60, 145, 200, 100));
            imageAt = i;
        } else if (const auto *box = std::get_if<BoxItem>(&layout.items[i])) {
            QCOMPARE(box->frameId, frame.id);
            QCOMPARE(box->rect, frame.rect);
            // One box fills, another strokes: the border is painted over the picture.
            QVERIFY(box->hasFill != box->hasStroke);
            if (box->hasFill) {
                QCOMPARE(box->fill, expectedFill);
                fillAt = i;
            } else {
                QCOMPARE(box->stroke, frame.strokeColor);
                QCOMPARE(box->strokeWidth, 1.0);
                strokeAt = i;
            }
        }
    }
    QVERIFY(imageAt >= 0);
    QCOMPARE(fillAt >= 0, expectFill);
    if (expectFill)
        QVERIFY(fillAt < imageAt);
    QCOMPARE(strokeAt >= 0, hasStroke);
    if (hasStroke)
        QVERIFY(strokeAt > imageAt);
}

QTEST_GUILESS_MAIN(tst_LayoutEngine)
#include "tst_layoutengine.moc"
