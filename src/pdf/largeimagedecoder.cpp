#include "pdf/largeimagedecoder.h"

#include "pdf/cmykconverter.h"
#include "pdf/flateencoder.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QImageReader>
#include <algorithm>
#include <cmath>

namespace folio::pdf {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("folio::pdf", text);
}

int g_oneShotLimit = 512; // MiB

struct Probe
{
    QSize size;
    QImage::Format format = QImage::Format_Invalid;
    bool scaledReading = false;
};

Probe probe(const QByteArray &data)
{
    QBuffer buffer;
    buffer.setData(data);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer);
    Probe p;
    p.size = reader.size();
    p.format = reader.imageFormat();
    p.scaledReading = reader.supportsOption(QImageIOHandler::ScaledSize);
    return p;
}

// What Qt would allocate: the header's pixel format (4 bytes when it does not say).
int bitsPerPixel(QImage::Format format)
{
    return format == QImage::Format_Invalid ? 32 : QImage::toPixelFormat(format).bitsPerPixel();
}

qint64 decodedBytes(const QSize &size, int bits)
{
    const qint64 bytesPerLine = (qint64(size.width()) * bits + 31) / 32 * 4;
    return bytesPerLine * size.height();
}

// Qt's limit is process-wide: raised for one read, then restored.
class RaisedAllocationLimit
{
public:
    explicit RaisedAllocationLimit(int megabytes) : m_previous(QImageReader::allocationLimit())
    {
        QImageReader::setAllocationLimit(megabytes);
    }
    ~RaisedAllocationLimit() { QImageReader::setAllocationLimit(m_previous); }
    RaisedAllocationLimit(const RaisedAllocationLimit &) = delete;
    RaisedAllocationLimit &operator=(const RaisedAllocationLimit &) = delete;

private:
    int m_previous = 0;
};

QImage readPart(const QByteArray &data, const QRect &clip, const QSize &scaled, QString *error)
{
    QBuffer buffer;
    buffer.setData(data);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer);
    reader.setAutoTransform(false);
    if (clip.isValid())
        reader.setClipRect(clip);
    if (scaled.isValid())
        reader.setScaledSize(scaled);
    QImage image = reader.read();
    if (image.isNull() && error)
        *error = tr("图片数据无法解码（%1）").arg(reader.errorString());
    return image;
}

// A copy small enough to estimate ink from; reading it goes through all of the data.
QSize previewSize(const QSize &size)
{
    const QSize small = size.scaled(QSize(256, 256), Qt::KeepAspectRatio);
    return small.expandedTo(QSize(1, 1));
}

int bandRows(int width)
{
    return int(std::max<qint64>(1, LargeImageDecoder::kBandBytes / (qint64(width) * 4)));
}

QString sizeText(const QSize &size)
{
    return QStringLiteral("%1×%2").arg(size.width()).arg(size.height());
}

// One band of a decoded picture as samples of the colour space already chosen for the whole.
QByteArray bandSamples(QImage band, bool gray, const CmykConverter &converter)
{
    if (band.hasAlphaChannel())
        band = ImageDecoder::flattenedOnWhite(band);
    if (!gray)
        return converter.convert(band);
    const QImage g = band.convertToFormat(QImage::Format_Grayscale8);
    QByteArray samples;
    samples.reserve(qsizetype(g.width()) * g.height());
    for (int y = 0; y < g.height(); ++y)
        samples.append(reinterpret_cast<const char *>(g.constScanLine(y)), g.width());
    return samples;
}

bool outOfMemory(QString *error)
{
    if (error)
        *error = tr("压缩图片数据时内存不足");
    return false;
}

} // namespace

int LargeImageDecoder::oneShotLimit()
{
    return g_oneShotLimit;
}

void LargeImageDecoder::setOneShotLimit(int megabytes)
{
    g_oneShotLimit = std::max(0, megabytes);
}

bool LargeImageDecoder::isOverLimit(const QByteArray &data)
{
    const int limit = QImageReader::allocationLimit();
    const Probe p = probe(data);
    if (limit <= 0 || !p.size.isValid())
        return false;
    return (decodedBytes(p.size, bitsPerPixel(p.format)) >> 20) > limit;
}

QSize LargeImageDecoder::scaledSize(const QSize &original, int bytesPerPixel)
{
    const int limit = QImageReader::allocationLimit();
    if (limit <= 0 || original.isEmpty())
        return original;
    const double pixels = double(limit) * 1024 * 1024 / std::max(1, bytesPerPixel);
    const double factor =
        std::min(1.0, std::sqrt(pixels / (double(original.width()) * double(original.height()))));
    QSize size(std::max(1, int(original.width() * factor)),
               std::max(1, int(original.height() * factor)));
    while ((decodedBytes(size, bytesPerPixel * 8) >> 20) > limit && size.width() > 1 &&
           size.height() > 1)
        size = original.scaled(size - QSize(1, 1), Qt::KeepAspectRatio).expandedTo(QSize(1, 1));
    return size;
}

bool LargeImageDecoder::decode(const ImageAsset &asset, const CmykConverter &converter,
                               PdfImage *out, QString *error, ImageDecoder::Purpose purpose)
{
    const QByteArray &data = asset.data;
    const Probe p = probe(data);
    *out = PdfImage();
    out->originalSize = p.size;
    const bool samples = purpose == ImageDecoder::Purpose::Export;

    ImageDecoder::JpegInfo jpeg;
    if (ImageDecoder::readJpegInfo(data, &jpeg)) {
        if (QSize(jpeg.width, jpeg.height) != p.size) {
            if (error)
                *error = tr("JPEG 文件头与图像数据不符");
            return false;
        }
        const QImage preview = readPart(data, {}, previewSize(p.size), error);
        if (preview.isNull())
            return false;
        out->width = jpeg.width;
        out->height = jpeg.height;
        if ((jpeg.components == 4 || jpeg.components == 1) && jpeg.bitsPerComponent == 8) {
            const bool cmyk = jpeg.components == 4;
            out->large = PdfImage::LargeImage::PassedThrough;
            out->isJpeg = true;
            out->data = data;
            out->colorSpace =
                cmyk ? PdfImage::ColorSpace::DeviceCMYK : PdfImage::ColorSpace::DeviceGray;
            out->source = cmyk ? PdfImage::Source::CmykJpeg : PdfImage::Source::GrayJpeg;
            out->invertedCmyk = cmyk && jpeg.adobeMarker;
            out->maxInk = ImageDecoder::estimateInk(preview, out->source, converter);
            return true;
        }
        out->large = PdfImage::LargeImage::InBands;
        out->colorSpace = PdfImage::ColorSpace::DeviceCMYK;
        out->source = PdfImage::Source::Rgb;
        out->maxInk = ImageDecoder::estimateInk(preview, out->source, converter);
        if (!samples)
            return true;
        FlateEncoder encoder;
        const int rows = bandRows(p.size.width());
        for (int y = 0; y < p.size.height(); y += rows) {
            const QRect band(0, y, p.size.width(), std::min(rows, p.size.height() - y));
            const QImage pixels = readPart(data, band, {}, error);
            if (pixels.isNull())
                return false;
            if (pixels.size() != band.size()) {
                if (error)
                    *error = tr("JPEG 文件头与图像数据不符");
                return false;
            }
            if (!encoder.append(converter.convert(pixels)))
                return outOfMemory(error);
        }
        if (!encoder.finish(&out->data))
            return outOfMemory(error);
        out->flateEncoded = true;
        return true;
    }

    const int bits = bitsPerPixel(p.format);
    const qint64 megabytes = (decodedBytes(p.size, bits) >> 20) + 1;
    if (megabytes <= g_oneShotLimit) {
        if (!samples && p.scaledReading) {
            // A reduced read proves the data whole without holding all of it.
            const QImage preview = readPart(data, {}, previewSize(p.size), error);
            if (preview.isNull())
                return false;
            ImageDecoder::fromImage(preview, converter, out, purpose);
        } else {
            QImage image;
            {
                const RaisedAllocationLimit raised{int(megabytes)};
                image = readPart(data, {}, {}, error);
            }
            if (image.isNull())
                return false;
            const bool gray = image.isGrayscale();
            const QImage preview =
                image.scaled(previewSize(p.size), Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
            ImageDecoder::fromImage(preview, converter, out, ImageDecoder::Purpose::Check);
            out->colorSpace =
                gray ? PdfImage::ColorSpace::DeviceGray : PdfImage::ColorSpace::DeviceCMYK;
            out->source = gray ? PdfImage::Source::Gray : PdfImage::Source::Rgb;
            out->bitsPerComponent = 8;
            if (samples) {
                FlateEncoder encoder;
                const int rows = bandRows(image.width());
                for (int y = 0; y < image.height(); y += rows) {
                    const QImage band =
                        image.copy(0, y, image.width(), std::min(rows, image.height() - y));
                    if (!encoder.append(bandSamples(band, gray, converter)))
                        return outOfMemory(error);
                }
                if (!encoder.finish(&out->data))
                    return outOfMemory(error);
                out->flateEncoded = true;
            }
        }
        out->width = p.size.width();
        out->height = p.size.height();
        out->originalSize = p.size;
        out->large = PdfImage::LargeImage::InBands;
        return true;
    }
    if (p.scaledReading) {
        const QSize reduced = scaledSize(p.size, (bits + 7) / 8);
        const QImage image = readPart(data, {}, reduced, error);
        if (image.isNull())
            return false;
        ImageDecoder::fromImage(image, converter, out, purpose);
        out->originalSize = p.size;
        out->large = PdfImage::LargeImage::Scaled;
        return true;
    }
    out->large = PdfImage::LargeImage::Refused;
    if (error)
        *error = tr("%1 图片超出解码上限：整幅解码需要约 %2 MB（上限 %3 MB），这种格式又不能分段或"
                    "缩小读取；请缩小图片或存为 JPEG 后重新置入")
                     .arg(sizeText(p.size))
                     .arg(megabytes)
                     .arg(g_oneShotLimit);
    return false;
}

} // namespace folio::pdf
