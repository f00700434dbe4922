#pragma once

#include "layout/pagelayout.h"

#include <QList>
#include <QtGlobal>

namespace folio::cli {

// Memory figures for the bench, each measured a different way so that the report can say
// which one a number is.
class BenchMemory
{
public:
    // Bytes the C heap has handed out and not taken back (all arenas plus mmapped blocks);
    // -1 where the C library cannot tell.
    static qint64 heapInUse();
    // Resident set size from /proc/self/statm; -1 where there is none.
    static qint64 residentBytes();
    // Bytes of the PageLayouts themselves: items, glyph, advance, offset and cluster arrays and
    // cluster strings, each shared array counted once. Allocator overhead is not included.
    static qint64 layoutBytes(const QList<PageLayout> &pages);
    static qint64 glyphCount(const QList<PageLayout> &pages);
};

} // namespace folio::cli
