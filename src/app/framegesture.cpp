#include "app/framegesture.h"

namespace folio::app {

namespace {
constexpr double kMinSize = 4.0; // pt: a frame never collapses below this while dragging
}

FrameGesture::FrameGesture(Kind kind, FrameHandle handle, const QRectF &start,
                           const QPointF &pressPt, const GuideSnapper &snapper, double tolerance)
    : m_kind(kind), m_handle(handle), m_start(start), m_press(pressPt), m_snapper(snapper),
      m_tolerance(tolerance), m_rect(start)
{}

void FrameGesture::update(const QPointF &pt, bool free, bool constrained)
{
    QPointF delta = pt - m_press;
    // A constrained move keeps the axis the pointer moved further along, as editors expect.
    const bool lockX = constrained && m_kind == Kind::Move && qAbs(delta.y()) > qAbs(delta.x());
    const bool lockY = constrained && m_kind == Kind::Move && !lockX;
    if (lockX)
        delta.setX(0);
    if (lockY)
        delta.setY(0);
    // The click tolerance is the snapping tolerance: a wobble of a pixel is not a move.
    if (!m_moved && qAbs(delta.x()) + qAbs(delta.y()) < m_tolerance / 2)
        return;
    m_moved = true;
    const double tol = free ? 0.0 : m_tolerance;
    switch (m_kind) {
    case Kind::Move:
        m_rect = m_snapper.snapMove(m_start.translated(delta), tol);
        if (lockX)
            m_rect.moveLeft(m_start.left());
        if (lockY)
            m_rect.moveTop(m_start.top());
        break;
    case Kind::Create: {
        const double x0 = m_snapper.snapX(m_press.x(), tol);
        const double y0 = m_snapper.snapY(m_press.y(), tol);
        const double x1 = m_snapper.snapX(pt.x(), tol);
        const double y1 = m_snapper.snapY(pt.y(), tol);
        m_rect = QRectF(QPointF(x0, y0), QPointF(x1, y1)).normalized();
        break;
    }
    case Kind::Resize: {
        double left = m_start.left();
        double top = m_start.top();
        double right = m_start.right();
        double bottom = m_start.bottom();
        const bool l = m_handle == FrameHandle::Left || m_handle == FrameHandle::TopLeft ||
                       m_handle == FrameHandle::BottomLeft;
        const bool r = m_handle == FrameHandle::Right || m_handle == FrameHandle::TopRight ||
                       m_handle == FrameHandle::BottomRight;
        const bool t = m_handle == FrameHandle::Top || m_handle == FrameHandle::TopLeft ||
                       m_handle == FrameHandle::TopRight;
        const bool b = m_handle == FrameHandle::Bottom || m_handle == FrameHandle::BottomLeft ||
                       m_handle == FrameHandle::BottomRight;
        if (l)
            left = qMin(m_snapper.snapX(left + delta.x(), tol), right - kMinSize);
        if (r)
            right = qMax(m_snapper.snapX(right + delta.x(), tol), left + kMinSize);
        if (t)
            top = qMin(m_snapper.snapY(top + delta.y(), tol), bottom - kMinSize);
        if (b)
            bottom = qMax(m_snapper.snapY(bottom + delta.y(), tol), top + kMinSize);
        m_rect = QRectF(QPointF(left, top), QPointF(right, bottom));
        break;
    }
    }
}

} // namespace folio::app
