#pragma once

// Builds PageLayouts for the writer's tests from real fonts, shaped by text/'s Shaper, with
// fixed-length lines so that the writer is tested apart from line breaking.

#include "layout/pagelayout.h"
#include "text/fontface.h"
#include "text/shaper.h"

#include <QDirIterator>
#include <QFile>

namespace testlayouts {

inline QString findFont(const QString &fileName)
{
    QDirIterator it(QStringLiteral("/usr/share/fonts"), {fileName}, QDir::Files,
                    QDirIterator::Subdirectories);
    return it.hasNext() ? it.next() : QString();
}

inline std::shared_ptr<const folio::FontRef> fontRef(const QString &fileName, int index,
                                                     const QString &family, const QString &psName)
{
    auto ref = std::make_shared<folio::FontRef>();
    ref->file = findFont(fileName);
    ref->faceIndex = index;
    ref->family = family;
    ref->postscriptName = psName;
    return ref;
}

inline std::shared_ptr<const folio::FontRef> notoSerif()
{
    return fontRef(QStringLiteral("NotoSerifCJK-Regular.ttc"), 2,
                   QStringLiteral("Noto Serif CJK SC"), QStringLiteral("NotoSerifCJKsc-Regular"));
}

inline std::shared_ptr<const folio::FontRef> notoSansBold()
{
    return fontRef(QStringLiteral("NotoSansCJK-Bold.ttc"), 2, QStringLiteral("Noto Sans CJK SC"),
                   QStringLiteral("NotoSansCJKsc-Bold"));
}

inline std::shared_ptr<const folio::FontRef> wenKai()
{
    return fontRef(QStringLiteral("LXGWWenKai-Regular.ttf"), 0, QStringLiteral("LXGW WenKai"),
                   QString());
}

// One GlyphRun per line of at most `chars` characters, shaped by the composer's shaper (zh-Hans);
// full lines are spread to lineWidth (uneven advances, as justification makes them), the last
// line is not.
inline QList<folio::GlyphRun> setLines(const QString &text,
                                       const std::shared_ptr<const folio::FontRef> &font,
                                       double size, double leading, QPointF origin, int chars,
                                       double lineWidth,
                                       folio::CmykColor color = folio::CmykColor::black())
{
    using folio::text::FontFace;
    using folio::text::Shaper;
    const auto face = FontFace::load(font->file, font->faceIndex, *font);
    constexpr quint32 kHan =
        (quint32('H') << 24) | (quint32('a') << 16) | (quint32('n') << 8) | 'i';
    QList<folio::GlyphRun> runs;
    if (!face)
        return runs;
    for (qsizetype start = 0; start < text.size(); start += chars) {
        const QString line = text.mid(start, chars);
        const auto shaped =
            Shaper::instance()->shape(*face, size, line, kHan, QStringLiteral("zh-Hans"), {});
        folio::GlyphRun run;
        run.font = font;
        run.size = size;
        run.color = color;
        run.origin = origin + QPointF(0, leading * runs.size());
        run.glyphs = shaped->glyphs;
        run.advances = shaped->advances;
        run.offsets = shaped->offsets;
        // Clusters: each glyph whose cluster offset differs from the previous starts one.
        for (int g = 0; g < shaped->glyphs.size(); ++g) {
            const int from = shaped->clusters[g];
            if (g > 0 && from == shaped->clusters[g - 1]) {
                ++run.clusters.last().glyphCount;
                continue;
            }
            int to = int(line.size());
            for (int n = g + 1; n < shaped->glyphs.size(); ++n)
                if (shaped->clusters[n] != from) {
                    to = shaped->clusters[n];
                    break;
                }
            run.clusters.append({g, 1, line.mid(from, to - from)});
        }
        const qsizetype n = run.glyphs.size();
        if (start + chars < text.size() && n > 1) {
            const double extra = (lineWidth - run.width()) / double(n - 1);
            for (qsizetype i = 0; i + 1 < n; ++i)
                run.advances[i] += extra;
        }
        runs.append(run);
    }
    return runs;
}

} // namespace testlayouts
