#include "core/cmykcolor.h"
#include "core/units.h"

#include <QTest>

using namespace folio;

class TestUnits : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void chineseSizes_data();
    void chineseSizes();
    void parseSize_data();
    void parseSize();
    void mmRoundTrip();
    void cmykString_data();
    void cmykString();
};

void TestUnits::chineseSizes_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<double>("pt");
    const QList<QPair<QString, double>> table = {
        {QStringLiteral("初号"), 42},   {QStringLiteral("小初"), 36},
        {QStringLiteral("一号"), 26},   {QStringLiteral("小一"), 24},
        {QStringLiteral("二号"), 22},   {QStringLiteral("小二"), 18},
        {QStringLiteral("三号"), 16},   {QStringLiteral("小三"), 15},
        {QStringLiteral("四号"), 14},   {QStringLiteral("小四"), 12},
        {QStringLiteral("五号"), 10.5}, {QStringLiteral("小五"), 9},
        {QStringLiteral("六号"), 7.5},  {QStringLiteral("小六"), 6.5},
        {QStringLiteral("七号"), 5.5},  {QStringLiteral("八号"), 5},
    };
    for (const auto &[name, pt] : table)
        QTest::newRow(qPrintable(name)) << name << pt;
}

void TestUnits::chineseSizes()
{
    QFETCH(QString, name);
    QFETCH(double, pt);
    QCOMPARE(units::ptFromChineseSize(name).value_or(-1), pt);
    QCOMPARE(units::chineseSizeName(pt), name);
    QCOMPARE(units::formatSize(pt), name);
}

void TestUnits::parseSize_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<double>("pt"); // -1: rejected
    QTest::newRow("plain") << QStringLiteral("9") << 9.0;
    QTest::newRow("pt") << QStringLiteral("10.5pt") << 10.5;
    QTest::newRow("name") << QStringLiteral("小五") << 9.0;
    QTest::newRow("Q") << QStringLiteral("13Q") << units::ptFromMm(3.25);
    QTest::newRow("mm") << QStringLiteral("3.175 mm") << 9.0;
    QTest::newRow("empty") << QString() << -1.0;
    QTest::newRow("negative") << QStringLiteral("-3") << -1.0;
    QTest::newRow("garbage") << QStringLiteral("大号") << -1.0;
}

void TestUnits::parseSize()
{
    QFETCH(QString, text);
    QFETCH(double, pt);
    const auto v = units::parseSize(text);
    if (pt < 0) {
        QVERIFY(!v.has_value());
    } else {
        QVERIFY(v.has_value());
        QVERIFY(qAbs(*v - pt) < 1e-9);
    }
}

void TestUnits::mmRoundTrip()
{
    QVERIFY(qAbs(units::ptFromMm(25.4) - 72.0) < 1e-12);
    QVERIFY(qAbs(units::mmFromPt(units::ptFromMm(390)) - 390) < 1e-9);
    QVERIFY(qAbs(units::ptFromQ(4) - units::ptFromMm(1)) < 1e-12);
}

void TestUnits::cmykString_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");
    QTest::newRow("black") << QStringLiteral("0,0,0,100") << true;
    QTest::newRow("rich") << QStringLiteral("60,40,40,100") << true;
    QTest::newRow("three parts") << QStringLiteral("0,0,100") << false;
    QTest::newRow("over 100") << QStringLiteral("0,0,0,120") << false;
}

void TestUnits::cmykString()
{
    QFETCH(QString, text);
    QFETCH(bool, valid);
    bool ok = false;
    const CmykColor c = CmykColor::fromString(text, &ok);
    QCOMPARE(ok, valid);
    if (valid)
        QCOMPARE(c.toString(), text);
}

QTEST_GUILESS_MAIN(TestUnits)
#include "tst_units.moc"
