#include "app/pageview.h"

#include "model/edition.h"

#include <QScrollBar>
#include <QWheelEvent>
#include <QtMath>
#include <algorithm>
#include <cmath>

// PageView's geometry: where each page lies in the scrolled view, page and view coordinates,
// the scroll range and the zoom. The rest of the view (painting, gestures, keys) is in
// pageview.cpp.

namespace folio::app {

const Page *PageView::page() const
{
    return m_edition ? m_edition->page(m_pageId) : nullptr;
}

double PageView::pixelsPerPt() const
{
    return m_zoom * logicalDpiX() / 72.0;
}

QSizeF PageView::pagePixels() const
{
    const Page *p = page();
    return p ? p->size * pixelsPerPt() : QSizeF();
}

QSizeF PageView::contentPixels() const
{
    if (!m_edition || m_edition->pages().isEmpty())
        return QSizeF();
    double width = 0;
    double height = 0;
    for (const Page &p : m_edition->pages()) {
        width = qMax(width, p.size.width() * pixelsPerPt());
        height += p.size.height() * pixelsPerPt();
    }
    height += kPageGap * (m_edition->pages().size() - 1);
    return QSizeF(width + 2 * kPasteboard, height + 2 * kPasteboard);
}

QList<QRectF> PageView::pageRects() const
{
    QList<QRectF> rects;
    if (!m_edition)
        return rects;
    const QSizeF content = contentPixels();
    const QSize vp = viewport()->size();
    // Content smaller than the viewport is centred in it; larger content scrolls.
    const double left = content.width() <= vp.width() ? (vp.width() - content.width()) / 2
                                                      : -horizontalScrollBar()->value();
    const double top = content.height() <= vp.height() ? (vp.height() - content.height()) / 2
                                                       : -verticalScrollBar()->value();
    double y = top + kPasteboard;
    for (const Page &p : m_edition->pages()) {
        const QSizeF px = p.size * pixelsPerPt();
        const double x = left + (content.width() - px.width()) / 2;
        rects.append(QRectF(QPointF(std::round(x), std::round(y)), px));
        y += px.height() + kPageGap;
    }
    return rects;
}

QPointF PageView::pageOrigin() const
{
    return pageRectInView(m_pageId).topLeft();
}

QRectF PageView::pageRectInView(ObjectId pageId) const
{
    const int index = m_edition ? m_edition->pageIndex(pageId) : -1;
    const QList<QRectF> rects = pageRects();
    return index >= 0 && index < rects.size() ? rects[index] : QRectF();
}

ObjectId PageView::pageAt(const QPointF &px) const
{
    const QList<QRectF> rects = pageRects();
    for (int i = 0; i < rects.size(); ++i)
        if (rects[i].contains(px))
            return m_edition->pages()[i].id;
    return 0;
}

QPointF PageView::pageToView(const QPointF &pt) const
{
    return pageOrigin() + pt * pixelsPerPt();
}

QPointF PageView::viewToPage(const QPointF &px) const
{
    return (px - pageOrigin()) / pixelsPerPt();
}

void PageView::updateScrollBars()
{
    const QSizeF content = contentPixels();
    const QSize vp = viewport()->size();
    horizontalScrollBar()->setRange(0, qMax(0, qCeil(content.width()) - vp.width()));
    horizontalScrollBar()->setPageStep(vp.width());
    horizontalScrollBar()->setSingleStep(20);
    verticalScrollBar()->setRange(0, qMax(0, qCeil(content.height()) - vp.height()));
    verticalScrollBar()->setPageStep(vp.height());
    verticalScrollBar()->setSingleStep(20);
}

void PageView::setZoom(double zoom)
{
    m_zoomMode = ZoomMode::Manual;
    applyZoom(zoom, QPointF(viewport()->width() / 2.0, viewport()->height() / 2.0));
}

void PageView::applyZoom(double zoom, const QPointF &anchorPx)
{
    zoom = std::clamp(zoom, minimumZoom(), maximumZoom());
    const QPointF anchorPt = viewToPage(anchorPx);
    const bool changed = !qFuzzyCompare(zoom, m_zoom);
    m_zoom = zoom;
    updateScrollBars();
    // Keep the page point under the anchor where it was.
    const QPointF moved = pageToView(anchorPt) - anchorPx;
    horizontalScrollBar()->setValue(horizontalScrollBar()->value() + qRound(moved.x()));
    verticalScrollBar()->setValue(verticalScrollBar()->value() + qRound(moved.y()));
    viewport()->update();
    if (changed)
        Q_EMIT zoomChanged(m_zoom);
}

void PageView::setZoomMode(ZoomMode mode)
{
    m_zoomMode = mode;
    // Fitting shows the current page whole (the last one too): the scroll bars move with the
    // new zoom, and no page they pass on the way may become current.
    m_scrollingToPage = true;
    fitToMode();
    if (const QRectF r = pageRectInView(m_pageId); mode != ZoomMode::Manual && !r.isNull()) {
        horizontalScrollBar()->setValue(horizontalScrollBar()->value() +
                                        qRound(r.center().x() - viewport()->width() / 2.0));
        verticalScrollBar()->setValue(verticalScrollBar()->value() +
                                      qRound(mode == ZoomMode::FitPage
                                                 ? r.center().y() - viewport()->height() / 2.0
                                                 : r.top() - kPasteboard));
    }
    m_scrollingToPage = false;
}

void PageView::fitToMode()
{
    const Page *p = page();
    if (!p || m_zoomMode == ZoomMode::Manual || p->size.isEmpty()) {
        updateScrollBars();
        return;
    }
    const double unit = logicalDpiX() / 72.0;
    const double w = (viewport()->width() - 2 * kPasteboard) / (p->size.width() * unit);
    const double h = (viewport()->height() - 2 * kPasteboard) / (p->size.height() * unit);
    const double zoom = m_zoomMode == ZoomMode::FitPage ? qMin(w, h) : w;
    const double old = m_zoom;
    // Fitting may go below the manual minimum: a broadsheet must fit a laptop screen.
    m_zoom = std::clamp(zoom, 0.05, maximumZoom());
    updateScrollBars();
    viewport()->update();
    if (!qFuzzyCompare(old, m_zoom))
        Q_EMIT zoomChanged(m_zoom);
}

void PageView::zoomIn()
{
    setZoom(m_zoom * kZoomStep);
}

void PageView::zoomOut()
{
    setZoom(m_zoom / kZoomStep);
}

void PageView::wheelEvent(QWheelEvent *event)
{
    if (event->modifiers() & Qt::ControlModifier) {
        const double steps = event->angleDelta().y() / 120.0;
        if (steps != 0) {
            m_zoomMode = ZoomMode::Manual;
            applyZoom(m_zoom * std::pow(kZoomStep, steps), event->position());
        }
        event->accept();
        return;
    }
    QAbstractScrollArea::wheelEvent(event);
}

QString PageView::zoomSetting() const
{
    switch (m_zoomMode) {
    case ZoomMode::FitPage:
        return QStringLiteral("fitPage");
    case ZoomMode::FitWidth:
        return QStringLiteral("fitWidth");
    case ZoomMode::Manual:
        break;
    }
    return QString::number(zoom());
}

void PageView::setZoomSetting(const QString &setting)
{
    if (setting == QLatin1String("fitPage"))
        setZoomMode(ZoomMode::FitPage);
    else if (setting == QLatin1String("fitWidth"))
        setZoomMode(ZoomMode::FitWidth);
    else if (const double factor = setting.toDouble(); factor > 0)
        setZoom(factor);
}

} // namespace folio::app
