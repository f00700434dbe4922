#include "app/pagecanvas.h"

#include "render/markergeometry.h"
#include "render/pagerenderer.h"

#include <QHash>
#include <QPainter>
#include <QRegion>
#include <QSet>

namespace folio::app {

namespace {
// Device pixels around a changed item: antialiased edges and glyph overhang.
constexpr int kBleedPx = 3;

ObjectId frameOf(const PageItem &item)
{
    return std::visit([](const auto &i) { return i.frameId; }, item);
}

bool sameRun(const GlyphRun &a, const GlyphRun &b)
{
    return a.origin == b.origin && a.size == b.size && a.color == b.color && a.glyphs == b.glyphs &&
           a.advances == b.advances && a.offsets == b.offsets &&
           (a.font == b.font || (a.font && b.font && *a.font == *b.font));
}

bool sameItem(const PageItem &a, const PageItem &b)
{
    if (a.index() != b.index())
        return false;
    if (const auto *run = std::get_if<GlyphRun>(&a))
        return sameRun(*run, std::get<GlyphRun>(b));
    if (const auto *rule = std::get_if<RuleItem>(&a)) {
        const auto &o = std::get<RuleItem>(b);
        return rule->from == o.from && rule->to == o.to && rule->width == o.width &&
               rule->color == o.color;
    }
    if (const auto *box = std::get_if<BoxItem>(&a)) {
        const auto &o = std::get<BoxItem>(b);
        return box->rect == o.rect && box->hasFill == o.hasFill && box->fill == o.fill &&
               box->hasStroke == o.hasStroke && box->stroke == o.stroke &&
               box->strokeWidth == o.strokeWidth;
    }
    if (const auto *image = std::get_if<ImageItem>(&a)) {
        const auto &o = std::get<ImageItem>(b);
        return image->clipRect == o.clipRect && image->imageRect == o.imageRect &&
               image->assetId == o.assetId;
    }
    const auto &m = std::get<MarkerItem>(a);
    const auto &o = std::get<MarkerItem>(b);
    return m.kind == o.kind && m.position == o.position && m.text == o.text;
}

// Where an item paints, in device pixels. Markers are placed by render/ inside their frame,
// whose rect only the whole layout tells, hence the layout's marker geometry.
QRect deviceBounds(const PageItem &item, const QTransform &t, const render::MarkerGeometry &markers)
{
    QRectF page;
    if (const auto *run = std::get_if<GlyphRun>(&item)) {
        // The em box with room for accents and offsets: ascent and descent within 1.3 em.
        page = QRectF(run->origin.x() - run->size * 0.2, run->origin.y() - run->size * 1.2,
                      run->width() + run->size * 0.6, run->size * 1.7);
        for (const QPointF &offset : run->offsets)
            page.adjust(qMin(0.0, offset.x()), qMin(0.0, offset.y()), qMax(0.0, offset.x()),
                        qMax(0.0, offset.y()));
    } else if (const auto *rule = std::get_if<RuleItem>(&item)) {
        page = QRectF(rule->from, rule->to)
                   .normalized()
                   .adjusted(-rule->width, -rule->width, rule->width, rule->width);
    } else if (const auto *box = std::get_if<BoxItem>(&item)) {
        page = box->rect.normalized().adjusted(-box->strokeWidth, -box->strokeWidth,
                                               box->strokeWidth, box->strokeWidth);
    } else if (const auto *image = std::get_if<ImageItem>(&item)) {
        page = image->clipRect.normalized();
    } else {
        return markers.deviceBounds(std::get<MarkerItem>(item), t)
            .adjusted(-kBleedPx, -kBleedPx, kBleedPx, kBleedPx);
    }
    return t.mapRect(page).toAlignedRect().adjusted(-kBleedPx, -kBleedPx, kBleedPx, kBleedPx);
}

QHash<ObjectId, QList<const PageItem *>> byFrame(const PageLayout &layout)
{
    QHash<ObjectId, QList<const PageItem *>> frames;
    for (const PageItem &item : layout.items)
        frames[frameOf(item)].append(&item);
    return frames;
}
} // namespace

void PageCanvas::clear()
{
    m_image = QImage();
    m_layout.reset();
}

QRegion PageCanvas::changedRegion(const PageLayout &before, const PageLayout &after) const
{
    QRegion region;
    const auto old = byFrame(before);
    const auto now = byFrame(after);
    const render::MarkerGeometry markersBefore(before);
    const render::MarkerGeometry markersAfter(after);
    QSet<ObjectId> frames;
    for (auto it = old.begin(); it != old.end(); ++it)
        frames.insert(it.key());
    for (auto it = now.begin(); it != now.end(); ++it)
        frames.insert(it.key());
    for (ObjectId frame : std::as_const(frames)) {
        const QList<const PageItem *> a = old.value(frame);
        const QList<const PageItem *> b = now.value(frame);
        // Items of a frame in order: lines before an edit match one to one, so only the
        // lines from the first difference on (and what they covered before) repaint.
        for (qsizetype i = 0; i < qMax(a.size(), b.size()); ++i) {
            const PageItem *x = i < a.size() ? a[i] : nullptr;
            const PageItem *y = i < b.size() ? b[i] : nullptr;
            if (x && y && sameItem(*x, *y))
                continue;
            if (x)
                region += deviceBounds(*x, m_transform, markersBefore);
            if (y)
                region += deviceBounds(*y, m_transform, markersAfter);
        }
    }
    return region;
}

QRegion PageCanvas::changedArea(const PageLayout &layout) const
{
    if (m_image.isNull() || !m_layout)
        return QRegion(QRect(0, 0, 1 << 20, 1 << 20)); // no picture: all of it
    if (m_layout.get() == &layout)
        return {};
    const QRegion device = changedRegion(*m_layout, layout);
    if (qFuzzyCompare(m_dpr, 1.0))
        return device;
    QRegion logical;
    for (const QRect &r : device)
        logical += QRectF(QPointF(r.topLeft()) / m_dpr, QSizeF(r.size()) / m_dpr).toAlignedRect();
    return logical;
}

void PageCanvas::paint(QPainter *painter, render::PageRenderer &renderer,
                       const std::shared_ptr<const PageLayout> &layout,
                       const QTransform &pageToDevice, const QSize &deviceSize, qreal dpr)
{
    if (!layout)
        return;
    const QSize pixels = deviceSize * dpr;
    const QTransform transform = pageToDevice * QTransform::fromScale(dpr, dpr);
    const bool reusable =
        !m_image.isNull() && m_image.size() == pixels && m_transform == transform && m_layout;
    if (reusable && m_layout == layout) {
        m_lastPaint = LastPaint::Copy;
        m_lastPixels = 0;
    } else {
        QRegion dirty;
        if (reusable) {
            dirty = changedRegion(*m_layout, *layout) & QRect(QPoint(0, 0), pixels);
            m_lastPaint = LastPaint::Partial;
        } else {
            m_image = QImage(pixels, QImage::Format_ARGB32_Premultiplied);
            m_transform = transform;
            m_dpr = dpr;
            dirty = QRect(QPoint(0, 0), pixels);
            m_lastPaint = LastPaint::Full;
        }
        m_lastPixels = 0;
        for (const QRect &r : dirty)
            m_lastPixels += qint64(r.width()) * r.height();
        if (!dirty.isEmpty()) {
            // Only the items that reach the changed area are painted again, in page order,
            // so overlaps come out as in a full paint.
            PageLayout part;
            part.pageIndex = layout->pageIndex;
            part.pageSize = layout->pageSize;
            const QRect bounds = dirty.boundingRect();
            const render::MarkerGeometry markers(*layout);
            QList<bool> take(layout->items.size(), false);
            QSet<ObjectId> markedFrames;
            for (qsizetype i = 0; i < layout->items.size(); ++i) {
                const PageItem &item = layout->items[i];
                const QRect b = deviceBounds(item, m_transform, markers);
                take[i] = b.intersects(bounds) && dirty.intersects(b);
                if (take[i] && std::holds_alternative<MarkerItem>(item))
                    markedFrames.insert(frameOf(item));
            }
            // The renderer places a marker from all of its frame's items, so a repainted
            // marker takes its whole frame along (the clip keeps the rest untouched).
            for (qsizetype i = 0; i < layout->items.size(); ++i)
                if (take[i] || markedFrames.contains(frameOf(layout->items[i])))
                    part.items.append(layout->items[i]);
            QPainter p(&m_image);
            p.setClipRegion(dirty);
            p.setCompositionMode(QPainter::CompositionMode_Source);
            p.fillRect(dirty.boundingRect(), Qt::transparent);
            p.setCompositionMode(QPainter::CompositionMode_SourceOver);
            p.setTransform(m_transform);
            renderer.paint(&p, part);
        }
        m_layout = layout;
    }
    painter->save();
    painter->resetTransform();
    painter->drawImage(QRectF(QPointF(0, 0), QSizeF(deviceSize)), m_image);
    painter->restore();
}

} // namespace folio::app
