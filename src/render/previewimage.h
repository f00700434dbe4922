#pragma once

#include <QByteArray>
#include <QImage>
#include <QSize>

namespace folio::render {

// Pictures for the screen. Qt refuses to decode a picture over its allocation limit (128 MiB
// in Qt 6.4: a 6000 x 6000 photo); such a picture is read reduced instead
// (QImageReader::setScaledSize, which JPEG does by DCT scaling and PNG row by row), at most
// kMaxPreviewSide pixels on its long side, so the page shows the photo, not an empty frame.
// Print never uses this: pdf/ embeds the picture at its own size.
class PreviewImage
{
public:
    static constexpr int kMaxPreviewSide = 4096;

    // The picture, whole when Qt decodes it in one piece, else reduced; null when the data is
    // not a readable picture.
    static QImage decode(const QByteArray &data);
    // The size decode() gives for a picture of that size and bytes per decoded pixel.
    static QSize previewSize(const QSize &size, int bytesPerPixel = 4);
};

} // namespace folio::render
