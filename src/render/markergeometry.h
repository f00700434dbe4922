#pragma once

#include "layout/pagelayout.h"

#include <QFont>
#include <QHash>
#include <QRectF>
#include <QString>
#include <QTransform>

namespace folio::render {

// Where the screen markers of one PageLayout are drawn, in device pixels. A marker carries
// only an anchor (a corner of its frame), so the frame's rect is read back from the items the
// frame painted: its box, its lines, and the corners its copyfit (bottom-left) and overset
// (bottom-right) markers name. Labels and the overset ⊞ are kept inside that rect, so they
// never cover a neighbouring module's headline.
class MarkerGeometry
{
public:
    // A copyfit count read from a marker's text (剩余/超出 N 字，N 行).
    struct Count
    {
        bool valid = false;
        bool overset = false;
        int characters = 0;
        int lines = 0;
    };

    // What to draw for one marker; empty rects draw nothing.
    struct Shape
    {
        QRectF clip;  // the frame in device pixels; nothing is drawn outside it
        QRectF label; // translucent background of the text
        QPointF baseline;
        QString text;
        QRectF box; // the overset ⊞
    };

    static constexpr double kBoxPixels = 10.0; // ⊞ size, the same at every zoom
    static constexpr int kLabelPixels = 10;    // label font size

    explicit MarkerGeometry(const PageLayout &layout);

    // The frame's rect in page pt as far as its items show it; null when nothing is known.
    QRectF frameRect(ObjectId frameId) const;
    Shape shape(const MarkerItem &marker, const QTransform &pageToDevice) const;
    // Device pixels the marker paints (for partial repaints); empty when it paints nothing.
    QRect deviceBounds(const MarkerItem &marker, const QTransform &pageToDevice) const;

    static QFont labelFont();
    static Count parseCount(const QString &text);
    // The label for a copyfit count: nothing for an exact fit, 超出 N 字 when overset.
    static QString labelText(const QString &markerText, bool shortForm);

private:
    struct Extent
    {
        QRectF box;   // union of the frame's boxes and image clips
        QRectF lines; // union of its glyph runs' em boxes
        bool hasLeft = false;
        bool hasRight = false;
        double left = 0;
        double right = 0;
        double bottom = 0;
        ObjectId story = 0;
    };
    QHash<ObjectId, Extent> m_frames;
    QHash<ObjectId, double> m_storyMeasure; // widest body line per story, pt
};

} // namespace folio::render
