#pragma once

#include "pdf/imagedecoder.h"

#include <QSize>

namespace folio::pdf {

// Pictures larger than Qt decodes in one piece: QImageReader refuses any image whose decoded
// size is over its allocation limit (128 MiB in Qt 6.4, so an RGB photo over about 33
// megapixels, e.g. 6000 x 6000). Such a picture is never dropped:
// - a CMYK or grey JPEG is passed through untouched (checked by a reduced read to its end);
// - any other JPEG is decoded in horizontal bands (QImageReader::setClipRect, at most
//   kBandBytes each) and converted to CMYK and Flate-compressed band by band, so only one band
//   and the compressed samples are ever in memory, whatever the picture's size;
// - other formats (PNG) are decoded whole with Qt's limit raised for that one picture, up to
//   oneShotLimit() (512 MiB by default), and converted band by band;
// - beyond that they are read reduced to fit Qt's own limit (QImageReader::setScaledSize,
//   which PNG does row by row) and reported as Scaled;
// - a format that can do neither is refused with a clear error (large is Refused).
// Qt's limit is process-wide: raising it for one read assumes pictures are decoded on one
// thread at a time, as Folio does.
class LargeImageDecoder
{
public:
    static constexpr qint64 kBandBytes = 32 * 1024 * 1024;

    // True when Qt would refuse to decode these bytes in one piece.
    static bool isOverLimit(const QByteArray &data);
    static bool decode(const ImageAsset &asset, const CmykConverter &converter, PdfImage *out,
                       QString *error, ImageDecoder::Purpose purpose);

    // The largest decoded size, in MiB, for which Qt's limit is raised for one picture.
    static int oneShotLimit();
    static void setOneShotLimit(int megabytes);

    // The size a picture is reduced to when it is read scaled: the largest size with the same
    // proportions whose decoded bytes fit within Qt's allocation limit.
    static QSize scaledSize(const QSize &original, int bytesPerPixel);
};

} // namespace folio::pdf
