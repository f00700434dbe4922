#include "layout/layoutengine.h"
#include "layout/wraparea.h"
#include "model/edition.h"
#include "model/pagetemplate.h"

#include <QFile>
#include <QtTest>
#include <map>

using namespace folio;

// Text wrap: a story in a 3-column frame flows around a picture whose frame has textWrap set,
// read back from the page layout: no glyph inside the grown picture rect, lines set flush to
// their shortened measures, nothing lost; a full-width obstacle sends the columns below it;
// moving the picture composes the text frame again; a picture behind the text wraps nothing.
class tst_TextWrap : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void wrapAreaSlot_data();
    void wrapAreaSlot();
    void flowsAroundImage_data();
    void flowsAroundImage();
    void fullWidthObstacleSkipsBelow();
    void movingImageRelayouts();
    void frameBehindTextDoesNotWrap();

private:
    struct Setup
    {
        std::unique_ptr<Edition> edition;
        ObjectId pageId = 0;
        ObjectId storyId = 0;
        Frame text;
    };
    Setup makeSetup(bool withHeadline) const;
    Frame addImage(Setup &s, const QRectF &rect, int z = 1) const;
    QString storyText(const Setup &s) const;

    QStringList m_paragraphs;
};

namespace {
constexpr double kEpsilon = 1e-6;

// A glyph as printed: its em box on the baseline and the text it shows.
struct PlacedGlyph
{
    QRectF box;
    QString text;
};

// The frame's glyphs in reading order (headline block, then column by column, top down).
QList<PlacedGlyph> glyphsOf(const PageLayout &page, ObjectId frameId)
{
    std::map<std::tuple<int, double, double>, PlacedGlyph> ordered;
    for (const PageItem &item : page.items) {
        const auto *run = std::get_if<GlyphRun>(&item);
        if (!run || run->frameId != frameId)
            continue;
        double pen = run->origin.x();
        for (const GlyphCluster &c : run->clusters) {
            double advance = 0;
            for (int g = c.firstGlyph; g < c.firstGlyph + c.glyphCount; ++g)
                advance += run->advances[g];
            const QRectF box(pen, run->origin.y() - 0.88 * run->size, advance, run->size);
            ordered[{run->column, run->origin.y(), pen}] = {box, c.text};
            pen += advance;
        }
    }
    QList<PlacedGlyph> out;
    for (const auto &[key, glyph] : ordered)
        out.append(glyph);
    return out;
}

bool overlaps(const QRectF &a, const QRectF &b)
{
    return a.left() < b.right() - kEpsilon && a.right() > b.left() + kEpsilon &&
           a.top() < b.bottom() - kEpsilon && a.bottom() > b.top() + kEpsilon;
}

QRectF grown(const Frame &f)
{
    return f.rect.adjusted(-f.wrapOffset, -f.wrapOffset, f.wrapOffset, f.wrapOffset);
}
} // namespace

void tst_TextWrap::initTestCase()
{
    QFile file(QStringLiteral(FOLIO_TEST_DATA_DIR "/seed-paragraphs.txt"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    m_paragraphs = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

tst_TextWrap::Setup tst_TextWrap::makeSetup(bool withHeadline) const
{
    // The seed's first story (with or without its 引题/副题/主题) in a 3-column frame of the
    // broadsheet grid: 13 字 columns of 9 pt on 13.5 pt leading, 50 lines deep (64 with the
    // headline block).
    Setup s;
    s.edition = Edition::createDefault();
    Edition &e = *s.edition;
    Page page = PageTemplate::broadsheet8().makePage();
    page.id = e.newId();
    page.number = 1;
    e.insertPage(0, page);
    s.pageId = page.id;
    Story story;
    story.id = e.newId();
    s.storyId = story.id;
    const ParagraphRole roles[] = {ParagraphRole::Kicker, ParagraphRole::Subhead,
                                   ParagraphRole::Headline};
    for (int i = withHeadline ? 0 : 3; i < 7; ++i) {
        Paragraph p;
        p.styleId = e.styleForRole(i < 3 ? roles[i] : ParagraphRole::Body)->id;
        p.runs = {{m_paragraphs[i], 0}};
        story.paragraphs.append(p);
    }
    e.putStory(story);
    s.text.id = e.newId();
    s.text.rect = QRectF(page.columnLeft(0), 100, 3 * page.columnWidth() + 2 * page.grid.gutter,
                         (withHeadline ? 64 : 50) * 13.5);
    s.text.columns = 3;
    s.text.gutter = page.grid.gutter;
    s.text.storyId = story.id;
    e.putFrame(page.id, s.text);
    return s;
}

Frame tst_TextWrap::addImage(Setup &s, const QRectF &rect, int z) const
{
    Frame image;
    image.id = s.edition->newId();
    image.kind = FrameKind::Image;
    image.rect = rect;
    image.z = z;
    image.textWrap = true;
    s.edition->putFrame(s.pageId, image);
    return image;
}

QString tst_TextWrap::storyText(const Setup &s) const
{
    QString all;
    for (const Paragraph &p : s.edition->story(s.storyId)->paragraphs)
        for (const TextRun &r : p.runs)
            all += r.text;
    return all;
}

void tst_TextWrap::wrapAreaSlot_data()
{
    // One measure [100, 217] (13 字 of 9 pt), a line band of 90-100, at least 27 pt wide.
    QTest::addColumn<QList<QRectF>>("obstacles");
    QTest::addColumn<bool>("blocked");
    QTest::addColumn<double>("left");
    QTest::addColumn<double>("width");
    QTest::addColumn<double>("below");
    QTest::newRow("none") << QList<QRectF>{} << false << 100.0 << 117.0 << 0.0;
    QTest::newRow("above the band")
        << QList<QRectF>{{80, 50, 200, 40}} << false << 100.0 << 117.0 << 0.0;
    QTest::newRow("beside the measure")
        << QList<QRectF>{{217, 0, 50, 200}} << false << 100.0 << 117.0 << 0.0;
    QTest::newRow("whole width") << QList<QRectF>{{80, 95, 200, 40}} << true << 100.0 << 0.0
                                 << 135.0;
    QTest::newRow("right side: shortened from the right")
        << QList<QRectF>{{160, 0, 100, 200}} << false << 100.0 << 60.0 << 0.0;
    QTest::newRow("left side: shortened from the left, x kept")
        << QList<QRectF>{{50, 0, 100, 200}} << false << 150.0 << 67.0 << 0.0;
    QTest::newRow("middle: wider side right")
        << QList<QRectF>{{130, 0, 20, 200}} << false << 150.0 << 67.0 << 0.0;
    QTest::newRow("middle: wider side left")
        << QList<QRectF>{{170, 0, 20, 200}} << false << 100.0 << 70.0 << 0.0;
    QTest::newRow("middle: equal sides, left")
        << QList<QRectF>{{148.5, 0, 20, 200}} << false << 100.0 << 48.5 << 0.0;
    QTest::newRow("too narrow on both sides")
        << QList<QRectF>{{120, 0, 80, 150}} << true << 100.0 << 0.0 << 150.0;
    QTest::newRow("two obstacles, gap between")
        << QList<QRectF>{{90, 0, 30, 300}, {190, 60, 40, 45}} << false << 120.0 << 70.0 << 0.0;
    QTest::newRow("two obstacles, the first to end")
        << QList<QRectF>{{90, 0, 70, 300}, {150, 60, 80, 45}} << true << 100.0 << 0.0 << 105.0;
    QTest::newRow("touching the band's top is clear")
        << QList<QRectF>{{80, 0, 200, 90}} << false << 100.0 << 117.0 << 0.0;
}

void tst_TextWrap::wrapAreaSlot()
{
    QFETCH(QList<QRectF>, obstacles);
    QFETCH(bool, blocked);
    QFETCH(double, left);
    QFETCH(double, width);
    QFETCH(double, below);
    const WrapArea::Slot slot = WrapArea(obstacles).slot(100, 117, 90, 100, 27);
    QCOMPARE(slot.blocked, blocked);
    if (blocked) {
        QCOMPARE(slot.below, below);
    } else {
        QCOMPARE(slot.left, left);
        QCOMPARE(slot.width, width);
    }
}

void tst_TextWrap::flowsAroundImage_data()
{
    // The picture, in columns of the text frame (column k spans k..k+1; the gutter is 9/117).
    QTest::addColumn<bool>("withHeadline");
    QTest::addColumn<double>("fromColumn");
    QTest::addColumn<double>("toColumn");
    QTest::addColumn<double>("top"); // pt below the frame's top
    QTest::addColumn<double>("height");
    QTest::newRow("across the 3 columns' middle") << false << 0.5 << 2.5 << 150.0 << 120.0;
    QTest::newRow("inside the middle column, left of centre")
        << false << 1.15 << 1.45 << 60.0 << 200.0;
    QTest::newRow("inside the middle column, right of centre")
        << false << 1.55 << 1.85 << 60.0 << 200.0;
    QTest::newRow("top right, over the headline block") << true << 1.6 << 3.0 << 0.0 << 250.0;
}

void tst_TextWrap::flowsAroundImage()
{
    QFETCH(bool, withHeadline);
    QFETCH(double, fromColumn);
    QFETCH(double, toColumn);
    QFETCH(double, top);
    QFETCH(double, height);
    Setup s = makeSetup(withHeadline);
    const double step = (s.text.rect.width() + s.text.gutter) / 3;
    const double x0 = s.text.rect.left();
    const Frame image = addImage(s, QRectF(x0 + fromColumn * step, s.text.rect.top() + top,
                                           (toColumn - fromColumn) * step, height));
    const QRectF obstacle = grown(image);

    LayoutEngine engine(s.edition.get());
    const PageLayout page = engine.layoutPage(0);
    const StoryLayout story = engine.storyLayout(s.storyId);
    QVERIFY(!story.overset);

    // No glyph inside the picture or its standoff; nothing lost, in reading order.
    QString text;
    for (const PlacedGlyph &g : glyphsOf(page, s.text.id)) {
        QVERIFY2(
            !overlaps(g.box, obstacle),
            qPrintable(QStringLiteral("%1 at %2,%3").arg(g.text).arg(g.box.x()).arg(g.box.y())));
        text += g.text;
    }
    QCOMPARE(text, storyText(s));

    // Every line within its measure; body lines but the last of a paragraph flush to it;
    // some lines shortened by the wrap.
    const FrameLayout &frame = story.frames.first();
    const double columnWidth = frame.columnWidth;
    const double blockWidth = 3 * columnWidth + 2 * s.text.gutter;
    int shortened = 0;
    int shortenedHeadlines = 0;
    for (const PlacedLine &line : frame.lines) {
        double left = 1e9;
        double right = -1e9;
        for (const GlyphRun &run : frame.runs) {
            if (run.column == line.column && std::abs(run.origin.y() - line.baseline) < kEpsilon) {
                left = std::min(left, run.origin.x());
                right = std::max(right, run.origin.x() + run.width());
            }
        }
        const QString where =
            QStringLiteral("col %1 y %2 |%3|").arg(line.column).arg(line.baseline).arg(line.text);
        QVERIFY2(left >= line.left - kEpsilon, qPrintable(where));
        QVERIFY2(right <= line.left + line.width + 0.01, qPrintable(where));
        if (line.column >= 0 && !line.isLastOfParagraph)
            QVERIFY2(std::abs(right - (line.left + line.width)) < 0.01, qPrintable(where));
        const double measure = line.column >= 0 ? columnWidth : blockWidth;
        if (line.width < measure - kEpsilon) {
            ++(line.column >= 0 ? shortened : shortenedHeadlines);
            // At least 3 字 wide, against the picture's standoff on one side.
            QVERIFY2(line.width >= 27 - kEpsilon, qPrintable(where));
            const bool leftOfPicture =
                std::abs(line.left + line.width - obstacle.left()) < kEpsilon;
            const bool rightOfPicture = std::abs(line.left - obstacle.right()) < kEpsilon;
            QVERIFY2(leftOfPicture || rightOfPicture, qPrintable(where));
        }
    }
    QVERIFY(shortened > 0);
    QCOMPARE(shortenedHeadlines > 0, withHeadline);
}

void tst_TextWrap::fullWidthObstacleSkipsBelow()
{
    // A picture across the whole frame: every column stops above it and goes on below it,
    // on the same baseline grid.
    Setup s = makeSetup(false);
    const Frame image = addImage(
        s, QRectF(s.text.rect.left() - 20, s.text.rect.top() + 100, s.text.rect.width() + 40, 80));
    const QRectF obstacle = grown(image);
    LayoutEngine engine(s.edition.get());
    const PageLayout page = engine.layoutPage(0);
    const StoryLayout story = engine.storyLayout(s.storyId);
    QVERIFY(!story.overset);
    QString text;
    for (const PlacedGlyph &g : glyphsOf(page, s.text.id)) {
        QVERIFY(!overlaps(g.box, obstacle));
        text += g.text;
    }
    QCOMPARE(text, storyText(s));

    const FrameLayout &frame = story.frames.first();
    const double leading = 13.5;
    const double firstBaseline = s.text.rect.top() + 0.88 * 9;
    for (int column = 0; column < 3; ++column) {
        double lastAbove = -1;
        double firstBelow = -1;
        for (const PlacedLine &line : frame.lines) {
            if (line.column != column)
                continue;
            QCOMPARE(line.width, frame.columnWidth); // skipped, never shortened
            const double steps = (line.baseline - firstBaseline) / leading;
            QVERIFY2(std::abs(steps - std::round(steps)) < 1e-6, qPrintable(line.text));
            if (line.baseline < obstacle.top())
                lastAbove = line.baseline;
            else if (firstBelow < 0)
                firstBelow = line.baseline;
        }
        // The last line that fits above it, and the first grid line whose em box clears it.
        QVERIFY(lastAbove + 0.12 * 9 <= obstacle.top() + kEpsilon);
        QVERIFY(lastAbove + leading + 0.12 * 9 > obstacle.top());
        QVERIFY(firstBelow - 0.88 * 9 >= obstacle.bottom() - kEpsilon);
        QVERIFY(firstBelow - leading - 0.88 * 9 < obstacle.bottom());
    }
    // The grid lines the picture covers are not counted free: 50 rows in all, each column
    // filled from the top but for them.
    int covered = 0;
    for (int row = 0; row < 50; ++row) {
        const double baseline = firstBaseline + row * leading;
        covered += overlaps(QRectF(0, baseline - 0.88 * 9, 1e4, 9), obstacle) ? 1 : 0;
    }
    QCOMPARE(covered, 7);
    int lines = 0;
    for (const PlacedLine &line : frame.lines)
        lines += line.column >= 0 ? 1 : 0;
    QCOMPARE(frame.freeLines, 3 * (50 - covered) - lines);
}

void tst_TextWrap::movingImageRelayouts()
{
    Setup s = makeSetup(false);
    const double step = (s.text.rect.width() + s.text.gutter) / 3;
    Frame image = addImage(
        s, QRectF(s.text.rect.left() + 0.5 * step, s.text.rect.top() + 150, 2 * step, 120));
    // A wrapping frame elsewhere on the page does not touch the text frame.
    Frame elsewhere = addImage(s, QRectF(s.text.rect.right() + 100, 100, 100, 100));
    LayoutEngine engine(s.edition.get());
    const QList<PlacedGlyph> before = glyphsOf(engine.layoutPage(0), s.text.id);
    const int composed = engine.layouter()->framesComposed();
    QCOMPARE(composed, 1);

    elsewhere.rect.translate(0, 200);
    s.edition->putFrame(s.pageId, elsewhere);
    engine.layoutPage(0);
    QCOMPARE(engine.layouter()->framesComposed(), composed);

    image.rect.translate(0, 200);
    s.edition->putFrame(s.pageId, image);
    const QList<PlacedGlyph> after = glyphsOf(engine.layoutPage(0), s.text.id);
    QCOMPARE(engine.layouter()->framesComposed(), composed + 1);
    QString text;
    bool moved = false;
    for (int i = 0; i < after.size(); ++i) {
        QVERIFY(!overlaps(after[i].box, grown(image)));
        text += after[i].text;
        moved = moved || i >= before.size() || after[i].box != before[i].box;
    }
    QVERIFY(moved);
    QCOMPARE(text, storyText(s));

    // Turning the wrap off gives the plain layout.
    image.textWrap = false;
    s.edition->putFrame(s.pageId, image);
    elsewhere.textWrap = false;
    s.edition->putFrame(s.pageId, elsewhere);
    const QList<PlacedGlyph> plain = glyphsOf(engine.layoutPage(0), s.text.id);
    Setup bare = makeSetup(false);
    LayoutEngine bareEngine(bare.edition.get());
    const QList<PlacedGlyph> expected = glyphsOf(bareEngine.layoutPage(0), bare.text.id);
    QCOMPARE(plain.size(), expected.size());
    for (int i = 0; i < plain.size(); ++i)
        QCOMPARE(plain[i].box, expected[i].box);
}

void tst_TextWrap::frameBehindTextDoesNotWrap()
{
    // Only frames painted above the text wrap it: a picture sent behind (lower z, or the same
    // z and earlier in the page) is overprinted by the text, as the page editor asked.
    Setup bare = makeSetup(false);
    LayoutEngine bareEngine(bare.edition.get());
    const QList<PlacedGlyph> expected = glyphsOf(bareEngine.layoutPage(0), bare.text.id);

    for (const bool sameZ : {false, true}) {
        Setup s = makeSetup(false);
        const QRectF rect(s.text.rect.left() + 50, s.text.rect.top() + 100, 200, 100);
        if (sameZ) {
            Frame image;
            image.id = s.edition->newId();
            image.kind = FrameKind::Image;
            image.rect = rect;
            image.textWrap = true;
            s.edition->putFrame(s.pageId, image, 0); // before the text frame, same z
        } else {
            s.text.z = 2;
            s.edition->putFrame(s.pageId, s.text);
            addImage(s, rect, 1);
        }
        LayoutEngine engine(s.edition.get());
        const QList<PlacedGlyph> glyphs = glyphsOf(engine.layoutPage(0), s.text.id);
        QCOMPARE(glyphs.size(), expected.size());
        for (int i = 0; i < glyphs.size(); ++i)
            QCOMPARE(glyphs[i].box, expected[i].box);
    }
}

QTEST_GUILESS_MAIN(tst_TextWrap)
#include "tst_textwrap.moc"
