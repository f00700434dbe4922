#include "model/edition.h"
#include "rawsql.h"
#include "store/editionstore.h"
#include "store/signoffrows.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace folio;
using namespace folio::store;

// Schema 5: sign-off levels, page signatures and files sent to the plant in the edition file,
// read back from SQLite's own rows, and the upgrade of a schema 3 file.
using fixture::execRaw;
using fixture::rowsRaw;
using fixture::toSchema3;

class tst_SignOffRows : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void framesRoundTrip();
    void damagedFramesRefused_data();
    void damagedFramesRefused();
    void signOffSurvivesSaveAndReopen();
    void recordsWrittenOnceAndDeleted();
    void schema3FileUpgrades();

private:
    static std::unique_ptr<Edition> editionWithSignOff();
    QTemporaryDir m_dir;
};

std::unique_ptr<Edition> tst_SignOffRows::editionWithSignOff()
{
    auto edition = Edition::createDefault();
    Page page;
    page.id = edition->newId();
    page.size = QSizeF(300, 400);
    edition->insertPage(0, page);
    edition->setSignOffSettings({{QStringLiteral("责编"), QStringLiteral("值班总编")}, true});
    const QList<TextMapEntry> map = {{77, 0, 1, QRectF(36.125, 40.5, 9, 9), QStringLiteral("本")},
                                     {77, 1, 1, QRectF(45.125, 40.5, 9, 9), QStringLiteral("报")}};
    PageSignature first;
    first.id = edition->newId();
    first.pageId = page.id;
    first.level = QStringLiteral("责编");
    first.user = QStringLiteral("张三");
    first.time = QDateTime(QDate(2025, 1, 19), QTime(21, 30, 5, 123), Qt::UTC);
    first.fingerprint = QByteArray::fromHex("00ff10aa");
    first.textMap = map;
    first.frames = {{5, QRectF(1.0 / 3, 2.5, 100.25, 50)}, {6, QRectF(0, 0, 1, 1)}};
    first.overrideReason = QStringLiteral("作者已确认");
    edition->putSignature(first);
    PageSignature second = first;
    second.id = edition->newId();
    second.level = QStringLiteral("值班总编");
    second.user = QStringLiteral("李四");
    second.overrideReason.clear();
    edition->putSignature(second);
    SentFile sent;
    sent.id = edition->newId();
    sent.pageId = page.id;
    sent.time = QDateTime(QDate(2025, 1, 19), QTime(23, 1, 0, 7), Qt::UTC);
    sent.user = QStringLiteral("夜班");
    sent.path = QStringLiteral("/印厂/A01.pdf");
    sent.fingerprint = QByteArray::fromHex("beef");
    sent.textMap = map;
    sent.overrideReason = QStringLiteral("印厂催版");
    edition->putSentFile(sent);
    return edition;
}

void tst_SignOffRows::framesRoundTrip()
{
    const auto edition = editionWithSignOff();
    const QList<SignedFrame> &frames = edition->signatures().first().frames;
    QList<SignedFrame> back;
    QVERIFY(SignOffRows::decodeFrames(SignOffRows::encodeFrames(frames), &back));
    QCOMPARE(back, frames); // exact doubles
    QVERIFY(SignOffRows::decodeFrames(SignOffRows::encodeFrames({}), &back));
    QVERIFY(back.isEmpty());
}

void tst_SignOffRows::damagedFramesRefused_data()
{
    QTest::addColumn<QByteArray>("bytes");
    const QByteArray good =
        SignOffRows::encodeFrames(editionWithSignOff()->signatures().first().frames);
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("cut short") << good.left(good.size() - 8);
    QByteArray version = good;
    version[5] = 9;
    QTest::newRow("unknown version") << version;
    QTest::newRow("trailing bytes") << good + "x";
}

void tst_SignOffRows::damagedFramesRefused()
{
    QFETCH(QByteArray, bytes);
    QList<SignedFrame> frames{{1, QRectF(1, 2, 3, 4)}};
    QVERIFY(!SignOffRows::decodeFrames(bytes, &frames));
    QCOMPARE(frames.size(), 1); // untouched
}

void tst_SignOffRows::signOffSurvivesSaveAndReopen()
{
    const auto edition = editionWithSignOff();
    const QString path = m_dir.filePath(QStringLiteral("signed.folio"));
    QString error;
    QVERIFY2(EditionStore::save(*edition, path, &error), qPrintable(error));

    // The rows as SQLite holds them.
    const auto settings =
        rowsRaw(path, QStringLiteral("SELECT levels, require_signature FROM signoff_settings"), 2);
    QCOMPARE(settings.size(), 1);
    QCOMPARE(settings[0][0].toString(), QStringLiteral("[\"责编\",\"值班总编\"]"));
    QCOMPARE(settings[0][1].toInt(), 1);
    const auto signatures = rowsRaw(
        path,
        QStringLiteral("SELECT level, user, time, hex(fingerprint), override_reason, page_id "
                       "FROM signatures ORDER BY position"),
        6);
    QCOMPARE(signatures.size(), 2);
    QCOMPARE(signatures[0][0].toString(), QStringLiteral("责编"));
    QCOMPARE(signatures[0][1].toString(), QStringLiteral("张三"));
    QCOMPARE(signatures[0][2].toString(), QStringLiteral("2025-01-19T21:30:05.123Z"));
    QCOMPARE(signatures[0][3].toString(), QStringLiteral("00FF10AA"));
    QCOMPARE(signatures[0][4].toString(), QStringLiteral("作者已确认"));
    QCOMPARE(signatures[0][5].toLongLong(), edition->pages().first().id);
    QCOMPARE(signatures[1][0].toString(), QStringLiteral("值班总编"));
    QCOMPARE(signatures[1][4].toString(), QString());
    const auto sent = rowsRaw(
        path,
        QStringLiteral("SELECT path, user, override_reason, hex(fingerprint) FROM sent_files"), 4);
    QCOMPARE(sent.size(), 1);
    QCOMPARE(sent[0][0].toString(), QStringLiteral("/印厂/A01.pdf"));
    QCOMPARE(sent[0][1].toString(), QStringLiteral("夜班"));
    QCOMPARE(sent[0][2].toString(), QStringLiteral("印厂催版"));
    QCOMPARE(sent[0][3].toString(), QStringLiteral("BEEF"));

    const OpenResult opened = EditionStore::open(path);
    QVERIFY2(opened.isOk(), qPrintable(opened.error));
    QCOMPARE(opened.edition->signOffSettings(), edition->signOffSettings());
    QCOMPARE(opened.edition->signatures(), edition->signatures());
    QCOMPARE(opened.edition->sentFiles(), edition->sentFiles());
    QVERIFY(opened.edition->contentEquals(*edition));
}

void tst_SignOffRows::recordsWrittenOnceAndDeleted()
{
    auto edition = editionWithSignOff();
    const QString path = m_dir.filePath(QStringLiteral("once.folio"));
    QString error;
    QVERIFY2(EditionStore::save(*edition, path, &error), qPrintable(error));
    // A signature is a record: saving in place does not rewrite its row.
    QVERIFY(execRaw(path, {QStringLiteral("UPDATE signatures SET user = 'marker'")}));
    QVERIFY2(EditionStore::save(*edition, path, &error), qPrintable(error));
    QCOMPARE(rowsRaw(path, QStringLiteral("SELECT DISTINCT user FROM signatures"), 1).size(), 1);
    QCOMPARE(rowsRaw(path, QStringLiteral("SELECT user FROM signatures"), 1)[0][0].toString(),
             QStringLiteral("marker"));
    // A signature taken back (unsign) leaves the file.
    edition->eraseSignature(edition->signatures().last().id);
    QVERIFY2(EditionStore::save(*edition, path, &error), qPrintable(error));
    QCOMPARE(rowsRaw(path, QStringLiteral("SELECT count(*) FROM signatures"), 1)[0][0].toInt(), 1);
    QCOMPARE(rowsRaw(path, QStringLiteral("SELECT count(*) FROM sent_files"), 1)[0][0].toInt(), 1);
}

void tst_SignOffRows::schema3FileUpgrades()
{
    // A schema 3 file is a current file without the guides (schema 4), the sign-off tables
    // (schema 5) and paragraph tracking (schema 6).
    auto edition = Edition::createDefault();
    Page page;
    page.id = edition->newId();
    page.size = QSizeF(300, 400);
    edition->insertPage(0, page);
    const QString path = m_dir.filePath(QStringLiteral("schema3.folio"));
    QVERIFY(EditionStore::save(*edition, path));
    QVERIFY(execRaw(path, toSchema3()));

    OpenResult opened = EditionStore::open(path);
    QVERIFY2(opened.isOk(), qPrintable(opened.error));
    QVERIFY(opened.migrated);
    QCOMPARE(opened.fileSchemaVersion, 3);
    QCOMPARE(opened.edition->signOffSettings().levels, SignOffSettings::defaultLevels());
    QVERIFY(!opened.edition->signOffSettings().requireSignature);
    QVERIFY(opened.edition->signatures().isEmpty());
    QCOMPARE(rowsRaw(path, QStringLiteral("PRAGMA user_version"), 1)[0][0].toInt(),
             EditionStore::currentSchemaVersion());

    const auto signedEdition = editionWithSignOff();
    for (const PageSignature &s : signedEdition->signatures()) {
        PageSignature moved = s;
        moved.pageId = page.id;
        opened.edition->putSignature(moved);
    }
    QString error;
    QVERIFY2(EditionStore::save(*opened.edition, path, &error), qPrintable(error));
    const OpenResult again = EditionStore::open(path);
    QVERIFY2(again.isOk(), qPrintable(again.error));
    QCOMPARE(again.edition->signatures().size(), 2);
    QCOMPARE(again.edition->signatures()[1].user, QStringLiteral("李四"));
}

QTEST_MAIN(tst_SignOffRows)
#include "tst_signoffrows.moc"
