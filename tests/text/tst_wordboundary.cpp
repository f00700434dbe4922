#include "text/wordboundary.h"

#include <QtTest>

using folio::text::WordBoundary;

class TestWordBoundary : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void wordAt_data();
    void wordAt();
};

void TestWordBoundary::wordAt_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("position");
    QTest::addColumn<QString>("word");
    // ICU's dictionary finds Chinese words of more than one character; QTextBoundaryFinder
    // would give one character each.
    QTest::newRow("chinese word start")
        << QStringLiteral("新闻发布会今天举行") << 0 << QStringLiteral("新闻");
    QTest::newRow("chinese word inside")
        << QStringLiteral("今天举行新闻发布会") << 1 << QStringLiteral("今天");
    QTest::newRow("latin word") << QStringLiteral("Folio 排版软件") << 2 << QStringLiteral("Folio");
    QTest::newRow("digits") << QStringLiteral("全年服务2024人次") << 5 << QStringLiteral("2024");
    QTest::newRow("punctuation alone") << QStringLiteral("工会，职工") << 2 << QStringLiteral("，");
    QTest::newRow("end gives last word")
        << QStringLiteral("职工服务") << 4 << QStringLiteral("服务");
    QTest::newRow("empty") << QString() << 0 << QString();
}

void TestWordBoundary::wordAt()
{
    QFETCH(QString, text);
    QFETCH(int, position);
    QFETCH(QString, word);
    const WordBoundary::Range range = WordBoundary::wordAt(text, position);
    QCOMPARE(text.mid(range.start, range.end - range.start), word);
}

QTEST_GUILESS_MAIN(TestWordBoundary)
#include "tst_wordboundary.moc"
