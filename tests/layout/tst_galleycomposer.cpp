#include "layout/galleycomposer.h"
#include "layout/layoutdump.h"
#include "text/charclass.h"

#include <QFile>
#include <QtTest>
#include <map>
#include <tuple>

using namespace folio;

// The plain-text galley that folio-cli calls, and its text dump as a golden file.
class tst_GalleyComposer : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void seedGalleyMatchesGolden();
    void seedGalleyFollowsCompositionRules_data();
    void seedGalleyFollowsCompositionRules();
    void options_data();
    void options();
    void badInput();
};

void tst_GalleyComposer::seedGalleyMatchesGolden()
{
    Diagnostics diagnostics;
    const auto pages = GalleyComposer::composeFile(
        QStringLiteral(FOLIO_TEST_DATA_DIR "/seed-paragraphs.txt"), GalleyOptions{}, &diagnostics);
    QVERIFY(diagnostics.isEmpty());
    QVERIFY(pages.size() >= 3);
    QString dump;
    for (const PageLayout &page : pages)
        dump += LayoutDump::dump(page);
    const QString goldenPath = QStringLiteral(FOLIO_TEST_DATA_DIR "/seed-galley-12.dump");
    if (qEnvironmentVariableIsSet("FOLIO_UPDATE_GOLDEN")) {
        QFile out(goldenPath);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(dump.toUtf8());
    }
    QFile golden(goldenPath);
    QVERIFY(golden.open(QIODevice::ReadOnly));
    const QStringList expected = QString::fromUtf8(golden.readAll()).split(QLatin1Char('\n'));
    const QStringList got = dump.split(QLatin1Char('\n'));
    for (int i = 0; i < std::min(expected.size(), got.size()); ++i)
        QCOMPARE(got[i], expected[i]);
    QCOMPARE(got.size(), expected.size());
}

namespace {
// One glyph cluster of a galley line as placed on the page.
struct PlacedCluster
{
    QString text;
    double pen = 0.0;     // pt, page x where the pen stood
    double ink = 0.0;     // pt, page x of its first glyph (pen + offset)
    double advance = 0.0; // pt, including the space justification gave after it
};
} // namespace

void tst_GalleyComposer::seedGalleyFollowsCompositionRules_data()
{
    QTest::addColumn<int>("chars");
    QTest::addColumn<int>("columns");
    QTest::addColumn<int>("kinsoku");
    QTest::addColumn<double>("size");
    QTest::addColumn<double>("indent");
    for (int chars = 9; chars <= 14; ++chars) {
        for (int columns : {1, 3}) {
            QTest::addRow("%d 字 %d cols basic", chars, columns)
                << chars << columns << int(text::Kinsoku::Basic) << 9.0 << 2.0;
            QTest::addRow("%d 字 %d cols strict", chars, columns)
                << chars << columns << int(text::Kinsoku::Strict) << 9.0 << 2.0;
        }
    }
    QTest::newRow("12 字 五号") << 12 << 1 << int(text::Kinsoku::Basic) << 10.5 << 2.0;
    QTest::newRow("12 字 no indent") << 12 << 1 << int(text::Kinsoku::Basic) << 9.0 << 0.0;
    QTest::newRow("13 字 no indent") << 13 << 3 << int(text::Kinsoku::Strict) << 9.0 << 0.0;
}

void tst_GalleyComposer::seedGalleyFollowsCompositionRules()
{
    // The seed page as `folio-cli galley` sets it, read back from the page layout: nothing
    // lost, rules 1-2, indents exact to the glyph (rule 13), every non-final line flush
    // (rule 16), Han–Latin gaps within ⅛-½ em (rules 11-12) and last lines not spread.
    QFETCH(int, chars);
    QFETCH(int, columns);
    QFETCH(int, kinsoku);
    QFETCH(double, size);
    QFETCH(double, indent);
    QFile file(QStringLiteral(FOLIO_TEST_DATA_DIR "/seed-page.txt"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QStringList paragraphs;
    for (const QString &p : QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'))) {
        if (!p.trimmed().isEmpty())
            paragraphs.append(p);
    }
    GalleyOptions o;
    o.columnChars = chars;
    o.columns = columns;
    o.kinsoku = text::Kinsoku(kinsoku);
    o.fontSize = size;
    o.leading = size * 1.5;
    o.indent = indent;
    Diagnostics diagnostics;
    const auto pages = GalleyComposer::compose(paragraphs, o, &diagnostics);
    QVERIFY(diagnostics.isEmpty());

    // Lines in reading order: page, column, baseline.
    std::map<std::tuple<int, int, double>, QList<PlacedCluster>> lines;
    for (const PageLayout &page : pages) {
        for (const PageItem &item : page.items) {
            const auto &run = std::get<GlyphRun>(item);
            QList<PlacedCluster> &line = lines[{page.pageIndex, run.column, run.origin.y()}];
            double pen = run.origin.x();
            for (const GlyphCluster &c : run.clusters) {
                PlacedCluster pc;
                pc.text = c.text;
                pc.pen = pen;
                pc.ink = pen + run.offsets.value(c.firstGlyph).x();
                for (int g = c.firstGlyph; g < c.firstGlyph + c.glyphCount; ++g)
                    pc.advance += run.advances[g];
                pen += pc.advance;
                line.append(pc);
            }
        }
    }

    const double em = size;
    const auto isHan = [](const QString &t) { return text::charclass::isHanLike(t.toUcs4()[0]); };
    const auto isLatin = [](const QString &t) {
        return text::charclass::isLatinAlnum(t.toUcs4()[0]);
    };
    int paragraph = 0;
    int pos = 0;
    for (const auto &[key, line] : lines) {
        QString text;
        for (const PlacedCluster &c : line)
            text += c.text;
        QVERIFY(paragraph < paragraphs.size());
        const QString &source = paragraphs[paragraph];
        QVERIFY2(source.mid(pos, text.size()) == text, qPrintable(text));
        const bool first = pos == 0;
        pos += int(text.size());
        const bool final = pos == source.size();
        const QString where = QStringLiteral("\"%1\"").arg(text);
        const double left = o.margin + std::get<1>(key) * (chars + o.gutterChars) * em;

        if (first)
            QVERIFY2(std::abs(line.first().ink - (left + indent * em)) < 1e-6, qPrintable(where));
        else
            QVERIFY2(!text::charclass::isLineStartProhibited(text.toUcs4().first()),
                     qPrintable(where));
        const QString visible = text.trimmed();
        if (!final) {
            QVERIFY2(!text::charclass::isLineEndProhibited(visible.toUcs4().last()),
                     qPrintable(where));
            const double right = line.last().pen + line.last().advance;
            QVERIFY2(std::abs(right - (left + chars * em)) < 0.01, qPrintable(where));
        }
        for (int i = 0; i + 1 < line.size(); ++i) {
            const PlacedCluster &a = line[i];
            const PlacedCluster &b = line[i + 1];
            if (isHan(a.text) && isLatin(b.text)) {
                const double gap = (b.pen - a.pen - em) / em;
                QVERIFY2(
                    gap > 0.125 - 1e-6 && gap < 0.5 + 1e-6,
                    qPrintable(
                        QStringLiteral("%1: %2%3 gap %4 em").arg(where, a.text, b.text).arg(gap)));
            }
            if (final && isHan(a.text) && isHan(b.text))
                QVERIFY2(std::abs(b.pen - a.pen - em) < 1e-6, qPrintable(where));
        }
        if (final) {
            ++paragraph;
            pos = 0;
        }
    }
    QCOMPARE(paragraph, paragraphs.size());
}

void tst_GalleyComposer::options_data()
{
    QTest::addColumn<int>("chars");
    QTest::addColumn<double>("size");
    QTest::addColumn<int>("columns");
    QTest::addColumn<double>("indent");
    QTest::addColumn<int>("kinsoku");
    QTest::newRow("defaults") << 12 << 9.0 << 1 << 2.0 << int(text::Kinsoku::Basic);
    QTest::newRow("13 字 五号 3 cols") << 13 << 10.5 << 3 << 2.0 << int(text::Kinsoku::Strict);
    QTest::newRow("9 字 no indent") << 9 << 9.0 << 2 << 0.0 << int(text::Kinsoku::None);
}

void tst_GalleyComposer::options()
{
    QFETCH(int, chars);
    QFETCH(double, size);
    QFETCH(int, columns);
    QFETCH(double, indent);
    QFETCH(int, kinsoku);
    GalleyOptions o;
    o.columnChars = chars;
    o.fontSize = size;
    o.leading = size * 1.5;
    o.columns = columns;
    o.indent = indent;
    o.kinsoku = text::Kinsoku(kinsoku);
    const QString text =
        QStringLiteral("国国国国国国国国国国国国国国国国国国国国国国国国国国国国。\n\n第二段。\n");
    const auto pages = GalleyComposer::composeText(text, o);
    QCOMPARE(pages.size(), 1);
    QString all;
    double firstX = -1;
    for (const PageItem &item : pages[0].items) {
        const auto &run = std::get<GlyphRun>(item);
        QCOMPARE(run.size, size);
        QVERIFY(run.origin.x() + run.width() <=
                36 + columns * chars * size + (columns - 1) * 2 * size + 0.01);
        if (firstX < 0)
            firstX = run.origin.x();
        all += run.text();
    }
    QCOMPARE(all,
             QStringLiteral("国国国国国国国国国国国国国国国国国国国国国国国国国国国国。第二段。"));
    QCOMPARE(firstX, 36 + indent * size);
}

void tst_GalleyComposer::badInput()
{
    Diagnostics diagnostics;
    QVERIFY(GalleyComposer::composeFile(QStringLiteral("/nonexistent/story.txt"), {}, &diagnostics)
                .isEmpty());
    QCOMPARE(diagnostics.first().code, QStringLiteral("file-unreadable"));
    QVERIFY(GalleyComposer::composeText(QString(), {}).isEmpty()); // an empty story
    QVERIFY(GalleyComposer::composeText(QStringLiteral("\n\n  \n"), {}).isEmpty());
}

QTEST_GUILESS_MAIN(tst_GalleyComposer)
#include "tst_galleycomposer.moc"
