#include "ingest/pageimporter.h"
#include "ingest/pageplacer.h"
#include "ingest/storybuilder.h"
#include "ingest/storymetrics.h"
#include "ingest/storyparser.h"
#include "layout/layoutengine.h"
#include "model/edition.h"
#include "text/textdecoder.h"

#include <QFile>
#include <QTest>

using namespace folio;
using namespace folio::ingest;

namespace {

const QString kSeed = QStringLiteral(FOLIO_TEST_DATA_DIR "/seed-page.txt");

QString readSeed()
{
    QFile f(kSeed);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return text::TextDecoder::decode(f.readAll()).text;
}

// One story far longer than any page: the seed's long body lines, each marked as body text and
// numbered so that no two paragraphs are the same.
QString hugeStory(int characters)
{
    QStringList body;
    for (const QString &line : readSeed().split(QLatin1Char('\n')))
        if (line.size() > 60 && !line.startsWith(QStringLiteral("本报")))
            body << line;
    QString text = QStringLiteral("【主题】一篇比整个版面还长的稿件\n");
    for (int i = 0; text.size() < characters && !body.isEmpty(); ++i)
        text += QStringLiteral("【正文】%1（第%2段）\n").arg(body[i % body.size()]).arg(i + 1);
    return text;
}

} // namespace

class TestStoryMetrics : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void pageCapacityKeepsFittingStoriesExact_data();
    void pageCapacityKeepsFittingStoriesExact();
    void hugeStoryIsMeasuredOnlyAsFarAsThePageHolds();
};

void TestStoryMetrics::pageCapacityKeepsFittingStoriesExact_data()
{
    QTest::addColumn<int>("columns");
    for (int columns = 1; columns <= 8; ++columns)
        QTest::addRow("%d columns", columns) << columns;
}

// A story that fits the page measures the same with the page's bound as without it.
void TestStoryMetrics::pageCapacityKeepsFittingStoriesExact()
{
    QFETCH(int, columns);
    auto edition = Edition::createDefault();
    const ParsedPage parsed = StoryParser::parse(readSeed());
    QVERIFY(parsed.stories.size() >= 6);
    const BuiltStories built = StoryBuilder::build(parsed, *edition);
    StoryMetrics unbounded(*edition, built);
    StoryMetrics bounded(*edition, built);
    const PageTemplate broadsheet = PageTemplate::byKey(QStringLiteral("broadsheet8"));
    const Page page = broadsheet.makePage();
    const int pageLines = int(page.typeArea().height() / bounded.bodyLeading() + 1e-6);
    bounded.setPageCapacity(pageLines, page.grid.columns);
    const double width = page.columnWidth();
    for (const Story &story : built.stories) {
        const int lines = unbounded.lines(story.id, 0, -1, width);
        QVERIFY(lines > 0);
        QVERIFY(lines <= pageLines * page.grid.columns);
        QCOMPARE(bounded.lines(story.id, 0, -1, width), lines);
        QCOMPARE(bounded.balancedLines(story.id, 0, -1, columns, width),
                 unbounded.balancedLines(story.id, 0, -1, columns, width));
    }
}

// Placement of a story twelve pages long composes a bounded number of lines (the page's
// capacity and a margin, not the story), and its overset is still the composer's exact count.
void TestStoryMetrics::hugeStoryIsMeasuredOnlyAsFarAsThePageHolds()
{
    auto edition = Edition::createDefault();
    const PageTemplate broadsheet = PageTemplate::byKey(QStringLiteral("broadsheet8"));
    const Page page = broadsheet.makePage();
    StoryMetrics probe(*edition, BuiltStories{});
    const int pageLines = int(page.typeArea().height() / probe.bodyLeading() + 1e-6);
    const int capacityLines = pageLines * page.grid.columns;
    const int charsPerLine = int(page.columnWidth() / probe.bodySize() + 1e-6);
    const QString text = hugeStory(12 * capacityLines * charsPerLine);

    const ParsedPage huge = StoryParser::parse(text);
    QCOMPARE(huge.stories.size(), 1);
    const BuiltStories built = StoryBuilder::build(huge, *edition);
    QList<ParagraphStyle> created;
    const QList<ParagraphStyle> heads = PageImporter::headlineStyles(*edition, &created);
    StoryMetrics metrics(*edition, built, heads);
    PagePlacer placer(metrics);
    const PagePlacement placement = placer.place(broadsheet, huge, built, *edition);
    QCOMPARE(placement.stories.size(), 1);
    const StoryPlacement &sp = placement.stories.first();
    QVERIFY(sp.placed);
    QVERIFY(sp.copyfit < 0);
    // Each measure sees at most the page's lines and a margin, in the column width and in the
    // few headline widths; the story itself is twelve times that.
    QVERIFY2(metrics.linesComposed() <= 2 * capacityLines,
             qPrintable(QStringLiteral("%1 lines composed for a page of %2")
                            .arg(metrics.linesComposed())
                            .arg(capacityLines)));

    // The overset reported is the composer's own count on the placed page.
    ImportResult result;
    result.ok = true;
    result.stories = built.stories;
    result.styles = created;
    result.page = placement.page;
    result.page.id = edition->newId();
    result.hasPage = true;
    PageImporter::apply(*edition, result);
    LayoutEngine engine(edition.get());
    const StoryLayout layout = engine.storyLayout(sp.storyId);
    QVERIFY(layout.overset);
    QCOMPARE(sp.copyfit, -layout.oversetChars);
    QVERIFY(layout.oversetChars > 10 * capacityLines * charsPerLine);
}

QTEST_GUILESS_MAIN(TestStoryMetrics)
#include "tst_storymetrics.moc"
