#include "text/fontcatalog.h"
#include "texttesthelpers.h"

#include <QtTest>

using namespace folio;
using namespace folio::text;
using namespace folio::text::testing;

Q_DECLARE_METATYPE(folio::text::QuoteWidth)

// CJK-RULES rule 19: curly quotes in Chinese text are full width (1 em, ink on their own half,
// so that rule 7 trims them) in every face; quotes in Latin text stay proportional.
// Regression: in LXGW WenKai (引题, bylines, captions) “孵化器” came out with WenKai's 0.35 em
// Latin quotes, because WenKai has no full-width quote glyph and no `fwid` or `locl` for them.
class tst_Quotes : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void quoteForms_data();
    void quoteForms();
    void wenKaiQuotesAreFullWidth_data();
    void wenKaiQuotesAreFullWidth();
    void wenKaiLineEndSqueeze_data();
    void wenKaiLineEndSqueeze();
};

void tst_Quotes::quoteForms_data()
{
    QTest::addColumn<QString>("family");
    QTest::addColumn<QuoteWidth>("fullWidth");
    QTest::addColumn<QuoteWidth>("proportional");
    // Noto CJK SC's quotes are full width by default and proportional only with `pwid`;
    // WenKai and DejaVu have proportional quotes only.
    QTest::newRow("Noto Serif CJK SC")
        << "Noto Serif CJK SC" << QuoteWidth::Default << QuoteWidth::ByFeature;
    QTest::newRow("Noto Sans CJK SC")
        << "Noto Sans CJK SC" << QuoteWidth::Default << QuoteWidth::ByFeature;
    QTest::newRow("LXGW WenKai") << "LXGW WenKai" << QuoteWidth::Unavailable << QuoteWidth::Default;
    QTest::newRow("DejaVu Serif") << "DejaVu Serif" << QuoteWidth::Unavailable
                                  << QuoteWidth::Default;
}

void tst_Quotes::quoteForms()
{
    QFETCH(QString, family);
    QFETCH(QuoteWidth, fullWidth);
    QFETCH(QuoteWidth, proportional);
    auto face = FontCatalog::instance()->face(family, QStringLiteral("Regular"));
    QVERIFY(face);
    for (char32_t c : {U'‘', U'’', U'“', U'”'}) {
        QCOMPARE(face->quoteForms(c).fullWidth, fullWidth);
        QCOMPARE(face->quoteForms(c).proportional, proportional);
    }
    QCOMPARE(face->quoteForms(U'国').fullWidth, QuoteWidth::Unavailable);
}

void tst_Quotes::wenKaiQuotesAreFullWidth_data()
{
    QTest::addColumn<QString>("family");
    QTest::addColumn<QString>("style");
    QTest::addColumn<QStringList>("features");
    QTest::addColumn<QString>("text");
    // Per curly quote, in order: advance and x offset in em, and the face that sets it.
    QTest::addColumn<QList<double>>("advances");
    QTest::addColumn<QList<double>>("offsets");
    QTest::addColumn<QStringList>("fonts");

    const QString kai = QStringLiteral("LXGW WenKai");
    const QString serif = QStringLiteral("Noto Serif CJK SC");
    const QString sans = QStringLiteral("Noto Sans CJK SC");
    const QString regular = QStringLiteral("Regular");
    const QStringList kaiFont{QStringLiteral("LXGWWenKai-Regular")};
    const QStringList serifFont{QStringLiteral("NotoSerifCJKsc-Regular")};
    const QList<double> full{1, 1};
    const QList<double> none{0, 0};

    // The sample page's 引题. An opening quote starting a paragraph's first line keeps its
    // full em (rule 9's default).
    QTest::newRow("引题 WenKai") << kai << regular << QStringList() << "“孵化器”" << full << none
                                 << serifFont + serifFont;
    QTest::newRow("引题 Noto Serif")
        << serif << regular << QStringList() << "“孵化器”" << full << none << serifFont + serifFont;
    QTest::newRow("sample 引题 WenKai")
        << kai << regular << QStringList() << "创新工作室成为职工成长“孵化器”" << full << none
        << serifFont + serifFont;
    QTest::newRow("in text WenKai") << kai << regular << QStringList() << "引题“孵化器”成长记"
                                    << full << none << serifFont + serifFont;
    // Rule 7: an opening quote after a closing mark, a closing quote before one, lose the empty
    // half; the opening one's ink moves left with it. WenKai's own ，。（） have no `halt` and
    // keep their em, but the quotes from Noto are trimmed.
    QTest::newRow("rule 7 WenKai")
        << kai << regular << QStringList() << "国，“孵化器”。" << QList<double>{0.5, 0.5}
        << QList<double>{-0.5, 0} << serifFont + serifFont;
    QTest::newRow("rule 7 Noto Serif")
        << serif << regular << QStringList() << "国，“孵化器”。" << QList<double>{0.5, 0.5}
        << QList<double>{-0.5, 0} << serifFont + serifFont;
    QTest::newRow("rule 7 in brackets WenKai")
        << kai << regular << QStringList() << "国（“孵化器”）国" << QList<double>{0.5, 0.5}
        << QList<double>{-0.5, 0} << serifFont + serifFont;
    QTest::newRow("single quotes WenKai") << kai << regular << QStringList() << "他说‘好’，"
                                          << QList<double>{1, 0.5} << none << serifFont + serifFont;
    // The fallback face comes nearest to the style's weight.
    QTest::newRow("WenKai Light") << kai << "Light" << QStringList() << "引题“孵化器”" << full
                                  << none
                                  << QStringList{"NotoSerifCJKsc-Light", "NotoSerifCJKsc-Light"};
    QTest::newRow("WenKai Bold") << kai << "Bold" << QStringList() << "引题“孵化器”" << full << none
                                 << QStringList{"NotoSerifCJKsc-Bold", "NotoSerifCJKsc-Bold"};
    QTest::newRow("Noto Sans Bold")
        << sans << "Bold" << QStringList() << "引题“孵化器”" << full << none
        << QStringList{"NotoSansCJKsc-Bold", "NotoSansCJKsc-Bold"};
    // Quotes inside an English phrase stay proportional: WenKai's own, Noto's with `pwid`.
    QTest::newRow("English phrase WenKai")
        << kai << regular << QStringList() << "用 the “Folio” app 排版" << QList<double>{0.35, 0.35}
        << none << kaiFont + kaiFont;
    QTest::newRow("English phrase Noto Serif")
        << serif << regular << QStringList() << "用 the “Folio” app 排版"
        << QList<double>{0.462, 0.462} << none << serifFont + serifFont;
    QTest::newRow("English paragraph Noto Serif")
        << serif << regular << QStringList() << "“Hello,” she said." << QList<double>{0.462, 0.462}
        << none << serifFont + serifFont;
    // An apostrophe inside a Chinese quotation is Latin; the quotation's own pair is Chinese.
    QTest::newRow("apostrophe WenKai")
        << kai << regular << QStringList() << "他说‘it’s good’。" << QList<double>{1, 0.35, 0.5}
        << QList<double>{0, 0, 0} << serifFont + kaiFont + serifFont;
    QTest::newRow("apostrophe Noto Serif")
        << serif << regular << QStringList() << "他说‘it’s good’。" << QList<double>{1, 0.266, 0.5}
        << QList<double>{0, 0, 0} << serifFont + serifFont + serifFont;
    // The style may ask for proportional quotes (rule 19: "only where the style asks").
    QTest::newRow("style pwid WenKai") << kai << regular << QStringList{"pwid"} << "引题“孵化器”"
                                       << QList<double>{0.35, 0.35} << none << kaiFont + kaiFont;
    QTest::newRow("style pwid Noto Serif")
        << serif << regular << QStringList{"pwid"} << "引题“孵化器”" << QList<double>{0.462, 0.462}
        << none << serifFont + serifFont;
}

void tst_Quotes::wenKaiQuotesAreFullWidth()
{
    QFETCH(QString, family);
    QFETCH(QString, style);
    QFETCH(QStringList, features);
    QFETCH(QString, text);
    QFETCH(QList<double>, advances);
    QFETCH(QList<double>, offsets);
    QFETCH(QStringList, fonts);

    TextStyle s = style10(family);
    s.style = style;
    s.features = features;
    ParagraphOptions options = plainOptions();
    options.alignment = Alignment::Left; // natural widths
    ParagraphComposer composer;
    composer.setParagraph(text, s, options);
    // Taking quotes from another face is a design choice, not a missing glyph.
    QVERIFY2(composer.diagnostics().isEmpty(), qPrintable(composer.diagnostics().value(0).message));
    const auto lines = composer.compose(40 * s.size);
    QCOMPARE(lines.size(), 1);
    QCOMPARE(lines.first().text(), text);

    QList<double> gotAdvances;
    QList<double> gotOffsets;
    QStringList gotFonts;
    for (const GlyphRun &run : lines.first().runs) {
        for (const GlyphCluster &c : run.clusters) {
            if (c.text.size() != 1 || !charclass::isCurlyQuote(c.text.at(0).unicode()))
                continue;
            double a = 0;
            for (int g = c.firstGlyph; g < c.firstGlyph + c.glyphCount; ++g)
                a += run.advances[g];
            gotAdvances.append(std::round(a / s.size * 1000) / 1000);
            gotOffsets.append(std::round(run.offsets.value(c.firstGlyph).x() / s.size * 1000) /
                              1000);
            gotFonts.append(run.font->postscriptName);
        }
    }
    QCOMPARE(gotAdvances, advances);
    QCOMPARE(gotOffsets, offsets);
    QCOMPARE(gotFonts, fonts);
}

void tst_Quotes::wenKaiLineEndSqueeze_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("lines");
    // 8 em of text in 7.5 em. The closing quote may not start a line (rule 1): now that it is
    // Noto's full-width form it is trimmed at the line end and the line squeezes (rule 4).
    // WenKai's own 。 has no `halt`, so the line is pushed instead.
    QTest::newRow("quote squeezed") << "国国国“孵化器”"
                                    << "国国国“孵化器”";
    QTest::newRow("WenKai 。 pushed") << "国国国国国国国。"
                                      << "国国国国国国|国。";
}

void tst_Quotes::wenKaiLineEndSqueeze()
{
    QFETCH(QString, text);
    QFETCH(QString, lines);
    const auto composed =
        composeEm(text, 7.5, plainOptions(), style10(QStringLiteral("LXGW WenKai")));
    QCOMPARE(joined(composed), lines);
}

QTEST_GUILESS_MAIN(tst_Quotes)
#include "tst_quotes.moc"
