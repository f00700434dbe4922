#pragma once

#include "core/diagnostic.h"
#include "layout/pagelayout.h"

namespace folio {
class Edition;
}

namespace folio::preflight {

// Text and frames: overset text, missing or substituted fonts and missing glyphs (from the
// layout's diagnostics and from the glyph runs themselves), empty text and picture frames.
class ContentCheck
{
public:
    static void check(const PageLayout &layout, const Edition *edition, Diagnostics *out);
};

} // namespace folio::preflight
