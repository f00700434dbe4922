#include "ingest/storymetrics.h"

#include "ingest/storybuilder.h"
#include "layout/framecomposer.h"
#include "layout/modeladapter.h"
#include "model/edition.h"

#include <cmath>
#include <limits>

namespace folio::ingest {

namespace {
constexpr double kTall = 1.0e5; // a probe frame that never fills
// Lines measured past the page's capacity before the rest is only estimated.
constexpr int kMarginLines = 16;
} // namespace

StoryMetrics::StoryMetrics(const Edition &styles, const BuiltStories &built,
                           const QList<ParagraphStyle> &headlineStyles)
    : m_scratch(std::make_unique<Edition>()), m_headlineStyles(headlineStyles)
{
    for (const auto &s : styles.paragraphStyles())
        m_scratch->putParagraphStyle(s);
    for (const auto &s : headlineStyles)
        m_scratch->putParagraphStyle(s);
    for (const auto &s : styles.characterStyles())
        m_scratch->putCharacterStyle(s);
    for (const auto &s : built.stories + built.bannerStories) {
        m_scratch->putStory(s);
        m_stories.insert(s.id, s);
    }
    if (const ParagraphStyle *body = styles.styleForRole(ParagraphRole::Body)) {
        m_bodySize = body->size;
        m_bodyLeading = body->leadingPt();
    }
}

StoryMetrics::~StoryMetrics() = default;

Story StoryMetrics::variantStory(ObjectId storyId, int variant) const
{
    Story story = m_stories.value(storyId);
    if (variant <= 0 || variant >= m_headlineStyles.size())
        return story;
    const ObjectId base = m_headlineStyles.first().id;
    for (Paragraph &p : story.paragraphs)
        if (p.styleId == base)
            p.styleId = m_headlineStyles[variant].id;
    return story;
}

void StoryMetrics::setHeadlineVariant(ObjectId storyId, int variant)
{
    m_scratch->putStory(variantStory(storyId, variant));
}

int StoryMetrics::headlineLines(ObjectId storyId, double width, int variant)
{
    const StoryFlow f = flow(storyId, 0, -1, variant);
    const Story story = variantStory(storyId, variant);
    const ObjectId id = variant < m_headlineStyles.size() ? m_headlineStyles[variant].id : 0;
    for (int i = 0; i < story.paragraphs.size() && i < f.paragraphs.size(); ++i) {
        if (story.paragraphs[i].styleId != id)
            continue;
        StoryFlow one = f;
        one.paragraphs = {f.paragraphs[i]};
        FlowFrame frame;
        frame.rect = QRectF(0, 0, width, kTall);
        FrameComposer composer(m_layouter.paragraphCache());
        return int(composer.compose(one, frame, {}).lines.size());
    }
    return 0;
}

StoryFlow StoryMetrics::flow(ObjectId storyId, int first, int last, int variant)
{
    const auto key = qMakePair(storyId, variant);
    if (!m_scratch->story(storyId))
        return {};
    if (!m_flows.contains(key)) {
        // The scratch story is switched for the adapter and then put back as it was.
        const Story current = *m_scratch->story(storyId);
        m_scratch->putStory(variantStory(storyId, variant));
        m_flows.insert(key, ModelAdapter::storyFlow(*m_scratch, storyId));
        m_scratch->putStory(current);
    }
    StoryFlow f = m_flows.value(key);
    const int n = int(f.paragraphs.size());
    last = last < 0 ? n : std::min(last, n);
    first = std::clamp(first, 0, last);
    f.paragraphs = f.paragraphs.mid(first, last - first);
    f.frames.clear();
    return f;
}

void StoryMetrics::setPageCapacity(int linesPerColumn, int columns)
{
    m_pageLines = std::max(0, linesPerColumn);
    m_pageColumns = std::max(0, columns);
}

int StoryMetrics::linesComposed() const
{
    return m_layouter.paragraphCache()->linesComposed();
}

// A one-column probe as tall as all of the page's columns end to end, plus the margin.
double StoryMetrics::probeHeight() const
{
    if (m_pageLines <= 0 || m_pageColumns <= 0)
        return kTall;
    return std::min(kTall, (m_pageLines * m_pageColumns + kMarginLines) * m_bodyLeading);
}

// Lines the text from `from` on needs at `width`, from its characters alone: what did not fit
// the probe is overset on any page, so its exact line breaks do not matter.
int StoryMetrics::estimatedLines(const StoryFlow &flow, const BreakToken &from, double width) const
{
    const int perLine = std::max(1, int(width / m_bodySize + 1e-6));
    qint64 lines = 0;
    for (int i = from.paragraph; i < flow.paragraphs.size(); ++i) {
        const qint64 length =
            flow.paragraphs[i].text.size() - (i == from.paragraph ? from.offset : 0);
        lines += std::max<qint64>(1, (length + perLine - 1) / perLine);
    }
    return int(std::min<qint64>(lines, std::numeric_limits<int>::max() / 2));
}

int StoryMetrics::linesIn(const FrameLayout &layout) const
{
    double top = 0;
    double bottom = -1;
    bool any = false;
    for (const PlacedLine &l : layout.lines) {
        if (l.column < 0)
            continue;
        top = any ? std::min(top, l.baseline) : l.baseline;
        bottom = std::max(bottom, l.baseline);
        any = true;
    }
    return any ? int(std::lround((bottom - top) / m_bodyLeading)) + 1 : 0;
}

double StoryMetrics::headBlockHeight(ObjectId storyId, double width, int variant)
{
    StoryFlow f = flow(storyId, 0, -1, variant);
    if (f.paragraphs.isEmpty() || !f.paragraphs.first().inHeadlineBlock)
        return 0.0;
    // Compose the block with the first body paragraph under it: that line's top is where
    // the body starts.
    int n = 0;
    while (n < f.paragraphs.size() && f.paragraphs[n].inHeadlineBlock)
        ++n;
    const bool withBody = n < f.paragraphs.size();
    f.paragraphs = f.paragraphs.mid(0, n + (withBody ? 1 : 0));
    FlowFrame frame;
    frame.rect = QRectF(0, 0, width, kTall);
    FrameComposer composer(m_layouter.paragraphCache());
    const FrameLayout layout = composer.compose(f, frame, {});
    double blockBottom = 0;
    for (const PlacedLine &l : layout.lines) {
        if (l.column >= 0)
            return l.baseline - 0.88 * m_bodySize;
        blockBottom = std::max(blockBottom, l.baseline + 0.12 * m_bodySize);
    }
    return blockBottom + m_bodyLeading - m_bodySize;
}

int StoryMetrics::lines(ObjectId storyId, int first, int last, double columnWidth)
{
    StoryFlow f = flow(storyId, first, last);
    for (auto &p : f.paragraphs)
        p.inHeadlineBlock = false;
    FlowFrame frame;
    frame.rect = QRectF(0, 0, columnWidth, probeHeight());
    FrameComposer composer(m_layouter.paragraphCache());
    const FrameLayout layout = composer.compose(f, frame, {});
    const int measured = linesIn(layout);
    if (layout.end.paragraph >= f.paragraphs.size())
        return measured;
    return measured + estimatedLines(f, layout.end, columnWidth);
}

int StoryMetrics::balancedLines(ObjectId storyId, int first, int last, int columns,
                                double columnWidth)
{
    StoryFlow f = flow(storyId, first, last);
    for (auto &p : f.paragraphs)
        p.inHeadlineBlock = false;
    const int total = lines(storyId, first, last, columnWidth);
    if (total == 0)
        return 0;
    // The even share, plus what keeping lone last lines off column tops costs (rule 18). A
    // share taller than the page (and its margin) is never composed: the story is overset
    // whatever its exact lines.
    const int even = (total + columns - 1) / columns;
    const int most = m_pageLines > 0 ? m_pageLines + kMarginLines : total;
    if (even > most)
        return even;
    FrameComposer composer(m_layouter.paragraphCache());
    for (int perColumn = even; perColumn <= std::min(total, most); ++perColumn) {
        FlowFrame frame;
        frame.rect = QRectF(0, 0, columnWidth, perColumn * m_bodyLeading);
        BreakToken token;
        for (int c = 0; c < columns; ++c)
            token = composer.compose(f, frame, token).end;
        if (token.paragraph >= f.paragraphs.size())
            return perColumn;
    }
    return std::min(total, most + 1);
}

double StoryMetrics::paragraphHeight(ObjectId storyId, int paragraph, double width)
{
    StoryFlow f = flow(storyId, paragraph, paragraph + 1);
    if (f.paragraphs.isEmpty())
        return 0.0;
    f.paragraphs.first().inHeadlineBlock = true;
    FlowFrame frame;
    frame.rect = QRectF(0, 0, width, kTall);
    FrameComposer composer(m_layouter.paragraphCache());
    const FrameLayout layout = composer.compose(f, frame, {});
    double bottom = 0;
    for (const PlacedLine &l : layout.lines)
        bottom = std::max(bottom, l.baseline);
    return bottom + 0.12 * f.paragraphs.first().runs.value(0).style.size;
}

StoryLayout StoryMetrics::layoutOn(const Page &page, ObjectId storyId)
{
    Page copy = page;
    if (m_pageId == 0)
        m_pageId = copy.id ? copy.id : m_scratch->newId();
    copy.id = m_pageId;
    m_scratch->putPage(copy);
    return m_layouter.layout(ModelAdapter::storyFlow(*m_scratch, storyId));
}

} // namespace folio::ingest
