#include "benchrunner.h"

#include "benchfixtures.h"
#include "benchmemory.h"

#include "ingest/pageimporter.h"
#include "layout/layoutengine.h"
#include "layout/modeladapter.h"
#include "model/framecommand.h"
#include "model/storycommand.h"
#include "pdf/pdfxwriter.h"
#include "text/fontcatalog.h"
#include "text/itemizer.h"
#include "text/shaper.h"
#include "text/textsanitizer.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QSet>
#include <QUndoStack>
#include <algorithm>

namespace folio::cli {

const QString BenchRunner::kShapeFloor = QStringLiteral("shape_floor_ms");
const QString BenchRunner::kComposeCold = QStringLiteral("compose_cold_ms");
const QString BenchRunner::kRelayoutWarm = QStringLiteral("relayout_warm_ms");
const QString BenchRunner::kRelayoutUnchanged = QStringLiteral("relayout_unchanged_ms");
const QString BenchRunner::kKeystroke = QStringLiteral("keystroke_ms");
const QString BenchRunner::kKeystrokeMax = QStringLiteral("keystroke_max_ms");
const QString BenchRunner::kCompose16Pages = QStringLiteral("compose_16_pages_ms");
const QString BenchRunner::kLayouts16PagesMb = QStringLiteral("layouts_16_pages_mb");
const QString BenchRunner::kLayouts16PagesItemsMb = QStringLiteral("layouts_16_pages_items_mb");
const QString BenchRunner::kExportPage = QStringLiteral("export_page_ms");
const QString BenchRunner::kExport16Pages = QStringLiteral("export_16_pages_ms");
const QString BenchRunner::kImport1Mb = QStringLiteral("import_1mb_ms");

namespace {
constexpr int kLongStoryCharacters = 20000;
constexpr int kLongStoryFrames = 8;
constexpr int kEditionPages = 16;
constexpr int kImportBytes = 1024 * 1024;
// More than one line of characters, so that one keystroke of each run adds a line to the paragraph.
constexpr int kKeystrokesPerRun = 16;
constexpr double kMiB = 1024.0 * 1024.0;

QString tr(const char *text)
{
    return QCoreApplication::translate("folio::cli", text);
}

double msSince(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

double medianOf(QList<double> values)
{
    if (values.isEmpty())
        return 0.0;
    std::sort(values.begin(), values.end());
    const qsizetype n = values.size();
    return n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2.0;
}

// The stories shown by the text frames of one page, in frame order.
QList<ObjectId> storiesOnPage(const Edition &edition, int pageIndex)
{
    QList<ObjectId> ids;
    for (const Frame &f : edition.pages().value(pageIndex).frames)
        if (f.kind == FrameKind::Text && f.storyId != 0 && !ids.contains(f.storyId))
            ids.append(f.storyId);
    return ids;
}
} // namespace

double BenchResult::median(const QString &key) const
{
    return medianOf(samples.value(key));
}

double BenchResult::maximum(const QString &key) const
{
    const QList<double> values = samples.value(key);
    return values.isEmpty() ? 0.0 : *std::max_element(values.begin(), values.end());
}

BenchRunner::BenchRunner(int runs) : m_runs(std::max(1, runs)) {}

BenchRunner::~BenchRunner() = default;

BenchResult BenchRunner::run()
{
    BenchResult result;
    result.runs = m_runs;
    if (!prepare(&result.error))
        return result;
    // Run 0 warms up fonts, ICU data and code and is not recorded.
    for (int i = 0; i <= m_runs; ++i) {
        if (!runOnce(&result, i > 0))
            return result;
    }
    result.notes = m_notes;
    result.ok = true;
    return result;
}

bool BenchRunner::prepare(QString *error)
{
    if (!m_outDir.isValid()) {
        *error = tr("无法创建临时文件夹：%1").arg(m_outDir.errorString());
        return false;
    }
    m_seed = BenchFixtures::seedText();
    if (m_seed.isEmpty()) {
        *error = tr("程序中缺少样版稿件数据");
        return false;
    }
    m_seedEdition = BenchFixtures::seedEdition(m_seed, error);
    if (!m_seedEdition)
        return false;
    m_edition16 = BenchFixtures::seedEdition(m_seed, error);
    if (!m_edition16)
        return false;
    BenchFixtures::appendPageCopies(*m_edition16, 0, kEditionPages - 1);
    m_longEdition = BenchFixtures::longStoryEdition(m_seed, kLongStoryCharacters, kLongStoryFrames,
                                                    &m_longStoryId);

    m_importText = BenchFixtures::longStoryPageText(m_seed, kImportBytes);
    m_notes.insert(QStringLiteral("import_bytes"), m_importText.size());

    prepareShapeJobs();
    m_relayoutFrameId = pickRelayoutFrame();
    if (m_relayoutFrameId == 0) {
        *error = tr("样版上没有可改宽度的正文框");
        return false;
    }
    const Page &page = m_seedEdition->pages().first();
    int textFrames = 0;
    for (const Frame &f : page.frames)
        textFrames += f.kind == FrameKind::Text ? 1 : 0;
    int characters = 0;
    for (ObjectId id : storiesOnPage(*m_seedEdition, 0))
        characters += m_seedEdition->story(id)->characterCount();
    m_notes.insert(QStringLiteral("seed_page_stories"), storiesOnPage(*m_seedEdition, 0).size());
    m_notes.insert(QStringLiteral("seed_page_text_frames"), textFrames);
    m_notes.insert(QStringLiteral("seed_page_characters"), characters);
    m_notes.insert(QStringLiteral("shape_floor_runs"), m_shapeJobs.size());
    const Story *longStory = m_longEdition->story(m_longStoryId);
    m_notes.insert(QStringLiteral("long_story_characters"), longStory->characterCount());
    m_notes.insert(QStringLiteral("long_story_paragraphs"), longStory->paragraphs.size());
    // Timings on a shared machine depend on what else runs; say how busy it was.
    QFile loadavg(QStringLiteral("/proc/loadavg"));
    if (loadavg.open(QIODevice::ReadOnly))
        m_notes.insert(QStringLiteral("load_average"),
                       QString::fromLatin1(loadavg.readAll()).section(QLatin1Char(' '), 0, 2));
    return true;
}

// Shaping alone: the seed page's paragraphs itemized as the composer does it (outside the
// clock), so that the floor shapes exactly the runs a compose shapes.
void BenchRunner::prepareShapeJobs()
{
    text::Itemizer itemizer(text::FontCatalog::instance());
    for (ObjectId id : storiesOnPage(*m_seedEdition, 0)) {
        const StoryFlow flow = ModelAdapter::storyFlow(*m_seedEdition, id);
        for (const FlowParagraph &p : flow.paragraphs) {
            QList<text::StyleRun> runs = p.runs;
            const QString clean = text::TextSanitizer::sanitize(p.text, &runs);
            if (clean.isEmpty())
                continue;
            for (const text::TextItem &item : itemizer.itemize(clean, runs)) {
                if (!item.face)
                    continue;
                const text::TextStyle &style = runs[item.styleIndex].style;
                m_shapeJobs.append({item.face, style.size,
                                    clean.mid(item.start, item.end - item.start), item.script,
                                    item.language, style.features + item.features});
            }
        }
    }
}

// The first frame holding body lines of the page's longest story: narrowing it recomposes
// that frame and every frame after it in the chain.
ObjectId BenchRunner::pickRelayoutFrame()
{
    LayoutEngine engine(m_seedEdition.get());
    ObjectId best = 0;
    int bestChars = -1;
    for (ObjectId id : storiesOnPage(*m_seedEdition, 0)) {
        const int chars = m_seedEdition->story(id)->characterCount();
        if (chars <= bestChars)
            continue;
        const StoryLayout story = engine.storyLayout(id);
        for (const FrameLayout &frame : story.frames) {
            const bool body = std::any_of(frame.lines.begin(), frame.lines.end(),
                                          [](const PlacedLine &l) { return l.column >= 0; });
            if (body) {
                best = frame.frameId;
                bestChars = chars;
                break;
            }
        }
    }
    return best;
}

void BenchRunner::noteMaximum(const QString &key, double value)
{
    if (!m_notes.contains(key) || m_notes.value(key).toDouble() < value)
        m_notes.insert(key, value);
}

bool BenchRunner::runOnce(BenchResult *result, bool record)
{
    QMap<QString, double> values;
    values.insert(kShapeFloor, measureShapeFloor());
    if (!measureSeedPage(&values, &result->error))
        return false;
    measureKeystrokes(&values);
    if (!measureSixteenPages(&values, &result->error))
        return false;
    if (!measureImport(&values, &result->error))
        return false;
    if (record) {
        for (auto it = values.cbegin(); it != values.cend(); ++it)
            result->samples[it.key()].append(it.value());
    }
    return true;
}

double BenchRunner::measureShapeFloor() const
{
    text::Shaper shaper; // a shaper of its own: an empty cache
    QElapsedTimer timer;
    timer.start();
    for (const ShapeJob &job : m_shapeJobs)
        shaper.shape(*job.face, job.size, job.text, job.script, job.language, job.features);
    return msSince(timer);
}

bool BenchRunner::measureSeedPage(QMap<QString, double> *values, QString *error)
{
    Edition &e = *m_seedEdition;
    text::Shaper *shaper = text::Shaper::instance();
    shaper->clearCache();
    LayoutEngine engine(&e);
    const qint64 shapedBefore = shaper->shapeCount();
    QElapsedTimer timer;
    timer.start();
    const PageLayout page = engine.layoutPage(0);
    values->insert(kComposeCold, msSince(timer));
    m_notes.insert(QStringLiteral("compose_cold_shape_calls"), shaper->shapeCount() - shapedBefore);
    m_notes.insert(QStringLiteral("seed_page_glyphs"), BenchMemory::glyphCount({page}));

    timer.restart();
    engine.layoutPage(0);
    values->insert(kRelayoutUnchanged, msSince(timer));

    // One frame one body em narrower, as a page editor's drag would leave it.
    const Frame before = *e.frame(m_relayoutFrameId);
    Frame narrower = before;
    const ParagraphStyle *body = e.styleForRole(ParagraphRole::Body);
    narrower.rect.setWidth(before.rect.width() - (body ? body->size : 9.0));
    e.undoStack()->push(FrameCommand::change(&e, narrower, tr("改变框宽")));
    const int composedBefore = engine.layouter()->framesComposed();
    timer.restart();
    engine.layoutPage(0);
    values->insert(kRelayoutWarm, msSince(timer));
    noteMaximum(QStringLiteral("relayout_frames_composed"),
                engine.layouter()->framesComposed() - composedBefore);
    e.undoStack()->undo();

    timer.restart();
    if (!exportPages(e, {page}, QStringLiteral("seed"), error))
        return false;
    values->insert(kExportPage, msSince(timer));
    return true;
}

// One character typed into the first paragraph of the long story, then the edited page laid
// out again (the whole chain is flowed; unchanged frames come from the cache).
void BenchRunner::measureKeystrokes(QMap<QString, double> *values)
{
    Edition &e = *m_longEdition;
    // A layout of its own for each run, warmed by laying out the pages, and no shaped text from
    // earlier runs: no cache may remember an earlier run's identical keystroke.
    LayoutEngine engine(&e);
    for (int i = 0; i < e.pages().size(); ++i)
        engine.layoutPage(i);
    text::Shaper::instance()->clearCache();
    QList<double> times;
    int composed = 0;
    for (int k = 0; k < kKeystrokesPerRun; ++k) {
        const int composedBefore = engine.layouter()->framesComposed();
        QElapsedTimer timer;
        timer.start();
        Story story = *e.story(m_longStoryId);
        QString &text = story.paragraphs.first().runs.first().text;
        text.insert(int(text.size()) / 2, QChar(0x5B57)); // 字
        e.undoStack()->push(StoryCommand::change(&e, story, tr("输入"), true));
        engine.layoutPage(0);
        times.append(msSince(timer));
        composed = std::max(composed, engine.layouter()->framesComposed() - composedBefore);
    }
    // Back to the story as it was, so that every run types the same characters.
    while (e.undoStack()->canUndo())
        e.undoStack()->undo();
    values->insert(kKeystroke, medianOf(times));
    values->insert(kKeystrokeMax, *std::max_element(times.begin(), times.end()));
    noteMaximum(QStringLiteral("keystroke_max_frames_composed"), composed);
    m_notes.insert(QStringLiteral("keystrokes_per_run"), kKeystrokesPerRun);
}

bool BenchRunner::measureSixteenPages(QMap<QString, double> *values, QString *error)
{
    const Edition &e = *m_edition16;
    text::Shaper::instance()->clearCache();
    const qint64 heapBefore = BenchMemory::heapInUse();
    const qint64 rssBefore = BenchMemory::residentBytes();
    auto engine = std::make_unique<LayoutEngine>(&e);
    QList<PageLayout> pages;
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < e.pages().size(); ++i)
        pages.append(engine->layoutPage(i));
    values->insert(kCompose16Pages, msSince(timer));
    const qint64 heapAfter = BenchMemory::heapInUse();
    const qint64 rssAfter = BenchMemory::residentBytes();
    if (heapBefore >= 0 && heapAfter >= 0) {
        values->insert(kLayouts16PagesMb, double(heapAfter - heapBefore) / kMiB);
        m_notes.insert(QStringLiteral("layouts_16_pages_mb_method"),
                       tr("排 16 版并保留结果期间堆内存的增长（glibc mallinfo2）："
                          "PageLayout 加上排版和整形缓存"));
    } else {
        values->insert(kLayouts16PagesMb, double(rssAfter - rssBefore) / kMiB);
        m_notes.insert(QStringLiteral("layouts_16_pages_mb_method"),
                       tr("排 16 版并保留结果期间常驻内存的增长（/proc/self/statm）"));
    }
    values->insert(kLayouts16PagesItemsMb, double(BenchMemory::layoutBytes(pages)) / kMiB);
    m_notes.insert(QStringLiteral("layouts_16_pages_items_mb_method"),
                   tr("PageLayout 条目及其字形、步进、偏移、字簇数组和字簇文字的字节数"
                      "（共享的数组只算一次，不含分配器开销）"));
    m_notes.insert(QStringLiteral("edition_pages"), e.pages().size());
    m_notes.insert(QStringLiteral("edition_glyphs"), BenchMemory::glyphCount(pages));

    timer.restart();
    for (int i = 0; i < pages.size(); ++i) {
        if (!exportPages(e, {pages[i]}, QStringLiteral("page%1").arg(i + 1), error))
            return false;
    }
    values->insert(kExport16Pages, msSince(timer));
    return true;
}

// `folio-cli page` without the PDF: a 1 MB story decoded, parsed, built and placed on a
// broadsheet page with its copyfit (the overset counted exactly), with nothing shaped before.
bool BenchRunner::measureImport(QMap<QString, double> *values, QString *error)
{
    auto edition = Edition::createDefault();
    text::Shaper::instance()->clearCache();
    ingest::ImportOptions options;
    options.templateKey = QStringLiteral("broadsheet8");
    QElapsedTimer timer;
    timer.start();
    const ingest::ImportResult r =
        ingest::PageImporter::importBytes(m_importText, *edition, options);
    values->insert(kImport1Mb, msSince(timer));
    if (!r.ok || !r.hasPage || r.placement.stories.size() != 1) {
        *error = tr("1 MB 稿件没有排出版面：%1").arg(r.error);
        return false;
    }
    m_notes.insert(QStringLiteral("import_overset_chars"), -r.placement.stories.first().copyfit);
    return true;
}

// One PDF/X file, as the printer gets it, written completely (through a save file).
bool BenchRunner::exportPages(const Edition &edition, const QList<PageLayout> &pages,
                              const QString &prefix, QString *error)
{
    pdf::PdfExportOptions options;
    options.settings = edition.exportSettings();
    options.paperName = edition.info().paperName;
    options.editionDate = edition.info().date;
    options.images = [&edition](ObjectId id) { return edition.image(id); };
    QList<pdf::PdfPageLabel> labels;
    for (const PageLayout &page : pages) {
        const Page &p = edition.pages().value(page.pageIndex);
        labels.append({p.section, p.number});
    }
    pdf::PdfxWriter writer(options);
    const QString path = m_outDir.filePath(prefix + QStringLiteral(".pdf"));
    if (!writer.writeFile(path, pages, labels)) {
        *error = tr("导出 PDF 失败：%1").arg(writer.errorString());
        return false;
    }
    return true;
}

} // namespace folio::cli
