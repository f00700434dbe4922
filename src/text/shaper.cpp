#include "text/shaper.h"

#include <hb.h>

#include <QMutexLocker>
#include <vector>

namespace folio::text {

size_t qHash(const Shaper::Key &key, size_t seed)
{
    return qHashMulti(seed, key.text, key.faceId, key.size, key.script, key.language, key.features);
}

Shaper::Shaper() = default;
Shaper::~Shaper() = default;

Shaper *Shaper::instance()
{
    static Shaper shaper;
    return &shaper;
}

ShapedGlyphs Shaper::shapeUncached(const FontFace &face, double size, const QString &text,
                                   quint32 script, const QString &language,
                                   const QStringList &features) const
{
    hb_buffer_t *buffer = hb_buffer_create();
    hb_buffer_add_utf16(buffer, reinterpret_cast<const uint16_t *>(text.utf16()), int(text.size()),
                        0, int(text.size()));
    hb_buffer_set_script(buffer, hb_script_t(script));
    // Composition is left to right; right-to-left scripts are not supported yet.
    hb_buffer_set_direction(buffer, HB_DIRECTION_LTR);
    const QByteArray lang = language.toLatin1();
    hb_buffer_set_language(buffer, hb_language_from_string(lang.constData(), int(lang.size())));
    hb_buffer_set_cluster_level(buffer, HB_BUFFER_CLUSTER_LEVEL_MONOTONE_GRAPHEMES);

    std::vector<hb_feature_t> hbFeatures;
    hbFeatures.reserve(size_t(features.size()));
    for (const QString &f : features) {
        const QByteArray b = f.toLatin1();
        hb_feature_t feature;
        if (hb_feature_from_string(b.constData(), int(b.size()), &feature))
            hbFeatures.push_back(feature);
    }
    hb_shape(face.hbFont(), buffer, hbFeatures.data(), unsigned(hbFeatures.size()));

    unsigned count = 0;
    const hb_glyph_info_t *info = hb_buffer_get_glyph_infos(buffer, &count);
    const hb_glyph_position_t *pos = hb_buffer_get_glyph_positions(buffer, &count);
    const double scale = size / face.unitsPerEm();
    ShapedGlyphs out;
    out.glyphs.reserve(count);
    out.advances.reserve(count);
    out.offsets.reserve(count);
    out.clusters.reserve(count);
    for (unsigned i = 0; i < count; ++i) {
        out.glyphs.append(info[i].codepoint);
        out.advances.append(pos[i].x_advance * scale);
        out.offsets.append(QPointF(pos[i].x_offset * scale, -pos[i].y_offset * scale));
        out.clusters.append(int(info[i].cluster));
    }
    hb_buffer_destroy(buffer);
    return out;
}

std::shared_ptr<const ShapedGlyphs> Shaper::shape(const FontFace &face, double size,
                                                  const QString &text, quint32 script,
                                                  const QString &language,
                                                  const QStringList &features)
{
    Key key{text, face.id(), size, script, language, features};
    {
        QMutexLocker lock(&m_mutex);
        auto it = m_cache.constFind(key);
        if (it != m_cache.constEnd()) {
            ++m_cacheHits;
            return it.value();
        }
    }
    auto result = std::make_shared<const ShapedGlyphs>(
        shapeUncached(face, size, text, script, language, features));
    QMutexLocker lock(&m_mutex);
    ++m_shapeCount;
    if (m_cachedUnits + text.size() > m_cacheLimit) {
        m_cache.clear();
        m_cachedUnits = 0;
    }
    m_cachedUnits += text.size();
    m_cache.insert(std::move(key), result);
    return result;
}

PunctuationMetrics Shaper::punctuationMetrics(const FontFace &face, char32_t c)
{
    const QPair<quint64, char32_t> key(face.id(), c);
    {
        QMutexLocker lock(&m_mutex);
        auto it = m_punctuation.constFind(key);
        if (it != m_punctuation.constEnd())
            return it.value();
    }
    const QString text = QString::fromUcs4(&c, 1);
    const quint32 hani = HB_SCRIPT_HAN;
    const double em = 1.0;
    // A quote the itemizer sets with `fwid` is measured in that form (rule 19).
    QStringList features;
    if (face.quoteForms(c).fullWidth == QuoteWidth::ByFeature)
        features.append(QStringLiteral("fwid"));
    const ShapedGlyphs plain =
        shapeUncached(face, em, text, hani, QStringLiteral("zh-Hans"), features);
    const ShapedGlyphs halt = shapeUncached(face, em, text, hani, QStringLiteral("zh-Hans"),
                                            features + QStringList{QStringLiteral("halt")});
    PunctuationMetrics m;
    if (plain.glyphs.size() == 1 && halt.glyphs.size() == 1) {
        m.glyph = plain.glyphs[0];
        m.advance = plain.advances[0];
        m.haltGlyph = halt.glyphs[0];
        m.haltAdvance = halt.advances[0];
        m.haltOffset = halt.offsets[0].x() - plain.offsets[0].x();
    } else {
        m.haltAdvance = m.advance = plain.advances.value(0, 1.0);
    }
    QMutexLocker lock(&m_mutex);
    m_punctuation.insert(key, m);
    return m;
}

qint64 Shaper::shapeCount() const
{
    QMutexLocker lock(&m_mutex);
    return m_shapeCount;
}

qint64 Shaper::cacheHits() const
{
    QMutexLocker lock(&m_mutex);
    return m_cacheHits;
}

void Shaper::clearCache()
{
    QMutexLocker lock(&m_mutex);
    m_cache.clear();
    m_cachedUnits = 0;
}

void Shaper::setCacheLimit(qint64 units)
{
    QMutexLocker lock(&m_mutex);
    m_cacheLimit = units;
}

} // namespace folio::text
