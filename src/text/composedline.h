#pragma once

#include "core/glyphrun.h"

#include <QList>
#include <QString>

namespace folio::text {

// One composed line of a paragraph. Geometry in pt; glyph run origins are relative to the
// line's left edge (x) and baseline (y = 0), so layout only translates them.
struct ComposedLine
{
    int start = 0; // UTF-16 range of the paragraph text this line shows
    int end = 0;
    double availableWidth = 0.0; // the width the line was composed for (the column)
    double x = 0.0;              // pen start of the first glyph (indent, alignment)
    double width = 0.0;          // sum of all advances after justification
    double ascent = 0.0;         // above the baseline (ideographic em box)
    double descent = 0.0;        // below the baseline
    double leading = 0.0;        // baseline-to-baseline distance the paragraph asks for
    bool isFirst = false;        // the paragraph's first line
    bool isLast = false;         // the paragraph's last line
    bool hangs = false;          // the last mark hangs past the right edge (rule 17)
    bool squeezed = false;       // punctuation compressed to keep a mark on this line (rule 4)
    bool pushed = false;         // a character moved down to the next line (rule 4)
    bool overfull = false;       // wider than availableWidth even after all compression
    QList<GlyphRun> runs;

    QString text() const
    {
        QString t;
        for (const GlyphRun &r : runs)
            t += r.text();
        return t;
    }
    // Right edge of the last glyph's advance, relative to the line's left edge.
    double right() const { return x + width; }
};

} // namespace folio::text
