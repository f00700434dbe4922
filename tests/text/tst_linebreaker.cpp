#include "text/charclass.h"
#include "texttesthelpers.h"

#include <QtTest>
#include <unicode/uchar.h>

using namespace folio;
using namespace folio::text;
using namespace folio::text::testing;

// CJK-RULES rules 1-5 and 18: where lines break.
class tst_LineBreaker : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void breaks_data();
    void breaks();
    void squeezeKeepsMarkWithCompressedWidths();
    void dashAndEllipsisNeverSplit_data();
    void dashAndEllipsisNeverSplit();
    void opportunities_data();
    void opportunities();
    void ideographFastPathMatchesIcu();
};

void tst_LineBreaker::breaks_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<double>("widthEm");
    QTest::addColumn<int>("kinsoku");
    QTest::addColumn<bool>("avoidLoneChar");
    QTest::addColumn<QString>("lines");
    const int none = int(Kinsoku::None);
    const int basic = int(Kinsoku::Basic);
    const int strict = int(Kinsoku::Strict);
    // Rule 1: no line starts with a closing or in-sentence mark; pushed (rule 4) when the
    // squeeze cannot fit it.
    QTest::newRow("rule1 comma push")
        << "国国国国，国国国国" << 4.0 << basic << false << "国国国|国，国国|国国";
    QTest::newRow("rule1 closing quote")
        << "国国国国”国国" << 4.0 << basic << false << "国国国|国”国国";
    QTest::newRow("rule1 closing bracket")
        << "国国国国）国国" << 4.0 << basic << false << "国国国|国）国国";
    QTest::newRow("rule1 full stop")
        << "国国国国。国国" << 4.0 << basic << false << "国国国|国。国国";
    QTest::newRow("rule1 colon") << "国国国国：国国" << 4.0 << basic << false << "国国国|国：国国";
    QTest::newRow("rule1 middle dot")
        << "国国国国·国国" << 4.0 << basic << false << "国国国|国·国国";
    QTest::newRow("rule1 connector")
        << "国国国国～国国" << 4.0 << basic << false << "国国国|国～国国";
    // Rule 2: no line ends with an opening mark.
    QTest::newRow("rule2 bracket")
        << "国国国（国国国" << 4.0 << basic << false << "国国国|（国国国";
    QTest::newRow("rule2 quote") << "国国国“国国国" << 4.0 << basic << false << "国国国|“国国国";
    QTest::newRow("rule2 book title")
        << "国国国《国国国" << 4.0 << basic << false << "国国国|《国国国";
    // Quotes break on their outer side between Chinese characters (ICU 72 would not).
    QTest::newRow("quote outside")
        << "国国“国国”国国" << 4.0 << basic << false << "国国“国|国”国国";
    // Rule 4: squeeze before push: two commas at half width let the second stay.
    QTest::newRow("rule4 squeeze")
        << "国，国国，国国国" << 4.0 << basic << false << "国，国国，|国国国";
    // Rule 3: —— and …… as units; strict keeps them off line starts.
    QTest::newRow("rule3 dash basic") << "国国国——国国" << 4.0 << basic << false << "国国国|——国国";
    QTest::newRow("rule3 dash strict")
        << "国国国——国国" << 4.0 << strict << false << "国国|国——国|国";
    QTest::newRow("rule3 ellipsis basic")
        << "国国国……国国" << 4.0 << basic << false << "国国国|……国国";
    QTest::newRow("rule3 ellipsis strict")
        << "国国国……国国" << 4.0 << strict << false << "国国|国……国|国";
    // Kinsoku none: a grid, marks may start lines.
    QTest::newRow("none") << "国国国国，国国" << 4.0 << none << false << "国国国国|，国国";
    // Latin words and numbers are not split.
    QTest::newRow("latin word") << "我们用HarfBuzz排版" << 5.0 << basic << false
                                << "我们用|HarfBuzz|排版";
    QTest::newRow("number") << "国国国2024年国" << 5.0 << basic << false << "国国国|2024年国";
    QTest::newRow("space") << "国 ABC DEF 国" << 4.0 << basic << false << "国 ABC |DEF 国";
    // Rule 18: no lone character on the paragraph's last line.
    QTest::newRow("rule18 off") << "国国国国国国国国国。" << 4.0 << basic << false
                                << "国国国国|国国国国|国。";
    QTest::newRow("rule18 push") << "国国国国国国国国国。" << 4.0 << basic << true
                                 << "国国国国|国国国|国国。";
    QTest::newRow("rule18 squeeze")
        << "国国国国国，国，国" << 4.0 << basic << true << "国国国国|国，国，国";
    QTest::newRow("rule18 push past mark")
        << "国国国国国，国，国。" << 4.0 << basic << true << "国国国国|国，|国，国。";
    QTest::newRow("rule18 two chars ok")
        << "国国国国国国" << 4.0 << basic << true << "国国国国|国国";
}

void tst_LineBreaker::breaks()
{
    QFETCH(QString, text);
    QFETCH(double, widthEm);
    QFETCH(int, kinsoku);
    QFETCH(bool, avoidLoneChar);
    QFETCH(QString, lines);
    ParagraphOptions options = plainOptions();
    options.kinsoku = Kinsoku(kinsoku);
    options.avoidLoneLastChar = avoidLoneChar;
    const auto composed = composeEm(text, widthEm, options);
    QCOMPARE(joined(composed), lines);
    for (const auto &line : composed)
        QVERIFY(!line.overfull);
}

void tst_LineBreaker::squeezeKeepsMarkWithCompressedWidths()
{
    const auto lines = composeEm(QStringLiteral("国，国国，国国国"), 4.0);
    QVERIFY(lines.first().squeezed);
    // Rule 15 order: the line-end mark first, then ，: both at ½ em, the line exactly 4 em.
    QCOMPARE(clusterAdvancesEm(lines.first()), (QList<double>{1, 0.5, 1, 1, 0.5}));
    QCOMPARE(lines.first().width, 40.0);
}

void tst_LineBreaker::dashAndEllipsisNeverSplit_data()
{
    QTest::addColumn<QString>("family");
    QTest::newRow("serif") << "Noto Serif CJK SC";
    QTest::newRow("kai") << "LXGW WenKai";
    QTest::newRow("dejavu") << "DejaVu Serif";
}

void tst_LineBreaker::dashAndEllipsisNeverSplit()
{
    QFETCH(QString, family);
    const QString text = QStringLiteral("他说——我们来了……国国国——国……国");
    for (int kinsoku = 0; kinsoku < 3; ++kinsoku) {
        for (double em = 2; em <= 9; em += 0.5) {
            ParagraphOptions options = plainOptions();
            options.kinsoku = Kinsoku(kinsoku);
            const auto lines = composeEm(text, em, options, style10(family));
            QString all;
            for (const auto &line : lines) {
                const QString t = line.text();
                QVERIFY2(!t.startsWith(QStringLiteral("—")) || t.startsWith(QStringLiteral("——")),
                         qPrintable(joined(lines)));
                QVERIFY2(!t.startsWith(QStringLiteral("…")) || t.startsWith(QStringLiteral("……")),
                         qPrintable(joined(lines)));
                if (kinsoku == int(Kinsoku::Strict) && em >= 4) // narrower: forced
                    QVERIFY2(!t.startsWith(QStringLiteral("—")) &&
                                 !t.startsWith(QStringLiteral("…")),
                             qPrintable(joined(lines)));
                all += t;
            }
            QCOMPARE(all, text);
        }
    }
}

void tst_LineBreaker::opportunities_data()
{
    // Rule 5: ICU (zh) plus our tables: '^' marks where a line may end.
    QTest::addColumn<QString>("marked");
    QTest::newRow("han") << "国^家^好";
    QTest::newRow("closing") << "国^家。^好";
    QTest::newRow("opening") << "国^（家）^好";
    QTest::newRow("pairs") << "国^家）。^“好";
    QTest::newRow("latin") << "国^ABC ^DE^国";
    QTest::newRow("digits") << "共^100^余^家";
    QTest::newRow("byline") << "本^报^讯^（记^者 ^周^美^玉）^打";
}

void tst_LineBreaker::opportunities()
{
    QFETCH(QString, marked);
    QString text = marked;
    text.remove(QLatin1Char('^'));
    ParagraphComposer composer;
    composer.setParagraph(text, style10(), plainOptions());
    QString got;
    for (const Cluster &c : composer.prepared()->clusters) {
        got += text.mid(c.start, c.end - c.start);
        if (c.breakAfter && c.end < text.size())
            got += QLatin1Char('^');
    }
    QCOMPARE(got, marked);
}

// The character classes answer the common ideograph blocks without ICU; the answers must be
// ICU's, for every code point of those blocks.
void tst_LineBreaker::ideographFastPathMatchesIcu()
{
    for (char32_t c : {char32_t(0x3400), char32_t(0x4E00)}) {
        const char32_t last = c == 0x3400 ? 0x4DBF : 0x9FFF;
        for (; c <= last; ++c) {
            const int width = u_getIntPropertyValue(UChar32(c), UCHAR_EAST_ASIAN_WIDTH);
            const int8_t type = u_charType(UChar32(c));
            QVERIFY2(u_hasBinaryProperty(UChar32(c), UCHAR_IDEOGRAPHIC) == charclass::isHanLike(c),
                     qPrintable(QString::number(uint(c), 16)));
            QCOMPARE(charclass::isWide(c), width == U_EA_WIDE || width == U_EA_FULLWIDTH);
            QCOMPARE(charclass::isMark(c), type == U_NON_SPACING_MARK || type == U_ENCLOSING_MARK ||
                                               type == U_COMBINING_SPACING_MARK);
            QCOMPARE(charclass::isControl(c), type == U_CONTROL_CHAR);
        }
    }
}

QTEST_GUILESS_MAIN(tst_LineBreaker)
#include "tst_linebreaker.moc"
