#include "texttesthelpers.h"

#include <QtTest>

using namespace folio;
using namespace folio::text;
using namespace folio::text::testing;

// CJK-RULES rules 6-10: punctuation width, adjacent pairs, line-end and line-start trimming,
// punctuation styles.
class tst_Punctuation : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void adjacentPairs_data();
    void adjacentPairs();
    void inkSides_data();
    void inkSides();
    void punctuationStyles_data();
    void punctuationStyles();
    void lineEndTrim();
    void lineStartTrim_data();
    void lineStartTrim();
};

void tst_Punctuation::adjacentPairs_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QList<double>>("advances"); // em per character
    // The expected advances of rule 7.
    QTest::newRow("国））国") << "国））国" << QList<double>{1, 0.5, 1, 1};
    QTest::newRow("国）（国") << "国）（国" << QList<double>{1, 1, 0.5, 1};
    QTest::newRow("国）））国") << "国）））国" << QList<double>{1, 0.5, 0.5, 1, 1};
    QTest::newRow("国（（（国") << "国（（（国" << QList<double>{1, 1, 0.5, 0.5, 1};
    QTest::newRow("国。（国") << "国。（国" << QList<double>{1, 1, 0.5, 1};
    QTest::newRow("国。）国") << "国。）国" << QList<double>{1, 0.5, 1, 1};
    QTest::newRow("国）。国") << "国）。国" << QList<double>{1, 0.5, 1, 1};
    // Closing before a middle dot (fullwidth katakana middle dot) and U+3000.
    QTest::newRow("国）・国") << "国）・国" << QList<double>{1, 0.5, 1, 1};
    QTest::newRow("国。　国") << "国。　国" << QList<double>{1, 0.5, 1, 1};
    QTest::newRow("quotes") << "国，“国”。" << QList<double>{1, 1, 0.5, 1, 0.5, 1};
    QTest::newRow("book title") << "国《国》、《国》" << QList<double>{1, 1, 1, 0.5, 1, 0.5, 1, 1};
    QTest::newRow("no pair") << "国，国。国" << QList<double>{1, 1, 1, 1, 1};
}

void tst_Punctuation::adjacentPairs()
{
    QFETCH(QString, text);
    QFETCH(QList<double>, advances);
    // A wide measure, left aligned: one line at natural widths.
    ParagraphOptions options = plainOptions();
    options.alignment = Alignment::Left;
    const auto lines = composeEm(text, 40, options);
    QCOMPARE(lines.size(), 1);
    QCOMPARE(clusterAdvancesEm(lines.first()), advances);
}

void tst_Punctuation::inkSides_data()
{
    QTest::addColumn<QString>("mark");
    QTest::addColumn<double>("haltOffset"); // pt at 10 pt: opening marks move left by ½ em
    QTest::newRow("（") << "（" << -5.0;
    QTest::newRow("“") << "“" << -5.0;
    QTest::newRow("《") << "《" << -5.0;
    QTest::newRow("）") << "）" << 0.0;
    QTest::newRow("。") << "。" << 0.0;
    QTest::newRow("，") << "，" << 0.0;
    QTest::newRow("、") << "、" << 0.0;
    QTest::newRow("：") << "：" << 0.0;
    QTest::newRow("；") << "；" << 0.0;
    QTest::newRow("！") << "！" << 0.0;
    QTest::newRow("？") << "？" << 0.0;
}

void tst_Punctuation::inkSides()
{
    // Rule 6: every fullwidth mark is 1 em; `halt` halves it and keeps the ink.
    QFETCH(QString, mark);
    QFETCH(double, haltOffset);
    ParagraphComposer composer;
    composer.setParagraph(mark, style10(), plainOptions());
    const auto &c = composer.prepared()->clusters.at(0);
    QCOMPARE(c.advance, 10.0);
    QCOMPARE(c.halfAdvance, 5.0);
    QCOMPARE(c.haltOffset, haltOffset);
}

void tst_Punctuation::punctuationStyles_data()
{
    QTest::addColumn<int>("style");
    QTest::addColumn<QList<double>>("advances");
    const QString text = QStringLiteral("国，国（国）、国。国？");
    Q_UNUSED(text);
    QTest::newRow("全角式") << int(PunctuationStyle::FullWidth)
                            << QList<double>{1, 1, 1, 1, 1, 0.5, 1, 1, 1, 1, 1};
    QTest::newRow("开明式") << int(PunctuationStyle::Kaiming)
                            << QList<double>{1, 0.5, 1, 0.5, 1, 0.5, 0.5, 1, 1, 1, 1};
    QTest::newRow("半角式") << int(PunctuationStyle::HalfWidth)
                            << QList<double>{1, 0.5, 1, 0.5, 1, 0.5, 0.5, 1, 0.5, 1, 0.5};
}

void tst_Punctuation::punctuationStyles()
{
    QFETCH(int, style);
    QFETCH(QList<double>, advances);
    ParagraphOptions options = plainOptions();
    options.alignment = Alignment::Left;
    options.punctuation = PunctuationStyle(style);
    const auto lines = composeEm(QStringLiteral("国，国（国）、国。国？"), 40, options);
    QCOMPARE(lines.size(), 1);
    QCOMPARE(clusterAdvancesEm(lines.first()), advances);
}

void tst_Punctuation::lineEndTrim()
{
    // Rule 8: a closing mark ending a line is trimmed always, or only when it must be to fit.
    ParagraphOptions options = plainOptions();
    options.alignment = Alignment::Left;
    QCOMPARE(clusterAdvancesEm(composeEm(QStringLiteral("国国。"), 10, options).first()),
             (QList<double>{1, 1, 1}));
    options.lineEndTrim = LineEndTrim::Always;
    QCOMPARE(clusterAdvancesEm(composeEm(QStringLiteral("国国。"), 10, options).first()),
             (QList<double>{1, 1, 0.5}));
    // To fit: 国国。 in 2.5 em keeps the 。 on the line at ½ em (squeeze, rule 4).
    options.lineEndTrim = LineEndTrim::ToFit;
    const auto lines = composeEm(QStringLiteral("国国。"), 2.5, options);
    QCOMPARE(lines.size(), 1);
    QCOMPARE(clusterAdvancesEm(lines.first()), (QList<double>{1, 1, 0.5}));
}

void tst_Punctuation::lineStartTrim_data()
{
    QTest::addColumn<int>("mode");
    QTest::addColumn<double>("firstLineOffset");
    QTest::addColumn<double>("secondLineOffset");
    QTest::newRow("never") << int(LineStartTrim::Never) << 0.0 << 0.0;
    QTest::newRow("except first line") << int(LineStartTrim::ExceptFirstLine) << 0.0 << -5.0;
    QTest::newRow("always") << int(LineStartTrim::Always) << -5.0 << -5.0;
}

void tst_Punctuation::lineStartTrim()
{
    // Rule 9: an opening bracket at a line start may lose its leading half.
    QFETCH(int, mode);
    QFETCH(double, firstLineOffset);
    QFETCH(double, secondLineOffset);
    ParagraphOptions options = plainOptions();
    options.lineStartTrim = LineStartTrim(mode);
    const auto lines = composeEm(QStringLiteral("（国国国（国国国国国"), 4, options);
    QVERIFY(lines.size() >= 2);
    QVERIFY(lines[1].text().startsWith(QStringLiteral("（")));
    QCOMPARE(clusterOffsets(lines[0]).first(), firstLineOffset);
    QCOMPARE(clusterOffsets(lines[1]).first(), secondLineOffset);
    // Trimmed or not, the line is flush: the freed half em goes between the characters.
    QCOMPARE(lines[1].x + lines[1].width, 40.0);
}

QTEST_GUILESS_MAIN(tst_Punctuation)
#include "tst_punctuation.moc"
