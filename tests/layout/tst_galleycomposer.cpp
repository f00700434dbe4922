#include "layout/galleycomposer.h"
#include "layout/layoutdump.h"

#include <QFile>
#include <QtTest>

using namespace folio;

// The plain-text galley that folio-cli calls, and its text dump as a golden file.
class tst_GalleyComposer : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void seedGalleyMatchesGolden();
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
