#include "layout/storylayouter.h"

#include <algorithm>
#include <cmath>
#include <vector>

namespace folio {

QString StoryLayout::copyfitText() const
{
    if (overset)
        return QStringLiteral("超出 %1 字，%2 行").arg(oversetChars).arg(oversetLines);
    return QStringLiteral("剩余 %1 字，%2 行").arg(remainingChars).arg(remainingLines);
}

StoryLayouter::StoryLayouter() = default;

void StoryLayouter::clear()
{
    m_frames.clear();
    m_frameBytes = 0;
    m_paragraphs.clear();
}

void StoryLayouter::setFrameCacheLimit(qint64 bytes)
{
    m_frameLimit = bytes;
    evictFrames();
}

// Drops the least recently used frames down to three quarters of the limit; the frames of the
// layout just made were used last and stay unless they alone are over it.
void StoryLayouter::evictFrames()
{
    if (m_frameBytes <= m_frameLimit)
        return;
    std::vector<std::pair<quint64, QPair<quint64, BreakToken>>> byUse;
    byUse.reserve(size_t(m_frames.size()));
    for (auto it = m_frames.cbegin(); it != m_frames.cend(); ++it)
        byUse.emplace_back(it->lastUse, it.key());
    std::sort(byUse.begin(), byUse.end(),
              [](const auto &a, const auto &b) { return a.first < b.first; });
    for (const auto &[use, key] : byUse) {
        if (m_frameBytes <= m_frameLimit / 4 * 3)
            break;
        auto it = m_frames.find(key);
        m_frameBytes -= it->bytes;
        m_frames.erase(it);
    }
}

namespace {
qint64 frameBytes(const FrameLayout &frame)
{
    qint64 bytes = 512 + qint64(frame.lines.size()) * (sizeof(PlacedLine) + 64);
    for (const GlyphRun &run : frame.runs) {
        bytes += sizeof(GlyphRun) + 4 * 32 +
                 qint64(run.glyphs.size()) * (sizeof(quint32) + sizeof(double) + sizeof(QPointF)) +
                 qint64(run.clusters.size()) * sizeof(GlyphCluster);
    }
    return bytes;
}
} // namespace

QList<quint64> StoryLayouter::fingerprints(const StoryFlow &story, const QList<quint64> &all,
                                           const BreakToken &start, const BreakToken &end)
{
    QList<quint64> out;
    const int last = std::min(int(story.paragraphs.size()) - 1, end.paragraph);
    for (int i = start.paragraph; i <= last; ++i)
        out.append(all[i]);
    // A frame that holds the story's end also depends on there being nothing after it.
    if (end.paragraph >= story.paragraphs.size())
        out.append(quint64(story.paragraphs.size()));
    return out;
}

StoryLayout StoryLayouter::layout(const StoryFlow &story)
{
    StoryLayout result;
    result.storyId = story.storyId;
    FrameComposer composer(&m_paragraphs);
    // Each paragraph hashed once per layout, for the frame checks and the paragraph cache.
    QList<quint64> all;
    all.reserve(story.paragraphs.size());
    for (const FlowParagraph &p : story.paragraphs)
        all.append(p.fingerprint());
    BreakToken token;
    for (const FlowFrame &frame : story.frames) {
        const QPair<quint64, BreakToken> key(
            qHashMulti(frame.geometryKey(), story.storyId, story.bodySize, story.bodyLeading),
            token);
        auto it = m_frames.find(key);
        bool valid = false;
        if (it != m_frames.end())
            valid = it->fingerprints == fingerprints(story, all, token, it->layout.end);
        if (!valid) {
            CachedFrame entry;
            entry.layout = composer.compose(story, frame, token, &all);
            entry.fingerprints = fingerprints(story, all, token, entry.layout.end);
            entry.bytes = frameBytes(entry.layout);
            ++m_framesComposed;
            if (it != m_frames.end())
                m_frameBytes -= it->bytes;
            m_frameBytes += entry.bytes;
            it = m_frames.insert(key, std::move(entry));
        }
        it->lastUse = ++m_clock;
        result.frames.append(it->layout);
        result.diagnostics += it->layout.diagnostics;
        token = it->layout.end;
    }
    result.end = token;
    evictFrames();

    const int paragraphCount = int(story.paragraphs.size());
    result.overset = token.paragraph < paragraphCount;
    if (result.overset) {
        // Count what did not fit, and how many lines it needs at the last column width.
        const double width = story.frames.isEmpty()
                                 ? 12 * story.bodySize
                                 : FrameComposer::columnWidth(story, story.frames.last());
        for (int i = token.paragraph; i < paragraphCount; ++i) {
            const auto para = m_paragraphs.composer(story.paragraphs[i], all[i]);
            const int from = i == token.paragraph ? token.offset : 0;
            result.oversetChars += std::max(0, para->length() - from);
            result.oversetLines +=
                int(para->composeLines([width](int) { return width; }, from).size());
        }
        const FlowFrame *last = story.frames.isEmpty() ? nullptr : &story.frames.last();
        result.diagnostics.append({Diagnostic::Severity::Warning, QStringLiteral("overset"),
                                   QStringLiteral("Story overset: %1").arg(result.copyfitText()),
                                   story.storyId, last ? last->id : 0,
                                   last ? last->pageIndex : -1});
    } else if (!result.frames.isEmpty()) {
        // Free lines in the frames from the one where the story ends.
        for (const FrameLayout &f : std::as_const(result.frames))
            result.remainingLines += f.freeLines;
        const double width = result.frames.last().columnWidth;
        const int charsPerLine = int(std::floor(width / story.bodySize + 1e-6));
        result.remainingChars = result.remainingLines * charsPerLine;
    }
    return result;
}

} // namespace folio
