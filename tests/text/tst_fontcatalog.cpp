#include "text/fontcatalog.h"
#include "text/itemizer.h"
#include "texttesthelpers.h"

#include <QtTest>

using namespace folio;
using namespace folio::text;

class tst_FontCatalog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void findsFaces_data();
    void findsFaces();
    void missingFamilyIsDiagnostic();
    void perCharacterFallback();
    void missingGlyphIsDiagnostic();
    void itemizesLatinInsideChinese();
    void facesAreCached();
    void glyphCoverageIsRemembered();
    void missingCharacterIsSearchedOnce_data();
    void missingCharacterIsSearchedOnce();
    void extensionBResolvesToAFont_data();
    void extensionBResolvesToAFont();
};

void tst_FontCatalog::findsFaces_data()
{
    QTest::addColumn<QString>("family");
    QTest::addColumn<QString>("style");
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<int>("faceIndex");
    QTest::addColumn<QString>("postscript");
    QTest::addColumn<int>("weight");
    QTest::newRow("serif") << "Noto Serif CJK SC"
                           << "Regular"
                           << "NotoSerifCJK-Regular.ttc" << 2 << "NotoSerifCJKsc-Regular" << 400;
    QTest::newRow("serif bold") << "Noto Serif CJK SC"
                                << "Bold"
                                << "NotoSerifCJK-Bold.ttc" << 2 << "NotoSerifCJKsc-Bold" << 700;
    QTest::newRow("sans") << "Noto Sans CJK SC"
                          << "Regular"
                          << "NotoSansCJK-Regular.ttc" << 2 << "NotoSansCJKsc-Regular" << 400;
    QTest::newRow("sans bold") << "Noto Sans CJK SC"
                               << "Bold"
                               << "NotoSansCJK-Bold.ttc" << 2 << "NotoSansCJKsc-Bold" << 700;
    QTest::newRow("sans black") << "Noto Sans CJK SC"
                                << "Black"
                                << "NotoSansCJK-Black.ttc" << 2 << "NotoSansCJKsc-Black" << 900;
    QTest::newRow("serif black") << "Noto Serif CJK SC"
                                 << "Black"
                                 << "NotoSerifCJK-Black.ttc" << 2 << "NotoSerifCJKsc-Black" << 900;
    QTest::newRow("kai") << "LXGW WenKai"
                         << "Regular"
                         << "LXGWWenKai-Regular.ttf" << 0 << "LXGWWenKai-Regular" << 400;
    QTest::newRow("latin serif") << "DejaVu Serif"
                                 << "Book"
                                 << "DejaVuSerif.ttf" << 0 << "DejaVuSerif" << 400;
}

void tst_FontCatalog::findsFaces()
{
    QFETCH(QString, family);
    QFETCH(QString, style);
    QFETCH(QString, fileName);
    QFETCH(int, faceIndex);
    QFETCH(QString, postscript);
    QFETCH(int, weight);
    Diagnostics diagnostics;
    auto face = FontCatalog::instance()->face(family, style, &diagnostics);
    QVERIFY(face);
    QVERIFY2(diagnostics.isEmpty(), qPrintable(diagnostics.value(0).message));
    const FontRef &ref = *face->fontRef();
    QCOMPARE(ref.file.section(QLatin1Char('/'), -1), fileName);
    QCOMPARE(ref.faceIndex, faceIndex);
    QCOMPARE(ref.family, family);
    QCOMPARE(ref.postscriptName, postscript);
    QCOMPARE(ref.weight, weight);
    QVERIFY(face->hasGlyph(U'A'));
    QCOMPARE(face->hasGlyph(U'国'), !family.startsWith(QStringLiteral("DejaVu")));
}

void tst_FontCatalog::missingFamilyIsDiagnostic()
{
    Diagnostics diagnostics;
    auto face = FontCatalog::instance()->face(QStringLiteral("No Such Font 123"),
                                              QStringLiteral("Regular"), &diagnostics);
    QVERIFY(face); // a substitute, never nothing
    QCOMPARE(diagnostics.size(), 1);
    QCOMPARE(diagnostics.first().code, QStringLiteral("font-substituted"));
    // A composer with that font still composes, and says so.
    ParagraphComposer composer;
    composer.setParagraph(QStringLiteral("国国"),
                          testing::style10(QStringLiteral("No Such Font 123")),
                          testing::plainOptions());
    QCOMPARE(composer.diagnostics().first().code, QStringLiteral("font-substituted"));
    QCOMPARE(composer.compose(100).first().text(), QStringLiteral("国国"));
}

void tst_FontCatalog::perCharacterFallback()
{
    // DejaVu Serif has no Han glyphs: they fall back to Noto Serif CJK SC, per character.
    ParagraphComposer composer;
    composer.setParagraph(QStringLiteral("A国B"), testing::style10(QStringLiteral("DejaVu Serif")),
                          testing::plainOptions());
    QVERIFY(composer.diagnostics().isEmpty());
    const auto line = composer.compose(200).first();
    QCOMPARE(line.runs.size(), 3);
    QCOMPARE(line.runs[0].font->family, QStringLiteral("DejaVu Serif"));
    QCOMPARE(line.runs[1].font->family, QStringLiteral("Noto Serif CJK SC"));
    QCOMPARE(line.runs[1].font->faceIndex, 2);
    QCOMPARE(line.runs[2].font->family, QStringLiteral("DejaVu Serif"));
    for (const auto &run : line.runs)
        QVERIFY(!run.glyphs.contains(0u));
}

void tst_FontCatalog::missingGlyphIsDiagnostic()
{
    ParagraphComposer composer;
    const QString text =
        QStringLiteral("国") + QString::fromUcs4(U"\U0010FFFD", 1) + QStringLiteral("国");
    composer.setParagraph(text, testing::style10(), testing::plainOptions());
    bool found = false;
    for (const auto &d : composer.diagnostics())
        found = found || (d.code == QStringLiteral("missing-glyph") &&
                          d.message.contains(QStringLiteral("U+10FFFD")));
    QVERIFY(found);
    QCOMPARE(composer.compose(100).first().text(), text);
}

void tst_FontCatalog::missingCharacterIsSearchedOnce_data()
{
    QTest::addColumn<uint>("first");
    QTest::addColumn<uint>("second");
    // Code points in extensions the installed fonts do not cover (D, F, G) and one of the
    // last plane's private use: no font has them.
    QTest::newRow("ext D, ext F") << uint(0x2B740) << uint(0x2CEB0);
    QTest::newRow("ext G, private use") << uint(0x30000) << uint(0x10FFFD);
}

// A character no font has is answered from the catalog's memory the second time, and another
// such character asks fontconfig nothing more: the font system is searched once per
// coverage, not once per character.
void tst_FontCatalog::missingCharacterIsSearchedOnce()
{
    QFETCH(uint, first);
    QFETCH(uint, second);
    FontCatalog catalog;
    QCOMPARE(catalog.fontSearches(), 0);
    QVERIFY(!catalog.fallbackFor(char32_t(first)));
    const int searches = catalog.fontSearches();
    QVERIFY(searches <= 1); // listing the installed fonts once
    QCOMPARE(catalog.cachedFallbacks(), 1);
    QVERIFY(!catalog.fallbackFor(char32_t(first)));
    QCOMPARE(catalog.fontSearches(), searches);
    QCOMPARE(catalog.cachedFallbacks(), 1);
    QVERIFY(!catalog.fallbackFor(char32_t(second)));
    QCOMPARE(catalog.fontSearches(), searches);
    QCOMPARE(catalog.cachedFallbacks(), 2);
}

void tst_FontCatalog::extensionBResolvesToAFont_data()
{
    QTest::addColumn<QStringList>("fallbackFamilies");
    QTest::addColumn<uint>("character");
    QTest::addColumn<uint>("neighbour");
    // 𠮷 (U+20BB7), 𠀋 (U+2000B) and 𠂉 (U+20089), Extension B ideographs that Noto CJK has.
    QTest::newRow("from the fallback families")
        << QStringList{QStringLiteral("Noto Serif CJK SC")} << uint(0x20BB7) << uint(0x20089);
    // With only a Latin fallback family, from any installed font that has it.
    QTest::newRow("from the installed fonts")
        << QStringList{QStringLiteral("DejaVu Serif")} << uint(0x2000B) << uint(0x20089);
}

void tst_FontCatalog::extensionBResolvesToAFont()
{
    QFETCH(QStringList, fallbackFamilies);
    QFETCH(uint, character);
    QFETCH(uint, neighbour);
    FontCatalog catalog;
    catalog.setFallbackFamilies(fallbackFamilies);
    const auto face = catalog.fallbackFor(char32_t(character));
    QVERIFY(face);
    QVERIFY(face->hasGlyph(char32_t(character)));
    QVERIFY2(face->family().contains(QStringLiteral("CJK")) ||
                 face->family().contains(QStringLiteral("WenKai")),
             qPrintable(face->family()));
    const int searches = catalog.fontSearches();
    // Asked again, and for a neighbour the same fonts cover: no new search.
    QCOMPARE(catalog.fallbackFor(char32_t(character)), face);
    const auto other = catalog.fallbackFor(char32_t(neighbour));
    QVERIFY(other);
    QVERIFY(other->hasGlyph(char32_t(neighbour)));
    QCOMPARE(catalog.fontSearches(), searches);
}

void tst_FontCatalog::itemizesLatinInsideChinese()
{
    Itemizer itemizer(FontCatalog::instance());
    const QString text = QStringLiteral("电视端“2025BR TV跨年之夜”");
    TextStyle style = testing::style10();
    style.latinFamily = QStringLiteral("DejaVu Serif");
    const auto items = itemizer.itemize(text, {{0, int(text.size()), style}});
    QCOMPARE(items.size(), 3);
    QCOMPARE(text.mid(items[0].start, items[0].end - items[0].start), QStringLiteral("电视端“"));
    QVERIFY(items[0].isChinese);
    QCOMPARE(items[0].language, QStringLiteral("zh-Hans"));
    QCOMPARE(text.mid(items[1].start, items[1].end - items[1].start), QStringLiteral("2025BR TV"));
    QVERIFY(!items[1].isChinese);
    QCOMPARE(items[1].face->family(), QStringLiteral("DejaVu Serif"));
    QCOMPARE(items[2].face->family(), QStringLiteral("Noto Serif CJK SC"));
}

void tst_FontCatalog::facesAreCached()
{
    auto a = FontCatalog::instance()->face(QStringLiteral("Noto Serif CJK SC"),
                                           QStringLiteral("Regular"));
    auto b = FontCatalog::instance()->face(QStringLiteral("Noto Serif CJK SC"),
                                           QStringLiteral("Regular"));
    QCOMPARE(a.get(), b.get());
    QCOMPARE(a->unitsPerEm(), 1000);
    QCOMPARE(a->emBoxAscent(), 0.88);
    QCOMPARE(a->emBoxDescent(), 0.12);
}

// hasGlyph() remembers the cmap's answers: asked twice, in any order, it gives the cmap's.
void tst_FontCatalog::glyphCoverageIsRemembered()
{
    for (const QString &family :
         {QStringLiteral("Noto Serif CJK SC"), QStringLiteral("LXGW WenKai")}) {
        auto face = FontCatalog::instance()->face(family, QStringLiteral("Regular"));
        QVERIFY(face);
        for (int round = 0; round < 2; ++round) {
            for (char32_t c :
                 {char32_t(0x4E2D), char32_t(0x3002), char32_t('A'), char32_t(0xE000),
                  char32_t(0x0378), char32_t(0xFFFF), char32_t(0x20000), char32_t(0x2F08)})
                QCOMPARE(face->hasGlyph(c), face->glyphFor(c) != 0);
        }
        QVERIFY(face->hasGlyph(0x4E2D));
        QVERIFY(!face->hasGlyph(0x0378)); // unassigned
    }
}

QTEST_GUILESS_MAIN(tst_FontCatalog)
#include "tst_fontcatalog.moc"
