#pragma once

#include "core/ids.h"
#include "model/proofrecord.h"
#include "proof/proofdocument.h"

#include <QList>
#include <QPointF>
#include <QRectF>

namespace folio::proof {

// Characters a proofreader drags across on a proof, traced to the story: the drag picks
// Poppler's characters between the press and the release in reading order, and each
// character's box finds the text map cluster it was drawn from, so the selection becomes a
// range of story characters (the story of the first character; the others are cut off).
class ProofSelection
{
public:
    struct Range
    {
        ObjectId storyId = 0;
        int offset = 0;
        int length = 0;
        QString text;        // as the proof shows it
        QList<QRectF> boxes; // the clusters' boxes on the proof (pt, y down)
        bool isEmpty() const { return storyId == 0 || length == 0; }
    };

    // from, to: the drag's ends in proof points (y down).
    static Range select(const QList<ProofDocument::Character> &characters,
                        const QList<TextMapEntry> &map, QPointF from, QPointF to);
    // The clusters that show story characters [offset, offset + length) (boxes for markers).
    static QList<QRectF> boxesOf(const QList<TextMapEntry> &map, ObjectId storyId, int offset,
                                 int length);
};

} // namespace folio::proof
