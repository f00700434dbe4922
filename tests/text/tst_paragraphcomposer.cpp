#include "core/units.h"
#include "text/charclass.h"
#include "text/shaper.h"
#include "text/textdecoder.h"
#include "text/textsanitizer.h"
#include "texttesthelpers.h"

#include <QElapsedTimer>
#include <QFile>
#include <QtTest>

using namespace folio;
using namespace folio::text;
using namespace folio::text::testing;

// The façade on whole paragraphs: the seed page in narrow columns, resuming, the shape cache,
// inline styles, and bad input.
class tst_ParagraphComposer : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void seedPage_data();
    void seedPage();
    void resumeAtOffset();
    void shapeCacheAvoidsReshaping();
    void runInByline_data();
    void runInByline();
    void chineseSizesAndLeading_data();
    void chineseSizesAndLeading();
    void invalidUtf8();
    void controlCharacters();
    void emptyParagraph();
    void narrowLines_data();
    void narrowLines();
    void megabyteParagraph();

private:
    QStringList m_paragraphs;
};

void tst_ParagraphComposer::initTestCase()
{
    QFile file(QStringLiteral(FOLIO_TEST_DATA_DIR "/seed-paragraphs.txt"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    for (const QString &line : QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'))) {
        if (!line.trimmed().isEmpty())
            m_paragraphs.append(line);
    }
    QCOMPARE(m_paragraphs.size(), 28);
}

void tst_ParagraphComposer::seedPage_data()
{
    QTest::addColumn<int>("columnEm");
    QTest::addColumn<int>("kinsoku");
    for (int em = 9; em <= 14; ++em) {
        QTest::addRow("%d em basic", em) << em << int(Kinsoku::Basic);
        QTest::addRow("%d em strict", em) << em << int(Kinsoku::Strict);
    }
}

void tst_ParagraphComposer::seedPage()
{
    QFETCH(int, columnEm);
    QFETCH(int, kinsoku);
    const double em = 9.0; // 小五 body text
    const double width = columnEm * em;
    TextStyle style;
    style.size = em;
    ParagraphOptions options;
    options.kinsoku = Kinsoku(kinsoku);
    int lineCount = 0;
    for (const QString &paragraph : std::as_const(m_paragraphs)) {
        ParagraphComposer composer;
        composer.setParagraph(paragraph, style, options);
        QVERIFY(composer.diagnostics().isEmpty());
        Diagnostics diagnostics;
        const auto lines = composer.compose(width, &diagnostics);
        QVERIFY2(diagnostics.isEmpty(), qPrintable(diagnostics.value(0).message));
        QString all;
        int expectedStart = 0;
        for (int i = 0; i < lines.size(); ++i) {
            const ComposedLine &line = lines[i];
            const QString text = line.text();
            const QString where =
                QStringLiteral("line %1 \"%2\" of %3").arg(i).arg(text, paragraph.left(12));
            QCOMPARE(line.start, expectedStart);
            expectedStart = line.end;
            all += text;
            QCOMPARE(line.isLast, i == lines.size() - 1);
            QVERIFY2(!line.overfull, qPrintable(where));
            // Rules 1-3.
            const QString visible = text.trimmed();
            if (i > 0) {
                const char32_t head = visible.toUcs4().first();
                QVERIFY2(!charclass::isLineStartProhibited(head), qPrintable(where));
                QVERIFY2(head != U'～' && head != U'–', qPrintable(where));
                if (options.kinsoku == Kinsoku::Strict)
                    QVERIFY2(head != U'—' && head != U'…', qPrintable(where));
            }
            if (!line.isLast) {
                QVERIFY2(!charclass::isLineEndProhibited(visible.toUcs4().last()),
                         qPrintable(where));
                QVERIFY2(!(text.endsWith(QStringLiteral("—")) &&
                           lines[i + 1].text().startsWith(QStringLiteral("—"))),
                         qPrintable(where));
                QVERIFY2(!(text.endsWith(QStringLiteral("…")) &&
                           lines[i + 1].text().startsWith(QStringLiteral("…"))),
                         qPrintable(where));
                // Rule 16: flush at both edges within 0.01 pt.
                QVERIFY2(std::abs(line.x + line.width - width) < 0.01, qPrintable(where));
            } else {
                QVERIFY2(line.x + line.width <= width + 0.01, qPrintable(where));
            }
            // Rule 13: the first line indented 2 em, no other.
            QCOMPARE(line.x, i == 0 ? 2 * em : 0.0);
            double sum = 0;
            for (const GlyphRun &run : line.runs) {
                QVERIFY(run.font);
                QVERIFY(!run.glyphs.contains(0u));
                QCOMPARE(run.glyphs.size(), run.advances.size());
                sum += run.width();
            }
            QVERIFY(std::abs(sum - line.width) < 1e-6);
            QCOMPARE(line.leading, 13.5);
        }
        // Nothing lost or duplicated.
        QCOMPARE(all, paragraph);
        // Rule 18 where avoidable: no last line of a single character (and its punctuation).
        int chars = 0;
        for (char32_t c : lines.last().text().toUcs4())
            chars += charclass::isHanLike(c) || charclass::isLatinAlnum(c) ? 1 : 0;
        if (lines.size() > 1)
            QVERIFY2(chars != 1, qPrintable(lines.last().text()));
        lineCount += lines.size();
    }
    QVERIFY(lineCount > 100);
}

void tst_ParagraphComposer::resumeAtOffset()
{
    ParagraphComposer composer;
    TextStyle style;
    composer.setParagraph(m_paragraphs[4], style, ParagraphOptions{});
    const auto all = composer.compose(108);
    QVERIFY(all.size() > 6);
    // Continue in "the next column" from line 3's end: the same lines follow.
    const auto resumed = composer.composeLines([](int) { return 108.0; }, all[2].end);
    QCOMPARE(resumed.size(), all.size() - 3);
    for (int i = 0; i < resumed.size(); ++i) {
        QCOMPARE(resumed[i].start, all[i + 3].start);
        QCOMPARE(resumed[i].end, all[i + 3].end);
        QCOMPARE(resumed[i].x, 0.0);
        QCOMPARE(resumed[i].width, all[i + 3].width);
    }
    // Different widths per line, one at a time.
    const auto varied = composer.composeLines([](int i) { return i < 2 ? 72.0 : 117.0; });
    QCOMPARE(varied[0].x + varied[0].width, 72.0);
    QCOMPARE(varied[1].x + varied[1].width, 72.0);
    QCOMPARE(varied[2].x + varied[2].width, 117.0);
}

void tst_ParagraphComposer::shapeCacheAvoidsReshaping()
{
    const QString text = m_paragraphs[5];
    {
        ParagraphComposer composer;
        composer.setParagraph(text, TextStyle{}, ParagraphOptions{});
        composer.compose(100);
    }
    const qint64 shaped = Shaper::instance()->shapeCount();
    const qint64 hits = Shaper::instance()->cacheHits();
    ParagraphComposer again;
    again.setParagraph(text, TextStyle{}, ParagraphOptions{});
    again.compose(120);
    QCOMPARE(Shaper::instance()->shapeCount(), shaped);
    QVERIFY(Shaper::instance()->cacheHits() > hits);
}

void tst_ParagraphComposer::runInByline_data()
{
    QTest::addColumn<QString>("family");
    QTest::addColumn<QString>("style");
    QTest::addColumn<QString>("postscript");
    QTest::newRow("楷体") << "LXGW WenKai"
                          << "Regular"
                          << "LXGWWenKai-Regular";
    QTest::newRow("bold") << "Noto Sans CJK SC"
                          << "Bold"
                          << "NotoSansCJKsc-Bold";
}

void tst_ParagraphComposer::runInByline()
{
    QFETCH(QString, family);
    QFETCH(QString, style);
    QFETCH(QString, postscript);
    const QString text = m_paragraphs[3];
    const QString byline = QStringLiteral("本报讯（记者 周美玉）");
    QVERIFY(text.startsWith(byline));
    TextStyle body;
    TextStyle kai = body;
    kai.family = family;
    kai.style = style;
    ParagraphComposer composer;
    composer.setParagraph(text,
                          {{0, int(byline.size()), kai},
                           {int(byline.size()), int(text.size() - byline.size()), body}},
                          ParagraphOptions{});
    QVERIFY(composer.diagnostics().isEmpty());
    const auto lines = composer.compose(12 * 9.0);
    QCOMPARE(lines[0].runs[0].font->postscriptName, postscript);
    // The byline, and only the byline, is in its face, across however many lines it takes.
    QString inBylineFace;
    QString inBodyFace;
    for (const auto &line : lines) {
        for (const auto &run : line.runs) {
            if (run.font->postscriptName == postscript)
                inBylineFace += run.text();
            else if (run.font->postscriptName == QStringLiteral("NotoSerifCJKsc-Regular"))
                inBodyFace += run.text();
        }
    }
    QCOMPARE(inBylineFace, byline);
    QCOMPARE(byline + inBodyFace, text);
    for (const auto &line : lines.mid(0, lines.size() - 1))
        QVERIFY(std::abs(line.x + line.width - 108.0) < 0.01);
}

void tst_ParagraphComposer::chineseSizesAndLeading_data()
{
    QTest::addColumn<QString>("size");
    QTest::addColumn<double>("pt");
    QTest::addColumn<bool>("multiple");
    QTest::addColumn<double>("leadingValue");
    QTest::addColumn<double>("leading");
    QTest::newRow("小五 1.5×") << "小五" << 9.0 << true << 1.5 << 13.5;
    QTest::newRow("五号 18pt") << "五号" << 10.5 << false << 18.0 << 18.0;
    QTest::newRow("初号 1.2×") << "初号" << 42.0 << true << 1.2 << 50.4;
    QTest::newRow("9pt") << "9pt" << 9.0 << false << 12.0 << 12.0;
}

void tst_ParagraphComposer::chineseSizesAndLeading()
{
    QFETCH(QString, size);
    QFETCH(double, pt);
    QFETCH(bool, multiple);
    QFETCH(double, leadingValue);
    QFETCH(double, leading);
    TextStyle style;
    style.size = units::parseSize(size).value_or(0);
    QCOMPARE(style.size, pt);
    ParagraphOptions options;
    options.alignment = Alignment::Left;
    options.leading = {multiple ? Leading::Mode::Multiple : Leading::Mode::Points, leadingValue};
    ParagraphComposer composer;
    composer.setParagraph(QStringLiteral("国国"), style, options);
    const auto line = composer.compose(1000).first();
    QCOMPARE(clusterAdvancesEm(line, pt), (QList<double>{1, 1}));
    QVERIFY(std::abs(line.leading - leading) < 1e-9);
    QVERIFY(std::abs(line.ascent - 0.88 * pt) < 1e-9);
    QVERIFY(std::abs(line.descent - 0.12 * pt) < 1e-9);
}

void tst_ParagraphComposer::invalidUtf8()
{
    const QByteArray guo("\xe5\x9b\xbd");
    const DecodedText decoded =
        TextDecoder::decode(guo.repeated(30) + QByteArray("\xff\xfe") + guo.repeated(30));
    QVERIFY(decoded.ok);
    QCOMPARE(decoded.diagnostics.size(), 1);
    QCOMPARE(decoded.diagnostics.first().code, QStringLiteral("invalid-encoding"));
    const QString text = decoded.text;
    QVERIFY(text.startsWith(QStringLiteral("国")));
    QVERIFY(text.contains(QChar(0xFFFD)));
    ParagraphComposer composer;
    composer.setParagraph(text, TextStyle{}, ParagraphOptions{});
    QCOMPARE(composer.compose(2000).first().text(), text);
    // A lone surrogate in UTF-16 input.
    composer.setParagraph(QStringLiteral("国") + QChar(0xD800) + QStringLiteral("国"), TextStyle{},
                          ParagraphOptions{});
    QCOMPARE(composer.text(), QStringLiteral("国\uFFFD国"));
    QCOMPARE(composer.diagnostics().first().code, QStringLiteral("invalid-utf16"));
}

void tst_ParagraphComposer::controlCharacters()
{
    const QString text = QStringLiteral("国\x01国\n国\t国\u2028国");
    TextStyle bold;
    bold.style = QStringLiteral("Bold");
    ParagraphComposer composer;
    // The second style run covers "国\n国"; it still covers the same characters afterwards.
    composer.setParagraph(text, {{0, 3, TextStyle{}}, {3, 3, bold}, {6, 4, TextStyle{}}},
                          ParagraphOptions{});
    QCOMPARE(composer.text(), QStringLiteral("国国国 国国"));
    QCOMPARE(composer.diagnostics().size(), 1);
    QCOMPARE(composer.diagnostics().first().code, QStringLiteral("control-character"));
    const auto runs = composer.styleRuns();
    QCOMPARE(runs[1].start, 2);
    QCOMPARE(runs[1].length, 2);
    QCOMPARE(runs[1].style.style, QStringLiteral("Bold"));
}

void tst_ParagraphComposer::emptyParagraph()
{
    ParagraphComposer composer;
    composer.setParagraph(QString(), TextStyle{}, ParagraphOptions{});
    QVERIFY(composer.isEmpty());
    const auto lines = composer.compose(100);
    QCOMPARE(lines.size(), 1);
    QVERIFY(lines.first().isLast);
    QVERIFY(lines.first().runs.isEmpty());
    QCOMPARE(lines.first().leading, 13.5);
    // Only control characters: empty too.
    composer.setParagraph(QStringLiteral("\x01\x02"), TextStyle{}, ParagraphOptions{});
    QVERIFY(composer.isEmpty());
    QCOMPARE(composer.compose(100).size(), 1);
}

void tst_ParagraphComposer::narrowLines_data()
{
    QTest::addColumn<double>("width");
    QTest::newRow("half em") << 4.5;
    QTest::newRow("zero") << 0.0;
    QTest::newRow("negative") << -20.0;
    QTest::newRow("nan") << std::nan("");
    QTest::newRow("infinite") << std::numeric_limits<double>::infinity();
}

void tst_ParagraphComposer::narrowLines()
{
    QFETCH(double, width);
    const QString text = QStringLiteral("国，国（国）HarfBuzz国。");
    ParagraphComposer composer;
    composer.setParagraph(text, TextStyle{}, ParagraphOptions{});
    Diagnostics diagnostics;
    const auto lines = composer.compose(width, &diagnostics);
    QString all;
    for (const auto &line : lines) {
        QVERIFY(line.end > line.start); // always progresses
        all += line.text();
    }
    QCOMPARE(all, text);
    if (!std::isinf(width)) {
        QVERIFY(lines.size() >= 8);
        QVERIFY(!diagnostics.isEmpty());
        QCOMPARE(diagnostics.first().code, QStringLiteral("line-too-narrow"));
    }
}

void tst_ParagraphComposer::megabyteParagraph()
{
    // A 1 MB paragraph (UTF-8) composes in near-linear time.
    QString text;
    while (text.toUtf8().size() < 1024 * 1024)
        text += m_paragraphs.join(QString());
    QElapsedTimer timer;
    timer.start();
    ParagraphComposer composer;
    composer.setParagraph(text, TextStyle{}, ParagraphOptions{});
    const auto lines = composer.compose(12 * 9.0);
    const qint64 ms = timer.elapsed();
    qint64 total = 0;
    for (const auto &line : lines)
        total += line.end - line.start;
    QCOMPARE(total, text.size());
    QCOMPARE(lines.last().end, int(text.size()));
    QVERIFY(lines.size() > 25000);
    QVERIFY2(ms < 10000, qPrintable(QStringLiteral("%1 ms").arg(ms)));
    qInfo("1 MB paragraph: %d lines in %lld ms", int(lines.size()), ms);
}

QTEST_GUILESS_MAIN(tst_ParagraphComposer)
#include "tst_paragraphcomposer.moc"
