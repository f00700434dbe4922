#pragma once

#include "core/cmykcolor.h"
#include "core/diagnostic.h"
#include "core/ids.h"

#include <QList>
#include <QMarginsF>
#include <QPointF>
#include <QRectF>
#include <QSizeF>
#include <QString>
#include <memory>
#include <variant>

namespace folio {

// The closed set of positioned items that layout/ produces and render/ and pdf/ consume.
// All geometry in pt, page coordinates, origin top-left of the trimmed page, y down.
// Renderers read these items only; they never call back into layout or text.

// Identifies one font face on disk. The same face is found by QFont (family + style) for the
// screen and by file + face index for PDF embedding; both address the same glyph ids.
struct FontRef
{
    QString file;           // absolute path of the font file (.ttc, .otf, .ttf)
    int faceIndex = 0;      // face in a collection (Noto CJK SC = 2)
    QString family;         // fontconfig family, e.g. "Noto Serif CJK SC"
    QString style;          // fontconfig style, e.g. "Regular", "Bold"
    QString postscriptName; // e.g. "NotoSerifCJKsc-Regular"
    int weight = 400;       // CSS-style weight, for QFont

    bool operator==(const FontRef &o) const { return file == o.file && faceIndex == o.faceIndex; }
};

// A cluster maps a range of glyphs in a run back to the source text they came from.
struct GlyphCluster
{
    int firstGlyph = 0;
    int glyphCount = 1;
    QString text;    // the exact source characters of this cluster
    int offset = -1; // UTF-16 offset of text in its paragraph; -1 when not from a story
};

// One line's worth (or part of a line) of glyphs in one face, size and colour.
struct GlyphRun
{
    std::shared_ptr<const FontRef> font;
    double size = 9.0; // pt
    CmykColor color;
    QPointF origin;         // pen position of the first glyph on the baseline
    QList<quint32> glyphs;  // glyph ids in the face
    QList<double> advances; // pt, the pen moves by these (after justification)
    QList<QPointF> offsets; // pt, per glyph offset from its pen position (y down); may be empty
    QList<GlyphCluster> clusters;
    ObjectId frameId = 0;
    ObjectId storyId = 0;
    int paragraph = -1; // index of the story paragraph the clusters' offsets refer to
    int column = -1;    // column of its text frame; -1 when it spans the columns (headline block)

    double width() const
    {
        double w = 0;
        for (double a : advances)
            w += a;
        return w;
    }
    QString text() const
    {
        QString t;
        for (const auto &c : clusters)
            t += c.text;
        return t;
    }
};

struct RuleItem
{
    QPointF from;
    QPointF to;
    double width = 0.5; // pt
    CmykColor color;
    ObjectId frameId = 0;
};

struct BoxItem
{
    QRectF rect;
    bool hasFill = false;
    CmykColor fill;
    bool hasStroke = true;
    CmykColor stroke;
    double strokeWidth = 0.5;
    ObjectId frameId = 0;
};

// An image asset drawn in imageRect, clipped to clipRect (the frame).
struct ImageItem
{
    QRectF clipRect;
    QRectF imageRect;
    ObjectId assetId = 0; // 0: no picture placed, draw a placeholder
    ObjectId frameId = 0;
};

// Screen-only annotations (overset marker, copyfit counts); print renderers skip them.
struct MarkerItem
{
    enum class Kind { Overset, Copyfit, Placeholder };
    Kind kind = Kind::Overset;
    QPointF position;
    QString text;
    ObjectId frameId = 0;
    ObjectId storyId = 0;
};

using PageItem = std::variant<GlyphRun, RuleItem, BoxItem, ImageItem, MarkerItem>;

// The laid-out page, immutable once built.
struct PageLayout
{
    int pageIndex = 0;
    QSizeF pageSize;       // trimmed page size, pt
    QList<PageItem> items; // in paint order (back to front)
    Diagnostics diagnostics;
};

} // namespace folio
