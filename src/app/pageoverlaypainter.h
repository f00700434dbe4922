#pragma once

#include "core/ids.h"

#include <QColor>
#include <QList>
#include <QPointF>
#include <QRectF>
#include <functional>

class QPainter;

namespace folio {
class Edition;
struct Frame;
struct Page;
} // namespace folio

namespace folio::app {

// The page view's chrome drawn over (guides behind) the composed page: margins, column
// guides and ruler guides, the character grid, the baseline grid, frame outlines, story chains, the
// selection with its handles and the outlines of a gesture in progress. Lines are aligned to device
// pixels so they stay crisp at any zoom. It paints one page placed at `origin` with
// `pixelsPerPt`; it never changes the model.
class PageOverlayPainter
{
public:
    // The rectangle to draw for a frame: a live gesture's preview or the model's.
    using DisplayRect = std::function<QRectF(const Frame &)>;

    PageOverlayPainter(const Page &page, const QPointF &origin, double pixelsPerPt,
                       DisplayRect displayRect);

    static constexpr double handlePx() { return 7.0; }
    // Ruler guides (and the one being dragged): cyan, apart from margins and columns.
    static QColor guideColor() { return QColor(0, 170, 220); }
    // In FrameHandle order from TopLeft, clockwise.
    static QList<QPointF> handlePositions(const QRectF &rect);

    QPointF toView(const QPointF &pt) const { return m_origin + pt * m_pixelsPerPt; }

    void paintPaper(QPainter &p) const;
    void paintGuides(QPainter &p) const;
    void paintCharacterGrid(QPainter &p) const;
    void paintBaselineGrid(QPainter &p) const;
    void paintFrames(QPainter &p) const;
    // A dashed outline (a picture being moved in its frame; with `fill`, a frame being drawn).
    void paintOutline(QPainter &p, const QRectF &pageRect, bool fill) const;
    // Every chain of `stories` between frames of this page, as arrows out-port → in-port.
    void paintChains(QPainter &p, const Edition &edition, const QList<ObjectId> &stories) const;
    void paintSelection(QPainter &p, const QList<ObjectId> &selection) const;

private:
    const Page &m_page;
    QPointF m_origin;
    double m_pixelsPerPt;
    DisplayRect m_displayRect;
};

} // namespace folio::app
