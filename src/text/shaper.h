#pragma once

#include "text/fontface.h"

#include <QHash>
#include <QList>
#include <QMutex>
#include <QPointF>
#include <QString>
#include <QStringList>
#include <memory>

namespace folio::text {

// The HarfBuzz output for one run, in pt at the requested size.
struct ShapedGlyphs
{
    QList<quint32> glyphs;
    QList<double> advances; // pt
    QList<QPointF> offsets; // pt, y down
    QList<int> clusters;    // UTF-16 offset of each glyph's cluster, relative to the run start
};

// Metrics of one fullwidth mark with and without the OpenType feature `halt`, in em.
struct PunctuationMetrics
{
    quint32 glyph = 0;
    double advance = 1.0;
    quint32 haltGlyph = 0;
    double haltAdvance = 1.0;
    double haltOffset = 0.0; // x offset of the glyph when trimmed (opening marks move left)
    bool isTrimmable() const { return haltAdvance < advance - 1e-6; }
};

// Shapes runs with HarfBuzz. Results are cached by (text, face, size, script, language,
// features) so that composing an unchanged paragraph again does not shape it again.
class Shaper
{
public:
    Shaper();
    ~Shaper();

    // The process-wide shaper and its cache.
    static Shaper *instance();

    // script: ISO 15924 tag as HarfBuzz's hb_script_t ('Hani', 'Latn', ...); language a BCP 47
    // tag ("zh-Hans", "en").
    std::shared_ptr<const ShapedGlyphs> shape(const FontFace &face, double size,
                                              const QString &text, quint32 script,
                                              const QString &language, const QStringList &features);

    // Rules 6-7: the mark c shaped alone for zh-Hans, plain and with `halt` (a quote that needs
    // `fwid` for its full-width form, rule 19, with it). Cached per face.
    PunctuationMetrics punctuationMetrics(const FontFace &face, char32_t c);

    // Cache statistics, for tests and the bench.
    qint64 shapeCount() const;
    qint64 cacheHits() const;
    void clearCache();
    // Upper bound of cached UTF-16 units before the cache is emptied.
    void setCacheLimit(qint64 units);

private:
    struct Key
    {
        QString text;
        quint64 faceId = 0;
        double size = 0;
        quint32 script = 0;
        QString language;
        QStringList features;
        bool operator==(const Key &) const = default;
    };
    friend size_t qHash(const Key &key, size_t seed);

    ShapedGlyphs shapeUncached(const FontFace &face, double size, const QString &text,
                               quint32 script, const QString &language,
                               const QStringList &features) const;

    mutable QMutex m_mutex;
    QHash<Key, std::shared_ptr<const ShapedGlyphs>> m_cache;
    QHash<QPair<quint64, char32_t>, PunctuationMetrics> m_punctuation;
    qint64 m_cachedUnits = 0;
    // About 35 bytes a unit (glyph, advance, offset, cluster, hash node): ~35 MB, five times
    // the text of a 48-page edition.
    qint64 m_cacheLimit = 1024 * 1024;
    qint64 m_shapeCount = 0;
    qint64 m_cacheHits = 0;
};

} // namespace folio::text
