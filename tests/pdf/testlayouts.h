#pragma once

// Builds PageLayouts for the writer's tests from real fonts. Until the composer's API is
// usable here, glyphs come from the face's cmap (hb_font_get_nominal_glyph) and advances from
// its metrics: enough for Han text and for exercising exact positions.

#include "layout/pagelayout.h"

#include <QDirIterator>
#include <QFile>
#include <hb.h>

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

// A face's glyphs and advances by cmap, no shaping.
class SimpleFace
{
public:
    explicit SimpleFace(const folio::FontRef &ref)
    {
        m_blob = hb_blob_create_from_file(QFile::encodeName(ref.file).constData());
        m_face = hb_face_create(m_blob, unsigned(ref.faceIndex));
        m_font = hb_font_create(m_face);
        m_upem = hb_face_get_upem(m_face);
        hb_font_set_scale(m_font, int(m_upem), int(m_upem));
    }
    ~SimpleFace()
    {
        hb_font_destroy(m_font);
        hb_face_destroy(m_face);
        hb_blob_destroy(m_blob);
    }
    quint32 glyph(char32_t c) const
    {
        hb_codepoint_t g = 0;
        hb_font_get_nominal_glyph(m_font, c, &g);
        return g;
    }
    double advance(quint32 glyph, double size) const
    {
        return hb_font_get_glyph_h_advance(m_font, glyph) * size / m_upem;
    }

private:
    hb_blob_t *m_blob = nullptr;
    hb_face_t *m_face = nullptr;
    hb_font_t *m_font = nullptr;
    unsigned m_upem = 1000;
};

// One GlyphRun per line of at most `chars` characters; full lines are spread to lineWidth
// (uneven advances, as justification makes them), the last line is not.
inline QList<folio::GlyphRun> setLines(const QString &text,
                                       const std::shared_ptr<const folio::FontRef> &font,
                                       double size, double leading, QPointF origin, int chars,
                                       double lineWidth,
                                       folio::CmykColor color = folio::CmykColor::black())
{
    SimpleFace face(*font);
    QList<folio::GlyphRun> runs;
    const QList<uint> ucs = text.toUcs4();
    for (qsizetype start = 0; start < ucs.size(); start += chars) {
        folio::GlyphRun run;
        run.font = font;
        run.size = size;
        run.color = color;
        run.origin = origin + QPointF(0, leading * runs.size());
        const qsizetype end = qMin<qsizetype>(ucs.size(), start + chars);
        double natural = 0;
        for (qsizetype i = start; i < end; ++i) {
            const quint32 g = face.glyph(char32_t(ucs[i]));
            run.clusters.append(
                {int(run.glyphs.size()), 1,
                 QString::fromUcs4(reinterpret_cast<const char32_t *>(&ucs[i]), 1)});
            run.glyphs.append(g);
            run.advances.append(face.advance(g, size));
            natural += run.advances.last();
        }
        const qsizetype n = end - start;
        if (end < ucs.size() && n > 1) {
            const double extra = (lineWidth - natural) / double(n - 1);
            for (qsizetype i = 0; i + 1 < n; ++i)
                run.advances[i] += extra;
        }
        runs.append(run);
    }
    return runs;
}

} // namespace testlayouts
