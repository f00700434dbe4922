#pragma once

#include "model/page.h"

#include <QList>
#include <QRectF>

namespace folio::app {

// The page's guides (page edges, margins, column edges, the guides dragged from the rulers
// and, when the character grid shows, its rows) and snapping to them. Tolerances are in pt; the
// view converts its pixel tolerance with the zoom so snapping feels the same at every zoom.
class GuideSnapper
{
public:
    explicit GuideSnapper(const Page &page, bool gridRows = false);

    const QList<double> &xGuides() const { return m_x; }
    const QList<double> &yGuides() const { return m_y; }

    // The nearest guide within tolerance, else value unchanged.
    double snapX(double x, double tolerance, bool *snapped = nullptr) const;
    double snapY(double y, double tolerance, bool *snapped = nullptr) const;
    // A moved rectangle keeps its size; whichever edge is nearer a guide snaps.
    QRectF snapMove(const QRectF &rect, double tolerance) const;
    // How many page columns [left, right] spans exactly (edges on column edges); 0 if it
    // does not.
    int columnsSpanned(double left, double right, double tolerance = 0.01) const;

private:
    static double nearest(const QList<double> &guides, double v, double tolerance, bool *snapped);

    Page m_page;
    QList<double> m_x;
    QList<double> m_y;
};

} // namespace folio::app
