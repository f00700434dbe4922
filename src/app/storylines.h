#pragma once

#include "core/ids.h"
#include "layout/pagelayout.h"

#include <QList>
#include <QString>

namespace folio::app {

// One composed line of a story on a page as the caret sees it: where each character
// boundary is, in page pt, and which story position it stands for.
struct StoryLine
{
    ObjectId pageId = 0;
    ObjectId frameId = 0;
    int column = -1;
    double baseline = 0;
    double top = 0;    // pt, the ideographic em box of the line's largest run
    double bottom = 0; // pt
    // Boundaries left to right: positions[i] is the flat story position (StoryText) at x
    // edges[i]; one more boundary than the line has clusters.
    QList<int> positions;
    QList<double> edges;

    int start() const { return positions.isEmpty() ? 0 : positions.first(); }
    int end() const { return positions.isEmpty() ? 0 : positions.last(); }
    double left() const { return edges.isEmpty() ? 0 : edges.first(); }
    double right() const { return edges.isEmpty() ? 0 : edges.last(); }
    // x of a position on this line (its cluster's left edge; the line's end at or after it).
    double xOf(int position) const;
    // The boundary nearest to x.
    int positionAt(double x) const;
};

// Reads a story's lines back from a composed page through the glyph runs' clusters (text
// and paragraph offset). Lines come out in story order, which is the visual order of the
// chain: frame after frame, column after column, line after line.
class StoryLines
{
public:
    static QList<StoryLine> build(const PageLayout &layout, ObjectId pageId, ObjectId storyId,
                                  const QList<int> &paragraphStarts);
    // The line to draw a caret at position on: the line that holds it, or that it ends
    // (`upstream`: a caret after a line's last character, as End leaves it, or a paragraph's
    // end); -1 when none on these lines. `exact` tells whether the line truly holds it.
    static int lineOf(const QList<StoryLine> &lines, int position, bool upstream,
                      const QString &plainText, bool *exact = nullptr);
    // The line nearest to a page point among lines of one frame (hit testing a click).
    static int lineAt(const QList<StoryLine> &lines, const QPointF &pt, ObjectId frameId);
};

} // namespace folio::app
