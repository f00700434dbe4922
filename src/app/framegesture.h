#pragma once

#include "app/guidesnapper.h"

#include <QPointF>
#include <QRectF>

namespace folio::app {

// Which part of a selected frame the pointer grabbed.
enum class FrameHandle {
    None,
    Body,
    TopLeft,
    Top,
    TopRight,
    Right,
    BottomRight,
    Bottom,
    BottomLeft,
    Left
};

// One mouse gesture on the page, in page points: moving or resizing a frame, or drawing a new
// one. It only computes rectangles (snapped to the guides); the view previews them and turns
// the final one into an undo command on release.
class FrameGesture
{
public:
    enum class Kind { Move, Resize, Create };

    FrameGesture(Kind kind, FrameHandle handle, const QRectF &start, const QPointF &pressPt,
                 const GuideSnapper &snapper, double tolerance);

    Kind kind() const { return m_kind; }
    // Updates with the pointer position; snapping is off while `free` (Alt held), and a move
    // keeps to its main axis while `constrained` (Shift held).
    void update(const QPointF &pt, bool free = false, bool constrained = false);
    QRectF rect() const { return m_rect; }
    QRectF startRect() const { return m_start; }
    // True once the pointer moved far enough for the gesture to count (not a click).
    bool hasMoved() const { return m_moved; }

private:
    Kind m_kind;
    FrameHandle m_handle;
    QRectF m_start;
    QPointF m_press;
    GuideSnapper m_snapper;
    double m_tolerance;
    QRectF m_rect;
    bool m_moved = false;
};

} // namespace folio::app
