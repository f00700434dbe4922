#include "app/guidesnapper.h"

#include <algorithm>
#include <cmath>

namespace folio::app {

GuideSnapper::GuideSnapper(const Page &page, bool gridRows) : m_page(page)
{
    const QRectF type = page.typeArea();
    m_x << 0 << page.size.width();
    for (int i = 0; i < qMax(1, page.grid.columns); ++i) {
        const double left = page.columnLeft(i);
        m_x << left << left + page.columnWidth();
    }
    m_y << 0 << page.size.height() << type.top() << type.bottom();
    if (gridRows && page.grid.gridLeading > 0) {
        for (double y = type.top() + page.grid.gridLeading; y < type.bottom() - 0.01;
             y += page.grid.gridLeading)
            m_y << y;
    }
    // Guides dragged from the rulers snap like the column guides.
    for (const Guide &g : page.guides)
        (g.orientation == Qt::Vertical ? m_x : m_y) << g.position;
    std::sort(m_x.begin(), m_x.end());
    std::sort(m_y.begin(), m_y.end());
}

double GuideSnapper::nearest(const QList<double> &guides, double v, double tolerance, bool *snapped)
{
    double best = v;
    double bestDistance = tolerance;
    bool found = false;
    for (double g : guides) {
        const double d = std::abs(g - v);
        if (d <= bestDistance) {
            best = g;
            bestDistance = d;
            found = true;
        }
    }
    if (snapped)
        *snapped = found;
    return best;
}

double GuideSnapper::snapX(double x, double tolerance, bool *snapped) const
{
    return nearest(m_x, x, tolerance, snapped);
}

double GuideSnapper::snapY(double y, double tolerance, bool *snapped) const
{
    return nearest(m_y, y, tolerance, snapped);
}

QRectF GuideSnapper::snapMove(const QRectF &rect, double tolerance) const
{
    const auto axis = [tolerance](const QList<double> &guides, double lo, double hi) {
        bool loSnap = false;
        bool hiSnap = false;
        const double l = nearest(guides, lo, tolerance, &loSnap);
        const double h = nearest(guides, hi, tolerance, &hiSnap);
        if (loSnap && (!hiSnap || std::abs(l - lo) <= std::abs(h - hi)))
            return l - lo;
        if (hiSnap)
            return h - hi;
        return 0.0;
    };
    const double dx = axis(m_x, rect.left(), rect.right());
    const double dy = axis(m_y, rect.top(), rect.bottom());
    return rect.translated(dx, dy);
}

int GuideSnapper::columnsSpanned(double left, double right, double tolerance) const
{
    const int n = qMax(1, m_page.grid.columns);
    int first = -1;
    for (int i = 0; i < n; ++i)
        if (std::abs(m_page.columnLeft(i) - left) <= tolerance)
            first = i;
    if (first < 0)
        return 0;
    for (int i = first; i < n; ++i)
        if (std::abs(m_page.columnLeft(i) + m_page.columnWidth() - right) <= tolerance)
            return i - first + 1;
    return 0;
}

} // namespace folio::app
