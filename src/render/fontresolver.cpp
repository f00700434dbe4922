#include "render/fontresolver.h"

#include <QFileInfo>
#include <QFont>

namespace folio::render {

namespace {
// The size the cached face is loaded at; copies are rescaled per run.
constexpr double kBaseSize = 64.0;
constexpr qsizetype kMaxSizedFonts = 256;

bool sameName(const QString &a, const QString &b)
{
    return a.compare(b, Qt::CaseInsensitive) == 0;
}
} // namespace

QString FontResolver::key(const FontRef &ref)
{
    return ref.file + QLatin1Char('#') + QString::number(ref.faceIndex) + QLatin1Char('#') +
           ref.family + QLatin1Char('#') + ref.style;
}

FontResolver::Entry FontResolver::resolve(const FontRef &ref) const
{
    Entry entry;
    if (!ref.family.isEmpty()) {
        QFont font(ref.family);
        if (!ref.style.isEmpty())
            font.setStyleName(ref.style);
        font.setWeight(QFont::Weight(qBound(1, ref.weight, 1000)));
        font.setPixelSize(int(kBaseSize));
        // Hinting would move glyphs off the composer's positions.
        font.setHintingPreference(QFont::PreferNoHinting);
        QRawFont raw = QRawFont::fromFont(font);
        const bool styleOk = ref.style.isEmpty() || sameName(raw.styleName(), ref.style);
        if (raw.isValid() && sameName(raw.familyName(), ref.family) && styleOk) {
            entry.font = raw;
            return entry;
        }
    }
    // Qt substituted another family (or style): load the file itself so the glyph ids address
    // the right outlines. Qt opens the first face of a collection; the Noto CJK collections
    // share one glyph set across their faces, so their ids still match.
    if (!ref.file.isEmpty() && QFileInfo::exists(ref.file)) {
        QRawFont raw(ref.file, kBaseSize, QFont::PreferNoHinting);
        if (raw.isValid()) {
            entry.font = raw;
            if (ref.faceIndex != 0)
                entry.problem = QStringLiteral("face %1 of %2 drawn from the collection's first "
                                               "face")
                                    .arg(ref.faceIndex)
                                    .arg(ref.file);
            return entry;
        }
    }
    entry.problem =
        QStringLiteral("font not found: %1 %2 (%3)").arg(ref.family, ref.style, ref.file);
    return entry;
}

QRawFont FontResolver::rawFont(const FontRef &ref, double size)
{
    const QString k = key(ref);
    // Each QRawFont::setPixelSize makes a new font engine with an empty glyph cache, so a sized
    // copy made per run would rasterise every glyph again on every paint: keep them.
    const SizedKey sized{k, qRound64(size * 1000.0)};
    if (const auto hit = m_sized.constFind(sized); hit != m_sized.constEnd())
        return *hit;
    auto it = m_cache.find(k);
    if (it == m_cache.end())
        it = m_cache.insert(k, resolve(ref));
    QRawFont font = it->font;
    if (font.isValid())
        font.setPixelSize(size);
    // Zooming through many scales would otherwise keep every size's engine alive.
    if (m_sized.size() >= kMaxSizedFonts)
        m_sized.clear();
    m_sized.insert(sized, font);
    return font;
}

QString FontResolver::problem(const FontRef &ref) const
{
    const auto it = m_cache.constFind(key(ref));
    return it == m_cache.constEnd() ? QString() : it->problem;
}

} // namespace folio::render
