#include "render/markergeometry.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QRegularExpression>
#include <cmath>

namespace folio::render {

namespace {

QRectF unite(const QRectF &a, const QRectF &b)
{
    return a.isNull() ? b : a.united(b);
}

// The whole device pixels inside `r`, less `margin` on every side.
QRectF innerPixels(const QRectF &r, double margin)
{
    const double left = std::ceil(r.left() + margin);
    const double top = std::ceil(r.top() + margin);
    const double right = std::floor(r.right() - margin);
    const double bottom = std::floor(r.bottom() - margin);
    return right > left && bottom > top ? QRectF(left, top, right - left, bottom - top) : QRectF();
}

} // namespace

MarkerGeometry::MarkerGeometry(const PageLayout &layout)
{
    for (const PageItem &item : layout.items) {
        if (const auto *run = std::get_if<GlyphRun>(&item)) {
            if (run->frameId == 0 || run->glyphs.isEmpty())
                continue;
            const QRectF em(run->origin.x(), run->origin.y() - 0.88 * run->size, run->width(),
                            run->size);
            Extent &e = m_frames[run->frameId];
            e.lines = unite(e.lines, em);
            if (run->column >= 0 && run->storyId != 0)
                m_storyMeasure[run->storyId] =
                    std::max(m_storyMeasure.value(run->storyId), run->width());
        } else if (const auto *box = std::get_if<BoxItem>(&item)) {
            if (box->frameId != 0)
                m_frames[box->frameId].box = unite(m_frames[box->frameId].box, box->rect);
        } else if (const auto *image = std::get_if<ImageItem>(&item)) {
            if (image->frameId != 0)
                m_frames[image->frameId].box = unite(m_frames[image->frameId].box, image->clipRect);
        } else if (const auto *marker = std::get_if<MarkerItem>(&item)) {
            if (marker->frameId == 0)
                continue;
            // The layout anchors a copyfit count at its frame's bottom-left corner and the
            // overset marker at its bottom-right corner.
            Extent &e = m_frames[marker->frameId];
            if (marker->kind == MarkerItem::Kind::Copyfit) {
                e.hasLeft = true;
                e.left = marker->position.x();
                e.bottom = marker->position.y();
                if (e.story == 0)
                    e.story = marker->storyId;
            } else if (marker->kind == MarkerItem::Kind::Overset) {
                e.hasRight = true;
                e.right = marker->position.x();
                e.bottom = marker->position.y();
            }
        }
    }
}

QRectF MarkerGeometry::frameRect(ObjectId frameId) const
{
    const auto it = m_frames.constFind(frameId);
    if (it == m_frames.cend())
        return {};
    const Extent &e = *it;
    if (!e.box.isNull())
        return e.box;
    const bool corner = e.hasLeft || e.hasRight;
    if (!corner)
        return e.lines;
    const double bottom = e.bottom;
    double left = e.hasLeft ? e.left : e.lines.left();
    double right = e.hasRight ? e.right : 0.0;
    if (!e.hasRight) {
        // A body line is set flush to the frame's right edge (less its inset), so the widest
        // line, here or in the story's other columns, gives the width.
        right = e.lines.isNull() ? left : e.lines.right();
        right = std::max(right, left + m_storyMeasure.value(e.story));
    }
    if (!e.hasLeft)
        left = e.lines.isNull() ? right : e.lines.left();
    // The lines show how far up the frame reaches at least.
    const double top = e.lines.isNull() ? bottom : std::min(e.lines.top(), bottom);
    return QRectF(QPointF(left, top), QPointF(right, bottom)).normalized();
}

QFont MarkerGeometry::labelFont()
{
    QFont font(QStringLiteral("Noto Sans CJK SC"));
    font.setPixelSize(kLabelPixels);
    return font;
}

MarkerGeometry::Count MarkerGeometry::parseCount(const QString &text)
{
    static const QRegularExpression pattern(
        QStringLiteral("^\\s*(剩余|超出)\\s*(\\d+)\\s*字(?:\\s*[，,]\\s*(\\d+)\\s*行)?"));
    const QRegularExpressionMatch m = pattern.match(text);
    Count count;
    if (!m.hasMatch())
        return count;
    count.valid = true;
    count.overset = m.captured(1) == QStringLiteral("超出");
    count.characters = m.captured(2).toInt();
    count.lines = m.captured(3).toInt();
    return count;
}

QString MarkerGeometry::labelText(const QString &markerText, bool shortForm)
{
    const Count count = parseCount(markerText);
    if (!count.valid)
        return markerText;
    // Layout states the count in Chinese; the label is the UI's, so it follows the UI language.
    static const char *const kContext = "folio::render::MarkerGeometry";
    static const char *const kOver =
        QT_TRANSLATE_NOOP("folio::render::MarkerGeometry", "超出 %1 字");
    static const char *const kLeft =
        QT_TRANSLATE_NOOP("folio::render::MarkerGeometry", "剩余 %1 字");
    static const char *const kLeftLines =
        QT_TRANSLATE_NOOP("folio::render::MarkerGeometry", "剩余 %1 字，%2 行");
    const auto tr = [](const char *text) { return QCoreApplication::translate(kContext, text); };
    if (count.overset)
        return tr(kOver).arg(count.characters);
    if (count.characters == 0 && count.lines == 0)
        return {};
    if (shortForm || count.lines == 0)
        return tr(kLeft).arg(count.characters);
    return tr(kLeftLines).arg(count.characters).arg(count.lines);
}

MarkerGeometry::Shape MarkerGeometry::shape(const MarkerItem &marker,
                                            const QTransform &pageToDevice) const
{
    Shape s;
    const QRectF frame = frameRect(marker.frameId);
    const QRectF device = frame.isNull() ? QRectF() : pageToDevice.mapRect(frame);
    const QRectF inner = innerPixels(device, 1.0);
    if (marker.kind == MarkerItem::Kind::Overset) {
        // The ⊞ sits inside the frame's bottom-right corner; without a known frame, up and to
        // the left of the anchor, which is that corner.
        const QPointF corner = inner.isNull() ? pageToDevice.map(marker.position) - QPointF(1, 1)
                                              : inner.bottomRight();
        // Edges on pixel centres, so the 1.2 px pen draws crisp lines at every zoom.
        s.box = QRectF(std::floor(corner.x()) - kBoxPixels - 0.5,
                       std::floor(corner.y()) - kBoxPixels - 0.5, kBoxPixels, kBoxPixels);
        if (!inner.isNull() && inner.contains(s.box))
            s.clip = device;
        return s;
    }
    if (marker.kind == MarkerItem::Kind::Placeholder) {
        // Names an empty frame from inside its top-left corner. Known here, not only where it
        // is painted, so that a partial repaint covers it when the frame comes or goes.
        const QFontMetricsF metrics(labelFont());
        const QPointF topLeft = pageToDevice.map(marker.position) + QPointF(3, 3);
        s.text = marker.text;
        s.label = QRectF(topLeft - QPointF(2, 1),
                         QSizeF(metrics.horizontalAdvance(marker.text) + 4, metrics.height() + 2));
        s.baseline = topLeft + QPointF(0, metrics.ascent());
        return s;
    }
    if (marker.kind != MarkerItem::Kind::Copyfit || inner.isNull())
        return s;
    const Count count = parseCount(marker.text);
    // Room for the ⊞ of an overset story at the right.
    const double right = inner.right() - (count.overset ? kBoxPixels + 2 : 0.0);
    const QFontMetricsF metrics(labelFont());
    const double height = std::ceil(metrics.height()) + 2;
    for (bool shortForm : {false, true}) {
        const QString text = labelText(marker.text, shortForm);
        if (text.isEmpty())
            return s; // an exact fit shows nothing
        const double width = std::ceil(metrics.horizontalAdvance(text)) + 4;
        if (width > right - inner.left() || height > inner.height())
            continue;
        s.clip = device;
        s.label = QRectF(right - width, inner.bottom() - height, width, height);
        s.baseline = QPointF(s.label.left() + 2, s.label.top() + 1 + metrics.ascent());
        s.text = text;
        return s;
    }
    return s; // too small at this zoom to say anything readable
}

QRect MarkerGeometry::deviceBounds(const MarkerItem &marker, const QTransform &pageToDevice) const
{
    const Shape s = shape(marker, pageToDevice);
    QRectF r = unite(s.label, s.box);
    if (r.isNull())
        return {};
    r.adjust(-1, -1, 1, 1); // the ⊞'s pen and antialiased edges
    if (!s.clip.isNull())
        r = r.intersected(s.clip);
    return r.toAlignedRect();
}

} // namespace folio::render
