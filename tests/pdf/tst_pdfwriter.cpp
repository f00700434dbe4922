#include "pdf/cffcharset.h"
#include "pdf/pageexporter.h"
#include "pdf/pdfxwriter.h"
#include "pdfinspector.h"
#include "qpdfcheck.h"
#include "scratchmount.h"
#include "testlayouts.h"
#include "testprofile.h"

#include <QFile>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QtTest>
#include <hb.h>
#include <poppler-qt6.h>

using namespace folio;
using namespace folio::pdf;

namespace {

QString seedParagraph(int index)
{
    QFile file(QStringLiteral(FOLIO_TEST_DATA_DIR "/seed-page.txt"));
    file.open(QIODevice::ReadOnly);
    QStringList paragraphs;
    for (const QString &line : QString::fromUtf8(file.readAll()).split(QLatin1Char('\n')))
        if (line.trimmed().size() > 40)
            paragraphs << line.trimmed();
    return paragraphs.value(index);
}

QString withoutSpaces(QString text)
{
    text.remove(QRegularExpression(QStringLiteral("\\s")));
    return text;
}

// A broadsheet-sized page with a headline, body lines and rules.
PageLayout samplePage(const QString &body, const std::shared_ptr<const FontRef> &font)
{
    PageLayout page;
    page.pageIndex = 0;
    page.pageSize = QSizeF(1105.5, 1544.9);
    for (const auto &run :
         testlayouts::setLines(body, font, 9.0, 13.5, QPointF(56.7, 120), 12, 108.0))
        page.items.append(run);
    RuleItem rule;
    rule.from = QPointF(56.7, 100);
    rule.to = QPointF(400, 100);
    rule.width = 1.0;
    page.items.append(rule);
    return page;
}

PdfExportOptions defaultOptions()
{
    PdfExportOptions options;
    options.title = QStringLiteral("北京工人报 2025-01-20 A01");
    options.paperName = QStringLiteral("北京工人报");
    options.editionDate = QDate(2025, 1, 20);
    options.exportTime = QDateTime(QDate(2025, 1, 19), QTime(22, 30), QTimeZone(8 * 3600));
    return options;
}

} // namespace

class tst_PdfWriter : public QObject
{
    Q_OBJECT

private:
    QString exportPages(const QList<PageLayout> &pages, const PdfExportOptions &options,
                        const QString &name)
    {
        const QString path = m_dir.filePath(name);
        PdfxWriter writer(options);
        const bool ok = writer.writeFile(path, pages);
        if (!ok)
            qWarning() << writer.errorString();
        for (const auto &d : writer.diagnostics())
            qWarning() << d.code << d.message;
        return ok ? path : QString();
    }

    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        for (const auto &font : {testlayouts::notoSerif(), testlayouts::wenKai()})
            QVERIFY2(QFile::exists(font->file), "the Noto CJK and LXGW WenKai fonts are needed");
        QVERIFY(!seedParagraph(0).isEmpty());
    }

    // The content stream writes CIDs; Noto CJK's charset maps every glyph id to the same CID,
    // so glyph ids from the composer and CIDs coincide there (checked, not assumed).
    void notoCjkCidsEqualGlyphIds()
    {
        const auto font = testlayouts::notoSerif();
        hb_blob_t *blob = hb_blob_create_from_file(QFile::encodeName(font->file).constData());
        hb_face_t *face = hb_face_create(blob, 2);
        hb_blob_t *table = hb_face_reference_table(face, HB_TAG('C', 'F', 'F', ' '));
        unsigned length = 0;
        const char *data = hb_blob_get_data(table, &length);
        const CffCharset charset(QByteArray(data, length));
        const unsigned glyphs = hb_face_get_glyph_count(face);
        hb_blob_destroy(table);
        hb_face_destroy(face);
        hb_blob_destroy(blob);
        QVERIFY2(charset.isValid(), qPrintable(charset.errorString()));
        QVERIFY(charset.isCidKeyed());
        QCOMPARE(charset.glyphCount(), int(glyphs));
        for (int g = 0; g < charset.glyphCount(); ++g)
            QCOMPARE(charset.cidForGlyph(g), quint32(g));
    }

    void textRoundTrip_data()
    {
        QTest::addColumn<std::shared_ptr<const FontRef>>("font");
        QTest::addColumn<int>("paragraph");
        QTest::addColumn<Poppler::FontInfo::Type>("fontType");
        QTest::newRow("Noto Serif CJK SC (CFF)")
            << testlayouts::notoSerif() << 0 << Poppler::FontInfo::CIDType0C;
        QTest::newRow("Noto Sans CJK SC Bold (CFF)")
            << testlayouts::notoSansBold() << 1 << Poppler::FontInfo::CIDType0C;
        QTest::newRow("LXGW WenKai (TrueType)")
            << testlayouts::wenKai() << 2 << Poppler::FontInfo::CIDTrueType;
    }

    // Copy, search and text extraction give back the exact source, 玉 工 人 included (Qt's
    // writer extracted those as Kangxi radicals).
    void textRoundTrip()
    {
        QFETCH(std::shared_ptr<const FontRef>, font);
        QFETCH(int, paragraph);
        QFETCH(Poppler::FontInfo::Type, fontType);
        if (!QFile::exists(font->file))
            QSKIP("font not installed");
        const QString source = seedParagraph(paragraph) + QStringLiteral("玉工人");
        const QString path =
            exportPages({samplePage(source, font)}, defaultOptions(), QStringLiteral("text.pdf"));
        QVERIFY(!path.isEmpty());
        requireQpdfCheck(path);

        std::unique_ptr<Poppler::Document> doc(Poppler::Document::load(path));
        QVERIFY(doc && !doc->isLocked());
        QCOMPARE(doc->numPages(), 1);
        std::unique_ptr<Poppler::Page> page(doc->page(0));
        QCOMPARE(withoutSpaces(page->text(QRectF())), withoutSpaces(source));

        const auto fonts = doc->fonts();
        QCOMPARE(fonts.size(), 1);
        QVERIFY(fonts[0].isEmbedded());
        QVERIFY(fonts[0].isSubset());
        QCOMPARE(fonts[0].type(), fontType);
        QVERIFY2(
            QRegularExpression(QStringLiteral("^[A-Z]{6}\\+")).match(fonts[0].name()).hasMatch(),
            qPrintable(fonts[0].name()));
        // A subset, not the whole face.
        QVERIFY(QFileInfo(path).size() < 200 * 1024);
    }

    // Every glyph lands where the layout put it, to 0.01 pt.
    void glyphPositionsMatchLayout()
    {
        const auto font = testlayouts::notoSerif();
        const QString source = seedParagraph(0);
        PageLayout layout = samplePage(source, font);
        const QString path = exportPages({layout}, defaultOptions(), QStringLiteral("pos.pdf"));
        QVERIFY(!path.isEmpty());

        QList<QPointF> expected;
        for (const auto &item : layout.items) {
            if (const auto *run = std::get_if<GlyphRun>(&item)) {
                double x = run->origin.x();
                for (int i = 0; i < run->glyphs.size(); ++i) {
                    // Text extraction makes word breaks of spaces, not characters.
                    if (!run->clusters[i].text.trimmed().isEmpty())
                        expected.append(QPointF(x, run->origin.y()));
                    x += run->advances[i];
                }
            }
        }
        std::unique_ptr<Poppler::Document> doc(Poppler::Document::load(path));
        std::unique_ptr<Poppler::Page> page(doc->page(0));
        QList<QRectF> boxes;
        for (const auto &box : page->textList())
            for (int i = 0; i < box->text().size(); ++i)
                boxes.append(box->charBoundingBox(i));
        QCOMPARE(boxes.size(), expected.size());
        for (int i = 0; i < boxes.size(); ++i) {
            QVERIFY2(std::abs(boxes[i].left() - expected[i].x()) < 0.01,
                     qPrintable(QStringLiteral("glyph %1: %2 vs %3")
                                    .arg(i)
                                    .arg(boxes[i].left(), 0, 'f', 4)
                                    .arg(expected[i].x(), 0, 'f', 4)));
        }
    }

    void pdfxChecklist_data()
    {
        QTest::addColumn<PdfxStandard>("standard");
        QTest::addColumn<double>("bleed");
        QTest::addColumn<bool>("marks");
        QTest::newRow("X-1a:2001, no bleed") << PdfxStandard::X1a2001 << 0.0 << false;
        QTest::newRow("X-1a:2001, 3 mm bleed, marks, slug")
            << PdfxStandard::X1a2001 << 8.504 << true;
        QTest::newRow("X-4, no bleed") << PdfxStandard::X4 << 0.0 << false;
        QTest::newRow("X-4, bleed, marks, slug") << PdfxStandard::X4 << 8.504 << true;
    }

    // Each item of the PRINT-PDF.md checklist, read back from the objects in the file.
    void pdfxChecklist()
    {
        QFETCH(PdfxStandard, standard);
        QFETCH(double, bleed);
        QFETCH(bool, marks);
        PdfExportOptions options = defaultOptions();
        options.settings.standard = standard;
        options.settings.bleed = bleed;
        options.settings.cropMarks = marks;
        options.settings.slugLine = marks;
        const bool x4 = standard == PdfxStandard::X4;
        if (x4)
            options.iccProfile = testprofile::makeCmykProfile();
        const PageLayout layout = samplePage(seedParagraph(0), testlayouts::notoSerif());
        const QString path = exportPages({layout}, options, QStringLiteral("x.pdf"));
        QVERIFY(!path.isEmpty());
        requireQpdfCheck(path);
        const PdfInspector pdf = PdfInspector::fromFile(path);
        QVERIFY2(pdf.isValid(), qPrintable(pdf.errorString()));

        // 1. Header.
        QCOMPARE(pdf.header(), QByteArray(x4 ? "%PDF-1.6" : "%PDF-1.3"));
        // 2. Exactly one GTS_PDFX output intent.
        const QByteArray catalog = pdf.object(pdf.catalog());
        const QList<int> intents =
            PdfInspector::references(PdfInspector::value(catalog, "/OutputIntents"));
        QCOMPARE(intents.size(), 1);
        const QByteArray intent = pdf.object(intents[0]);
        QCOMPARE(PdfInspector::value(intent, "/S"), QByteArray("/GTS_PDFX"));
        QCOMPARE(PdfInspector::value(intent, "/OutputConditionIdentifier"), QByteArray("(IFRA26)"));
        QVERIFY(!PdfInspector::value(intent, "/OutputCondition").isEmpty());
        QCOMPARE(PdfInspector::value(intent, "/RegistryName"),
                 QByteArray("(http://www.color.org)"));
        QVERIFY(!PdfInspector::value(intent, "/Info").isEmpty());
        const int profile =
            PdfInspector::reference(PdfInspector::value(intent, "/DestOutputProfile"));
        QCOMPARE(profile != 0, x4);
        if (x4) {
            QCOMPARE(PdfInspector::value(pdf.object(profile), "/N"), QByteArray("4"));
            QCOMPARE(pdf.streamData(profile), options.iccProfile);
        }
        // 3. Info and trailer /ID.
        const QByteArray info =
            pdf.object(PdfInspector::reference(PdfInspector::value(pdf.trailer(), "/Info")));
        for (const char *key : {"/Title", "/CreationDate", "/ModDate"})
            QVERIFY2(!PdfInspector::value(info, key).isEmpty(), key);
        QCOMPARE(PdfInspector::value(info, "/Trapped"), QByteArray("/False"));
        QCOMPARE(PdfInspector::value(info, "/GTS_PDFXVersion"),
                 QByteArray(x4 ? "(PDF/X-4)" : "(PDF/X-1:2001)"));
        QCOMPARE(PdfInspector::value(info, "/GTS_PDFXConformance"),
                 x4 ? QByteArray() : QByteArray("(PDF/X-1a:2001)"));
        QVERIFY(QRegularExpression(QStringLiteral("^\\[<[0-9A-F]{32}> <[0-9A-F]{32}>\\]$"))
                    .match(QString::fromLatin1(PdfInspector::value(pdf.trailer(), "/ID")))
                    .hasMatch());
        // XMP consistent with Info.
        const int metadata = PdfInspector::reference(PdfInspector::value(catalog, "/Metadata"));
        QCOMPARE(metadata != 0, x4);
        if (x4) {
            const QString xmp = QString::fromUtf8(pdf.streamData(metadata));
            QVERIFY(xmp.contains(
                QLatin1String("<pdfxid:GTS_PDFXVersion>PDF/X-4</pdfxid:GTS_PDFXVersion>")));
            QVERIFY(xmp.contains(options.title));
            QVERIFY(xmp.contains(
                QLatin1String("<xmp:CreateDate>2025-01-19T22:30:00+08:00</xmp:CreateDate>")));
            QVERIFY(xmp.contains(QLatin1String("<pdf:Trapped>False</pdf:Trapped>")));
            QCOMPARE(PdfInspector::value(info, "/CreationDate"),
                     QByteArray("(D:20250119223000+08'00')"));
        }
        // 4. Boxes nest, the trim is the page.
        const QList<int> pages = pdf.pages();
        QCOMPARE(pages.size(), 1);
        const QByteArray page = pdf.object(pages[0]);
        const auto media = PdfInspector::numbers(PdfInspector::value(page, "/MediaBox"));
        const auto bleedBox = PdfInspector::numbers(PdfInspector::value(page, "/BleedBox"));
        const auto trim = PdfInspector::numbers(PdfInspector::value(page, "/TrimBox"));
        QCOMPARE(trim.size(), 4);
        QCOMPARE(trim[2] - trim[0], 1105.5);
        QCOMPARE(trim[3] - trim[1], 1544.9);
        QVERIFY(qAbs(bleedBox[2] - bleedBox[0] - 1105.5 - 2 * bleed) < 0.002);
        QVERIFY(media[0] <= bleedBox[0] && bleedBox[0] <= trim[0]);
        QVERIFY(media[1] <= bleedBox[1] && bleedBox[1] <= trim[1]);
        QVERIFY(media[2] >= bleedBox[2] && bleedBox[2] >= trim[2]);
        QVERIFY(media[3] >= bleedBox[3] && bleedBox[3] >= trim[3]);
        QCOMPARE(media[2] > bleedBox[2], marks);
        // 5. Fonts embedded; only DeviceCMYK/DeviceGray; no transparency.
        for (int font : pdf.objectsContaining("/Type /FontDescriptor")) {
            const QByteArray d = pdf.object(font);
            QVERIFY(d.contains("/FontFile3") || d.contains("/FontFile2"));
        }
        QVERIFY(!pdf.bytes().contains("DeviceRGB"));
        QVERIFY(!pdf.bytes().contains("/SMask"));
        QVERIFY(!pdf.bytes().contains("/CA "));
        QVERIFY(!pdf.bytes().contains("/Encrypt"));
        QVERIFY(!pdf.bytes().contains("/Annots"));
        const int content = PdfInspector::reference(PdfInspector::value(page, "/Contents"));
        const QByteArray ops = pdf.streamData(content);
        QVERIFY(!ops.contains(" rg") && !ops.contains(" RG") && !ops.contains(" g\n"));
        QCOMPARE(ops.contains("1 1 1 1 K"), marks); // crop marks in registration colour
        if (marks) {
            std::unique_ptr<Poppler::Document> doc(Poppler::Document::load(path));
            std::unique_ptr<Poppler::Page> p(doc->page(0));
            QVERIFY2(
                withoutSpaces(p->text(QRectF()))
                    .contains(QStringLiteral("北京工人报2025-01-20第1版导出2025-01-1922:30:00")),
                qPrintable(p->text(QRectF())));
        }
    }

    // Newspaper practice: K-only text and rules overprint; rich black and colour knock out.
    void kOnlyTextAndRulesOverprint()
    {
        PageLayout layout = samplePage(QStringLiteral("国国国"), testlayouts::notoSerif());
        auto coloured =
            testlayouts::setLines(QStringLiteral("红字"), testlayouts::notoSerif(), 24, 30,
                                  QPointF(56.7, 300), 10, 240, CmykColor{0, 1, 1, 0});
        layout.items.append(coloured.first());
        const QString path = exportPages({layout}, defaultOptions(), QStringLiteral("op.pdf"));
        QVERIFY(!path.isEmpty());
        const PdfInspector pdf = PdfInspector::fromFile(path);
        const QByteArray page = pdf.object(pdf.pages().first());
        const QByteArray states = PdfInspector::value(page, "/ExtGState");
        const QByteArray op =
            pdf.object(PdfInspector::reference(PdfInspector::value(states, "/GSop")));
        QCOMPARE(PdfInspector::value(op, "/OP"), QByteArray("true"));
        QCOMPARE(PdfInspector::value(op, "/op"), QByteArray("true"));
        QCOMPARE(PdfInspector::value(op, "/OPM"), QByteArray("1"));
        const QByteArray ops =
            pdf.streamData(PdfInspector::reference(PdfInspector::value(page, "/Contents")));
        // Black text: K only, overprint on before the text object.
        const qsizetype black = ops.indexOf("0 0 0 1 k\n/GSop gs\nBT");
        QVERIFY2(black >= 0, ops.left(300).constData());
        // The rule strokes in K and overprints.
        QVERIFY(ops.contains("0 0 0 1 K\n"));
        const qsizetype rule = ops.indexOf(" l S");
        QVERIFY(ops.lastIndexOf("/GSop gs", rule) > ops.lastIndexOf("/GSko gs", rule));
        // The red text knocks out.
        const qsizetype red = ops.indexOf("0 1 1 0 k\n/GSko gs\nBT");
        QVERIFY(red > 0);
    }

    // A PDF/X-4 export without the printer's profile says so and writes nothing.
    void x4WithoutProfileIsRefused()
    {
        const QString path = m_dir.filePath(QStringLiteral("refused.pdf"));
        QFile old(path);
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write("old proof");
        old.close();
        PdfExportOptions options = defaultOptions();
        options.settings.standard = PdfxStandard::X4;
        PdfxWriter writer(options);
        QVERIFY(
            !writer.writeFile(path, {samplePage(QStringLiteral("国"), testlayouts::notoSerif())}));
        QVERIFY(writer.errorString().contains(QLatin1String("PDF/X-4")));
        QVERIFY(writer.errorString().contains(QLatin1String("profile")));
        QFile check(path);
        QVERIFY(check.open(QIODevice::ReadOnly));
        QCOMPARE(check.readAll(), QByteArray("old proof"));
    }

    void badProfileIsRefused()
    {
        PdfExportOptions options = defaultOptions();
        options.iccProfile = "not a profile";
        PdfxWriter writer(options);
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        QVERIFY(
            !writer.write(&buffer, {samplePage(QStringLiteral("国"), testlayouts::notoSerif())}));
        QVERIFY(writer.errorString().contains(QStringLiteral("输出特性文件")));
        QCOMPARE(buffer.size(), 0);
    }

    // A face that cannot be loaded is a diagnostic, and the rest of the page still exports.
    void diskFullNamesTheFile_data()
    {
        QTest::addColumn<bool>("fullFromTheStart");
        QTest::addColumn<QString>("text");
        QTest::newRow("disk fills in the middle of a page") << false << seedParagraph(0);
        // The whole small file sits in Qt's write buffer until commit(), whose own flush error
        // Qt 6.4 ignores.
        QTest::newRow("disk already full, small page") << true << QStringLiteral("国");
    }

    // A full disk: the error names the file and the reason; nothing of the failed export is
    // left in the folder, and an earlier file at the target stays as it was.
    void diskFullNamesTheFile()
    {
        QFETCH(bool, fullFromTheStart);
        QFETCH(QString, text);
        const QString folder =
            m_dir.filePath(QStringLiteral("full-%1").arg(fullFromTheStart ? 1 : 0));
        ScratchMount mount(folder, QStringLiteral("size=16k"));
        if (!mount.isMounted())
            QSKIP(qPrintable(mount.whyNot()));
        const QString path = QDir(folder).filePath(QStringLiteral("A01.pdf"));
        const QByteArray earlier("%PDF-1.3 an earlier export of the page\n");
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            QCOMPARE(file.write(earlier), earlier.size());
        }
        QStringList entries{QStringLiteral("A01.pdf")};
        if (fullFromTheStart) {
            QFile filler(QDir(folder).filePath(QStringLiteral("filler")));
            QVERIFY(filler.open(QIODevice::WriteOnly | QIODevice::Unbuffered));
            const QByteArray block(4096, 'x');
            while (filler.write(block) == block.size()) {
            }
            entries << QStringLiteral("filler");
        }
        PdfxWriter writer(defaultOptions());
        QVERIFY(!writer.writeFile(path, {samplePage(text, testlayouts::notoSerif())}));
        const QString error = writer.errorString();
        QVERIFY2(error.contains(path), qPrintable(error));
        QVERIFY2(error.contains(QStringLiteral("磁盘空间不足")), qPrintable(error));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), earlier);
        QCOMPARE(QDir(folder).entryList(QDir::AllEntries | QDir::Hidden | QDir::System |
                                            QDir::NoDotAndDotDot,
                                        QDir::Name),
                 entries);
    }

    void unwritableFolderNamesTheFile_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("reason");
        QTest::newRow("folder that does not exist") << "missing" << QStringLiteral("文件夹不存在");
        QTest::newRow("read-only medium") << "readonly" << QStringLiteral("只读介质");
        QTest::newRow("folder without write permission")
            << "locked" << QStringLiteral("没有写入权限");
    }

    // A folder the file cannot be written into: the error names the file and the reason.
    void unwritableFolderNamesTheFile()
    {
        QFETCH(QString, kind);
        QFETCH(QString, reason);
        QString folder = m_dir.filePath(kind);
        std::unique_ptr<ScratchMount> mount;
        if (kind == QLatin1String("missing")) {
            folder = m_dir.filePath(QStringLiteral("no/such/folder"));
        } else if (kind == QLatin1String("readonly")) {
            mount = std::make_unique<ScratchMount>(folder, QStringLiteral("ro,size=16k"));
            if (!mount->isMounted())
                QSKIP(qPrintable(mount->whyNot()));
        } else {
            if (geteuid() == 0)
                QSKIP("root writes into a folder whatever its permissions; the read-only medium "
                      "row covers refusal as root");
            QVERIFY(QDir().mkpath(folder));
            QVERIFY(QFile::setPermissions(folder, QFile::ReadOwner | QFile::ExeOwner));
        }
        const auto unlock = qScopeGuard([&] {
            if (kind == QLatin1String("locked"))
                QFile::setPermissions(folder,
                                      QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        });
        const QString path = QDir(folder).filePath(QStringLiteral("A01.pdf"));
        PdfxWriter writer(defaultOptions());
        QVERIFY(!writer.writeFile(path, {samplePage(seedParagraph(0), testlayouts::notoSerif())}));
        const QString error = writer.errorString();
        QVERIFY2(error.contains(path), qPrintable(error));
        QVERIFY2(error.contains(reason), qPrintable(error));
        QVERIFY(!QFile::exists(path));
    }

    void missingFontFileIsADiagnostic()
    {
        auto missing = std::make_shared<FontRef>();
        missing->file = m_dir.filePath(QStringLiteral("gone.otf"));
        PageLayout layout = samplePage(QStringLiteral("国"), testlayouts::notoSerif());
        GlyphRun run;
        run.font = missing;
        run.glyphs = {1, 2};
        run.advances = {9, 9};
        run.frameId = 42;
        layout.items.append(run);
        PdfxWriter writer(defaultOptions());
        const QString path = m_dir.filePath(QStringLiteral("missing-font.pdf"));
        QVERIFY(writer.writeFile(path, {layout}));
        QCOMPARE(writer.diagnostics().size(), 1);
        QCOMPARE(writer.diagnostics()[0].code, QStringLiteral("font-embed-failed"));
        QCOMPARE(writer.diagnostics()[0].frameId, ObjectId(42));
        requireQpdfCheck(path);
    }

    // One glyph standing for two texts (Noto draws 人 and the radical ⼈ U+2F08 with the same
    // glyph): the ToUnicode CMap keeps the first, the other use carries /ActualText.
    void sameGlyphForTwoTextsExtractsBoth()
    {
        const auto font = testlayouts::notoSerif();
        PageLayout layout = samplePage(QStringLiteral("人工"), font);
        GlyphRun radical = std::get<GlyphRun>(layout.items.first());
        radical.origin.ry() += 40;
        radical.glyphs = {radical.glyphs.first()};
        radical.advances = {9};
        radical.clusters = {{0, 1, QString(QChar(0x2F08))}};
        layout.items.append(radical);
        const QString path = exportPages({layout}, defaultOptions(), QStringLiteral("actual.pdf"));
        QVERIFY(!path.isEmpty());
        requireQpdfCheck(path);
        const PdfInspector pdf = PdfInspector::fromFile(path);
        const QByteArray ops = pdf.streamData(PdfInspector::reference(
            PdfInspector::value(pdf.object(pdf.pages().first()), "/Contents")));
        QVERIFY(ops.contains("/Span << /ActualText <FEFF2F08> >> BDC"));
        std::unique_ptr<Poppler::Document> doc(Poppler::Document::load(path));
        std::unique_ptr<Poppler::Page> page(doc->page(0));
        QCOMPARE(withoutSpaces(page->text(QRectF())), QStringLiteral("人工") + QChar(0x2F08));
    }

    // Several pages share one subset per face.
    void facesAreEmbeddedOncePerFile()
    {
        const auto font = testlayouts::notoSerif();
        const QList<PageLayout> pages = {samplePage(seedParagraph(0), font),
                                         samplePage(seedParagraph(1), font)};
        const QString path = exportPages(pages, defaultOptions(), QStringLiteral("two.pdf"));
        QVERIFY(!path.isEmpty());
        const PdfInspector pdf = PdfInspector::fromFile(path);
        QCOMPARE(pdf.pages().size(), 2);
        QCOMPARE(pdf.objectsContaining("/Type /FontDescriptor").size(), 1);
        std::unique_ptr<Poppler::Document> doc(Poppler::Document::load(path));
        std::unique_ptr<Poppler::Page> second(doc->page(1));
        QCOMPARE(withoutSpaces(second->text(QRectF())), withoutSpaces(seedParagraph(1)));
    }
};

QTEST_GUILESS_MAIN(tst_PdfWriter)
#include "tst_pdfwriter.moc"
