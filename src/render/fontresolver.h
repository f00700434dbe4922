#pragma once

#include "layout/pagelayout.h"

#include <QHash>
#include <QRawFont>
#include <QString>
#include <utility>

namespace folio::render {

// Finds the QRawFont that draws a layout FontRef's glyph ids. Glyph ids are only meaningful
// in the exact face the composer shaped with, so the resolver asks Qt for the face by family
// and style, checks that Qt really found that family, and otherwise loads the face's file
// directly. Not thread-safe: one resolver per thread (QRawFont is bound to its thread).
class FontResolver
{
public:
    // The face at `size` pt (painter units); an invalid QRawFont when no face can be loaded.
    QRawFont rawFont(const FontRef &ref, double size);
    // Why the last lookup of this face was not exact (empty when it was), for diagnostics.
    QString problem(const FontRef &ref) const;

private:
    struct Entry
    {
        QRawFont font;
        QString problem;
    };
    Entry resolve(const FontRef &ref) const;
    static QString key(const FontRef &ref);

    using SizedKey = std::pair<QString, qint64>; // face key, size in 1/1000 px
    QHash<QString, Entry> m_cache;
    QHash<SizedKey, QRawFont> m_sized;
};

} // namespace folio::render
