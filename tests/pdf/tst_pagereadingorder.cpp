// A full newspaper page read back in reading order: the seed page (several stories, a banner
// group, a photo story) imported onto the broadsheet template by the ingest PageImporter, laid
// out, exported as PDF/X, and read back with Poppler. For each story, the characters found in
// its frames' rectangles, read frame by frame in chain order, column by column and line by
// line, must be the story's text.
#include "ingest/pageimporter.h"
#include "layout/layoutengine.h"
#include "model/edition.h"
#include "pdf/pageexporter.h"
#include "pdf/pdfxwriter.h"

#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>
#include <poppler-qt6.h>

using namespace folio;

namespace {

// One extracted character, in trimmed-page coordinates (pt, origin top-left of the trim box).
struct PlacedChar
{
    QChar c;
    QRectF box;
};

QString withoutSpaces(QString text)
{
    text.remove(QRegularExpression(QStringLiteral("\\s")));
    return text;
}

// The characters of a frame's area in reading order: column by column (the frame's own
// columns), top to bottom, each line left to right. A line is the characters whose vertical
// centres lie within half a character height of the line's first character.
QString readFrame(const Frame &frame, QList<PlacedChar> chars)
{
    const QRectF area = frame.rect.marginsRemoved(frame.insets);
    const int columns = qMax(1, frame.columns);
    const double columnWidth = (area.width() - (columns - 1) * frame.gutter) / columns;
    const auto columnOf = [&](const PlacedChar &pc) {
        const double x = pc.box.center().x() - area.left();
        return qBound(0, int(x / (columnWidth + frame.gutter)), columns - 1);
    };
    std::stable_sort(chars.begin(), chars.end(), [&](const PlacedChar &a, const PlacedChar &b) {
        const int ca = columnOf(a);
        const int cb = columnOf(b);
        if (ca != cb)
            return ca < cb;
        return a.box.center().y() < b.box.center().y();
    });
    QString text;
    qsizetype lineStart = 0;
    while (lineStart < chars.size()) {
        const PlacedChar &first = chars[lineStart];
        qsizetype lineEnd = lineStart + 1;
        while (lineEnd < chars.size() && columnOf(chars[lineEnd]) == columnOf(first) &&
               qAbs(chars[lineEnd].box.center().y() - first.box.center().y()) <
                   first.box.height() / 2)
            ++lineEnd;
        QList<PlacedChar> line = chars.mid(lineStart, lineEnd - lineStart);
        std::stable_sort(line.begin(), line.end(), [](const PlacedChar &a, const PlacedChar &b) {
            return a.box.center().x() < b.box.center().x();
        });
        for (const PlacedChar &pc : line)
            text += pc.c;
        lineStart = lineEnd;
    }
    return text;
}

QString storyText(const Story &story)
{
    QString text;
    for (const Paragraph &p : story.paragraphs)
        text += p.text();
    return withoutSpaces(text);
}

} // namespace

class tst_PageReadingOrder : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private Q_SLOTS:
    void seedPageReadsAsItsStories()
    {
        auto edition = Edition::createDefault();
        ingest::ImportOptions options;
        options.templateKey = QStringLiteral("broadsheet8");
        const ingest::ImportResult result = ingest::PageImporter::importFile(
            QStringLiteral(FOLIO_TEST_DATA_DIR "/seed-page.txt"), *edition, options);
        QVERIFY2(result.ok, qPrintable(result.error));
        ingest::PageImporter::apply(*edition, result);
        // The seed page is several stories under and outside a banner, one with a photo.
        QVERIFY(result.stories.size() >= 4);
        QVERIFY(!result.bannerStories.isEmpty());
        for (const auto &placement : result.placement.stories) {
            QVERIFY(placement.placed);
            // Each story fits, so its whole text is on the page.
            QVERIFY2(placement.copyfit >= 0, qPrintable(QStringLiteral("story %1 overset by %2")
                                                            .arg(placement.story)
                                                            .arg(-placement.copyfit)));
        }

        const int pageIndex = edition->pageIndex(result.page.id);
        LayoutEngine engine(edition.get());
        const PageLayout layout = engine.layoutPage(pageIndex);
        pdf::PdfExportOptions pdfOptions;
        pdfOptions.settings = edition->exportSettings();
        pdfOptions.title = QStringLiteral("要闻");
        const Edition *e = edition.get();
        pdfOptions.images = [e](ObjectId id) { return e->image(id); };
        pdf::PdfxWriter writer(pdfOptions);
        const QString path = m_dir.filePath(QStringLiteral("page.pdf"));
        QVERIFY2(writer.writeFile(path, {layout}, {{result.page.section, result.page.number}}),
                 qPrintable(writer.errorString()));

        std::unique_ptr<Poppler::Document> doc(Poppler::Document::load(path));
        QVERIFY(doc);
        QCOMPARE(doc->numPages(), 1);
        std::unique_ptr<Poppler::Page> pdfPage(doc->page(0));
        // Poppler's coordinates start at the media box's top-left corner; the layout's at the
        // trim box's.
        const Page &page = edition->pages()[pageIndex];
        const auto boxes = pdf::PageExporter::boxesFor(page.size, edition->exportSettings());
        const QPointF trimOrigin(boxes.trim.left() - boxes.media.left(),
                                 boxes.media.bottom() - boxes.trim.bottom());
        QList<PlacedChar> chars;
        for (const auto &box : pdfPage->textList()) {
            const QString text = box->text();
            for (int i = 0; i < text.size(); ++i) {
                if (text[i].isSpace())
                    continue;
                const QRectF r = box->charBoundingBox(i).translated(-trimOrigin);
                // The slug line and marks lie outside the trimmed page.
                if (QRectF(QPointF(0, 0), page.size).contains(r.center()))
                    chars.append({text[i], r});
            }
        }
        QVERIFY(chars.size() > 2000);

        // Every character belongs to exactly one text frame's area (with a little room for
        // punctuation set into the gutter).
        QList<QList<PlacedChar>> byFrame(page.frames.size());
        for (const PlacedChar &pc : chars) {
            int owner = -1;
            for (int f = 0; f < page.frames.size(); ++f) {
                const Frame &frame = page.frames[f];
                if (frame.kind != FrameKind::Text)
                    continue;
                if (frame.rect.adjusted(-3, -1, 3, 1).contains(pc.box.center())) {
                    QVERIFY2(owner < 0, qPrintable(QStringLiteral("“%1” at (%2, %3) in two frames")
                                                       .arg(pc.c)
                                                       .arg(pc.box.center().x())
                                                       .arg(pc.box.center().y())));
                    owner = f;
                }
            }
            QVERIFY2(owner >= 0, qPrintable(QStringLiteral("“%1” at (%2, %3) outside every frame")
                                                .arg(pc.c)
                                                .arg(pc.box.center().x())
                                                .arg(pc.box.center().y())));
            byFrame[owner].append(pc);
        }

        int storiesRead = 0;
        for (const Story &story : edition->stories()) {
            const QList<const Frame *> chain = edition->storyChain(story.id);
            if (chain.isEmpty())
                continue;
            QString read;
            for (const Frame *frame : chain) {
                int index = -1;
                for (int f = 0; f < page.frames.size(); ++f)
                    if (page.frames[f].id == frame->id)
                        index = f;
                QVERIFY(index >= 0);
                read += readFrame(*frame, byFrame[index]);
            }
            const QString expected = storyText(story);
            if (read != expected) {
                qsizetype at = 0;
                while (at < qMin(read.size(), expected.size()) && read[at] == expected[at])
                    ++at;
                QFAIL(qPrintable(QStringLiteral("story “%1”: differs at character %2 of %3:\n"
                                                "read     …%4\nexpected …%5")
                                     .arg(story.slug)
                                     .arg(at)
                                     .arg(expected.size())
                                     .arg(read.mid(qMax<qsizetype>(0, at - 10), 40))
                                     .arg(expected.mid(qMax<qsizetype>(0, at - 10), 40))));
            }
            ++storiesRead;
        }
        QCOMPARE(storiesRead, result.stories.size() + result.bannerStories.size());
    }
};

QTEST_GUILESS_MAIN(tst_PageReadingOrder)
#include "tst_pagereadingorder.moc"
