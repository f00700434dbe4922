#pragma once

#include "core/diagnostic.h"

namespace folio::text {

struct PreparedParagraph;

// Where one line ends, and how it got there.
struct LineBreak
{
    int end = 0;           // cluster index after the line's last cluster
    bool squeezed = false; // rule 4: compression keeps a prohibited mark on this line
    bool pushed = false;   // rule 4: a character went down to the next line
    bool hangs = false;    // rule 17
    bool forced = false;   // no legal break fitted: kinsoku or a cluster's width was violated
};

// Break opportunities (ICU line breaking for locale zh plus rules 1-3 at the paragraph's
// kinsoku level) and the choice of one line's end (rules 4, 17, 18).
class LineBreaker
{
public:
    // Sets Cluster::breakAfter, startProhibited and endProhibited.
    static void computeOpportunities(PreparedParagraph &paragraph);

    // Chooses the end of the line starting at cluster `first` for `width` pt. Always places at
    // least one cluster; a line narrower than that is reported in diagnostics.
    static LineBreak breakLine(const PreparedParagraph &paragraph, int first, double width,
                               bool firstLineOfParagraph, Diagnostics *diagnostics = nullptr);
};

} // namespace folio::text
