#include "render/pagerenderer.h"

#include "render/screencolor.h"

#include <QFont>
#include <QFontMetricsF>
#include <QGlyphRun>
#include <QPainter>
#include <QPainterPath>
#include <optional>

namespace folio::render {

namespace {
const QColor kMarkerRed(220, 30, 30);
const QColor kPlaceholderGrey(204, 204, 204);

template <class... Ts> struct Overloaded : Ts...
{
    using Ts::operator()...;
};
template <class... Ts> Overloaded(Ts...) -> Overloaded<Ts...>;
} // namespace

PageRenderer::PageRenderer() : m_fonts(std::make_shared<FontResolver>()) {}

void PageRenderer::paint(QPainter *painter, const PageLayout &layout)
{
    painter->save();
    painter->setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing |
                            QPainter::SmoothPixmapTransform);
    if (m_paper)
        painter->fillRect(QRectF(QPointF(0, 0), layout.pageSize), Qt::white);
    // Markers find their frames' rects among the items; built once per paint, on screen only.
    std::optional<MarkerGeometry> geometry;
    for (const auto &item : layout.items) {
        std::visit(Overloaded{
                       [&](const GlyphRun &run) { paintGlyphRun(painter, run); },
                       [&](const RuleItem &rule) { paintRule(painter, rule); },
                       [&](const BoxItem &box) { paintBox(painter, box); },
                       [&](const ImageItem &image) { paintImage(painter, image); },
                       [&](const MarkerItem &marker) {
                           if (!m_screen)
                               return;
                           if (!geometry)
                               geometry.emplace(layout);
                           paintMarker(painter, marker, *geometry);
                       },
                   },
                   item);
    }
    painter->restore();
}

QImage PageRenderer::render(const PageLayout &layout, double pixelsPerPt)
{
    const QSize size(qMax(1, qCeil(layout.pageSize.width() * pixelsPerPt)),
                     qMax(1, qCeil(layout.pageSize.height() * pixelsPerPt)));
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.scale(pixelsPerPt, pixelsPerPt);
    paint(&painter, layout);
    painter.end();
    return image;
}

QImage PageRenderer::thumbnail(const PageLayout &layout, const QSize &maxSize)
{
    if (layout.pageSize.isEmpty() || maxSize.isEmpty())
        return {};
    const double scale = qMin(maxSize.width() / layout.pageSize.width(),
                              maxSize.height() / layout.pageSize.height());
    return render(layout, scale);
}

void PageRenderer::paintGlyphRun(QPainter *painter, const GlyphRun &run)
{
    if (run.glyphs.isEmpty() || !run.font)
        return;
    QList<QPointF> positions;
    positions.reserve(run.glyphs.size());
    QPointF pen = run.origin;
    for (int i = 0; i < run.glyphs.size(); ++i) {
        const QPointF offset = i < run.offsets.size() ? run.offsets[i] : QPointF();
        positions.append(pen + offset);
        pen.rx() += i < run.advances.size() ? run.advances[i] : 0.0;
    }
    const QRawFont font = m_fonts->rawFont(*run.font, run.size);
    if (!font.isValid()) {
        // Never lose text silently: on screen, show each glyph as an empty red em box.
        if (m_screen) {
            painter->setPen(QPen(kMarkerRed, 0));
            painter->setBrush(Qt::NoBrush);
            for (int i = 0; i < positions.size(); ++i) {
                const double w = i < run.advances.size() ? run.advances[i] : run.size;
                painter->drawRect(
                    QRectF(positions[i].x(), positions[i].y() - run.size * 0.88, w, run.size));
            }
        }
        return;
    }
    QGlyphRun glyphs;
    glyphs.setRawFont(font);
    glyphs.setGlyphIndexes(run.glyphs);
    glyphs.setPositions(positions);
    painter->setPen(screenColor(run.color));
    painter->drawGlyphRun(QPointF(0, 0), glyphs);
}

void PageRenderer::paintRule(QPainter *painter, const RuleItem &rule)
{
    QPen pen(screenColor(rule.color), rule.width);
    pen.setCapStyle(Qt::FlatCap);
    painter->setPen(pen);
    painter->drawLine(rule.from, rule.to);
}

void PageRenderer::paintBox(QPainter *painter, const BoxItem &box)
{
    if (box.hasFill)
        painter->fillRect(box.rect, screenColor(box.fill));
    if (box.hasStroke && box.strokeWidth > 0) {
        QPen pen(screenColor(box.stroke), box.strokeWidth);
        pen.setJoinStyle(Qt::MiterJoin);
        painter->setPen(pen);
        painter->setBrush(Qt::NoBrush);
        painter->drawRect(box.rect);
    }
}

void PageRenderer::paintImage(QPainter *painter, const ImageItem &item)
{
    const QImage image = (item.assetId != 0 && m_images) ? m_images(item.assetId) : QImage();
    painter->save();
    painter->setClipRect(item.clipRect, Qt::IntersectClip);
    if (image.isNull()) {
        painter->fillRect(item.clipRect, kPlaceholderGrey);
        if (m_screen) {
            painter->setPen(QPen(Qt::white, 0));
            painter->drawLine(item.clipRect.topLeft(), item.clipRect.bottomRight());
            painter->drawLine(item.clipRect.topRight(), item.clipRect.bottomLeft());
        }
    } else {
        painter->drawImage(item.imageRect, image);
    }
    painter->restore();
}

void PageRenderer::paintMarker(QPainter *painter, const MarkerItem &marker,
                               const MarkerGeometry &geometry)
{
    // Drawn in device pixels so a marker stays readable at 25 % and small at 800 %.
    const QTransform pageToDevice = painter->transform();
    painter->save();
    painter->resetTransform();
    switch (marker.kind) {
    case MarkerItem::Kind::Overset: {
        const MarkerGeometry::Shape s = geometry.shape(marker, pageToDevice);
        if (!s.clip.isNull())
            painter->setClipRect(s.clip, Qt::IntersectClip);
        const QRectF &box = s.box;
        painter->setPen(QPen(kMarkerRed, 1.2));
        painter->setBrush(Qt::white);
        painter->drawRect(box);
        painter->drawLine(QPointF(box.center().x(), box.top() + 2),
                          QPointF(box.center().x(), box.bottom() - 2));
        painter->drawLine(QPointF(box.left() + 2, box.center().y()),
                          QPointF(box.right() - 2, box.center().y()));
        break;
    }
    case MarkerItem::Kind::Copyfit: {
        // Small, at the frame's bottom-right corner, inside it: below the frame starts the
        // next module's headline. An exact fit says nothing.
        const MarkerGeometry::Shape s = geometry.shape(marker, pageToDevice);
        if (s.text.isEmpty())
            break;
        painter->setClipRect(s.clip, Qt::IntersectClip);
        painter->fillRect(s.label, QColor(255, 255, 255, 215));
        painter->setFont(MarkerGeometry::labelFont());
        painter->setPen(kMarkerRed);
        painter->drawText(s.baseline, s.text);
        break;
    }
    case MarkerItem::Kind::Placeholder: {
        // Names an empty frame from inside its top-left corner.
        const MarkerGeometry::Shape s = geometry.shape(marker, pageToDevice);
        painter->setFont(MarkerGeometry::labelFont());
        painter->fillRect(s.label, QColor(255, 255, 255, 220));
        painter->setPen(QColor(110, 110, 110));
        painter->drawText(s.baseline, s.text);
        break;
    }
    }
    painter->restore();
}

} // namespace folio::render
