#pragma once

#include "core/cmykcolor.h"
#include "core/ids.h"

#include <QList>
#include <QPointF>
#include <QString>
#include <memory>

namespace folio {

// Glyph runs are what text/ composes and layout/ positions on the page; they live below both
// so that text/ never reaches up into layout/.

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

} // namespace folio
