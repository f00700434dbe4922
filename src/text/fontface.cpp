#include "text/fontface.h"

#include <hb-ot.h>
#include <hb.h>

#include <QFile>
#include <atomic>

namespace folio::text {

namespace {
std::atomic<quint64> s_nextId{1};
constexpr char32_t kCoverageSize = 0x10000;
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

quint32 FontFace::glyphFor(char32_t c) const
{
    hb_codepoint_t glyph = 0;
    if (!hb_font_get_nominal_glyph(m_font, c, &glyph))
        return 0;
    return glyph;
}

} // namespace folio::text
