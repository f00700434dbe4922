#include "layout/storylayouter.h"

#include <cmath>

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
    m_paragraphs.clear();
}

QList<quint64> StoryLayouter::fingerprints(const StoryFlow &story, const BreakToken &start,
                                           const BreakToken &end)
{
    QList<quint64> out;
    const int last = std::min(int(story.paragraphs.size()) - 1, end.paragraph);
    for (int i = start.paragraph; i <= last; ++i)
        out.append(story.paragraphs[i].fingerprint());
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
    BreakToken token;
    for (const FlowFrame &frame : story.frames) {
        const QPair<quint64, BreakToken> key(
            qHashMulti(frame.geometryKey(), story.storyId, story.bodySize, story.bodyLeading),
            token);
        auto it = m_frames.find(key);
        bool valid = false;
        if (it != m_frames.end())
            valid = it->fingerprints == fingerprints(story, token, it->layout.end);
        if (!valid) {
            CachedFrame entry;
            entry.layout = composer.compose(story, frame, token);
            entry.fingerprints = fingerprints(story, token, entry.layout.end);
            ++m_framesComposed;
            it = m_frames.insert(key, entry);
        }
        result.frames.append(it->layout);
        result.diagnostics += it->layout.diagnostics;
        token = it->layout.end;
    }
    result.end = token;

    const int paragraphCount = int(story.paragraphs.size());
    result.overset = token.paragraph < paragraphCount;
    if (result.overset) {
        // Count what did not fit, and how many lines it needs at the last column width.
        const double width = story.frames.isEmpty()
                                 ? 12 * story.bodySize
                                 : FrameComposer::columnWidth(story, story.frames.last());
        for (int i = token.paragraph; i < paragraphCount; ++i) {
            const auto para = m_paragraphs.composer(story.paragraphs[i]);
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
