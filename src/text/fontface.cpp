#include "text/fontface.h"

#include <hb-ot.h>
#include <hb.h>

#include <QFile>
#include <atomic>
#include <cstdlib>

namespace folio::text {

namespace {
std::atomic<quint64> s_nextId{1};
constexpr char32_t kCoverageSize = 0x10000;
constexpr char32_t kQuotes[] = {0x2018, 0x2019, 0x201C, 0x201D};

int quoteIndex(char32_t c)
{
    for (int i = 0; i < 4; ++i) {
        if (kQuotes[i] == c)
            return i;
    }
    return -1;
}

struct ShapedMark
{
    bool ok = false;
    hb_position_t advance = 0;
    hb_position_t inkCentre = 0; // x of the ink's middle, from the glyph origin
};

// c shaped alone, in font units; feature: an OpenType tag or nullptr.
ShapedMark shapeMark(hb_font_t *font, char32_t c, hb_script_t script, const char *language,
                     const char *feature)
{
    hb_buffer_t *buffer = hb_buffer_create();
    const uint32_t text[] = {uint32_t(c)};
    hb_buffer_add_utf32(buffer, text, 1, 0, 1);
    hb_buffer_set_direction(buffer, HB_DIRECTION_LTR);
    hb_buffer_set_script(buffer, script);
    hb_buffer_set_language(buffer, hb_language_from_string(language, -1));
    hb_feature_t f;
    const bool hasFeature = feature && hb_feature_from_string(feature, -1, &f);
    hb_shape(font, buffer, hasFeature ? &f : nullptr, hasFeature ? 1 : 0);
    unsigned count = 0;
    const hb_glyph_info_t *info = hb_buffer_get_glyph_infos(buffer, &count);
    const hb_glyph_position_t *pos = hb_buffer_get_glyph_positions(buffer, &count);
    ShapedMark m;
    if (count == 1 && info[0].codepoint != 0) {
        m.ok = true;
        m.advance = pos[0].x_advance;
        hb_glyph_extents_t extents{};
        hb_font_get_glyph_extents(font, info[0].codepoint, &extents);
        m.inkCentre = pos[0].x_offset + extents.x_bearing + extents.width / 2;
    }
    hb_buffer_destroy(buffer);
    return m;
}
} // namespace

FontFace::~FontFace()
{
    hb_font_destroy(m_font);
    hb_face_destroy(m_face);
    hb_blob_destroy(m_blob);
}

std::shared_ptr<FontFace> FontFace::load(const QString &file, int index, const FontRef &info,
                                         Diagnostics *diagnostics)
{
    const auto fail = [&](const QString &why) -> std::shared_ptr<FontFace> {
        if (diagnostics) {
            diagnostics->append(
                {Diagnostic::Severity::Error, QStringLiteral("font-load-failed"),
                 QStringLiteral("Cannot load font %1 (face %2): %3").arg(file).arg(index).arg(why),
                 0, 0, -1});
        }
        return nullptr;
    };
    if (!QFile::exists(file))
        return fail(QStringLiteral("no such file"));
    hb_blob_t *blob = hb_blob_create_from_file_or_fail(QFile::encodeName(file).constData());
    if (!blob)
        return fail(QStringLiteral("unreadable"));
    if (index < 0 || unsigned(index) >= hb_face_count(blob)) {
        hb_blob_destroy(blob);
        return fail(QStringLiteral("no such face index"));
    }
    std::shared_ptr<FontFace> face(new FontFace);
    face->m_blob = blob;
    face->m_face = hb_face_create(blob, unsigned(index));
    face->m_upem = int(hb_face_get_upem(face->m_face));
    if (face->m_upem <= 0)
        return fail(QStringLiteral("no units per em"));
    face->m_font = hb_font_create(face->m_face);
    hb_font_set_scale(face->m_font, face->m_upem, face->m_upem);
    hb_font_make_immutable(face->m_font);

    hb_position_t top = 0;
    hb_position_t bottom = 0;
    const hb_tag_t hani = HB_TAG('h', 'a', 'n', 'i');
    hb_ot_layout_get_baseline_with_fallback(face->m_font,
                                            HB_OT_LAYOUT_BASELINE_TAG_IDEO_EMBOX_TOP_OR_RIGHT,
                                            HB_DIRECTION_LTR, hani, HB_TAG_NONE, &top);
    hb_ot_layout_get_baseline_with_fallback(face->m_font,
                                            HB_OT_LAYOUT_BASELINE_TAG_IDEO_EMBOX_BOTTOM_OR_LEFT,
                                            HB_DIRECTION_LTR, hani, HB_TAG_NONE, &bottom);
    if (top > bottom) {
        face->m_ascent = double(top) / face->m_upem;
        face->m_descent = double(-bottom) / face->m_upem;
    }

    FontRef ref = info;
    ref.file = file;
    ref.faceIndex = index;
    if (ref.postscriptName.isEmpty()) {
        char buffer[128];
        unsigned size = sizeof(buffer);
        if (hb_ot_name_get_utf8(face->m_face, HB_OT_NAME_ID_POSTSCRIPT_NAME, HB_LANGUAGE_INVALID,
                                &size, buffer) > 0) {
            ref.postscriptName = QString::fromUtf8(buffer);
        }
    }
    face->m_ref = std::make_shared<const FontRef>(ref);
    face->m_id = s_nextId++;
    face->m_coverage = std::make_unique<std::atomic<quint8>[]>(kCoverageSize);
    return face;
}

bool FontFace::hasGlyph(char32_t c) const
{
    // The itemizer asks for every character of every paragraph; the cmap lookup is remembered.
    // Threads may both look a character up; they store the same answer.
    if (c >= kCoverageSize)
        return glyphFor(c) != 0;
    std::atomic<quint8> &known = m_coverage[c];
    const quint8 v = known.load(std::memory_order_relaxed);
    if (v != 0)
        return v == 2;
    const bool has = glyphFor(c) != 0;
    known.store(has ? 2 : 1, std::memory_order_relaxed);
    return has;
}

QuoteForms FontFace::quoteForms(char32_t c) const
{
    const int index = quoteIndex(c);
    if (index < 0)
        return {};
    std::call_once(m_quotesOnce, [this] {
        const int upem = m_upem;
        for (int i = 0; i < 4; ++i) {
            const char32_t q = kQuotes[i];
            const bool opening = q == 0x2018 || q == 0x201C;
            // A full em whose ink sits on the mark's half, so that `halt` and rule 7 trim the
            // empty half; a centred or proportional form is no Chinese quote.
            const auto fullWidth = [&](const ShapedMark &m) {
                return m.ok && std::abs(m.advance - upem) <= upem / 100 &&
                       (opening ? m.inkCentre >= upem / 2 : m.inkCentre <= upem / 2);
            };
            const auto narrow = [&](const ShapedMark &m) {
                return m.ok && m.advance < upem * 9 / 10;
            };
            QuoteForms forms;
            if (fullWidth(shapeMark(m_font, q, HB_SCRIPT_HAN, "zh-Hans", nullptr)))
                forms.fullWidth = QuoteWidth::Default;
            else if (fullWidth(shapeMark(m_font, q, HB_SCRIPT_HAN, "zh-Hans", "fwid")))
                forms.fullWidth = QuoteWidth::ByFeature;
            if (narrow(shapeMark(m_font, q, HB_SCRIPT_LATIN, "en", nullptr)))
                forms.proportional = QuoteWidth::Default;
            else if (narrow(shapeMark(m_font, q, HB_SCRIPT_LATIN, "en", "pwid")))
                forms.proportional = QuoteWidth::ByFeature;
            else
                forms.proportional = QuoteWidth::Unavailable;
            m_quotes[size_t(i)] = forms;
        }
    });
    return m_quotes[size_t(index)];
}

quint32 FontFace::glyphFor(char32_t c) const
{
    hb_codepoint_t glyph = 0;
    if (!hb_font_get_nominal_glyph(m_font, c, &glyph))
        return 0;
    return glyph;
}

} // namespace folio::text
