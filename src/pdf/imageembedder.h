#pragma once

#include "core/ids.h"
#include "model/imageasset.h"
#include "pdf/imagedecoder.h"

#include <QByteArray>
#include <QHash>
#include <QString>

namespace folio::pdf {

class CmykConverter;
class PdfObjectWriter;

// Writes each image asset once per file as an image XObject (written at once, so that the
// pixels do not stay in memory until the end of the file).
class ImageEmbedder
{
public:
    struct Entry
    {
        QByteArray resourceName; // "Im1"
        int objectNumber = 0;
        PdfImage::Source source = PdfImage::Source::Rgb;
        bool flattenedAlpha = false;
        QSize pixelSize;
        PdfImage::LargeImage large = PdfImage::LargeImage::None;
        QSize originalSize;
    };

    ImageEmbedder(PdfObjectWriter *writer, const CmykConverter *converter);

    // nullptr and a clear error when the asset's data is not a usable image; tooLarge tells a
    // picture refused for its size (LargeImageDecoder) from broken data.
    const Entry *embed(const ImageAsset &asset, QString *error, bool *tooLarge = nullptr);

private:
    PdfObjectWriter *m_writer = nullptr;
    const CmykConverter *m_converter = nullptr;
    QHash<ObjectId, Entry> m_entries;
    struct Failure
    {
        QString message;
        bool tooLarge = false;
    };
    QHash<ObjectId, Failure> m_failures;
};

} // namespace folio::pdf
