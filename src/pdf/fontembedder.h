#pragma once

#include "layout/pagelayout.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QMap>
#include <QString>
#include <memory>

namespace folio::pdf {

class PdfObjectWriter;

// Embeds every face used in a file once, as a subset made with hb-subset, after all pages are
// written. Content streams address glyphs by 2-byte codes (Identity-H): for CFF faces the
// code is the glyph's CID (read from the CFF charset, which the subset keeps), for TrueType
// faces the original glyph id, mapped to the subset's glyph id by a CIDToGIDMap.
class FontEmbedder
{
public:
    explicit FontEmbedder(PdfObjectWriter *writer);
    ~FontEmbedder();
    FontEmbedder(const FontEmbedder &) = delete;
    FontEmbedder &operator=(const FontEmbedder &) = delete;

    // The face's handle (>= 0), loading it on first use; -1 and an error when it cannot be
    // loaded or is not a CFF or TrueType face.
    int fontHandle(const FontRef &font, QString *error);
    QByteArray resourceName(int handle) const;
    int objectNumber(int handle) const; // the Type0 font dictionary
    quint16 code(int handle, quint32 glyph) const;
    // The advance written in /W for this glyph, in 1/1000 em.
    double width(int handle, quint32 glyph) const;
    // Marks a glyph as used and maps it to its source text for the ToUnicode CMap. Returns
    // false when the glyph already maps to another text (the caller then marks ActualText).
    bool use(int handle, quint32 glyph, const QString &text);
    bool isCff(int handle) const;
    // The face's own glyph for a character (cmap only, no shaping), 0 when it has none; for
    // plain marks such as the slug line, which no composer lays out.
    quint32 nominalGlyph(int handle, char32_t c) const;

    // Subsets and writes every used face. False with an error when a face cannot be subset.
    bool finish(QString *error);

private:
    struct Face;
    bool writeFace(Face &face, QString *error);
    static double glyphWidth(const Face &face, quint32 glyph);

    PdfObjectWriter *m_writer = nullptr;
    std::vector<std::unique_ptr<Face>> m_faces;
    QHash<QString, int> m_byKey; // "file#index"
};

} // namespace folio::pdf
