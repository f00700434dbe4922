#include "../pdf/largeimages.h"
#include "../pdf/testprofile.h"
#include "model/edition.h"
#include "pdf/largeimagedecoder.h"
#include "preflight/preflight.h"

#include <QBuffer>
#include <QDirIterator>
#include <QFile>
#include <QImageReader>
#include <QImageWriter>
#include <QPainter>
#include <QScopeGuard>
#include <QtTest>

using namespace folio;
using namespace folio::preflight;

namespace {

constexpr ObjectId kPage = 1;
constexpr ObjectId kTextFrame = 10;
constexpr ObjectId kImageFrame = 11;
constexpr ObjectId kEmptyImageFrame = 12;
constexpr ObjectId kStory = 20;
constexpr ObjectId kPhoto = 30;

QString notoSerifFile()
{
    QDirIterator it(QStringLiteral("/usr/share/fonts"),
                    {QStringLiteral("NotoSerifCJK-Regular.ttc")}, QDir::Files,
                    QDirIterator::Subdirectories);
    return it.hasNext() ? it.next() : QString();
}

QByteArray jpeg(const QImage &image)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QImageWriter(&buffer, "jpeg").write(image);
    return bytes;
}

QByteArray cmykJpeg()
{
    QFile file(QStringLiteral(FOLIO_TEST_DATA_DIR "/cmyk-cyan-yellow.jpg"));
    file.open(QIODevice::ReadOnly);
    return file.readAll();
}

// An edition with one page: a text frame with a story, a photo frame, an empty photo frame.
std::unique_ptr<Edition> makeEdition(const QByteArray &photo)
{
    auto edition = Edition::createDefault();
    Page page;
    page.id = kPage;
    page.size = QSizeF(1105.5, 1544.9);
    Frame text;
    text.id = kTextFrame;
    text.name = QStringLiteral("正文");
    text.kind = FrameKind::Text;
    text.rect = QRectF(56, 100, 300, 400);
    text.storyId = kStory;
    Frame image;
    image.id = kImageFrame;
    image.name = QStringLiteral("照片");
    image.kind = FrameKind::Image;
    image.rect = QRectF(400, 100, 4, 2);
    image.assetId = kPhoto;
    Frame empty = image;
    empty.id = kEmptyImageFrame;
    empty.name = QStringLiteral("空框");
    empty.assetId = 0;
    page.frames = {text, image, empty};
    edition->insertPage(0, page);
    Story story;
    story.id = kStory;
    story.paragraphs = {Paragraph{0, {TextRun{QStringLiteral("昌平区总工会"), 0}}}};
    edition->putStory(story);
    ImageAsset asset;
    asset.id = kPhoto;
    asset.name = QStringLiteral("photo.jpg");
    asset.data = photo;
    edition->putImage(asset);
    return edition;
}

// The page as the layout would give it: a 9 pt black line and the photo at 4 x 2 pt... or
// whatever size the row asks for.
PageLayout makeLayout(const QRectF &photoRect)
{
    PageLayout layout;
    layout.pageIndex = 0;
    layout.pageSize = QSizeF(1105.5, 1544.9);
    auto font = std::make_shared<FontRef>();
    font->file = notoSerifFile();
    font->faceIndex = 2;
    font->family = QStringLiteral("Noto Serif CJK SC");
    GlyphRun run;
    run.font = font;
    run.size = 9;
    run.origin = QPointF(56, 110);
    run.glyphs = {10000, 10001};
    run.advances = {9, 9};
    run.clusters = {{0, 1, QStringLiteral("昌")}, {1, 1, QStringLiteral("平")}};
    run.frameId = kTextFrame;
    run.storyId = kStory;
    layout.items.append(run);
    ImageItem image;
    image.assetId = kPhoto;
    image.frameId = kImageFrame;
    image.imageRect = photoRect;
    image.clipRect = photoRect;
    layout.items.append(image);
    ImageItem empty;
    empty.frameId = kEmptyImageFrame;
    empty.imageRect = QRectF(0, 0, 10, 10);
    empty.clipRect = empty.imageRect;
    layout.items.append(empty);
    return layout;
}

QStringList codes(const Diagnostics &diagnostics, Diagnostic::Severity severity)
{
    QStringList out;
    for (const auto &d : diagnostics)
        if (d.severity == severity)
            out << QStringLiteral("%1@%2").arg(d.code).arg(d.frameId);
    out.sort();
    return out;
}

GlyphRun &firstRun(PageLayout &layout)
{
    return std::get<GlyphRun>(layout.items.first());
}

} // namespace

class tst_Preflight : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QVERIFY2(!notoSerifFile().isEmpty(), "Noto Serif CJK is needed"); }

    // The CMYK photo at 16 x 8 px placed at 5.76 x 2.88 pt is 200 ppi: nothing but the empty
    // frame to report.
    void cleanPage()
    {
        const auto edition = makeEdition(cmykJpeg());
        const Preflight preflight(edition->exportSettings());
        const Diagnostics found =
            preflight.checkPage(makeLayout(QRectF(400, 100, 5.76, 2.88)), edition.get());
        QCOMPARE(codes(found, Diagnostic::Severity::Error), QStringList());
        QCOMPARE(codes(found, Diagnostic::Severity::Warning),
                 QStringList{QStringLiteral("empty-frame@12")});
        QVERIFY(!Preflight::hasErrors(found));
        for (const auto &d : found)
            QCOMPARE(d.pageIndex, 0);
    }

    void findings_data()
    {
        QTest::addColumn<QString>("change");
        QTest::addColumn<int>("severity");
        QTest::addColumn<QString>("expected"); // code@frame
        const int error = int(Diagnostic::Severity::Error);
        const int warning = int(Diagnostic::Severity::Warning);
        const int info = int(Diagnostic::Severity::Info);
        QTest::newRow("overset from the layout is an error") << "overset" << error << "overset@10";
        QTest::newRow("missing glyph (.notdef in a run)")
            << "notdef" << error << "missing-glyph@10";
        QTest::newRow("font file gone") << "nofont" << error << "font-missing@10";
        QTest::newRow("low resolution photo") << "lowres" << warning << "image-low-resolution@11";
        QTest::newRow("RGB photo, no profile") << "rgb" << warning << "image-rgb@11";
        QTest::newRow("ink over 240 % in a box") << "ink" << warning << "ink-limit@40";
        QTest::newRow("8 pt text in four inks")
            << "smallcolour" << warning << "small-multi-ink-text@10";
        QTest::newRow("broken photo data") << "broken" << error << "image-broken@11";
        QTest::newRow("photo not in the edition") << "lostasset" << error << "image-missing@11";
        QTest::newRow("text frame without a story") << "nostory" << warning << "empty-frame@10";
        QTest::newRow("RGB photo, with the printer's profile is converted")
            << "rgbprofile" << info << "image-rgb@11";
    }

    void findings()
    {
        QFETCH(QString, change);
        QFETCH(int, severity);
        QFETCH(QString, expected);
        QByteArray photo = cmykJpeg();
        if (change == QLatin1String("rgb") || change == QLatin1String("rgbprofile")) {
            QImage rgb(16, 8, QImage::Format_RGB32);
            rgb.fill(QColor(200, 120, 40));
            photo = jpeg(rgb);
        } else if (change == QLatin1String("broken")) {
            photo = photo.left(photo.size() / 3);
        }
        auto edition = makeEdition(photo);
        PageLayout layout =
            makeLayout(QRectF(400, 100, change == QLatin1String("lowres") ? 200 : 5.76,
                              change == QLatin1String("lowres") ? 100 : 2.88));
        ExportSettings settings = edition->exportSettings();
        if (change == QLatin1String("overset")) {
            Diagnostic d;
            d.code = QStringLiteral("overset");
            d.message = QStringLiteral("超出 12 字");
            d.frameId = kTextFrame;
            layout.diagnostics.append(d); // the layout says warning; preflight makes it an error
        } else if (change == QLatin1String("notdef")) {
            firstRun(layout).glyphs[1] = 0;
        } else if (change == QLatin1String("nofont")) {
            auto font = std::make_shared<FontRef>(*firstRun(layout).font);
            font->file = QStringLiteral("/nonexistent/font.otf");
            firstRun(layout).font = font;
        } else if (change == QLatin1String("ink")) {
            BoxItem box;
            box.rect = QRectF(0, 0, 50, 50);
            box.hasFill = true;
            box.fill = CmykColor{1, 1, 1, 1};
            box.frameId = 40;
            layout.items.append(box);
        } else if (change == QLatin1String("smallcolour")) {
            firstRun(layout).size = 8;
            firstRun(layout).color = CmykColor{0.4, 0.3, 0.3, 1};
        } else if (change == QLatin1String("lostasset")) {
            edition->eraseImage(kPhoto);
        } else if (change == QLatin1String("nostory")) {
            edition->eraseStory(kStory);
        }
        Preflight preflight(settings);
        if (change == QLatin1String("rgbprofile"))
            preflight.setIccProfile(testprofile::makeCmykProfile());
        const Diagnostics found = preflight.checkPage(layout, edition.get());
        const QStringList got = codes(found, Diagnostic::Severity(severity));
        QVERIFY2(got.contains(expected), qPrintable(got.join(QLatin1Char(' '))));
        const bool isError = severity == int(Diagnostic::Severity::Error);
        QCOMPARE(Preflight::hasErrors(found), isError);
        for (const auto &d : found) {
            QVERIFY(!d.message.isEmpty());
            QCOMPARE(d.pageIndex, 0);
            QVERIFY(!Preflight::format(d).isEmpty());
        }
    }

    // Broken data of every kind is a clear error, never a crash.
    void brokenImageData_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("zeros") << QByteArray(4096, '\0');
        QTest::newRow("truncated JPEG") << cmykJpeg().left(40);
        QTest::newRow("JPEG marker only") << QByteArray("\xFF\xD8\xFF", 3);
        QTest::newRow("text") << QByteArray("<html>not found</html>");
    }

    void brokenImageData()
    {
        QFETCH(QByteArray, data);
        const auto edition = makeEdition(data);
        const Diagnostics found =
            Preflight(edition->exportSettings())
                .checkPage(makeLayout(QRectF(400, 100, 5.76, 2.88)), edition.get());
        QCOMPARE(codes(found, Diagnostic::Severity::Error),
                 QStringList{QStringLiteral("image-broken@11")});
    }

    void largePictures_data()
    {
        QTest::addColumn<QByteArray>("photo");
        QTest::addColumn<bool>("lowLimits"); // Qt's and Folio's decode limits lowered to 8 MiB
        QTest::addColumn<int>("severity");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("words");
        const int error = int(Diagnostic::Severity::Error);
        const int warning = int(Diagnostic::Severity::Warning);
        const QString overLimit = QStringLiteral("6000×6000 图片超出解码上限");
        QTest::newRow("6000×6000 RGB JPEG, converted in bands")
            << largeimages::rgbJpeg() << false << warning << "image-decode-limit" << overLimit;
        QTest::newRow("6000×6000 PNG, converted in bands")
            << largeimages::png() << false << warning << "image-decode-limit" << overLimit;
        QTest::newRow("6000×6000 JPEG cut inside its tables is still broken")
            << largeimages::rgbJpeg().left(400) << false << error << "image-broken"
            << QStringLiteral("已损坏");
        QByteArray bmp;
        QBuffer buffer(&bmp);
        buffer.open(QIODevice::WriteOnly);
        QImageWriter(&buffer, "bmp").write(largeimages::quadrants(QSize(2000, 1500)));
        QTest::newRow("2000×1500 BMP over every limit cannot be embedded")
            << bmp << true << error << "image-decode-limit"
            << QStringLiteral("2000×1500 图片超出解码上限");
    }

    // A healthy picture too large for Qt to decode in one piece is reported in words, as a
    // warning when it is embedded anyway and an error when it cannot be; never as damaged.
    void largePictures()
    {
        QFETCH(QByteArray, photo);
        QFETCH(bool, lowLimits);
        QFETCH(int, severity);
        QFETCH(QString, code);
        QFETCH(QString, words);
        QVERIFY(!photo.isEmpty());
        const int qtLimit = QImageReader::allocationLimit();
        const int oneShot = pdf::LargeImageDecoder::oneShotLimit();
        const auto restore = qScopeGuard([qtLimit, oneShot] {
            QImageReader::setAllocationLimit(qtLimit);
            pdf::LargeImageDecoder::setOneShotLimit(oneShot);
        });
        if (lowLimits) {
            QImageReader::setAllocationLimit(8);
            pdf::LargeImageDecoder::setOneShotLimit(8);
        }
        const auto edition = makeEdition(photo);
        const Diagnostics found =
            Preflight(edition->exportSettings())
                .checkPage(makeLayout(QRectF(400, 100, 400, 400)), edition.get());
        QStringList imageFindings;
        for (const Diagnostic &d : found) {
            if (d.frameId != kImageFrame)
                continue;
            imageFindings << d.code + QLatin1Char(' ') + d.message;
            if (code != QLatin1String("image-broken"))
                QVERIFY2(d.code != QLatin1String("image-broken") &&
                             !d.message.contains(QStringLiteral("已损坏")),
                         qPrintable(d.message));
        }
        const auto it = std::find_if(found.cbegin(), found.cend(), [&](const Diagnostic &d) {
            return d.frameId == kImageFrame && d.code == code;
        });
        QVERIFY2(it != found.cend(), qPrintable(imageFindings.join(QLatin1Char('\n'))));
        QCOMPARE(int(it->severity), severity);
        QVERIFY2(it->message.contains(words), qPrintable(it->message));
        QVERIFY2(it->message.contains(QStringLiteral("photo.jpg")), qPrintable(it->message));
        QCOMPARE(Preflight::hasErrors(found), severity == int(Diagnostic::Severity::Error));
    }

    // Findings repeat once per frame, not once per line.
    void oneFindingPerFrame()
    {
        const auto edition = makeEdition(cmykJpeg());
        PageLayout layout = makeLayout(QRectF(400, 100, 5.76, 2.88));
        firstRun(layout).size = 7.5;
        firstRun(layout).color = CmykColor{1, 0, 0, 1};
        layout.items.append(layout.items.first());
        const Diagnostics found =
            Preflight(edition->exportSettings()).checkPage(layout, edition.get());
        QCOMPARE(codes(found, Diagnostic::Severity::Warning)
                     .count(QStringLiteral("small-multi-ink-text@10")),
                 1);
    }
};

QTEST_GUILESS_MAIN(tst_Preflight)
#include "tst_preflight.moc"
