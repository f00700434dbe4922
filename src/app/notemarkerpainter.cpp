#include "app/notemarkerpainter.h"

#include "app/layoutcache.h"
#include "model/edition.h"
#include "proof/noteanchor.h"
#include "proof/noteformat.h"
#include "proof/proofselection.h"
#include "proof/textmapbuilder.h"

#include <QPainter>

namespace folio::app {

NoteMarkerPainter::NoteMarkerPainter(const Edition *edition, LayoutCache *layouts)
    : m_edition(edition), m_layouts(layouts)
{}

QColor NoteMarkerPainter::markerColor()
{
    return QColor(0xe0, 0x10, 0x70);
}

const QList<TextMapEntry> &NoteMarkerPainter::textMap(const Page &page) const
{
    const std::shared_ptr<const PageLayout> layout = m_layouts->layout(page.id);
    auto &cached = m_maps[page.id];
    if (cached.first.lock() != layout) {
        cached.first = layout;
        cached.second =
            layout ? proof::TextMapBuilder::build(*layout, *m_edition) : QList<TextMapEntry>();
    }
    return cached.second;
}

QList<NoteMarkerPainter::Marker> NoteMarkerPainter::markers(const Page &page) const
{
    QList<Marker> out;
    if (!m_edition || !m_layouts)
        return out;
    bool any = false;
    for (const ProofNote &note : m_edition->notes())
        any = any || (note.pageId == page.id && note.status == NoteStatus::Open);
    if (!any)
        return out;
    const QList<TextMapEntry> &map = textMap(page);
    for (const ProofNote &note : m_edition->notes()) {
        if (note.pageId != page.id || note.status != NoteStatus::Open)
            continue;
        const Story *story = m_edition->story(note.storyId);
        if (!story)
            continue;
        const proof::NoteAnchor::Resolved at = proof::NoteAnchor::resolve(note, *story);
        if (!at.isFound())
            continue;
        Marker marker{note.id,
                      proof::ProofSelection::boxesOf(map, note.storyId, at.offset, at.length)};
        if (!marker.boxes.isEmpty())
            out.append(marker);
    }
    return out;
}

void NoteMarkerPainter::paint(QPainter &painter, const Page &page, const QPointF &origin,
                              double scale) const
{
    const QList<Marker> all = markers(page);
    if (all.isEmpty())
        return;
    painter.save();
    QColor fill = markerColor();
    fill.setAlpha(80);
    QFont font = painter.font();
    font.setPixelSize(std::max(9, int(scale * 6)));
    painter.setFont(font);
    for (const Marker &marker : all) {
        for (const QRectF &box : marker.boxes) {
            QRectF px(origin + box.topLeft() * scale, box.size() * scale);
            if (px.width() < 2)
                px.adjust(-1, 0, 1, 0);
            painter.fillRect(px, fill);
        }
        // The kind beside the first character, like a proofreader's mark in the margin.
        const ProofNote *note = m_edition->note(marker.noteId);
        const QPointF at = origin + marker.boxes.first().topLeft() * scale;
        painter.setPen(markerColor());
        painter.drawText(at + QPointF(0, -2), proof::NoteFormat::kindName(note->kind));
    }
    painter.restore();
}

} // namespace folio::app
