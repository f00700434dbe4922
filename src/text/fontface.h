#pragma once

#include "core/diagnostic.h"
#include "core/glyphrun.h"

#include <QString>
#include <array>
#include <atomic>
#include <memory>
#include <mutex>

struct hb_face_t;
struct hb_font_t;
struct hb_blob_t;

namespace folio::text {

// How a face can set one of the curly quotes ‘ ’ “ ” (CJK-RULES rule 19).
enum class QuoteWidth : quint8 { Default, ByFeature, Unavailable };
struct QuoteForms
{
    // One em with the ink on the mark's own half (an opening quote's on the right, a closing
    // one's on the left) in zh-Hans text: by default (Noto CJK SC), with `fwid`, or not at all
    // (LXGW WenKai has only its 0.35 em Latin quotes).
    QuoteWidth fullWidth = QuoteWidth::Unavailable;
    // Narrower than an em in Latin text: by default, with `pwid` (Noto CJK SC), or not at all.
    QuoteWidth proportional = QuoteWidth::Default;
};

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

    // The forms this face has for c, one of ‘ ’ “ ”; other characters get {Unavailable,
    // Default}. Found by shaping each quote alone once, on first use.
    QuoteForms quoteForms(char32_t c) const;

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
    mutable std::once_flag m_quotesOnce;
    mutable std::array<QuoteForms, 4> m_quotes; // ‘ ’ “ ”
};

} // namespace folio::text
