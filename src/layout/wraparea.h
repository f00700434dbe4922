#pragma once

#include <QList>
#include <QRectF>

namespace folio {

// The rectangles a text frame's lines keep clear of (text wrap), in page pt, each already
// grown by its frame's wrap offset. Answers, for one line's band, which part of a measure
// is free: the line is shortened from the covered side, set beside an obstacle in the
// middle on the wider side, or sent below when too little is left.
class WrapArea
{
public:
    // Where a line goes in its band.
    struct Slot
    {
        bool blocked = false; // no part is wide enough: move the line down to `below`
        double left = 0.0;    // pt, the free part of the measure
        double width = 0.0;
        double below = 0.0; // pt, when blocked: the top of the first band worth trying
    };

    WrapArea() = default;
    explicit WrapArea(QList<QRectF> obstacles);

    bool isEmpty() const { return m_obstacles.isEmpty(); }
    QList<QRectF> obstacles() const { return m_obstacles; }

    // The obstacles that reach into `area`: one column's or frame's, so that lines elsewhere
    // pay nothing for the wrap.
    WrapArea within(const QRectF &area) const;

    // The widest part of [left, left + width] that no obstacle covers between top and bottom
    // (ties: the left one); blocked when that part is narrower than minWidth.
    Slot slot(double left, double width, double top, double bottom, double minWidth) const;

private:
    QList<QRectF> m_obstacles;
};

} // namespace folio
