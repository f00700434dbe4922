#pragma once

#include "core/diagnostic.h"
#include "text/charclass.h"
#include "text/itemizer.h"
#include "text/textstyle.h"

#include <QList>
#include <QPointF>
#include <QString>
#include <memory>
#include <vector>

namespace folio::text {

class FontCatalog;
class Shaper;

// One unit of composition: a grapheme cluster as HarfBuzz shaped it, with everything the line
// breaker and the justifier need to know about it. Lines start and end at cluster bounds.
struct Cluster
{
    int start = 0; // UTF-16 offsets in the paragraph text
    int end = 0;
    int item = 0;       // TextItem index
    int glyphStart = 0; // into PreparedParagraph's glyph arrays
    int glyphEnd = 0;
    char32_t ch = 0; // first code point
    CharKind kind = CharKind::Other;
    PunctKind punct = PunctKind::None;
    PunctGroup group = PunctGroup::None;
    double em = 9.0;          // pt, the size of this cluster's style
    double advance = 0.0;     // pt, natural (full width) advance
    double halfAdvance = 0.0; // pt, advance when trimmed with `halt`; == advance if not trimmable
    double haltOffset = 0.0;  // pt, x shift of the trimmed glyph
    quint32 haltGlyph = 0;
    bool styleTrim = false;       // rule 10: half width by punctuation style
    bool pairTrimPrev = false;    // rule 7: opening mark trimmed because of the mark before it
    bool pairTrimNext = false;    // rule 7: closing mark trimmed because of the mark after it
    double gapAfter = 0.0;        // pt, Han–Latin space after this cluster (rule 11)
    bool breakAfter = false;      // a line may end after this cluster (ICU + rules 1-3)
    bool rigidAfter = false;      // no justification space after it (rule 15)
    bool startProhibited = false; // may not start a line at the current kinsoku level
    bool endProhibited = false;   // may not end a line

    bool isTrimmable() const { return halfAdvance < advance - 1e-9; }
    bool isSpace() const { return kind == CharKind::Space; }
};

// A paragraph after the phases that do not depend on line width: sanitized text, items,
// shaped glyphs, clusters with punctuation trims, Han–Latin gaps and break opportunities.
// Immutable once built; shared by every composition of the paragraph at any width.
struct PreparedParagraph
{
    QString text;
    QList<StyleRun> runs; // sorted, covering the text
    ParagraphOptions options;
    QList<TextItem> items;
    std::vector<Cluster> clusters;
    QList<quint32> glyphs;
    QList<double> advances; // pt
    QList<QPointF> offsets; // pt
    double baseSize = 9.0;  // pt, the em of indent and paragraph-level amounts
    Diagnostics diagnostics;

    static std::shared_ptr<const PreparedParagraph> build(const QString &text,
                                                          const QList<StyleRun> &runs,
                                                          const ParagraphOptions &options,
                                                          FontCatalog *catalog, Shaper *shaper);

    int clusterCount() const { return int(clusters.size()); }
    // The first cluster starting at or after a text offset.
    int clusterAtOffset(int offset) const;

    // Whether cluster i is trimmed to half width in a line of clusters [first, last] (last =
    // the line's last visible cluster), before any compression for justification.
    bool isTrimmedInLine(int i, int first, int last, bool firstLineOfParagraph) const;
    double advanceInLine(int i, int first, int last, bool firstLineOfParagraph) const;
    // Smallest width cluster i may take in such a line (rule 15 compression to its limits).
    double minAdvanceInLine(int i, int first, int last, bool firstLineOfParagraph) const;
    double minGapAfter(int i) const;
    // The last cluster of [first, end) that is not a space, or first - 1.
    int lastVisible(int first, int end) const;
    // Natural and minimum widths of the line [first, end).
    double naturalWidth(int first, int end, bool firstLineOfParagraph) const;
    double minWidth(int first, int end, bool firstLineOfParagraph) const;
};

} // namespace folio::text
