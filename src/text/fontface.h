#pragma once

#include "core/diagnostic.h"
#include "layout/pagelayout.h"

#include <QString>
#include <atomic>
#include <memory>

struct hb_face_t;
struct hb_font_t;
struct hb_blob_t;

namespace folio::text {

// One face of a font file, loaded once: its HarfBuzz face and font (scaled to font units)
// live as long as the FontFace. Shared between threads read-only.
class FontFace
{
public:
    ~FontFace();
    FontFace(const FontFace &) = delete;
    FontFace &operator=(const FontFace &) = delete;

    // Loads face `index` of `file`; nullptr and a "font-load-failed" diagnostic on failure.
    static std::shared_ptr<FontFace> load(const QString &file, int index, const FontRef &info,
                                          Diagnostics *diagnostics = nullptr);

    const std::shared_ptr<const FontRef> &fontRef() const { return m_ref; }
    QString family() const { return m_ref->family; }
    QString style() const { return m_ref->style; }
    QString file() const { return m_ref->file; }
    int faceIndex() const { return m_ref->faceIndex; }
    // A process-unique number, for cache keys.
    quint64 id() const { return m_id; }

    hb_font_t *hbFont() const { return m_font; }
    int unitsPerEm() const { return m_upem; }
    bool hasGlyph(char32_t c) const;
    quint32 glyphFor(char32_t c) const; // 0 (.notdef) when missing

    // The ideographic em box (BASE idtp / ideo), as fractions of the em; Latin fonts get
    // HarfBuzz's synthesized values.
    double emBoxAscent() const { return m_ascent; }
    double emBoxDescent() const { return m_descent; }

private:
    FontFace() = default;

    std::shared_ptr<const FontRef> m_ref;
    hb_blob_t *m_blob = nullptr;
    hb_face_t *m_face = nullptr;
    hb_font_t *m_font = nullptr;
    int m_upem = 1000;
    double m_ascent = 0.88;
    double m_descent = 0.12;
    quint64 m_id = 0;
    // hasGlyph() answers for the BMP, filled as asked: 0 not asked yet, 1 no, 2 yes.
    std::unique_ptr<std::atomic<quint8>[]> m_coverage;
};

} // namespace folio::text
