#pragma once

#include "core/ids.h"
#include "layout/pagelayout.h"

#include <QList>
#include <QRectF>

namespace folio {

struct Story;

// Where story characters are drawn on a composed page, read from the glyph runs' storyId,
// paragraph and cluster offsets: what 查找/替换 and 用字检查 need to select a hit's frame,
// scroll to it, underline it and name its 版.
class TextPlacement
{
public:
    struct Box
    {
        ObjectId frameId = 0;
        QRectF rect; // page pt: the glyphs' advance by the em box (ascent 0.88, descent 0.12)
    };

    // The boxes of story characters [offset, offset + length) (plainText() offsets), one per
    // glyph run they touch, in the layout's order; empty when none is on this page (overset
    // text or another page).
    static QList<Box> boxes(const PageLayout &layout, const Story &story, int offset, int length);

    // The paragraph of a plainText() offset and the offset in it; false outside the text.
    static bool paragraphOffset(const Story &story, int offset, int *paragraph, int *at);
};

} // namespace folio
