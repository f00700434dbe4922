#include "largeimages.h"
#include "pdf/cmykconverter.h"
#include "pdf/imagedecoder.h"
#include "pdf/largeimagedecoder.h"
#include "pdf/pdfxwriter.h"
#include "pdfinspector.h"
#include "qpdfcheck.h"
#include "testlayouts.h"

#include <QBuffer>
#include <QFile>
#include <QImageReader>
#include <QImageWriter>
#include <QPainter>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QtTest>
#include <poppler-qt6.h>

using namespace folio;
using namespace folio::pdf;

namespace {

QByteArray encode(const QImage &image, const char *format, int quality = 90)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QImageWriter writer(&buffer, format);
    writer.setQuality(quality);
    writer.write(image);
    return bytes;
}

// Left half red, right half blue: where each lands shows orientation and colour.
QImage twoColours(QImage::Format format = QImage::Format_RGB32)
{
    QImage image(40, 20, format);
    image.fill(Qt::transparent);
    QPainter p(&image);
    p.fillRect(0, 0, 20, 20, QColor(220, 30, 30));
    p.fillRect(20, 0, 20, 20, QColor(30, 30, 220));
    return image;
}

QByteArray readData(const QString &name)
{
    QFile file(QStringLiteral(FOLIO_TEST_DATA_DIR "/") + name);
    file.open(QIODevice::ReadOnly);
    return file.readAll();
}

ImageAsset asset(ObjectId id, const QString &name, const QByteArray &data)
{
    ImageAsset a;
    a.id = id;
    a.name = name;
    a.data = data;
    return a;
}

QImage bitonal()
{
    QImage image(16, 16, QImage::Format_Mono);
    image.setColorTable({qRgb(255, 255, 255), qRgb(0, 0, 0)}); // index 1 is black
    image.fill(0);
    for (int y = 0; y < 16; ++y)
        for (int x = 0; x < 8; ++x)
            image.setPixel(x, y, 1);
    return image;
}

} // namespace

class tst_ImageEmbedder : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    // Exports one image filling a 144 x 72 pt frame at (72, 72) of an A5 page.
    QString exportImage(const ImageAsset &image, Diagnostics *diagnostics = nullptr,
                        QString *error = nullptr)
    {
        PageLayout page;
        page.pageSize = QSizeF(420, 595);
        ImageItem item;
        item.assetId = image.id;
        item.frameId = 7;
        item.imageRect = QRectF(72, 72, 144, 72);
        item.clipRect = item.imageRect;
        page.items.append(item);
        PdfExportOptions options;
        options.title = QStringLiteral("image test");
        options.images = [&image](ObjectId id) { return id == image.id ? &image : nullptr; };
        PdfxWriter writer(options);
        const QString path = m_dir.filePath(image.name + QStringLiteral(".pdf"));
        if (!writer.writeFile(path, {page})) {
            if (error)
                *error = writer.errorString();
            return {};
        }
        if (diagnostics)
            *diagnostics = writer.diagnostics();
        return path;
    }

    QImage render(const QString &path)
    {
        std::unique_ptr<Poppler::Document> doc(Poppler::Document::load(path));
        std::unique_ptr<Poppler::Page> page(doc->page(0));
        return page->renderToImage(72, 72);
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void images_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<QByteArray>("colorSpace");
        QTest::addColumn<QByteArray>("filter");
        QTest::addColumn<int>("bits");
        QTest::addColumn<QRgb>("left");  // rendered colour of the left half
        QTest::addColumn<QRgb>("right"); // and of the right half
        QTest::newRow("RGB JPEG") << encode(twoColours(), "jpeg", 95) << QByteArray("/DeviceCMYK")
                                  << QByteArray("/FlateDecode") << 8 << qRgb(220, 30, 30)
                                  << qRgb(30, 30, 220);
        QTest::newRow("CMYK JPEG (Adobe, inverted)")
            << readData(QStringLiteral("cmyk-cyan-yellow.jpg")) << QByteArray("/DeviceCMYK")
            << QByteArray("/DCTDecode") << 8 << qRgb(0, 255, 255) << qRgb(255, 255, 0);
        QTest::newRow("grey JPEG")
            << encode(twoColours().convertToFormat(QImage::Format_Grayscale8), "jpeg", 95)
            << QByteArray("/DeviceGray") << QByteArray("/DCTDecode") << 8
            << qRgb(qGray(220, 30, 30), qGray(220, 30, 30), qGray(220, 30, 30))
            << qRgb(qGray(30, 30, 220), qGray(30, 30, 220), qGray(30, 30, 220));
        QImage alpha = twoColours(QImage::Format_ARGB32);
        {
            QPainter p(&alpha);
            p.setCompositionMode(QPainter::CompositionMode_Source);
            p.fillRect(20, 0, 20, 20, Qt::transparent);
        }
        QTest::newRow("PNG with alpha")
            << encode(alpha, "png") << QByteArray("/DeviceCMYK") << QByteArray("/FlateDecode") << 8
            << qRgb(220, 30, 30) << qRgb(255, 255, 255);
        QTest::newRow("1-bit PNG")
            << encode(bitonal(), "png") << QByteArray("/DeviceGray") << QByteArray("/FlateDecode")
            << 1 << qRgb(0, 0, 0) << qRgb(255, 255, 255);
    }

    // Every kind of picture becomes DeviceCMYK or DeviceGray, keeps its pixels, and renders
    // with its colours in place.
    void images()
    {
        QFETCH(QByteArray, data);
        QFETCH(QByteArray, colorSpace);
        QFETCH(QByteArray, filter);
        QFETCH(int, bits);
        QFETCH(QRgb, left);
        QFETCH(QRgb, right);
        QVERIFY(!data.isEmpty());
        Diagnostics diagnostics;
        const QString path =
            exportImage(asset(5, QString::fromLatin1(QTest::currentDataTag()), data), &diagnostics);
        QVERIFY(!path.isEmpty());
        QVERIFY(diagnostics.isEmpty());
        requireQpdfCheck(path);

        const PdfInspector pdf = PdfInspector::fromFile(path);
        QVERIFY(!pdf.bytes().contains("DeviceRGB"));
        const QList<int> images = pdf.objectsContaining("/Subtype /Image");
        QCOMPARE(images.size(), 1);
        const QByteArray dict = pdf.object(images[0]);
        QCOMPARE(PdfInspector::value(dict, "/ColorSpace"), colorSpace);
        QCOMPARE(PdfInspector::value(dict, "/Filter"), filter);
        QCOMPARE(PdfInspector::value(dict, "/BitsPerComponent").toInt(), bits);
        QImage original;
        QVERIFY(original.loadFromData(data));
        QCOMPARE(PdfInspector::value(dict, "/Width").toInt(), original.width()); // not resampled
        QCOMPARE(PdfInspector::value(dict, "/Height").toInt(), original.height());
        if (filter == "/DCTDecode")
            QCOMPARE(pdf.rawStreamData(images[0]), data); // passed through untouched

        const QImage rendered = render(path);
        // The renderer simulates inks, so compare hue for colours and lightness for greys.
        const auto near = [](QRgb a, QRgb b) {
            const QColor x(a), y(b);
            if (y.hsvSaturation() < 40)
                return x.hsvSaturation() < 40 && qAbs(x.value() - y.value()) < 60;
            const int dh = qAbs(x.hsvHue() - y.hsvHue());
            return x.hsvSaturation() > 100 && qMin(dh, 360 - dh) < 25;
        };
        const QRgb l = rendered.pixel(72 + 36, 72 + 36);
        const QRgb r = rendered.pixel(72 + 108, 72 + 36);
        QVERIFY2(near(l, left), qPrintable(QColor(l).name()));
        QVERIFY2(near(r, right), qPrintable(QColor(r).name()));
        // Outside the frame the page stays white.
        QCOMPARE(rendered.pixel(30, 30), qRgb(255, 255, 255));
    }

    void brokenImages_data()
    {
        QTest::addColumn<QByteArray>("data");
        const QByteArray jpeg = encode(twoColours(), "jpeg");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("not an image") << QByteArray("this is a story, not a photo");
        QTest::newRow("JPEG header only") << jpeg.left(120);
        QTest::newRow("PNG signature only") << QByteArray("\x89PNG\r\n\x1a\n", 8);
    }

    // Broken picture data is a clear error about that frame; the rest of the page exports.
    void brokenImages()
    {
        QFETCH(QByteArray, data);
        Diagnostics diagnostics;
        const QString path = exportImage(asset(9, QStringLiteral("broken"), data), &diagnostics);
        QVERIFY(!path.isEmpty());
        QCOMPARE(diagnostics.size(), 1);
        QCOMPARE(diagnostics[0].code, QStringLiteral("image-broken"));
        QVERIFY(diagnostics[0].isError());
        QCOMPARE(diagnostics[0].frameId, ObjectId(7));
        QVERIFY(diagnostics[0].message.contains(QLatin1String("broken")));
        requireQpdfCheck(path);
    }

    void largeImages_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::newRow("6000×6000 RGB JPEG") << largeimages::rgbJpeg();
        QTest::newRow("6000×6000 PNG") << largeimages::png();
    }

    // A picture Qt refuses to decode in one piece is embedded whole, at its own size: its
    // samples in the file are the picture's, band boundaries and quadrants in place.
    void largeImages()
    {
        QFETCH(QByteArray, data);
        QVERIFY(!data.isEmpty());
        const QSize size = largeimages::bigSize();
        QVERIFY(LargeImageDecoder::isOverLimit(data));
        Diagnostics diagnostics;
        const QString path =
            exportImage(asset(5, QString::fromUtf8(QTest::currentDataTag()), data), &diagnostics);
        QVERIFY(!path.isEmpty());
        QVERIFY2(diagnostics.isEmpty(), qPrintable(diagnostics.value(0).message));

        const PdfInspector pdf = PdfInspector::fromFile(path);
        QVERIFY2(pdf.isValid(), qPrintable(pdf.errorString()));
        const QList<int> images = pdf.objectsContaining("/Subtype /Image");
        QCOMPARE(images.size(), 1);
        const QByteArray dict = pdf.object(images[0]);
        QCOMPARE(PdfInspector::value(dict, "/Width").toInt(), size.width());
        QCOMPARE(PdfInspector::value(dict, "/Height").toInt(), size.height());
        QCOMPARE(PdfInspector::value(dict, "/ColorSpace"), QByteArray("/DeviceCMYK"));
        QCOMPARE(PdfInspector::value(dict, "/Filter"), QByteArray("/FlateDecode"));
        const QByteArray samples = pdf.streamData(images[0]);
        QCOMPARE(samples.size(), qsizetype(size.width()) * size.height() * 4);

        const CmykConverter converter;
        const int band = int(LargeImageDecoder::kBandBytes / (size.width() * 4));
        // Quadrant centres and the rows on both sides of the first band boundaries.
        const QList<QPoint> points = {{1500, 1500}, {4500, 1500},    {1500, 4500},
                                      {4500, 4500}, {200, band - 1}, {200, band},
                                      {5800, band}, {200, 2 * band}, {5800, 2 * band + 1},
                                      {100, 5999},  {5999, 5999},    {5999, 0}};
        for (const QPoint &p : points) {
            const CmykColor want =
                converter.convert(largeimages::quadrantColour(p.x(), p.y(), size));
            const qsizetype at = (qsizetype(p.y()) * size.width() + p.x()) * 4;
            const double got[4] = {quint8(samples[at]) / 255.0, quint8(samples[at + 1]) / 255.0,
                                   quint8(samples[at + 2]) / 255.0,
                                   quint8(samples[at + 3]) / 255.0};
            const double expected[4] = {want.c, want.m, want.y, want.k};
            for (int c = 0; c < 4; ++c)
                QVERIFY2(qAbs(got[c] - expected[c]) < 0.06,
                         qPrintable(QStringLiteral("pixel (%1, %2) ink %3: %4, expected %5")
                                        .arg(p.x())
                                        .arg(p.y())
                                        .arg(c)
                                        .arg(got[c])
                                        .arg(expected[c])));
        }
    }

    // Beyond the size Folio decodes in one piece, a PNG is read reduced (row by row) to fit
    // Qt's limit, with a warning naming both sizes; the file carries the reduced size.
    void largePngIsScaledBeyondOneShotLimit()
    {
        const int oneShot = LargeImageDecoder::oneShotLimit();
        const auto restore =
            qScopeGuard([oneShot] { LargeImageDecoder::setOneShotLimit(oneShot); });
        LargeImageDecoder::setOneShotLimit(64);
        const QSize reduced = LargeImageDecoder::scaledSize(largeimages::bigSize(), 4);
        QVERIFY(reduced.width() < 6000 && reduced.width() > 5000);
        QCOMPARE(reduced.width(), reduced.height());
        QVERIFY(qint64(reduced.width()) * reduced.height() * 4 <=
                qint64(QImageReader::allocationLimit()) * 1024 * 1024);

        Diagnostics diagnostics;
        const QString path =
            exportImage(asset(5, QStringLiteral("scaled.png"), largeimages::png()), &diagnostics);
        QVERIFY(!path.isEmpty());
        QCOMPARE(diagnostics.size(), 1);
        QCOMPARE(diagnostics[0].code, QStringLiteral("image-decode-limit"));
        QCOMPARE(diagnostics[0].severity, Diagnostic::Severity::Warning);
        QVERIFY2(diagnostics[0].message.contains(QStringLiteral("6000×6000 图片超出解码上限")) &&
                     diagnostics[0].message.contains(
                         QStringLiteral("%1×%2").arg(reduced.width()).arg(reduced.height())),
                 qPrintable(diagnostics[0].message));
        const PdfInspector pdf = PdfInspector::fromFile(path);
        const QList<int> images = pdf.objectsContaining("/Subtype /Image");
        QCOMPARE(images.size(), 1);
        const QByteArray dict = pdf.object(images[0]);
        QCOMPARE(PdfInspector::value(dict, "/Width").toInt(), reduced.width());
        QCOMPARE(PdfInspector::value(dict, "/Height").toInt(), reduced.height());
    }

    // A format that can be read neither in bands nor reduced is refused with the reason, and
    // the page is not written without it.
    void pictureTooLargeForAnyReadIsRefused()
    {
        const int qtLimit = QImageReader::allocationLimit();
        const int oneShot = LargeImageDecoder::oneShotLimit();
        const auto restore = qScopeGuard([qtLimit, oneShot] {
            QImageReader::setAllocationLimit(qtLimit);
            LargeImageDecoder::setOneShotLimit(oneShot);
        });
        const QByteArray bmp = encode(largeimages::quadrants(QSize(2000, 1500)), "bmp");
        QVERIFY(!bmp.isEmpty());
        QImageReader::setAllocationLimit(8); // 2000 x 1500 decodes to 11.4 MiB
        LargeImageDecoder::setOneShotLimit(8);
        QVERIFY(LargeImageDecoder::isOverLimit(bmp));

        QString error;
        const QString path =
            exportImage(asset(5, QStringLiteral("poster.bmp"), bmp), nullptr, &error);
        QVERIFY(path.isEmpty());
        QVERIFY2(error.contains(QStringLiteral("poster.bmp")) &&
                     error.contains(QStringLiteral("2000×1500 图片超出解码上限")),
                 qPrintable(error));
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("poster.bmp.pdf"))));
    }

    // Broken data stays broken, large or not.
    void largeBrokenImage()
    {
        const QByteArray cut = largeimages::rgbJpeg().left(400);
        Diagnostics diagnostics;
        const QString path = exportImage(asset(9, QStringLiteral("cut.jpg"), cut), &diagnostics);
        QVERIFY(!path.isEmpty());
        QCOMPARE(diagnostics.size(), 1);
        QCOMPARE(diagnostics[0].code, QStringLiteral("image-broken"));
    }

    void cmykJpegHeader()
    {
        ImageDecoder::JpegInfo info;
        QVERIFY(
            ImageDecoder::readJpegInfo(readData(QStringLiteral("cmyk-cyan-yellow.jpg")), &info));
        QCOMPARE(info.components, 4);
        QCOMPARE(info.width, 16);
        QCOMPARE(info.height, 8);
        QVERIFY(info.adobeMarker);
    }

    // The default conversion keeps within the ink limit and puts neutral greys on K alone.
    void defaultConversion_data()
    {
        QTest::addColumn<QRgb>("rgb");
        QTest::addColumn<double>("c");
        QTest::addColumn<double>("m");
        QTest::addColumn<double>("y");
        QTest::addColumn<double>("k");
        QTest::newRow("white") << qRgb(255, 255, 255) << 0.0 << 0.0 << 0.0 << 0.0;
        QTest::newRow("black") << qRgb(0, 0, 0) << 0.0 << 0.0 << 0.0 << 1.0;
        QTest::newRow("mid grey") << qRgb(128, 128, 128) << 0.0 << 0.0 << 0.0 << 0.498;
        QTest::newRow("red") << qRgb(255, 0, 0) << 0.0 << 1.0 << 1.0 << 0.0;
        QTest::newRow("dark red, limited to 240 %") << qRgb(51, 0, 0) << 0.0 << 0.8 << 0.8 << 0.8;
    }

    void defaultConversion()
    {
        QFETCH(QRgb, rgb);
        QFETCH(double, c);
        QFETCH(double, m);
        QFETCH(double, y);
        QFETCH(double, k);
        const CmykConverter converter;
        QVERIFY(!converter.usesProfile());
        const CmykColor out = converter.convert(rgb);
        QVERIFY(out.inkPercent() <= 240.0 + 0.5);
        QVERIFY2(qAbs(out.c - c) < 0.01 && qAbs(out.m - m) < 0.01 && qAbs(out.y - y) < 0.01 &&
                     qAbs(out.k - k) < 0.01,
                 qPrintable(out.toString()));
    }
};

QTEST_GUILESS_MAIN(tst_ImageEmbedder)
#include "tst_imageembedder.moc"
