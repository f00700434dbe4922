#include "pdf/imagedecoder.h"

#include "pdf/cmykconverter.h"
#include "pdf/largeimagedecoder.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QImage>
#include <QImageReader>
#include <algorithm>

namespace folio::pdf {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("folio::pdf", text);
}
} // namespace

namespace {

QImage readImage(const QByteArray &data, QString *error)
{
    QBuffer buffer;
    buffer.setData(data);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer);
    reader.setAutoTransform(false);
    QImage image = reader.read();
    if (image.isNull() && error)
        *error = tr("图片数据无法解码（%1）").arg(reader.errorString());
    return image;
}

// The highest total ink of a reduced copy: single stray pixels do not count, areas do.
double estimateMaxInk(const QImage &image, const CmykConverter &converter)
{
    const QImage small = image.width() > 64 || image.height() > 64
                             ? image.scaled(64, 64, Qt::KeepAspectRatio, Qt::SmoothTransformation)
                             : image;
    const QByteArray cmyk = converter.convert(small);
    double maxInk = 0.0;
    for (qsizetype i = 0; i + 3 < cmyk.size(); i += 4) {
        const int sum =
            quint8(cmyk[i]) + quint8(cmyk[i + 1]) + quint8(cmyk[i + 2]) + quint8(cmyk[i + 3]);
        maxInk = std::max(maxInk, sum * 100.0 / 255.0);
    }
    return maxInk;
}

// Qt decodes a CMYK JPEG to RGB as R = (1 - C)(1 - K) (and likewise G, B); the CMYK behind
// an RGB value is not unique. The smallest total ink that gives the pixel is a lower bound:
// a warning from it is certain, rich blacks may go unnoticed.
double estimateCmykJpegInk(const QImage &image)
{
    const QImage small = (image.width() > 64 || image.height() > 64
                              ? image.scaled(64, 64, Qt::KeepAspectRatio, Qt::SmoothTransformation)
                              : image)
                             .convertToFormat(QImage::Format_RGB32);
    double maxInk = 0.0;
    for (int y = 0; y < small.height(); ++y) {
        const auto *row = reinterpret_cast<const QRgb *>(small.constScanLine(y));
        for (int x = 0; x < small.width(); ++x) {
            const double r = qRed(row[x]) / 255.0, g = qGreen(row[x]) / 255.0,
                         b = qBlue(row[x]) / 255.0;
            const double sum = r + g + b;
            const double brightest = std::max({r, g, b});
            // The total 3 + K - sum / (1 - K) is concave in K: its minimum is at an end.
            const double ink =
                brightest > 0.0 ? std::min(3.0 - sum, 4.0 - brightest - sum / brightest) : 1.0;
            maxInk = std::max(maxInk, ink * 100.0);
        }
    }
    return maxInk;
}

// Grey images print on the black plate alone.
double estimateGrayInk(const QImage &image)
{
    const QImage small = (image.width() > 64 || image.height() > 64
                              ? image.scaled(64, 64, Qt::KeepAspectRatio, Qt::SmoothTransformation)
                              : image)
                             .convertToFormat(QImage::Format_Grayscale8);
    int darkest = 255;
    for (int y = 0; y < small.height(); ++y) {
        const uchar *row = small.constScanLine(y);
        for (int x = 0; x < small.width(); ++x)
            darkest = std::min(darkest, int(row[x]));
    }
    return (255 - darkest) * 100.0 / 255.0;
}

QImage flattenOnWhite(const QImage &image)
{
    QImage src = image.convertToFormat(QImage::Format_ARGB32);
    QImage out(src.size(), QImage::Format_RGB32);
    for (int y = 0; y < src.height(); ++y) {
        const auto *s = reinterpret_cast<const QRgb *>(src.constScanLine(y));
        auto *d = reinterpret_cast<QRgb *>(out.scanLine(y));
        for (int x = 0; x < src.width(); ++x) {
            const int a = qAlpha(s[x]);
            const auto blend = [a](int c) { return (c * a + 255 * (255 - a) + 127) / 255; };
            d[x] = qRgb(blend(qRed(s[x])), blend(qGreen(s[x])), blend(qBlue(s[x])));
        }
    }
    return out;
}

bool isBitonal(const QImage &image)
{
    if (image.depth() != 1)
        return false;
    return !image.hasAlphaChannel();
}

} // namespace

bool ImageDecoder::readJpegInfo(const QByteArray &data, JpegInfo *info)
{
    const auto byte = [&data](qsizetype i) { return quint8(data[i]); };
    if (data.size() < 4 || byte(0) != 0xFF || byte(1) != 0xD8)
        return false;
    qsizetype p = 2;
    while (p + 4 <= data.size()) {
        if (byte(p) != 0xFF)
            return false;
        const int marker = byte(p + 1);
        if (marker == 0xFF) { // fill byte
            ++p;
            continue;
        }
        if (marker == 0xD8 || (marker >= 0xD0 && marker <= 0xD7) || marker == 0x01) {
            p += 2;
            continue;
        }
        const int length = (byte(p + 2) << 8) | byte(p + 3);
        if (length < 2 || p + 2 + length > data.size())
            return false;
        const qsizetype segment = p + 4;
        if (marker == 0xEE && length >= 12 && data.mid(segment, 5) == "Adobe")
            info->adobeMarker = true;
        const bool sof =
            marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC;
        if (sof && length >= 8) {
            info->bitsPerComponent = byte(segment);
            info->height = (byte(segment + 1) << 8) | byte(segment + 2);
            info->width = (byte(segment + 3) << 8) | byte(segment + 4);
            info->components = byte(segment + 5);
            return info->width > 0 && info->height > 0;
        }
        if (marker == 0xDA)
            return false; // scan data before any frame header
        p += 2 + length;
    }
    return false;
}

QImage ImageDecoder::flattenedOnWhite(const QImage &image)
{
    return flattenOnWhite(image);
}

double ImageDecoder::estimateInk(const QImage &image, PdfImage::Source source,
                                 const CmykConverter &converter)
{
    switch (source) {
    case PdfImage::Source::CmykJpeg:
        return estimateCmykJpegInk(image);
    case PdfImage::Source::GrayJpeg:
    case PdfImage::Source::Gray:
        return estimateGrayInk(image);
    case PdfImage::Source::Bitonal:
        return 100.0;
    case PdfImage::Source::Rgb:
        break;
    }
    return estimateMaxInk(image, converter);
}

void ImageDecoder::fromImage(QImage image, const CmykConverter &converter, PdfImage *out,
                             Purpose purpose)
{
    const bool samples = purpose == Purpose::Export;
    out->width = image.width();
    out->height = image.height();
    if (!out->originalSize.isValid())
        out->originalSize = image.size();
    if (isBitonal(image)) {
        out->bitsPerComponent = 1;
        out->colorSpace = PdfImage::ColorSpace::DeviceGray;
        out->source = PdfImage::Source::Bitonal;
        out->maxInk = 100.0;
        if (!samples)
            return;
        const QImage mono = image.convertToFormat(QImage::Format_Mono);
        const QList<QRgb> table = mono.colorTable();
        const int bytesPerRow = (mono.width() + 7) / 8;
        QByteArray bits(qsizetype(bytesPerRow) * mono.height(), '\0');
        for (int y = 0; y < mono.height(); ++y) {
            const uchar *row = mono.constScanLine(y);
            for (int x = 0; x < mono.width(); ++x) {
                const int index = (row[x >> 3] >> (7 - (x & 7))) & 1;
                const bool white = index < table.size() ? qGray(table[index]) >= 128 : index == 1;
                if (white) // DeviceGray: 1 is white
                    bits[qsizetype(y) * bytesPerRow + (x >> 3)] |= char(0x80 >> (x & 7));
            }
        }
        out->data = bits;
        return;
    }
    if (image.hasAlphaChannel()) {
        image = flattenOnWhite(image);
        out->flattenedAlpha = true;
    }
    if (image.isGrayscale()) {
        const QImage gray = image.convertToFormat(QImage::Format_Grayscale8);
        out->colorSpace = PdfImage::ColorSpace::DeviceGray;
        out->source = PdfImage::Source::Gray;
        out->maxInk = estimateGrayInk(gray);
        if (!samples)
            return;
        QByteArray data;
        data.reserve(qsizetype(gray.width()) * gray.height());
        for (int y = 0; y < gray.height(); ++y)
            data.append(reinterpret_cast<const char *>(gray.constScanLine(y)), gray.width());
        out->data = data;
        return;
    }
    out->colorSpace = PdfImage::ColorSpace::DeviceCMYK;
    out->source = PdfImage::Source::Rgb;
    out->maxInk = estimateMaxInk(image, converter);
    if (samples)
        out->data = converter.convert(image);
}

bool ImageDecoder::decode(const ImageAsset &asset, const CmykConverter &converter, PdfImage *out,
                          QString *error, Purpose purpose)
{
    *out = PdfImage();
    if (asset.data.isEmpty()) {
        if (error)
            *error = tr("图片没有数据");
        return false;
    }
    if (LargeImageDecoder::isOverLimit(asset.data))
        return LargeImageDecoder::decode(asset, converter, out, error, purpose);
    // Decoding proves the data is whole even when the JPEG bytes are passed through.
    const QImage image = readImage(asset.data, error);
    if (image.isNull())
        return false;

    JpegInfo jpeg;
    if (readJpegInfo(asset.data, &jpeg)) {
        if (jpeg.width != image.width() || jpeg.height != image.height()) {
            if (error)
                *error = tr("JPEG 文件头与图像数据不符");
            return false;
        }
        if ((jpeg.components == 4 || jpeg.components == 1) && jpeg.bitsPerComponent == 8) {
            out->width = jpeg.width;
            out->height = jpeg.height;
            out->originalSize = image.size();
            out->isJpeg = true;
            out->data = asset.data;
            out->colorSpace = jpeg.components == 4 ? PdfImage::ColorSpace::DeviceCMYK
                                                   : PdfImage::ColorSpace::DeviceGray;
            out->source =
                jpeg.components == 4 ? PdfImage::Source::CmykJpeg : PdfImage::Source::GrayJpeg;
            // Photoshop-style CMYK JPEGs (with the Adobe marker) store inverted samples.
            out->invertedCmyk = jpeg.components == 4 && jpeg.adobeMarker;
            out->maxInk = estimateInk(image, out->source, converter);
            return true;
        }
    }
    fromImage(image, converter, out, purpose);
    return true;
}

} // namespace folio::pdf
