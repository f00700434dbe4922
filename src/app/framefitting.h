#pragma once

#include "core/ids.h"

#include <QCoreApplication>

namespace folio {
class Edition;
}

namespace folio::app {

// Frame geometry the night desk fits by: 按内容调整框高 (the last frame of a chain shrinks or
// grows to the end of its text) and 宽度跨 N 栏 (a frame spans N columns of the page grid).
// Each is one undo step; each returns the refusal in words, empty on success.
class FrameFitting
{
    Q_DECLARE_TR_FUNCTIONS(FrameFitting)
public:
    // The last frame of the chain that frameId belongs to gets the smallest height that holds
    // the rest of the story (found with layout's own composer, to 1/4 pt). It grows at most to
    // the type area's bottom (or keeps its height when it already reaches further); text that
    // still does not fit is reported in `note`.
    static QString fitChainToText(Edition *edition, ObjectId frameId, QString *note = nullptr);
    // x and width snap to `columns` columns of the page grid, starting at the grid column
    // nearest the frame's left edge (moved left when it would run off the grid). A text frame
    // gets as many text columns with the grid's gutter, unless it is a picture's caption.
    static QString spanColumns(Edition *edition, ObjectId frameId, int columns);
};

} // namespace folio::app
