#include "layout/wraparea.h"

#include <algorithm>
#include <limits>

namespace folio {

namespace {
// Touching is not overlapping: a line may sit right on an obstacle's edge.
constexpr double kEpsilon = 1e-6;
} // namespace

WrapArea::WrapArea(QList<QRectF> obstacles)
{
    for (const QRectF &r : obstacles) {
        const QRectF n = r.normalized();
        if (n.width() > kEpsilon && n.height() > kEpsilon)
            m_obstacles.append(n);
    }
}

WrapArea WrapArea::within(const QRectF &area) const
{
    WrapArea out;
    for (const QRectF &r : m_obstacles) {
        if (r.left() < area.right() - kEpsilon && r.right() > area.left() + kEpsilon &&
            r.top() < area.bottom() - kEpsilon && r.bottom() > area.top() + kEpsilon)
            out.m_obstacles.append(r);
    }
    return out;
}

WrapArea::Slot WrapArea::slot(double left, double width, double top, double bottom,
                              double minWidth) const
{
    const double right = left + width;
    // The covered spans of the measure in this band; a frame has a handful of obstacles.
    QList<std::pair<double, double>> covered;
    double below = std::numeric_limits<double>::max();
    for (const QRectF &r : m_obstacles) {
        if (r.top() >= bottom - kEpsilon || r.bottom() <= top + kEpsilon)
            continue;
        if (r.left() >= right - kEpsilon || r.right() <= left + kEpsilon)
            continue;
        covered.append({std::max(left, r.left()), std::min(right, r.right())});
        below = std::min(below, r.bottom());
    }
    if (covered.isEmpty())
        return {false, left, width, 0.0};
    std::sort(covered.begin(), covered.end());

    Slot best{true, left, 0.0, below};
    double from = left;
    const auto consider = [&](double to) {
        if (to - from > best.width + kEpsilon) {
            best.left = from;
            best.width = to - from;
        }
    };
    for (const auto &[a, b] : std::as_const(covered)) {
        consider(a);
        from = std::max(from, b);
    }
    consider(right);
    best.blocked = best.width < minWidth - kEpsilon;
    if (best.blocked) {
        best.left = left;
        best.width = 0.0;
    }
    return best;
}

} // namespace folio
