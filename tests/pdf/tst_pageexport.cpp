#include "layout/galleycomposer.h"
#include "pdf/pdfxwriter.h"
#include "pdfinspector.h"
#include "qpdfcheck.h"

#include <QBuffer>
#include <QFile>
#include <QTemporaryDir>
#include <QTimeZone>
#include <QtTest>
#include <poppler-qt6.h>

using namespace folio;
using namespace folio::pdf;

namespace {

QString seedText()
{
    QFile file(QStringLiteral(FOLIO_TEST_DATA_DIR "/seed-page.txt"));
    file.open(QIODevice::ReadOnly);
    return QString::fromUtf8(file.readAll());
}

QString withoutSpaces(QString text)
{
    text.remove(QRegularExpression(QStringLiteral("\\s")));
    return text;
}

} // namespace

// The composer's real output (shaping, kinsoku, punctuation trimming with `halt`, Han–Latin
// spacing, justification) through the writer and back.
class tst_PageExport : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private Q_SLOTS:
    void galleyRoundTrip_data()
    {
        QTest::addColumn<int>("columnChars");
        QTest::addColumn<int>("columns");
        QTest::addColumn<QString>("family");
        QTest::newRow("12 字, 宋体") << 12 << 1 << QStringLiteral("Noto Serif CJK SC");
        QTest::newRow("9 字, 2 columns, 楷体") << 9 << 2 << QStringLiteral("LXGW WenKai");
    }

    // Every page's text extracts as the source, glyph by glyph where the layout put it.
    void galleyRoundTrip()
    {
        QFETCH(int, columnChars);
        QFETCH(int, columns);
        QFETCH(QString, family);
        GalleyOptions options;
        options.columnChars = columnChars;
        options.columns = columns;
        options.fontFamily = family;
        Diagnostics diagnostics;
        const QList<PageLayout> pages =
            GalleyComposer::composeText(seedText(), options, &diagnostics);
        QVERIFY(pages.size() > 1);

        PdfExportOptions pdfOptions;
        pdfOptions.title = QStringLiteral("小样");
        PdfxWriter writer(pdfOptions);
        const QString path = m_dir.filePath(QStringLiteral("galley.pdf"));
        QVERIFY2(writer.writeFile(path, pages), qPrintable(writer.errorString()));
        QVERIFY(writer.diagnostics().isEmpty());
        requireQpdfCheck(path);

        std::unique_ptr<Poppler::Document> doc(Poppler::Document::load(path));
        QCOMPARE(doc->numPages(), pages.size());
        for (const auto &font : doc->fonts()) {
            QVERIFY(font.isEmbedded());
            QVERIFY(font.isSubset());
        }
        QString extracted;
        for (int p = 0; p < pages.size(); ++p) {
            std::unique_ptr<Poppler::Page> page(doc->page(p));
            // Glyph origins of the layout, spaces left out (extraction makes them word breaks).
            QList<double> expected;
            for (const PageItem &item : pages[p].items) {
                const auto *run = std::get_if<GlyphRun>(&item);
                if (!run)
                    continue;
                QList<bool> visible(run->glyphs.size(), false);
                for (const auto &cluster : run->clusters)
                    if (!cluster.text.trimmed().isEmpty())
                        visible[cluster.firstGlyph] = true;
                double x = run->origin.x();
                for (int g = 0; g < run->glyphs.size(); ++g) {
                    const double dx = g < run->offsets.size() ? run->offsets[g].x() : 0.0;
                    if (visible[g])
                        expected.append(x + dx);
                    x += run->advances[g];
                }
            }
            QList<double> found;
            for (const auto &box : page->textList()) {
                extracted += box->text();
                for (int i = 0; i < box->text().size(); ++i)
                    found.append(box->charBoundingBox(i).left());
            }
            QCOMPARE(found.size(), expected.size());
            // Text extraction reads columns in its own order: compare as sorted sets.
            std::sort(found.begin(), found.end());
            std::sort(expected.begin(), expected.end());
            for (int i = 0; i < found.size(); ++i)
                QVERIFY2(std::abs(found[i] - expected[i]) < 0.01,
                         qPrintable(QStringLiteral("page %1: %2 vs %3")
                                        .arg(p)
                                        .arg(found[i], 0, 'f', 4)
                                        .arg(expected[i], 0, 'f', 4)));
        }
        if (columns == 1)
            QCOMPARE(withoutSpaces(extracted), withoutSpaces(seedText()));
        else
            QCOMPARE(withoutSpaces(extracted).size(), withoutSpaces(seedText()).size());
    }

    // Pages pulled one at a time from a GalleyComposer make the same file as the whole list,
    // and each page is written before the next one is composed (a long galley is never held).
    void pageSourceWritesEachPageBeforeTheNext()
    {
        GalleyOptions options;
        options.linesPerColumn = 20;
        const QList<PageLayout> pages = GalleyComposer::composeText(seedText(), options);
        QVERIFY(pages.size() > 3);

        PdfExportOptions pdfOptions;
        pdfOptions.title = QStringLiteral("小样");
        pdfOptions.exportTime = QDateTime(QDate(2026, 1, 20), QTime(8, 0), QTimeZone::utc());
        QBuffer whole;
        QVERIFY(whole.open(QIODevice::WriteOnly));
        PdfxWriter listWriter(pdfOptions);
        QVERIFY2(listWriter.write(&whole, pages), qPrintable(listWriter.errorString()));

        GalleyComposer composer(GalleyComposer::paragraphsOf(seedText()), options);
        QBuffer streamed;
        QVERIFY(streamed.open(QIODevice::WriteOnly));
        QList<qint64> sizeWhenAsked;
        PdfxWriter streamWriter(pdfOptions);
        const bool ok = streamWriter.write(&streamed, [&](PageLayout *page, PdfPageLabel *) {
            sizeWhenAsked.append(streamed.size());
            if (composer.atEnd())
                return false;
            *page = composer.nextPage();
            return true;
        });
        QVERIFY2(ok, qPrintable(streamWriter.errorString()));
        QCOMPARE(composer.pagesComposed(), pages.size());
        QCOMPARE(sizeWhenAsked.size(), pages.size() + 1);
        for (int i = 1; i < sizeWhenAsked.size(); ++i)
            QVERIFY2(sizeWhenAsked[i] > sizeWhenAsked[i - 1], qPrintable(QString::number(i)));
        QCOMPARE(streamed.data(), whole.data());
    }
};

QTEST_GUILESS_MAIN(tst_PageExport)
#include "tst_pageexport.moc"
