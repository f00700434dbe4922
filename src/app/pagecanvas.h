#pragma once

#include "layout/pagelayout.h"

#include <QImage>
#include <QRegion>
#include <QTransform>
#include <memory>

class QPainter;

namespace folio::render {
class PageRenderer;
}

namespace folio::app {

// The page view's composed content, kept as a picture of the viewport. A repaint with the
// same layout only copies the picture; a new layout (an edit) repaints just the places where
// its items differ from the previous one's: typing changes a few lines, not the page. A new
// zoom, scroll position or viewport size paints everything again.
class PageCanvas
{
public:
    // Paints `layout` through `renderer` with `pageToDevice` onto `painter`'s device, which is
    // `deviceSize` pixels at `dpr`.
    void paint(QPainter *painter, render::PageRenderer &renderer,
               const std::shared_ptr<const PageLayout> &layout, const QTransform &pageToDevice,
               const QSize &deviceSize, qreal dpr);
    // Forgets the picture (pictures of the edition changed, or the edition went away).
    void clear();
    // The logical pixels a paint of `layout` would repaint: what differs from the picture's
    // layout, or everything when there is no picture yet. Lets a text edit ask the view to
    // repaint only the lines it changed.
    QRegion changedArea(const PageLayout &layout) const;

    // What the last paint did, for tests and the typing bench: whole page, changed parts only
    // (with the area repainted, in device pixels) or a plain copy.
    enum class LastPaint { Full, Partial, Copy };
    LastPaint lastPaint() const { return m_lastPaint; }
    qint64 lastRepaintedPixels() const { return m_lastPixels; }

private:
    QRegion changedRegion(const PageLayout &before, const PageLayout &after) const;

    QImage m_image;
    std::shared_ptr<const PageLayout> m_layout;
    QTransform m_transform;
    qreal m_dpr = 1.0;
    LastPaint m_lastPaint = LastPaint::Full;
    qint64 m_lastPixels = 0;
};

} // namespace folio::app
