#pragma once

#include "layout/framecomposer.h"
#include "layout/paragraphcache.h"

#include <QHash>
#include <QList>

namespace folio {

// A story flowed through its whole frame chain, with its copyfit counts.
struct StoryLayout
{
    ObjectId storyId = 0;
    QList<FrameLayout> frames; // one per frame of the chain, in order
    BreakToken end;
    bool overset = false;
    int oversetChars = 0;   // 超出 N 字
    int oversetLines = 0;   // … N 行 at the last frame's column width
    int remainingChars = 0; // 剩余 N 字: free lines × characters per line
    int remainingLines = 0;
    Diagnostics diagnostics;

    // "剩余 N 字，N 行" or "超出 N 字，N 行", as the copyfit marker shows it.
    QString copyfitText() const;
};

// Flows stories through frame chains. Each frame's layout is cached by (frame geometry, start
// token) and kept while the paragraphs it holds are unchanged, so after an edit only the
// edited frame and the frames whose start token moved are composed again.
class StoryLayouter
{
public:
    StoryLayouter();

    StoryLayout layout(const StoryFlow &story);

    // Frames composed (not taken from the cache) since construction, for tests and the bench.
    int framesComposed() const { return m_framesComposed; }
    ParagraphCache *paragraphCache() { return &m_paragraphs; }
    void clear();

private:
    struct CachedFrame
    {
        FrameLayout layout;
        QList<quint64> fingerprints; // of the paragraphs from start to end
        double bodySize = 0;
        double bodyLeading = 0;
    };
    static QList<quint64> fingerprints(const StoryFlow &story, const BreakToken &start,
                                       const BreakToken &end);

    ParagraphCache m_paragraphs;
    QHash<QPair<quint64, BreakToken>, CachedFrame> m_frames;
    int m_framesComposed = 0;
};

} // namespace folio
