#pragma once

#include "layout/pagelayout.h"

#include <QByteArray>

namespace folio {
class Edition;
}

namespace folio::proof {

// A stable hash of what a page prints: every printed item of its PageLayout in paint order
// (glyph ids and positions, fonts, sizes, colours; rules; boxes; pictures by the SHA-1 of
// their bytes and their placement), geometry rounded to 0.01 pt. Screen-only markers are left
// out. Fonts count by PostScript name and face, not by file path, so the same edition opened
// where the fonts live elsewhere keeps its signatures.
class PageFingerprint
{
public:
    static QByteArray compute(const PageLayout &layout, const Edition &edition);
    // "a1b2c3d4…": the first bytes in hex, for messages and listings.
    static QString shortText(const QByteArray &fingerprint);
};

} // namespace folio::proof
