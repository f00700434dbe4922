#pragma once

#include "text/textstyle.h"

#include <vector>

namespace folio::text {

struct Cluster;

// Rules 6, 7 and 10: decides which fullwidth marks lose half their width inside a line, by
// punctuation style (开明式, 半角式) or because of an adjacent mark (Chromium's
// text-spacing-trim pairs). Trimming itself is the `halt` advance the Shaper measured.
class PunctuationTrimmer
{
public:
    static void apply(std::vector<Cluster> &clusters, PunctuationStyle style);
};

} // namespace folio::text
