#pragma once

#include "model/imageasset.h"

#include <QByteArray>
#include <QString>

namespace folio::pdf {

class CmykConverter;

// An image ready to become a PDF image XObject: DeviceCMYK or DeviceGray only (PDF/X-1a).
struct PdfImage
{
    enum class ColorSpace { DeviceGray, DeviceCMYK };
    enum class Source { CmykJpeg, GrayJpeg, Rgb, Gray, Bitonal };

    int width = 0;
    int height = 0;
    int bitsPerComponent = 8;
    ColorSpace colorSpace = ColorSpace::DeviceCMYK;
    Source source = Source::Rgb;
    QByteArray data;           // JPEG file bytes when isJpeg, else raw samples
    bool isJpeg = false;       // passed through with /DCTDecode
    bool invertedCmyk = false; // Adobe CMYK JPEG: samples stored inverted, /Decode [1 0 ...]
    bool flattenedAlpha = false;
    double maxInk = 0.0; // percent, estimated on a reduced copy of the image
};

// Turns the bytes of an image asset into a PdfImage: CMYK and greyscale JPEGs are passed
// through untouched, everything else is decoded with Qt, flattened against white when it
// has alpha, and converted to CMYK (RGB), 8-bit grey or 1-bit grey. Pixels are never
// resampled: the placed resolution stays the asset's.
class ImageDecoder
{
public:
    // False and a clear error when the data is empty, truncated or not an image.
    static bool decode(const ImageAsset &asset, const CmykConverter &converter, PdfImage *out,
                       QString *error);

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
};

} // namespace folio::pdf
