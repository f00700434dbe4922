#pragma once

#include "model/frame.h"
#include "model/page.h"

#include <QCoreApplication>

namespace folio {
class Edition;
}

namespace folio::app {

// The frames the creation tools draw: a text frame spanning whole columns, an image frame
// that fits its picture, a rule and a box. Names, defaults and paint order live here so the
// page view only supplies the dragged rectangle.
class FrameFactory
{
    Q_DECLARE_TR_FUNCTIONS(FrameFactory)
public:
    // `rect` is the snapped, normalised drag; `press` the point it started from, which gives a
    // rule its side of the rectangle. A rule runs horizontally or vertically,
    // whichever way the drag went further: newspaper rules are never slanted.
    static Frame create(Edition *edition, const Page &page, FrameKind kind, const QRectF &rect,
                        const QPointF &press);
    // A drag this small is a slip of the mouse, not a frame.
    static bool isLargeEnough(FrameKind kind, const QRectF &rect);
    // One more than the topmost frame of the page: new frames go on top.
    static int topZ(const Page &page);
    static QString defaultName(FrameKind kind, ObjectId id);
};

} // namespace folio::app
