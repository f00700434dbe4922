#include "proof/pagefingerprint.h"

#include "model/edition.h"

#include <QCryptographicHash>
#include <QtEndian>
#include <cmath>

namespace folio::proof {

namespace {

// Feeds values into the hash in a fixed byte order, each tagged, so that no two different
// item lists can serialise to the same bytes.
class Feeder
{
public:
    explicit Feeder(QCryptographicHash *hash) : m_hash(hash) {}

    void tag(char t) { m_hash->addData(QByteArrayView(&t, 1)); }
    void integer(qint64 v)
    {
        const qint64 le = qToLittleEndian(v);
        m_hash->addData(QByteArrayView(reinterpret_cast<const char *>(&le), sizeof le));
    }
    // Geometry to 0.01 pt: below anything a plate shows, above floating-point noise.
    void length(double v) { integer(std::llround(v * 100.0)); }
    void point(const QPointF &p)
    {
        length(p.x());
        length(p.y());
    }
    void rect(const QRectF &r)
    {
        point(r.topLeft());
        point(r.bottomRight());
    }
    // Inks to 0.01 %.
    void color(const CmykColor &c)
    {
        for (double v : {c.c, c.m, c.y, c.k})
            integer(std::llround(v * 10000.0));
    }
    void text(const QString &s)
    {
        integer(s.size());
        m_hash->addData(QByteArrayView(reinterpret_cast<const char *>(s.utf16()), s.size() * 2));
    }
    void bytes(const QByteArray &b)
    {
        integer(b.size());
        m_hash->addData(b);
    }

private:
    QCryptographicHash *m_hash;
};

} // namespace

QByteArray PageFingerprint::compute(const PageLayout &layout, const Edition &edition)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    Feeder f(&hash);
    f.tag('P');
    f.length(layout.pageSize.width());
    f.length(layout.pageSize.height());
    for (const PageItem &item : layout.items) {
        if (const auto *run = std::get_if<GlyphRun>(&item)) {
            f.tag('G');
            f.text(run->font ? run->font->postscriptName : QString());
            f.text(run->font ? run->font->family + QLatin1Char('/') + run->font->style : QString());
            f.integer(run->font ? run->font->faceIndex : -1);
            f.length(run->size);
            f.color(run->color);
            f.point(run->origin);
            f.integer(run->glyphs.size());
            double pen = 0.0;
            for (int i = 0; i < run->glyphs.size(); ++i) {
                f.integer(run->glyphs[i]);
                // Each glyph's own place, so a changed advance moves the glyphs after it.
                const QPointF offset = i < run->offsets.size() ? run->offsets[i] : QPointF();
                f.point(run->origin + QPointF(pen, 0) + offset);
                pen += i < run->advances.size() ? run->advances[i] : 0.0;
            }
            for (const GlyphCluster &c : run->clusters)
                f.text(c.text);
        } else if (const auto *rule = std::get_if<RuleItem>(&item)) {
            f.tag('R');
            f.point(rule->from);
            f.point(rule->to);
            f.length(rule->width);
            f.color(rule->color);
        } else if (const auto *box = std::get_if<BoxItem>(&item)) {
            f.tag('B');
            f.rect(box->rect);
            f.integer(box->hasFill);
            if (box->hasFill)
                f.color(box->fill);
            f.integer(box->hasStroke);
            if (box->hasStroke) {
                f.color(box->stroke);
                f.length(box->strokeWidth);
            }
        } else if (const auto *image = std::get_if<ImageItem>(&item)) {
            f.tag('I');
            f.rect(image->clipRect);
            f.rect(image->imageRect);
            const ImageAsset *asset = image->assetId ? edition.image(image->assetId) : nullptr;
            f.bytes(asset ? QCryptographicHash::hash(asset->data, QCryptographicHash::Sha1)
                          : QByteArray());
        }
        // MarkerItems are screen-only: overset signs and copyfit counts never print.
    }
    return hash.result();
}

QString PageFingerprint::shortText(const QByteArray &fingerprint)
{
    return QString::fromLatin1(fingerprint.left(6).toHex());
}

} // namespace folio::proof
