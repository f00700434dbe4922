#include "app/wordcheckmarks.h"

#include "app/layoutcache.h"
#include "app/wordcheckpanel.h"
#include "layout/textplacement.h"
#include "model/edition.h"

#include <QPainter>
#include <QPainterPath>
#include <cmath>

namespace folio::app {

WordCheckMarks::WordCheckMarks(const WordCheckPanel *panel) : m_panel(panel) {}

void WordCheckMarks::setEdition(const Edition *edition, LayoutSource layouts)
{
    m_edition = edition;
    m_layouts = std::move(layouts);
    invalidate();
}

void WordCheckMarks::invalidate()
{
    m_pages.clear();
}

QColor WordCheckMarks::color()
{
    return QColor(220, 0, 0);
}

QList<QRectF> WordCheckMarks::boxes(ObjectId pageId)
{
    LayoutCache *layouts = m_layouts ? m_layouts() : nullptr;
    if (!m_edition || !layouts || m_panel->hits().isEmpty())
        return {};
    const auto layout = layouts->layout(pageId);
    if (!layout)
        return {};
    PageBoxes &cached = m_pages[pageId];
    // The LayoutCache hands out a new layout after every edit; the same one keeps its boxes.
    if (cached.layout.lock() == layout)
        return cached.boxes;
    cached.layout = layout;
    cached.boxes.clear();
    for (const StoryHit &hit : m_panel->hits())
        if (const Story *story = m_edition->story(hit.storyId);
            story && !m_panel->isStale(hit.storyId))
            for (const auto &box : TextPlacement::boxes(*layout, *story, hit.offset, hit.length))
                cached.boxes.append(box.rect);
    return cached.boxes;
}

void WordCheckMarks::paint(QPainter &p, ObjectId pageId, const QTransform &toDevice)
{
    if (!m_enabled)
        return;
    const QList<QRectF> rects = boxes(pageId);
    if (rects.isEmpty())
        return;
    p.save();
    p.setRenderHint(QPainter::Antialiasing, true);
    p.setPen(QPen(color(), 1.2));
    p.setBrush(Qt::NoBrush);
    for (const QRectF &r : rects) {
        const QRectF device = toDevice.mapRect(r);
        // A wave of 2 px amplitude and 4 px period just under the em box.
        const double y = device.bottom() + 1.5;
        QPainterPath wave(QPointF(device.left(), y));
        const int steps = std::max(2, int(std::ceil(device.width() / 2.0)));
        const double step = device.width() / steps;
        for (int i = 1; i <= steps; ++i)
            wave.lineTo(device.left() + i * step, y + ((i % 2) ? 2.0 : 0.0));
        p.drawPath(wave);
    }
    p.restore();
}

} // namespace folio::app
