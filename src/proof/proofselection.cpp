#include "proof/proofselection.h"

#include <algorithm>
#include <limits>

namespace folio::proof {

namespace {

double distance(const QRectF &box, QPointF pt)
{
    const double dx = std::max({box.left() - pt.x(), 0.0, pt.x() - box.right()});
    const double dy = std::max({box.top() - pt.y(), 0.0, pt.y() - box.bottom()});
    return dx * dx + dy * dy;
}

// The character under the point, else the nearest one (a drag may end between lines).
int characterAt(const QList<ProofDocument::Character> &characters, QPointF pt)
{
    int best = -1;
    double bestDistance = std::numeric_limits<double>::max();
    for (int i = 0; i < characters.size(); ++i) {
        const double d = distance(characters[i].box, pt);
        if (d < bestDistance) {
            bestDistance = d;
            best = i;
        }
    }
    return best;
}

// The text map cluster a Poppler character was drawn from: the one its centre falls in.
const TextMapEntry *entryFor(const QList<TextMapEntry> &map, const QRectF &box)
{
    const QPointF centre = box.center();
    const TextMapEntry *nearest = nullptr;
    double nearestDistance = std::numeric_limits<double>::max();
    for (const TextMapEntry &entry : map) {
        if (entry.box.contains(centre))
            return &entry;
        const double d = distance(entry.box, centre);
        if (d < nearestDistance) {
            nearestDistance = d;
            nearest = &entry;
        }
    }
    // Poppler's boxes and the em boxes differ by a fraction of a point, never by a character.
    return nearest && nearestDistance < box.height() * box.height() / 4 ? nearest : nullptr;
}

} // namespace

ProofSelection::Range ProofSelection::select(const QList<ProofDocument::Character> &characters,
                                             const QList<TextMapEntry> &map, QPointF from,
                                             QPointF to)
{
    Range range;
    int first = characterAt(characters, from);
    int last = characterAt(characters, to);
    if (first < 0 || last < 0)
        return range;
    if (first > last)
        std::swap(first, last);
    int end = 0;
    for (int i = first; i <= last; ++i) {
        const TextMapEntry *entry = entryFor(map, characters[i].box);
        if (!entry)
            continue;
        if (range.storyId == 0) {
            range.storyId = entry->storyId;
            range.offset = entry->offset;
            end = entry->offset + entry->length;
        } else if (entry->storyId != range.storyId) {
            continue;
        }
        range.offset = std::min(range.offset, entry->offset);
        end = std::max(end, entry->offset + entry->length);
    }
    if (range.storyId == 0)
        return range;
    range.length = end - range.offset;
    // The text and boxes of every cluster in the range, in story order.
    QList<const TextMapEntry *> inside;
    for (const TextMapEntry &entry : map)
        if (entry.storyId == range.storyId && entry.offset >= range.offset &&
            entry.offset + entry.length <= end)
            inside.append(&entry);
    std::sort(inside.begin(), inside.end(),
              [](const TextMapEntry *a, const TextMapEntry *b) { return a->offset < b->offset; });
    for (const TextMapEntry *entry : std::as_const(inside)) {
        range.text += entry->text;
        range.boxes.append(entry->box);
    }
    return range;
}

QList<QRectF> ProofSelection::boxesOf(const QList<TextMapEntry> &map, ObjectId storyId, int offset,
                                      int length)
{
    QList<QRectF> boxes;
    for (const TextMapEntry &entry : map) {
        if (entry.storyId != storyId)
            continue;
        const bool inside =
            length > 0 ? entry.offset < offset + length && entry.offset + entry.length > offset
                       : entry.offset + entry.length == offset;
        if (inside && length > 0)
            boxes.append(entry.box);
        else if (inside)
            boxes.append(QRectF(entry.box.right(), entry.box.top(), 0, entry.box.height()));
    }
    // An insertion point at a paragraph's start has no cluster before it: the one after.
    if (boxes.isEmpty() && length == 0)
        for (const TextMapEntry &entry : map)
            if (entry.storyId == storyId && entry.offset == offset)
                boxes.append(QRectF(entry.box.left(), entry.box.top(), 0, entry.box.height()));
    return boxes;
}

} // namespace folio::proof
