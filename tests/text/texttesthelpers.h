#pragma once

#include "text/paragraphcomposer.h"
#include "text/preparedparagraph.h"

#include <QStringList>

// Shared by the text tests: compose plain text at 10 pt so that 1 em = 10 pt exactly.
namespace folio::text::testing {

inline ParagraphOptions plainOptions()
{
    ParagraphOptions o;
    o.firstLineIndent = 0;
    o.avoidLoneLastChar = false;
    return o;
}

inline TextStyle style10(const QString &family = QStringLiteral("Noto Serif CJK SC"))
{
    TextStyle s;
    s.family = family;
    s.size = 10.0;
    return s;
}

inline QList<ComposedLine> composeEm(const QString &text, double widthEm,
                                     const ParagraphOptions &options = plainOptions(),
                                     const TextStyle &style = style10())
{
    ParagraphComposer composer;
    composer.setParagraph(text, style, options);
    return composer.compose(widthEm * style.size);
}

inline QString joined(const QList<ComposedLine> &lines)
{
    QStringList parts;
    for (const auto &l : lines)
        parts.append(l.text());
    return parts.join(QLatin1Char('|'));
}

// Advances per cluster of a line, in em.
inline QList<double> clusterAdvancesEm(const ComposedLine &line, double em = 10.0)
{
    QList<double> out;
    for (const GlyphRun &run : line.runs) {
        for (const GlyphCluster &c : run.clusters) {
            double a = 0;
            for (int g = c.firstGlyph; g < c.firstGlyph + c.glyphCount; ++g)
                a += run.advances[g];
            out.append(a / em);
        }
    }
    return out;
}

// Glyph x offsets per cluster (first glyph), pt.
inline QList<double> clusterOffsets(const ComposedLine &line)
{
    QList<double> out;
    for (const GlyphRun &run : line.runs) {
        for (const GlyphCluster &c : run.clusters)
            out.append(run.offsets.value(c.firstGlyph).x());
    }
    return out;
}

} // namespace folio::text::testing
