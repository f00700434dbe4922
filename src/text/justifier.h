#pragma once

#include "core/diagnostic.h"
#include "text/composedline.h"
#include "text/textstyle.h"

namespace folio::text {

struct PreparedParagraph;

// Rules 13-17 for one line: distributes the difference between the natural width and the
// line width — compressing first in the order of rule 15, then expanding — and emits the
// glyph runs with their final advances.
class Justifier
{
public:
    struct Request
    {
        int first = 0; // clusters [first, end)
        int end = 0;
        double width = 0.0;  // pt available for the line's glyphs (after any indent)
        double indent = 0.0; // pt before the first glyph
        bool isFirstLine = false;
        bool isLastLine = false;
        bool hangs = false;
    };

    static ComposedLine justify(const PreparedParagraph &paragraph, const Request &request,
                                Diagnostics *diagnostics = nullptr);
};

} // namespace folio::text
