#pragma once

#include "layout/pagelayout.h"

#include <QString>

namespace folio {

// A text trace of a PageLayout for golden tests (as SILE's): one line per text line,
//   frame=<id> col=<n> y=<baseline> x=<left> w=<width> |<text>|
// sorted by frame, column and baseline; then one line per rule, box, image and marker.
class LayoutDump
{
public:
    static QString dump(const PageLayout &page);
};

} // namespace folio
