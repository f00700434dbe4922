#pragma once

#include <QFile>
#include <QImage>
#include <QImageWriter>
#include <QPainter>
#include <QTemporaryDir>

// Pictures over Qt's one-piece decode limit (QImageReader's allocation limit, 128 MiB in
// Qt 6.4): 6000 x 6000 pixels decode to 137 MiB. Written with QImageWriter into a temporary
// folder once per test run and read back as a file's bytes, as an import would.
namespace largeimages {

// Quadrants of distinct colours, so that a band out of place or a picture turned shows.
inline QRgb quadrantColour(int x, int y, const QSize &size)
{
    const bool right = x >= size.width() / 2;
    const bool bottom = y >= size.height() / 2;
    if (!bottom)
        return right ? qRgb(30, 30, 220) : qRgb(220, 30, 30);
    return right ? qRgb(60, 60, 60) : qRgb(30, 200, 30);
}

inline QImage quadrants(const QSize &size, QImage::Format format = QImage::Format_RGB32)
{
    QImage image(size, format);
    QPainter p(&image);
    const int w = size.width() / 2;
    const int h = size.height() / 2;
    p.fillRect(0, 0, w, h, QColor(quadrantColour(0, 0, size)));
    p.fillRect(w, 0, size.width() - w, h, QColor(quadrantColour(w, 0, size)));
    p.fillRect(0, h, w, size.height() - h, QColor(quadrantColour(0, h, size)));
    p.fillRect(w, h, size.width() - w, size.height() - h, QColor(quadrantColour(w, h, size)));
    return image;
}

// The picture in that format as a file's bytes; empty when it cannot be written.
inline QByteArray fileBytes(const QImage &image, const char *format, const QString &name)
{
    static QTemporaryDir dir;
    if (!dir.isValid())
        return {};
    const QString path = dir.filePath(name);
    QImageWriter writer(path, format);
    writer.setQuality(90);
    if (!writer.write(image))
        return {};
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

inline const QSize &bigSize()
{
    static const QSize size(6000, 6000);
    return size;
}

inline const QByteArray &rgbJpeg()
{
    static const QByteArray data = fileBytes(quadrants(bigSize()), "jpeg", "big-rgb.jpg");
    return data;
}

inline const QByteArray &png()
{
    static const QByteArray data = fileBytes(quadrants(bigSize()), "png", "big.png");
    return data;
}

} // namespace largeimages
