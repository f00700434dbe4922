#pragma once

#include "core/ids.h"
#include "model/proofrecord.h"

#include <QColor>
#include <QHash>
#include <QList>
#include <QPointF>
#include <QRectF>
#include <memory>

class QPainter;

namespace folio {
class Edition;
struct Page;
struct PageLayout;
} // namespace folio

namespace folio::app {

class LayoutCache;

// The page view's screen-only marks of proofreaders' notes: each note's characters where they
// are on the page now (its anchor resolved in the story, the clusters found through a text map
// of the current layout), tinted by status with the note's kind beside them. Painted over the
// page in the view, never by render/'s PageRenderer, so no note reaches a PDF or a print.
class NoteMarkerPainter
{
public:
    struct Marker
    {
        ObjectId noteId = 0;
        QList<QRectF> boxes; // page points
    };

    NoteMarkerPainter(const Edition *edition, LayoutCache *layouts);

    QList<Marker> markers(const Page &page) const;
    // origin: the page's top-left in device pixels; scale: pixels per point.
    void paint(QPainter &painter, const Page &page, const QPointF &origin, double scale) const;

    static QColor markerColor();

private:
    const QList<TextMapEntry> &textMap(const Page &page) const;

    const Edition *m_edition;
    LayoutCache *m_layouts;
    // The text map of the layout last asked for, per page: rebuilt only when the layout is new.
    mutable QHash<ObjectId, std::pair<std::weak_ptr<const PageLayout>, QList<TextMapEntry>>> m_maps;
};

} // namespace folio::app
