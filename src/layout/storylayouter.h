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
    const ParagraphCache *paragraphCache() const { return &m_paragraphs; }
    void clear();
    // Frames kept: every edit that moves a frame's start token adds an entry, so the cache is
    // bounded by an estimate of the memory it holds (least recently used frames go first).
    int cachedFrames() const { return int(m_frames.size()); }
    void setFrameCacheLimit(qint64 bytes);

private:
    struct CachedFrame
    {
        FrameLayout layout;
        QList<quint64> fingerprints; // of the paragraphs from start to end
        qint64 bytes = 0;            // estimated
        quint64 lastUse = 0;
    };
    static QList<quint64> fingerprints(const StoryFlow &story, const QList<quint64> &all,
                                       const BreakToken &start, const BreakToken &end);

    ParagraphCache m_paragraphs;
    void evictFrames();

    QHash<QPair<quint64, BreakToken>, CachedFrame> m_frames;
    qint64 m_frameBytes = 0;
    qint64 m_frameLimit = 32 * 1024 * 1024;
    quint64 m_clock = 0;
    int m_framesComposed = 0;
};

} // namespace folio
