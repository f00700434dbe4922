#pragma once

#include "model/imageasset.h"

#include <QByteArray>
#include <QImage>
#include <QSize>
#include <QString>

namespace folio::pdf {

class CmykConverter;

// An image ready to become a PDF image XObject: DeviceCMYK or DeviceGray only (PDF/X-1a).
struct PdfImage
{
    enum class ColorSpace { DeviceGray, DeviceCMYK };
    enum class Source { CmykJpeg, GrayJpeg, Rgb, Gray, Bitonal };
    // How a picture larger than Qt decodes in one piece (QImageReader's allocation limit) was
    // handled; see LargeImageDecoder.
    enum class LargeImage { None, PassedThrough, InBands, Scaled, Refused };

    int width = 0;
    int height = 0;
    int bitsPerComponent = 8;
    ColorSpace colorSpace = ColorSpace::DeviceCMYK;
    Source source = Source::Rgb;
    QByteArray data;           // JPEG file bytes when isJpeg, else samples
    bool isJpeg = false;       // passed through with /DCTDecode
    bool flateEncoded = false; // data holds Flate-compressed samples (converted band by band)
    bool invertedCmyk = false; // Adobe CMYK JPEG: samples stored inverted, /Decode [1 0 ...]
    bool flattenedAlpha = false;
    double maxInk = 0.0; // percent, estimated on a reduced copy of the image
    LargeImage large = LargeImage::None;
    QSize originalSize; // the picture's own size; width x height is smaller only when Scaled
};

// Turns the bytes of an image asset into a PdfImage: CMYK and greyscale JPEGs are passed
// through untouched, everything else is decoded with Qt, flattened against white when it
// has alpha, and converted to CMYK (RGB), 8-bit grey or 1-bit grey. Pixels are never
// resampled, except a picture too large to decode at all (LargeImageDecoder): the placed
// resolution stays the asset's.
class ImageDecoder
{
public:
    // Export: the samples too. Check (preflight): everything but the samples.
    enum class Purpose { Export, Check };

    // False and a clear error when the data is empty, truncated, not an image, or too large
    // to decode (then out->large is Refused).
    static bool decode(const ImageAsset &asset, const CmykConverter &converter, PdfImage *out,
                       QString *error, Purpose purpose = Purpose::Export);

    struct JpegInfo
    {
        int width = 0;
        int height = 0;
        int components = 0;
        int bitsPerComponent = 8;
        bool adobeMarker = false;
    };
    // Reads the frame header and APP14 marker of a JPEG; false when it is not a JPEG.
    static bool readJpegInfo(const QByteArray &data, JpegInfo *info);

    // A decoded picture (not a passed-through JPEG) as PdfImage: 1-bit, grey or CMYK samples,
    // alpha flattened; without samples for Purpose::Check.
    static void fromImage(QImage image, const CmykConverter &converter, PdfImage *out,
                          Purpose purpose);
    // The picture composited on white paper, opaque (RGB32).
    static QImage flattenedOnWhite(const QImage &image);
    // The highest total ink, estimated on a reduced copy, of a picture of that source.
    static double estimateInk(const QImage &image, PdfImage::Source source,
                              const CmykConverter &converter);
};

} // namespace folio::pdf
