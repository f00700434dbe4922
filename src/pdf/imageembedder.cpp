#include "pdf/imageembedder.h"

#include "pdf/pdfobjectwriter.h"

namespace folio::pdf {

ImageEmbedder::ImageEmbedder(PdfObjectWriter *writer, const CmykConverter *converter)
    : m_writer(writer), m_converter(converter)
{}

const ImageEmbedder::Entry *ImageEmbedder::embed(const ImageAsset &asset, QString *error,
                                                 bool *tooLarge)
{
    if (tooLarge)
        *tooLarge = false;
    if (auto it = m_entries.constFind(asset.id); it != m_entries.constEnd())
        return &it.value();
    if (auto it = m_failures.constFind(asset.id); it != m_failures.constEnd()) {
        if (error)
            *error = it.value().message;
        if (tooLarge)
            *tooLarge = it.value().tooLarge;
        return nullptr;
    }
    PdfImage image;
    QString message;
    if (!ImageDecoder::decode(asset, *m_converter, &image, &message)) {
        const Failure failure{message, image.large == PdfImage::LargeImage::Refused};
        m_failures.insert(asset.id, failure);
        if (error)
            *error = failure.message;
        if (tooLarge)
            *tooLarge = failure.tooLarge;
        return nullptr;
    }

    Entry entry;
    entry.resourceName = "Im" + QByteArray::number(m_entries.size() + 1);
    entry.objectNumber = m_writer->reserveObject();
    entry.source = image.source;
    entry.flattenedAlpha = image.flattenedAlpha;
    entry.pixelSize = QSize(image.width, image.height);
    entry.large = image.large;
    entry.originalSize = image.originalSize;

    const bool cmyk = image.colorSpace == PdfImage::ColorSpace::DeviceCMYK;
    QByteArray dict = "/Type /XObject /Subtype /Image /Width " + QByteArray::number(image.width) +
                      " /Height " + QByteArray::number(image.height) + " /ColorSpace " +
                      (cmyk ? "/DeviceCMYK" : "/DeviceGray") + " /BitsPerComponent " +
                      QByteArray::number(image.bitsPerComponent);
    if (image.invertedCmyk)
        dict += " /Decode [1 0 1 0 1 0 1 0]";
    if (image.isJpeg)
        m_writer->writeEncodedStream(entry.objectNumber, dict, image.data, "/DCTDecode");
    else if (image.flateEncoded)
        m_writer->writeEncodedStream(entry.objectNumber, dict, image.data, "/FlateDecode");
    else
        m_writer->writeStream(entry.objectNumber, dict, image.data);
    return &m_entries.insert(asset.id, entry).value();
}

} // namespace folio::pdf
