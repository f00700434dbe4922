#include "render/previewimage.h"

#include <QBuffer>
#include <QImageReader>
#include <algorithm>

namespace folio::render {

QSize PreviewImage::previewSize(const QSize &size, int bytesPerPixel)
{
    const int limit = QImageReader::allocationLimit();
    if (limit <= 0 || size.isEmpty() ||
        (qint64(size.width()) * size.height() * bytesPerPixel >> 20) < limit)
        return size;
    return size.scaled(QSize(kMaxPreviewSide, kMaxPreviewSide), Qt::KeepAspectRatio)
        .expandedTo(QSize(1, 1));
}

QImage PreviewImage::decode(const QByteArray &data)
{
    QBuffer buffer;
    buffer.setData(data);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer);
    reader.setAutoTransform(false); // as pdf/ prints it
    const QSize size = reader.size();
    const QImage::Format format = reader.imageFormat();
    const int bits =
        format == QImage::Format_Invalid ? 32 : QImage::toPixelFormat(format).bitsPerPixel();
    const QSize preview = previewSize(size, std::max(1, bits / 8));
    if (size.isValid() && preview != size)
        reader.setScaledSize(preview);
    return reader.read();
}

} // namespace folio::render
