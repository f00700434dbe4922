#include "app/pageoverlaypainter.h"

#include "model/edition.h"

#include <QPainter>
#include <cmath>

namespace folio::app {

namespace {
const QColor kMarginColor(214, 60, 214); // margins: magenta, as page-layout tools do
const QColor kColumnColor(128, 90, 235); // column guides: violet
const QColor kGridColor(185, 215, 245);  // character grid: pale blue
const QColor kFrameColor(150, 150, 150);
const QColor kSelectionColor(30, 110, 230);
const QColor kChainColor(30, 110, 230);
const QColor kBaselineColor(240, 150, 120); // baseline grid: salmon, apart from the guides

// Aligns a device coordinate to the centre of a pixel so 1 px lines stay crisp.
double crisp(double v)
{
    return std::floor(v) + 0.5;
}
} // namespace

PageOverlayPainter::PageOverlayPainter(const Page &page, const QPointF &origin, double pixelsPerPt,
                                       DisplayRect displayRect)
    : m_page(page), m_origin(origin), m_pixelsPerPt(pixelsPerPt),
      m_displayRect(std::move(displayRect))
{}

QList<QPointF> PageOverlayPainter::handlePositions(const QRectF &r)
{
    // In FrameHandle order from TopLeft, clockwise.
    return {r.topLeft(),     QPointF(r.center().x(), r.top()),
            r.topRight(),    QPointF(r.right(), r.center().y()),
            r.bottomRight(), QPointF(r.center().x(), r.bottom()),
            r.bottomLeft(),  QPointF(r.left(), r.center().y())};
}

void PageOverlayPainter::paintPaper(QPainter &p) const
{
    const QRectF pageRect(m_origin, m_page.size * m_pixelsPerPt);
    p.fillRect(pageRect.translated(3, 3), QColor(0, 0, 0, 70)); // shadow
    p.fillRect(pageRect, Qt::white);
}

void PageOverlayPainter::paintGuides(QPainter &p) const
{
    const Page &page = m_page;
    p.save();
    p.setRenderHint(QPainter::Antialiasing, false);
    const QRectF type = page.typeArea();
    const QPointF tl = toView(type.topLeft());
    const QPointF br = toView(type.bottomRight());
    p.setPen(QPen(kColumnColor, 0));
    for (int i = 0; i < qMax(1, page.grid.columns); ++i) {
        for (double x : {page.columnLeft(i), page.columnLeft(i) + page.columnWidth()}) {
            const double vx = crisp(toView(QPointF(x, 0)).x());
            p.drawLine(QPointF(vx, tl.y()), QPointF(vx, br.y()));
        }
    }
    p.setPen(QPen(kMarginColor, 0));
    p.drawRect(
        QRectF(QPointF(crisp(tl.x()), crisp(tl.y())), QPointF(crisp(br.x()), crisp(br.y()))));
    // Ruler guides run across the whole page.
    const QPointF pageTl = toView(QPointF(0, 0));
    const QPointF pageBr = toView(QPointF(page.size.width(), page.size.height()));
    p.setPen(QPen(guideColor(), 0));
    for (const Guide &g : page.guides) {
        if (g.orientation == Qt::Horizontal) {
            const double y = crisp(toView(QPointF(0, g.position)).y());
            p.drawLine(QPointF(pageTl.x(), y), QPointF(pageBr.x(), y));
        } else {
            const double x = crisp(toView(QPointF(g.position, 0)).x());
            p.drawLine(QPointF(x, pageTl.y()), QPointF(x, pageBr.y()));
        }
    }
    p.restore();
}

void PageOverlayPainter::paintCharacterGrid(QPainter &p) const
{
    const Page &page = m_page;
    const double cell = page.grid.gridFontSize * m_pixelsPerPt;
    const double row = page.grid.gridLeading * m_pixelsPerPt;
    if (cell < 3 || row < 3)
        return; // too dense to read: the column guides say enough at this zoom
    p.save();
    p.setRenderHint(QPainter::Antialiasing, false);
    p.setPen(QPen(kGridColor, 0));
    const QRectF type = page.typeArea();
    const double top = toView(type.topLeft()).y();
    const double bottom = toView(type.bottomRight()).y();
    for (int c = 0; c < qMax(1, page.grid.columns); ++c) {
        const double left = page.columnLeft(c);
        const double right = left + page.columnWidth();
        const double l = toView(QPointF(left, 0)).x();
        const double r = toView(QPointF(right, 0)).x();
        for (double x = left + page.grid.gridFontSize; x < right - 0.01;
             x += page.grid.gridFontSize) {
            const double vx = crisp(toView(QPointF(x, 0)).x());
            p.drawLine(QPointF(vx, top), QPointF(vx, bottom));
        }
        // One square cell per character: each line's em box, the leading left open between
        // rows, as the composer sets body text (first em box at the column top).
        for (double y = type.top(); y + page.grid.gridFontSize <= type.bottom() + 0.01;
             y += page.grid.gridLeading) {
            for (double edge : {y, y + page.grid.gridFontSize}) {
                const double vy = crisp(toView(QPointF(0, edge)).y());
                p.drawLine(QPointF(l, vy), QPointF(r, vy));
            }
        }
    }
    p.restore();
}

void PageOverlayPainter::paintBaselineGrid(QPainter &p) const
{
    const Page &page = m_page;
    const double leading = page.grid.gridLeading;
    if (leading <= 0 || leading * m_pixelsPerPt < 2)
        return; // denser than a line every other pixel: a grey wash, not a grid
    p.save();
    p.setRenderHint(QPainter::Antialiasing, false);
    p.setPen(QPen(kBaselineColor, 0));
    const QRectF type = page.typeArea();
    const double l = toView(type.topLeft()).x();
    const double r = toView(type.topRight()).x();
    // Body lines sit on the grid with their em box from the line's top; the ideographic
    // baseline is 0.88 em down the box (the em box's foot is 0.12 em below the baseline).
    for (double y = type.top() + page.grid.gridFontSize * 0.88; y <= type.bottom() + 0.01;
         y += leading) {
        const double vy = crisp(toView(QPointF(0, y)).y());
        p.drawLine(QPointF(l, vy), QPointF(r, vy));
    }
    p.restore();
}

void PageOverlayPainter::paintFrames(QPainter &p) const
{
    const Page &page = m_page;
    p.save();
    p.setRenderHint(QPainter::Antialiasing, false);
    for (const auto &f : page.frames) {
        if (f.kind != FrameKind::Text && f.kind != FrameKind::Image)
            continue;
        const QRectF r = m_displayRect(f);
        const QPointF a = toView(r.topLeft());
        const QPointF b = toView(r.bottomRight());
        const QRectF vr(QPointF(crisp(a.x()), crisp(a.y())), QPointF(crisp(b.x()), crisp(b.y())));
        p.setPen(QPen(kFrameColor, 0));
        p.setBrush(Qt::NoBrush);
        p.drawRect(vr);
        if (f.kind != FrameKind::Text)
            continue;
        // The frame's own columns, dashed, so the text area reads at a glance.
        if (f.columns > 1) {
            QPen dashed(kFrameColor, 0, Qt::DashLine);
            p.setPen(dashed);
            const QRectF inner = r.marginsRemoved(f.insets);
            const double colW = (inner.width() - (f.columns - 1) * f.gutter) / f.columns;
            for (int c = 1; c < f.columns; ++c) {
                for (double x : {inner.left() + c * (colW + f.gutter) - f.gutter,
                                 inner.left() + c * (colW + f.gutter)}) {
                    const double vx = crisp(toView(QPointF(x, 0)).x());
                    p.drawLine(QPointF(vx, vr.top()), QPointF(vx, vr.bottom()));
                }
            }
        }
    }
    p.restore();
}

void PageOverlayPainter::paintOutline(QPainter &p, const QRectF &pageRect, bool fill) const
{
    p.save();
    p.setRenderHint(QPainter::Antialiasing, false);
    p.setPen(QPen(kSelectionColor, 0, Qt::DashLine));
    p.setBrush(fill ? QBrush(QColor(30, 110, 230, 30)) : QBrush(Qt::NoBrush));
    p.drawRect(QRectF(toView(pageRect.topLeft()), toView(pageRect.bottomRight())));
    p.restore();
}

void PageOverlayPainter::paintChains(QPainter &p, const Edition &edition,
                                     const QList<ObjectId> &stories) const
{
    const Page &page = m_page;
    p.save();
    p.setRenderHint(QPainter::Antialiasing, true);
    for (ObjectId storyId : std::as_const(stories)) {
        const auto chain = edition.storyChain(storyId);
        for (int i = 0; i + 1 < chain.size(); ++i) {
            if (!page.frame(chain[i]->id) || !page.frame(chain[i + 1]->id))
                continue; // the chain continues on another page
            const QPointF out = toView(m_displayRect(*chain[i]).bottomRight());
            const QPointF in = toView(m_displayRect(*chain[i + 1]).topLeft());
            p.setPen(QPen(kChainColor, 1.5));
            p.setBrush(kChainColor);
            p.drawLine(out, in);
            p.drawEllipse(out, 3, 3);
            // The arrowhead at the next frame's in-port says which way the text runs.
            const QLineF line(in, out);
            if (line.length() > 12) {
                QLineF side = line;
                side.setLength(10);
                side.setAngle(line.angle() + 25);
                QLineF other = line;
                other.setLength(10);
                other.setAngle(line.angle() - 25);
                p.drawPolygon(QPolygonF({in, side.p2(), other.p2()}));
            } else {
                p.drawEllipse(in, 3, 3);
            }
        }
    }
    p.restore();
}

void PageOverlayPainter::paintSelection(QPainter &p, const QList<ObjectId> &selection) const
{
    const Page &page = m_page;
    p.save();
    p.setRenderHint(QPainter::Antialiasing, false);
    for (ObjectId id : selection) {
        const Frame *f = page.frame(id);
        if (!f)
            continue;
        const QRectF r = m_displayRect(*f).normalized();
        const QPointF a = toView(r.topLeft());
        const QPointF b = toView(r.bottomRight());
        p.setPen(QPen(kSelectionColor, 0));
        p.setBrush(Qt::NoBrush);
        p.drawRect(
            QRectF(QPointF(crisp(a.x()), crisp(a.y())), QPointF(crisp(b.x()), crisp(b.y()))));
        if (selection.size() != 1 || f->locked)
            continue;
        p.setBrush(Qt::white);
        for (const QPointF &h : handlePositions(m_displayRect(*f))) {
            const QPointF c = toView(h);
            p.drawRect(QRectF(std::round(c.x() - handlePx() / 2) + 0.5,
                              std::round(c.y() - handlePx() / 2) + 0.5, handlePx() - 1,
                              handlePx() - 1));
        }
    }
    p.restore();
}

} // namespace folio::app
