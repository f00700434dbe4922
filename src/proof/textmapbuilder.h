#pragma once

#include "layout/pagelayout.h"
#include "model/proofrecord.h"

#include <QList>
#include <QPointF>

namespace folio {
class Edition;
}

namespace folio::proof {

// Traces every glyph cluster of a page's layout back to the story characters it shows: the
// layout carries each run's paragraph and each cluster's offset in it; the edition gives the
// paragraph lengths that turn those into offsets in the story's plainText().
class TextMapBuilder
{
public:
    // origin: where the page's top-left corner lies on the proof page (pt, y down).
    static QList<TextMapEntry> build(const PageLayout &layout, const Edition &edition,
                                     QPointF origin = {});

    // The em box of a cluster: from 0.88 em above the baseline to 0.12 em below, the
    // ideographic em box of CJK faces.
    static constexpr double kAscent = 0.88;
    static constexpr double kDescent = 0.12;
};

} // namespace folio::proof
