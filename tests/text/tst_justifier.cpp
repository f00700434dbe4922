#include "text/justifier.h"
#include "texttesthelpers.h"

#include <QFile>
#include <QtTest>

using namespace folio;
using namespace folio::text;
using namespace folio::text::testing;

// CJK-RULES rules 11-17: Han–Latin spacing, indent, compression and expansion order,
// flush lines, last line, hanging punctuation; alignments and letter spacing.
class tst_Justifier : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void autospace_data();
    void autospace();
    void noAutospaceAtLineEdges();
    void compressionOrder_data();
    void compressionOrder();
    void expansionOrder_data();
    void expansionOrder();
    void hanLatinGapNeverPastHalfEm_data();
    void hanLatinGapNeverPastHalfEm();
    void openingQuoteNotCompressedIntoIndent_data();
    void openingQuoteNotCompressedIntoIndent();
    void indent_data();
    void indent();
    void lastLineNotStretched();
    void alignments_data();
    void alignments();
    void letterSpacing();
    void hangingPunctuation();
};

namespace {
ComposedLine justifyAll(const QString &text, double widthPt, bool isLast = false,
                        ParagraphOptions options = plainOptions())
{
    ParagraphComposer composer;
    composer.setParagraph(text, style10(), options);
    Justifier::Request req;
    req.first = 0;
    req.end = composer.prepared()->clusterCount();
    req.width = widthPt;
    req.isFirstLine = true;
    req.isLastLine = isLast;
    return Justifier::justify(*composer.prepared(), req);
}

double naturalWidth(const QString &text)
{
    ParagraphComposer composer;
    composer.setParagraph(text, style10(), plainOptions());
    return composer.prepared()->naturalWidth(0, composer.prepared()->clusterCount(), true);
}

// Space after each cluster beyond its glyph's own advance, in pt: the gap of rule 11.
QList<double> gapsAfter(const QString &text, const ComposedLine &line)
{
    ParagraphComposer composer;
    composer.setParagraph(text, style10(), plainOptions());
    const auto &clusters = composer.prepared()->clusters;
    const QList<double> adv = clusterAdvancesEm(line);
    QList<double> out;
    for (int i = 0; i < adv.size(); ++i)
        out.append(std::round((adv[i] * 10 - clusters[size_t(i)].advance) * 1000) / 1000);
    return out;
}
} // namespace

void tst_Justifier::autospace_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QList<double>>("gaps"); // pt after each cluster at 10 pt
    // Rule 11: ¼ em between Han and Latin letters or digits, both ways.
    QTest::newRow("han digits han") << "在2024年" << QList<double>{2.5, 0, 0, 0, 2.5, 0};
    QTest::newRow("han latin") << "用Qt做" << QList<double>{2.5, 0, 2.5, 0};
    // None next to Chinese punctuation, where the source has a space, inside words.
    QTest::newRow("punctuation") << "，2024。" << QList<double>{0, 0, 0, 0, 0, 0};
    QTest::newRow("source space") << "端 TV 跨" << QList<double>{0, 0, 0, 0, 0, 0};
    QTest::newRow("fullwidth digits") << "第１名" << QList<double>{0, 0, 0};
}

void tst_Justifier::autospace()
{
    QFETCH(QString, text);
    QFETCH(QList<double>, gaps);
    ParagraphOptions options = plainOptions();
    options.alignment = Alignment::Left;
    const ComposedLine line = justifyAll(text, 1000, true, options);
    QCOMPARE(gapsAfter(text, line), gaps);
}

void tst_Justifier::noAutospaceAtLineEdges()
{
    // The gap between 国 and A falls at the line break: no space at the line end or start.
    const auto lines = composeEm(QStringLiteral("国国国国ABC"), 4);
    QCOMPARE(joined(lines), QStringLiteral("国国国国|ABC"));
    QCOMPARE(clusterAdvancesEm(lines[0]), (QList<double>{1, 1, 1, 1}));
    QCOMPARE(lines[1].x, 0.0);
}

void tst_Justifier::compressionOrder_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<double>("shrinkPt");
    QTest::addColumn<QList<double>>("advances"); // em after justification
    const QString t = QStringLiteral("国（国）国，国。");
    // natural: 1 1 1 1 1 1 1 1 = 8 em; line-end 。 goes first …
    QTest::newRow("line end") << t << 5.0 << QList<double>{1, 1, 1, 1, 1, 1, 1, 0.5};
    // … then the outer sides of brackets, equally …
    QTest::newRow("brackets") << t << 12.0 << QList<double>{1, 0.65, 1, 0.65, 1, 1, 1, 0.5};
    // … then ，、；
    QTest::newRow("comma") << t << 17.0 << QList<double>{1, 0.5, 1, 0.5, 1, 0.8, 1, 0.5};
    // Han–Latin gaps shrink to ⅛ em before 。？！ are touched (rule 12).
    QTest::newRow("han-latin gap")
        << QStringLiteral("国A国。国") << 2.0 << QList<double>{1.15, 0.0, 1.0, 1.0, 1.0};
    QTest::newRow("full stop last")
        << QStringLiteral("国A国。国") << 5.0 << QList<double>{1.125, 0.0, 1.0, 0.75, 1.0};
    // Word spaces shrink to ¼ em before brackets.
    QTest::newRow("word space") << QStringLiteral("AB  CD（国）国") << 0.1
                                << QList<double>{0, 0, 0, 0, 0, 0, 1, 1, 1, 1};
}

void tst_Justifier::compressionOrder()
{
    QFETCH(QString, text);
    QFETCH(double, shrinkPt);
    QFETCH(QList<double>, advances);
    const double natural = naturalWidth(text);
    const ComposedLine line = justifyAll(text, natural - shrinkPt);
    QVERIFY(!line.overfull);
    QVERIFY(std::abs(line.width - (natural - shrinkPt)) < 1e-6);
    const QList<double> got = clusterAdvancesEm(line);
    QCOMPARE(got.size(), advances.size());
    ParagraphComposer composer;
    composer.setParagraph(text, style10(), plainOptions());
    for (int i = 0; i < got.size(); ++i) {
        if (advances[i] == 0.0) {
            // Latin and spaces: checked below.
            continue;
        }
        QVERIFY2(
            std::abs(got[i] - advances[i]) < 1e-6,
            qPrintable(QStringLiteral("cluster %1: %2 != %3").arg(i).arg(got[i]).arg(advances[i])));
    }
    if (text.contains(QStringLiteral("  "))) {
        // Two spaces gave 0.05 pt each (they may shrink to ¼ em) before any bracket did.
        QVERIFY(std::abs(got[2] * 10 - (composer.prepared()->clusters[2].advance - 0.05)) < 1e-6);
        QVERIFY(std::abs(got[3] * 10 - (composer.prepared()->clusters[3].advance - 0.05)) < 1e-6);
    }
}

void tst_Justifier::expansionOrder_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<double>("growPt");
    QTest::addColumn<QList<double>>("extra"); // pt added after each cluster
    // Word spaces grow first, to ½ em at most …
    QTest::newRow("spaces first") << QStringLiteral("国 A国国") << 1.0
                                  << QList<double>{0, 1.0, 0, 0, 0};
    // … then Han–Latin gaps, to ½ em …
    QTest::newRow("gaps next") << QStringLiteral("国国A国") << 3.0 << QList<double>{0, 1.5, 1.5, 0};
    // … then equal amounts between all other characters, never inside a Latin word, and
    // never on a Han–Latin gap already at its ½ em maximum (rule 12).
    QTest::newRow("between") << QStringLiteral("国国AB国") << 11.0
                             << QList<double>{6.0, 2.5, 0, 2.5, 0};
    QTest::newRow("pure han") << QStringLiteral("国国国国") << 6.0
                              << QList<double>{2.0, 2.0, 2.0, 0};
    // Never inside ——, beside connector marks.
    // (Noto shapes —— as one cluster.)
    QTest::newRow("dash") << QStringLiteral("国——国国") << 3.0 << QList<double>{1.0, 1.0, 1.0, 0};
    QTest::newRow("connector") << QStringLiteral("国～国国") << 4.0 << QList<double>{0, 0, 4.0, 0};
}

void tst_Justifier::expansionOrder()
{
    QFETCH(QString, text);
    QFETCH(double, growPt);
    QFETCH(QList<double>, extra);
    const double natural = naturalWidth(text);
    const ComposedLine line = justifyAll(text, natural + growPt);
    QVERIFY(std::abs(line.width - (natural + growPt)) < 1e-6);
    ParagraphComposer composer;
    composer.setParagraph(text, style10(), plainOptions());
    const QList<double> got = clusterAdvancesEm(line);
    QCOMPARE(got.size(), extra.size());
    for (int i = 0; i < got.size(); ++i) {
        const Cluster &c = composer.prepared()->clusters[size_t(i)];
        const double added = got[i] * 10 - c.advance - c.gapAfter;
        QVERIFY2(std::abs(added - extra[i]) < 1e-6,
                 qPrintable(QStringLiteral("cluster %1 (%2): %3 != %4")
                                .arg(i)
                                .arg(text.mid(c.start, c.end - c.start))
                                .arg(added)
                                .arg(extra[i])));
    }
}

void tst_Justifier::hanLatinGapNeverPastHalfEm_data()
{
    // Seed paragraphs with digits in 9 pt body columns, where step 3 of the expansion used to
    // add its equal amounts on top of gaps already at ½ em (在9 at 12 字: 0.545 em).
    QTest::addColumn<QString>("paragraph");
    QTest::addColumn<int>("columnEm");
    QTest::addColumn<QString>("line"); // a line that must stretch its gaps to the limit
    QTest::addColumn<int>("gapCount"); // its Han–Latin gaps …
    QTest::addColumn<double>("gapEm"); // … and their width
    QFile file(QStringLiteral(FOLIO_TEST_DATA_DIR "/seed-page.txt"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QString workrooms;
    QString tenants;
    for (const QString &p : QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'))) {
        if (p.contains(QStringLiteral("在9大领域")))
            workrooms = p;
        if (p.contains(QStringLiteral("工作室120余家")))
            tenants = p;
    }
    QVERIFY(!workrooms.isEmpty() && !tenants.isEmpty());
    QTest::newRow("在9 at 12") << workrooms << 12 << QStringLiteral("家创新工作室在9大领域") << 2
                               << 0.5;
    QTest::newRow("在9 at 10") << workrooms << 10 << QStringLiteral("家创新工作室在9大") << 2
                               << 0.5;
    QTest::newRow("室120 at 10") << tenants << 10 << QStringLiteral("以上创新工作室120") << 1
                                 << 0.5; // none at the line end
    for (int em = 9; em <= 14; ++em)
        QTest::addRow("workrooms at %d", em) << workrooms << em << QString() << 0 << 0.0;
}

void tst_Justifier::hanLatinGapNeverPastHalfEm()
{
    // Rule 12: a Han–Latin gap may grow to ½ em at most, on both sides of the Latin text,
    // while every non-final line stays flush.
    QFETCH(QString, paragraph);
    QFETCH(int, columnEm);
    QFETCH(QString, line);
    QFETCH(int, gapCount);
    QFETCH(double, gapEm);
    const double em = 9.0;
    TextStyle style;
    style.size = em;
    ParagraphComposer composer;
    composer.setParagraph(paragraph, style, ParagraphOptions{});
    const PreparedParagraph &p = *composer.prepared();
    const auto lines = composer.compose(columnEm * em);
    bool found = line.isEmpty();
    for (const ComposedLine &l : lines) {
        if (!l.isLast)
            QVERIFY(std::abs(l.right() - columnEm * em) < 0.01);
        int index = p.clusterAtOffset(l.start);
        const QList<double> advances = clusterAdvancesEm(l, em);
        QList<double> gaps;
        for (int k = 0; k < advances.size(); ++k, ++index) {
            const Cluster &c = p.clusters[size_t(index)];
            if (c.gapAfter <= 0 || k + 1 == advances.size())
                continue;
            const double gap = advances[k] - c.advance / em;
            QVERIFY2(gap >= 0.125 - 1e-9 && gap <= 0.5 + 1e-9,
                     qPrintable(QStringLiteral("%1: gap %2 em after %3")
                                    .arg(l.text())
                                    .arg(gap)
                                    .arg(p.text.mid(c.start, c.end - c.start))));
            gaps.append(gap);
        }
        if (l.text() == line) {
            found = true;
            QCOMPARE(gaps.size(), gapCount);
            for (double g : std::as_const(gaps))
                QVERIFY(std::abs(g - gapEm) < 1e-9);
        }
    }
    QVERIFY2(found, qPrintable(line));
}

void tst_Justifier::openingQuoteNotCompressedIntoIndent_data()
{
    // An opening mark at a line start is trimmed by rule 9 alone. Compressing it for
    // justification moved the seed's “娘家人” 0.33 em into the 2 em indent (10 字) and, with
    // no indent, ½ em past the column edge (12 字).
    QTest::addColumn<QString>("paragraph");
    QTest::addColumn<double>("size");
    QTest::addColumn<double>("indentEm");
    QTest::addColumn<int>("startTrim");
    QTest::addColumn<int>("columnEm");
    QTest::addColumn<int>("lineIndex");
    QTest::addColumn<QString>("line");
    QTest::addColumn<QList<double>>("advances"); // em

    QFile file(QStringLiteral(FOLIO_TEST_DATA_DIR "/seed-page.txt"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QString gift;
    for (const QString &p : QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'))) {
        if (p.startsWith(QStringLiteral("“娘家人”送来")))
            gift = p;
    }
    QVERIFY(!gift.isEmpty());
    const int exceptFirst = int(LineStartTrim::ExceptFirstLine);
    QTest::newRow("seed 10 字 indent 2")
        << gift << 9.0 << 2.0 << exceptFirst << 10 << 0 << QStringLiteral("“娘家人”送来“新")
        << QList<double>{1, 1, 1, 1, 0.5, 1, 1, 0.5, 1};
    // 14 em need 12.5 once the first “ keeps its em: 礼包” goes down instead of a lone 包”,
    // and the line expands by equal amounts.
    QTest::newRow("seed 12 字 no indent")
        << gift << 9.0 << 0.0 << exceptFirst << 12 << 0 << QStringLiteral("“娘家人”送来“新春大")
        << QList<double>{1.1, 1.1, 1.1, 1.1, 1.1, 1.1, 1.1, 1.1, 1.1, 1.1, 1};
    QTest::newRow("first line") << QStringLiteral("“国国”国“国国国国") << 10.0 << 0.0 << exceptFirst
                                << 6 << 0 << QStringLiteral("“国国”国“国")
                                << QList<double>{1, 1, 1, 0.5, 1, 0.5, 1};
    QTest::newRow("later line, start trim never")
        << QStringLiteral("国国国国国国“国国”国“国国国国") << 10.0 << 0.0
        << int(LineStartTrim::Never) << 6 << 1 << QStringLiteral("“国国”国“国")
        << QList<double>{1, 1, 1, 0.5, 1, 0.5, 1};
}

void tst_Justifier::openingQuoteNotCompressedIntoIndent()
{
    QFETCH(QString, paragraph);
    QFETCH(double, size);
    QFETCH(double, indentEm);
    QFETCH(int, startTrim);
    QFETCH(int, columnEm);
    QFETCH(int, lineIndex);
    QFETCH(QString, line);
    QFETCH(QList<double>, advances);
    TextStyle style = style10();
    style.size = size;
    ParagraphOptions options;
    options.firstLineIndent = indentEm;
    options.lineStartTrim = LineStartTrim(startTrim);
    ParagraphComposer composer;
    composer.setParagraph(paragraph, style, options);
    const auto lines = composer.compose(columnEm * size);
    QVERIFY(lines.size() > lineIndex + 1);
    const ComposedLine &l = lines[lineIndex];
    QCOMPARE(l.text(), line);
    QCOMPARE(l.x, lineIndex == 0 ? indentEm * size : 0.0);
    QVERIFY(std::abs(l.right() - columnEm * size) < 1e-6);
    const QList<double> got = clusterAdvancesEm(l, size);
    QCOMPARE(got.size(), advances.size());
    for (int i = 0; i < got.size(); ++i)
        QVERIFY2(std::abs(got[i] - advances[i]) < 1e-9,
                 qPrintable(QStringLiteral("cluster %1: %2 em").arg(i).arg(got[i])));
    // The mark's glyph stays where its full em starts: on the indent or the column edge.
    QCOMPARE(clusterOffsets(l).first(), 0.0);
}

void tst_Justifier::indent_data()
{
    QTest::addColumn<double>("indentEm");
    QTest::addColumn<double>("x");
    QTest::newRow("default 2 em") << 2.0 << 20.0;
    QTest::newRow("none") << 0.0 << 0.0;
    QTest::newRow("1.5 em") << 1.5 << 15.0;
}

void tst_Justifier::indent()
{
    // Rule 13: first line indented exactly; the rest flush left; every non-final line flush.
    QFETCH(double, indentEm);
    QFETCH(double, x);
    ParagraphOptions options = plainOptions();
    options.firstLineIndent = indentEm;
    const auto lines =
        composeEm(QStringLiteral("国国国国国国国国国国国国国国国国国国"), 6, options);
    QVERIFY(lines.size() >= 3);
    QCOMPARE(lines[0].x, x);
    QCOMPARE(lines[0].x + lines[0].width, 60.0);
    QCOMPARE(lines[1].x, 0.0);
    QCOMPARE(lines[1].width, 60.0);
}

void tst_Justifier::lastLineNotStretched()
{
    // Rule 16: the last line keeps natural widths, flush left.
    const auto lines = composeEm(QStringLiteral("国国国国国国国"), 4);
    QCOMPARE(lines.size(), 2);
    QVERIFY(lines[1].isLast);
    QCOMPARE(lines[1].x, 0.0);
    QCOMPARE(lines[1].width, 30.0);
    QCOMPARE(clusterAdvancesEm(lines[1]), (QList<double>{1, 1, 1}));
}

void tst_Justifier::alignments_data()
{
    QTest::addColumn<int>("alignment");
    QTest::addColumn<double>("x");
    QTest::addColumn<QList<double>>("advances");
    QTest::newRow("left") << int(Alignment::Left) << 0.0 << QList<double>{1, 1, 1};
    QTest::newRow("center") << int(Alignment::Center) << 35.0 << QList<double>{1, 1, 1};
    QTest::newRow("right") << int(Alignment::Right) << 70.0 << QList<double>{1, 1, 1};
    QTest::newRow("justify (last line)")
        << int(Alignment::Justify) << 0.0 << QList<double>{1, 1, 1};
    // 撑满: even a single line fills the measure, equal amounts between characters.
    QTest::newRow("distributed") << int(Alignment::Distributed) << 0.0
                                 << QList<double>{4.5, 4.5, 1};
}

void tst_Justifier::alignments()
{
    QFETCH(int, alignment);
    QFETCH(double, x);
    QFETCH(QList<double>, advances);
    ParagraphOptions options = plainOptions();
    options.alignment = Alignment(alignment);
    options.firstLineIndent = 2; // ignored by centred, right and distributed lines
    const auto lines = composeEm(QStringLiteral("国国国"), 10, options);
    QCOMPARE(lines.size(), 1);
    const double expectedX =
        options.alignment == Alignment::Left || options.alignment == Alignment::Justify ? 20.0 : x;
    QCOMPARE(lines[0].x, expectedX);
    QCOMPARE(clusterAdvancesEm(lines[0]), advances);
}

void tst_Justifier::letterSpacing()
{
    ParagraphOptions options = plainOptions();
    options.alignment = Alignment::Center;
    options.letterSpacing = 0.5;
    const auto lines = composeEm(QStringLiteral("国国国"), 10, options);
    QCOMPARE(clusterAdvancesEm(lines[0]), (QList<double>{1.5, 1.5, 1}));
    QCOMPARE(lines[0].x, 30.0);
}

void tst_Justifier::hangingPunctuation()
{
    // Rule 17: off by default (the mark is pushed); when on, one mark hangs past the edge.
    const QString text = QStringLiteral("国国国国。国国国国国");
    QCOMPARE(joined(composeEm(text, 4)), QStringLiteral("国国国|国。国国|国国国"));
    ParagraphOptions options = plainOptions();
    options.hangingPunctuation = true;
    const auto lines = composeEm(text, 4, options);
    QCOMPARE(joined(lines), QStringLiteral("国国国国。|国国国国|国"));
    QVERIFY(lines[0].hangs);
    QCOMPARE(clusterAdvancesEm(lines[0]), (QList<double>{1, 1, 1, 1, 1}));
    QCOMPARE(lines[0].right(), 50.0);
    // Never when marks are adjacent.
    QCOMPARE(joined(composeEm(QStringLiteral("国国国国。”国国国国"), 4, options)),
             QStringLiteral("国国国|国。”国|国国国"));
}

QTEST_GUILESS_MAIN(tst_Justifier)
#include "tst_justifier.moc"
