#pragma once

#include "core/diagnostic.h"
#include "layout/breaktoken.h"
#include "layout/pagelayout.h"
#include "layout/storyflow.h"

#include <QList>
#include <QString>

namespace folio {

class ParagraphCache;

// One text line as placed in a frame.
struct PlacedLine
{
    int paragraph = 0;
    int column = -1; // -1: the headline block across the columns
    int start = 0;   // UTF-16 range in the paragraph's composed text
    int end = 0;
    double left = 0.0;     // pt, page x of the column's (or block's) left edge
    double baseline = 0.0; // pt, page y
    double width = 0.0;    // pt, the measure it was set to
    bool isLastOfParagraph = false;
    QString text;
};

// The text a frame holds, positioned on its page.
struct FrameLayout
{
    ObjectId frameId = 0;
    int pageIndex = 0;
    BreakToken start;
    BreakToken end;
    double columnWidth = 0.0; // pt
    QList<PlacedLine> lines;
    QList<GlyphRun> runs; // page coordinates, frameId/storyId/column set
    int freeLines = 0;    // empty body lines left at the bottom of its columns
    Diagnostics diagnostics;
};

// Composes the text of one frame of a story's chain, from a break token to the next one:
// the headline block first when the story starts here, then column after column.
class FrameComposer
{
public:
    explicit FrameComposer(ParagraphCache *cache);

    // fingerprints: FlowParagraph::fingerprint() of each paragraph when the caller has them.
    FrameLayout compose(const StoryFlow &story, const FlowFrame &frame, const BreakToken &start,
                        const QList<quint64> *fingerprints = nullptr) const;

    // Column width of a frame: 栏宽 N 字 when set, else the inner width shared by the columns.
    static double columnWidth(const StoryFlow &story, const FlowFrame &frame);

private:
    ParagraphCache *m_cache;
};

} // namespace folio
