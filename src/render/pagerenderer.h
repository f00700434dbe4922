#pragma once

#include "layout/pagelayout.h"
#include "render/fontresolver.h"
#include "render/markergeometry.h"

#include <QImage>
#include <functional>
#include <memory>

class QPainter;

namespace folio::render {

// Decoded picture for an image asset id; a null QImage draws the placeholder. The caller
// decodes (and caches) the edition's image bytes: the renderer never sees the model.
using ImageProvider = std::function<QImage(ObjectId assetId)>;

// Paints a PageLayout with QPainter at any scale: the screen, thumbnails, office printing.
// Glyphs are drawn with the exact ids and advances of the layout, so the screen shows what
// the PDF prints. Print-only renderers (pdf/) read the same items.
class PageRenderer
{
public:
    PageRenderer();

    // Screen mode draws the markers (overset, copyfit) and placeholder crosses; print does not.
    // Copyfit labels and the overset ⊞ stay inside their frame (MarkerGeometry).
    bool isScreen() const { return m_screen; }
    void setScreen(bool screen) { m_screen = screen; }
    // Fill the page white before painting (off when the caller paints its own paper).
    bool paintsPaper() const { return m_paper; }
    void setPaintsPaper(bool paper) { m_paper = paper; }
    void setImageProvider(ImageProvider provider) { m_images = std::move(provider); }

    // Paints in page coordinates (pt, origin top-left of the trimmed page); the painter's
    // transform maps them to the device, which sets the scale.
    void paint(QPainter *painter, const PageLayout &layout);
    // The page at `pixelsPerPt` on white paper.
    QImage render(const PageLayout &layout, double pixelsPerPt);
    // The page scaled to fit in maxSize, keeping its aspect ratio.
    QImage thumbnail(const PageLayout &layout, const QSize &maxSize);

    FontResolver &fonts() { return *m_fonts; }

private:
    void paintGlyphRun(QPainter *painter, const GlyphRun &run);
    void paintRule(QPainter *painter, const RuleItem &rule);
    void paintBox(QPainter *painter, const BoxItem &box);
    void paintImage(QPainter *painter, const ImageItem &image);
    void paintMarker(QPainter *painter, const MarkerItem &marker, const MarkerGeometry &geometry);

    bool m_screen = false;
    bool m_paper = true;
    ImageProvider m_images;
    std::shared_ptr<FontResolver> m_fonts;
};

} // namespace folio::render
