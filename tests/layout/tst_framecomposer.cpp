#include "layout/framecomposer.h"
#include "layout/layoutdump.h"
#include "layout/storylayouter.h"

#include <QFile>
#include <QtTest>

using namespace folio;

// Column flow on layout's own input: break tokens between columns and frames, 栏宽 N 字,
// the headline block, overset and copyfit counts, the frame cache.
class tst_FrameComposer : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void flowsThroughColumnsAndFrames_data();
    void flowsThroughColumnsAndFrames();
    void columnChars();
    void oversetAndCopyfit();
    void headlineBlock();
    void cacheRecomposesFromEditedFrame();
    void lineCacheNotStaleAfterStyleChange_data();
    void lineCacheNotStaleAfterStyleChange();
    void lineCacheReusesMovedParagraphs();
    void boundedCachesLayOutTheSame();

private:
    StoryFlow seedStory(int firstParagraph, int count) const;
    QStringList m_paragraphs;
};

void tst_FrameComposer::initTestCase()
{
    QFile file(QStringLiteral(FOLIO_TEST_DATA_DIR "/seed-paragraphs.txt"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    m_paragraphs = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

StoryFlow tst_FrameComposer::seedStory(int firstParagraph, int count) const
{
    StoryFlow story;
    story.storyId = 42;
    for (int i = firstParagraph; i < firstParagraph + count; ++i) {
        FlowParagraph p;
        p.text = m_paragraphs[i];
        p.runs = {{0, int(p.text.size()), text::TextStyle{}}};
        p.options.leading = {text::Leading::Mode::Points, 13.5};
        story.paragraphs.append(p);
    }
    return story;
}

static FlowFrame makeFrame(ObjectId id, int page, double lines, int columns, int chars = 12)
{
    FlowFrame f;
    f.id = id;
    f.pageIndex = page;
    f.columns = columns;
    f.gutter = 9;
    f.columnChars = chars;
    f.rect = QRectF(50, 100, columns * chars * 9 + (columns - 1) * 9, lines * 13.5);
    return f;
}

void tst_FrameComposer::flowsThroughColumnsAndFrames_data()
{
    QTest::addColumn<int>("linesPerColumn");
    QTest::addColumn<int>("columns");
    for (int lines : {8, 13, 21, 34})
        for (int columns : {1, 3})
            QTest::addRow("%d lines x %d cols", lines, columns) << lines << columns;
}

void tst_FrameComposer::flowsThroughColumnsAndFrames()
{
    QFETCH(int, linesPerColumn);
    QFETCH(int, columns);
    StoryFlow story = seedStory(3, 4); // the first story's body
    for (int i = 0; i < 16; ++i)
        story.frames.append(makeFrame(100 + i, i / 2, linesPerColumn, columns));
    StoryLayouter layouter;
    const StoryLayout layout = layouter.layout(story);
    QVERIFY(!layout.overset);
    QVERIFY(layout.diagnostics.isEmpty());
    // Every paragraph's text arrives once, in order, across columns, frames and pages.
    QStringList texts(story.paragraphs.size());
    BreakToken expectedStart;
    for (const FrameLayout &frame : layout.frames) {
        QCOMPARE(frame.start, expectedStart); // each frame starts where the previous ended
        expectedStart = frame.end;
        int column = 0;
        double lastBaseline = 0;
        for (const PlacedLine &line : frame.lines) {
            texts[line.paragraph] += line.text;
            QVERIFY(line.column >= column);
            if (line.column != column) {
                column = line.column;
                lastBaseline = 0;
                // Rule 18: a column does not start with a paragraph's single last line.
                QVERIFY2(!(line.isLastOfParagraph && line.start > 0), qPrintable(line.text));
            }
            if (lastBaseline > 0)
                QVERIFY(line.baseline - lastBaseline >= 13.5 - 1e-9);
            lastBaseline = line.baseline;
            QCOMPARE(line.width, 108.0);
            QCOMPARE(line.left, 50.0 + line.column * 117.0);
            QVERIFY(line.baseline + 0.12 * 9 <= 100 + linesPerColumn * 13.5 + 1e-6);
        }
        for (const GlyphRun &run : frame.runs) {
            QCOMPARE(run.frameId, frame.frameId);
            QCOMPARE(run.storyId, ObjectId(42));
        }
    }
    for (int i = 0; i < texts.size(); ++i)
        QCOMPARE(texts[i], story.paragraphs[i].text);
    // Full columns hold exactly linesPerColumn lines (the leading is the grid).
    const FrameLayout &first = layout.frames.first();
    int inFirstColumn = 0;
    for (const PlacedLine &line : first.lines)
        inFirstColumn += line.column == 0 ? 1 : 0;
    QVERIFY(inFirstColumn >= linesPerColumn - 1);
    QVERIFY(inFirstColumn <= linesPerColumn);
    QCOMPARE(layout.frames[2].pageIndex, 1);
}

void tst_FrameComposer::columnChars()
{
    StoryFlow story = seedStory(4, 1);
    FlowFrame frame = makeFrame(1, 0, 100, 2, 11);
    frame.rect.setWidth(400); // wider than 2 × 11 字: the columns keep 11 字
    story.frames = {frame};
    StoryLayouter layouter;
    const StoryLayout layout = layouter.layout(story);
    QCOMPARE(layout.frames[0].columnWidth, 99.0);
    for (const PlacedLine &line : layout.frames[0].lines)
        QCOMPARE(line.width, 99.0);
}

void tst_FrameComposer::oversetAndCopyfit()
{
    StoryFlow story = seedStory(4, 1); // 304 characters
    story.frames = {makeFrame(1, 0, 10, 1)};
    StoryLayouter layouter;
    StoryLayout layout = layouter.layout(story);
    QVERIFY(layout.overset);
    int set = 0;
    for (const PlacedLine &line : layout.frames[0].lines)
        set += line.end - line.start;
    QCOMPARE(layout.frames[0].lines.size(), 10);
    QCOMPARE(layout.oversetChars, 304 - set);
    QVERIFY(layout.oversetLines >= (304 - set) / 13);
    QCOMPARE(layout.copyfitText(),
             QStringLiteral("超出 %1 字，%2 行").arg(layout.oversetChars).arg(layout.oversetLines));
    QCOMPARE(layout.diagnostics.last().code, QStringLiteral("overset"));

    // Room to spare: 剩余 N 字 = free lines × 12 字.
    story.frames = {makeFrame(1, 0, 40, 1)};
    layout = layouter.layout(story);
    QVERIFY(!layout.overset);
    const int used = int(layout.frames[0].lines.size());
    QCOMPARE(layout.remainingLines, 40 - used);
    QCOMPARE(layout.remainingChars, (40 - used) * 12);
    QCOMPARE(layout.copyfitText(),
             QStringLiteral("剩余 %1 字，%2 行").arg((40 - used) * 12).arg(40 - used));
}

void tst_FrameComposer::headlineBlock()
{
    StoryFlow story = seedStory(0, 5);
    const double sizes[] = {16, 26, 14};
    for (int i = 0; i < 3; ++i) {
        FlowParagraph &p = story.paragraphs[i];
        p.inHeadlineBlock = true;
        p.runs[0].style.size = sizes[i];
        p.runs[0].style.family =
            i == 0 ? QStringLiteral("LXGW WenKai") : QStringLiteral("Noto Sans CJK SC");
        p.runs[0].style.style = i == 1 ? QStringLiteral("Black") : QStringLiteral("Regular");
        p.options.alignment = text::Alignment::Center;
        p.options.firstLineIndent = 0;
        p.options.leading = {text::Leading::Mode::Multiple, 1.3};
    }
    story.frames = {makeFrame(7, 0, 40, 4)};
    StoryLayouter layouter;
    const StoryLayout layout = layouter.layout(story);
    const FrameLayout &frame = layout.frames[0];
    const double blockWidth = 4 * 108 + 3 * 9;
    double blockBottom = 0;
    int headlineLines = 0;
    for (const PlacedLine &line : frame.lines) {
        if (line.column == -1) {
            ++headlineLines;
            QVERIFY(line.paragraph < 3);
            QCOMPARE(line.width, blockWidth);
            blockBottom = std::max(blockBottom, line.baseline);
        } else {
            QVERIFY(line.paragraph >= 3);
            QVERIFY(line.baseline > blockBottom + 9);
        }
    }
    QCOMPARE(headlineLines, 4); // the 26 pt headline takes two lines of 459 pt
    // The main headline is centred across the four columns, in the heavy face.
    for (const GlyphRun &run : frame.runs) {
        if (run.size == 26) {
            QCOMPARE(run.font->postscriptName, QStringLiteral("NotoSansCJKsc-Black"));
            const double center = run.origin.x() + run.width() / 2;
            QVERIFY(std::abs(center - (50 + blockWidth / 2)) < 0.01);
            QCOMPARE(run.column, -1);
        }
    }
    const QString dump = LayoutDump::dump(PageLayout{0, QSizeF(600, 800), {}, {}});
    QVERIFY(dump.startsWith(QStringLiteral("page=0")));
}

void tst_FrameComposer::cacheRecomposesFromEditedFrame()
{
    StoryFlow story = seedStory(3, 4);
    for (int i = 0; i < 12; ++i)
        story.frames.append(makeFrame(200 + i, i, 12, 1));
    StoryLayouter layouter;
    StoryLayout before = layouter.layout(story);
    const int frames = int(before.frames.size());
    QCOMPARE(layouter.framesComposed(), frames);
    // Relayout without an edit: nothing composed, no paragraph prepared again.
    const int prepared = layouter.paragraphCache()->preparedCount();
    layouter.layout(story);
    QCOMPARE(layouter.framesComposed(), frames);
    QCOMPARE(layouter.paragraphCache()->preparedCount(), prepared);

    // Edit one character in the last paragraph: only frames holding it are composed again.
    int lastStart = -1;
    int holding = 0;
    for (int i = 0; i < frames; ++i) {
        bool holds = false;
        for (const PlacedLine &l : before.frames[i].lines)
            holds = holds || l.paragraph == 3;
        if (holds && lastStart < 0)
            lastStart = i;
        holding += holds ? 1 : 0;
    }
    QVERIFY(lastStart > 0);
    QVERIFY(holding < frames - lastStart); // empty frames after the story's end stay cached
    story.paragraphs[3].text.replace(QStringLiteral("安康杯"), QStringLiteral("安全杯"));
    StoryLayout after = layouter.layout(story);
    QCOMPARE(layouter.framesComposed(), frames + holding);
    for (int i = 0; i < lastStart; ++i)
        QCOMPARE(after.frames[i].runs.size(), before.frames[i].runs.size());
    QCOMPARE(layouter.paragraphCache()->preparedCount(), prepared + 1);
}

// Everything a layout places, with exact numbers, to compare layouts made through caches
// with layouts made from nothing.
static QStringList trace(const StoryLayout &layout)
{
    const auto n = [](double v) { return QString::number(v, 'g', 17); };
    QStringList out;
    for (const FrameLayout &f : layout.frames) {
        out.append(QStringLiteral("frame %1 %2:%3 free %4")
                       .arg(f.frameId)
                       .arg(f.end.paragraph)
                       .arg(f.end.offset)
                       .arg(f.freeLines));
        for (const PlacedLine &l : f.lines)
            out.append(QStringLiteral("line %1 %2 %3-%4 %5 %6 %7 |%8|")
                           .arg(l.paragraph)
                           .arg(l.column)
                           .arg(l.start)
                           .arg(l.end)
                           .arg(n(l.left), n(l.baseline), n(l.width), l.text));
        for (const GlyphRun &r : f.runs) {
            QStringList advances;
            for (double a : r.advances)
                advances.append(n(a));
            QStringList glyphs;
            for (quint32 g : r.glyphs)
                glyphs.append(QString::number(g));
            out.append(QStringLiteral("run %1 %2 %3 k%4 %5 |%6| %7 %8")
                           .arg(n(r.origin.x()), n(r.origin.y()), n(r.size), n(r.color.k))
                           .arg(r.font ? r.font->postscriptName : QString(), r.text(),
                                glyphs.join(QLatin1Char(',')), advances.join(QLatin1Char(','))));
        }
    }
    out.append(layout.copyfitText());
    return out;
}

void tst_FrameComposer::lineCacheNotStaleAfterStyleChange_data()
{
    QTest::addColumn<QString>("change");
    for (const char *change : {"size", "colour", "bold", "indent", "alignment", "kinsoku",
                               "letter spacing", "leading", "space before"})
        QTest::newRow(change) << QString::fromLatin1(change);
}

// Regression guard for the line cache: a paragraph whose text is unchanged but whose style
// or options changed must get new lines, never the lines cached for its old style.
void tst_FrameComposer::lineCacheNotStaleAfterStyleChange()
{
    QFETCH(QString, change);
    StoryFlow story = seedStory(3, 4);
    for (int i = 0; i < 6; ++i)
        story.frames.append(makeFrame(300 + i, i, 20, 2));
    StoryLayouter layouter;
    const QStringList before = trace(layouter.layout(story));

    StoryFlow changed = story;
    FlowParagraph &p = changed.paragraphs[1];
    for (text::StyleRun &run : p.runs) {
        if (change == QLatin1String("size"))
            run.style.size = 10.5;
        else if (change == QLatin1String("colour"))
            run.style.color = CmykColor{0.0, 1.0, 1.0, 0.0};
        else if (change == QLatin1String("bold"))
            run.style.style = QStringLiteral("Bold");
    }
    if (change == QLatin1String("indent"))
        p.options.firstLineIndent = 0;
    else if (change == QLatin1String("alignment"))
        p.options.alignment = text::Alignment::Left;
    else if (change == QLatin1String("kinsoku"))
        p.options.kinsoku = text::Kinsoku::None;
    else if (change == QLatin1String("letter spacing"))
        p.options.letterSpacing = 0.05;
    else if (change == QLatin1String("leading"))
        p.options.leading = {text::Leading::Mode::Points, 15.0};
    else if (change == QLatin1String("space before"))
        p.spaceBefore = 6.0;

    const QStringList after = trace(layouter.layout(changed));
    QCOMPARE(after, trace(StoryLayouter().layout(changed)));
    QVERIFY(after != before);
    // And back: the old style's lines are right again.
    QCOMPARE(trace(layouter.layout(story)), before);
}

// A paragraph pushed into another column of the same measure keeps its lines: only the
// inserted paragraph is composed, and the result is what a fresh layout gives.
void tst_FrameComposer::lineCacheReusesMovedParagraphs()
{
    StoryFlow story = seedStory(3, 4);
    for (int i = 0; i < 8; ++i)
        story.frames.append(makeFrame(400 + i, i, 17, 2));
    StoryLayouter layouter;
    const StoryLayout before = layouter.layout(story);
    int lines = 0;
    for (const FrameLayout &f : before.frames)
        lines += int(f.lines.size());
    const int composed = layouter.paragraphCache()->linesComposed();
    QCOMPARE(composed, lines);

    StoryFlow edited = story;
    FlowParagraph inserted = story.paragraphs[0];
    inserted.text = QStringLiteral("本报讯　新段落把后面的文字推到下一栏。");
    inserted.runs = {{0, int(inserted.text.size()), text::TextStyle{}}};
    edited.paragraphs.prepend(inserted);
    const StoryLayout after = layouter.layout(edited);
    QCOMPARE(trace(after), trace(StoryLayouter().layout(edited)));
    // One or two lines for the new paragraph; every other line came from the cache.
    QVERIFY(layouter.paragraphCache()->linesComposed() - composed <= 2);
}

// Caches squeezed far below their working size evict and compose again, with the same result.
void tst_FrameComposer::boundedCachesLayOutTheSame()
{
    StoryFlow story = seedStory(3, 4);
    for (int i = 0; i < 8; ++i)
        story.frames.append(makeFrame(500 + i, i, 17, 2));
    StoryLayouter layouter;
    layouter.paragraphCache()->setMemoryLimit(16 * 1024);
    layouter.setFrameCacheLimit(16 * 1024);
    for (int k = 0; k < 5; ++k) {
        story.paragraphs[k % 4].text.insert(10, QStringLiteral("字"));
        story.paragraphs[k % 4].runs.first().length += 1;
        QCOMPARE(trace(layouter.layout(story)), trace(StoryLayouter().layout(story)));
        QVERIFY(layouter.paragraphCache()->size() <= 2);
        QVERIFY(layouter.cachedFrames() <= int(story.frames.size()));
    }
}

QTEST_GUILESS_MAIN(tst_FrameComposer)
#include "tst_framecomposer.moc"
