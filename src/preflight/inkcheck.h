#pragma once

#include "core/diagnostic.h"
#include "layout/pagelayout.h"
#include "model/exportsettings.h"

namespace folio::preflight {

// Colours of text, rules and boxes: total ink over the limit, and text under 10 pt in more
// than one ink (it cannot stay in register on a newspaper press).
class InkCheck
{
public:
    static void check(const PageLayout &layout, const ExportSettings &settings, Diagnostics *out);
};

} // namespace folio::preflight
