#include "text/textdecoder.h"

#include <QFile>
#include <QRandomGenerator>
#include <QStringEncoder>
#include <QtTest>

using namespace folio;
using namespace folio::text;

// The one decoder for page import and galley proofs: every encoding reporters' editors write,
// broken bytes kept visible with their lines named, binary data refused.
class tst_TextDecoder : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void decode_data();
    void decode();
    void brokenLinesMessage();
};

namespace {

const QString kStory = QStringLiteral("【主题】工会驿站开进园区\n"
                                      "本报讯（记者 林晓雯）近日，园区驿站开放。\n"
                                      "驿站提供热饭、充电和休息服务。\n");

QByteArray encoded(const char *encoding, const QString &text)
{
    QStringEncoder encoder(encoding);
    return encoder.encode(text);
}

// Twenty lines of a story in UTF-8 with one broken byte in each of the given lines.
QByteArray storyWithBrokenLines(const QList<int> &lines)
{
    QByteArray out;
    for (int line = 1; line <= 20; ++line) {
        QByteArray text =
            QStringLiteral("第%1段：产业工人队伍建设改革稳步推进。").arg(line).toUtf8();
        if (lines.contains(line))
            text.insert(text.indexOf("产业"), "\xFF");
        out += text + '\n';
    }
    return out;
}

} // namespace

void tst_TextDecoder::decode_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QString>("encoding");
    QTest::addColumn<QString>("text"); // expected text; empty: not compared
    QTest::addColumn<QList<int>>("brokenLines");

    QTest::newRow("UTF-8") << kStory.toUtf8() << true << "UTF-8" << kStory << QList<int>();
    QTest::newRow("UTF-8 with BOM") << QByteArray("\xEF\xBB\xBF") + kStory.toUtf8() << true
                                    << "UTF-8" << kStory << QList<int>();
    QTest::newRow("UTF-16LE") << QByteArray("\xFF\xFE") + encoded("UTF-16LE", kStory) << true
                              << "UTF-16LE" << kStory << QList<int>();
    QTest::newRow("UTF-16BE") << QByteArray("\xFE\xFF") + encoded("UTF-16BE", kStory) << true
                              << "UTF-16BE" << kStory << QList<int>();
    QTest::newRow("GB18030") << encoded("GB18030", kStory) << true << "GB18030" << kStory
                             << QList<int>();
    QString crlf = kStory;
    crlf.replace(QLatin1Char('\n'), QStringLiteral("\r\n"));
    QTest::newRow("Windows line ends")
        << crlf.toUtf8() << true << "UTF-8" << kStory << QList<int>();
    QTest::newRow("empty") << QByteArray() << true << "UTF-8" << QString() << QList<int>();

    QTest::newRow("broken bytes in lines 3 and 17")
        << storyWithBrokenLines({3, 17}) << true << "UTF-8" << QString() << QList<int>{3, 17};
    QTest::newRow("one broken byte in line 1")
        << storyWithBrokenLines({1}) << true << "UTF-8" << QString() << QList<int>{1};
    QTest::newRow("broken byte in GB18030 text")
        << encoded("GB18030", kStory + kStory + kStory) + "\xFF" << true << "GB18030" << QString()
        << QList<int>{10};

    QFile jpeg(QStringLiteral(FOLIO_TEST_DATA_DIR "/cmyk-cyan-yellow.jpg"));
    if (jpeg.open(QIODevice::ReadOnly))
        QTest::newRow("JPEG") << jpeg.readAll() << false << QString() << QString() << QList<int>();
    QByteArray noise;
    QRandomGenerator rng(20250120);
    for (int i = 0; i < 4096; ++i)
        noise.append(char(0x80 + rng.bounded(0x80)));
    QTest::newRow("binary without NUL") << noise << false << QString() << QString() << QList<int>();
    QTest::newRow("a quarter of the characters broken")
        << QByteArray("ab\xC3\xA9\xFF").repeated(200) << false << QString() << QString()
        << QList<int>();
}

void tst_TextDecoder::decode()
{
    QFETCH(QByteArray, bytes);
    QFETCH(bool, ok);
    QFETCH(QString, encoding);
    QFETCH(QString, text);
    QFETCH(QList<int>, brokenLines);

    const DecodedText d = TextDecoder::decode(bytes);
    QCOMPARE(d.ok, ok);
    if (!ok) {
        QVERIFY(!d.error.isEmpty());
        QVERIFY(d.text.isEmpty());
        return;
    }
    QVERIFY(d.error.isEmpty());
    QCOMPARE(d.encoding, encoding);
    if (!text.isEmpty() || bytes.isEmpty())
        QCOMPARE(d.text, text);
    QCOMPARE(d.brokenLines, brokenLines);
    QCOMPARE(d.text.count(QChar(0xFFFD)), brokenLines.size());
    const auto warning = std::find_if(d.diagnostics.begin(), d.diagnostics.end(), [](auto &x) {
        return x.code == QLatin1String("invalid-encoding");
    });
    QCOMPARE(warning != d.diagnostics.end(), !brokenLines.isEmpty());
    if (!brokenLines.isEmpty()) {
        QCOMPARE(warning->severity, Diagnostic::Severity::Warning);
        QCOMPARE(warning->message, TextDecoder::brokenLinesMessage(brokenLines));
        // The rest of every broken line is intact.
        const QStringList lines = d.text.split(QLatin1Char('\n'));
        for (int line : brokenLines)
            QVERIFY2(lines[line - 1].contains(QStringLiteral("\uFFFD")),
                     qPrintable(lines[line - 1]));
    }
}

void tst_TextDecoder::brokenLinesMessage()
{
    QCOMPARE(TextDecoder::brokenLinesMessage({3, 17}),
             QStringLiteral("第 3、17 行含无法识别的字节，已显示为 �。"));
    QList<int> many;
    for (int i = 1; i <= 12; ++i)
        many.append(i * 2);
    QCOMPARE(TextDecoder::brokenLinesMessage(many),
             QStringLiteral(
                 "第 2、4、6、8、10、12、14、16、18、20 等 12 行含无法识别的字节，已显示为 �。"));
}

QTEST_GUILESS_MAIN(tst_TextDecoder)
#include "tst_textdecoder.moc"
