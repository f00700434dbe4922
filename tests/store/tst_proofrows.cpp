#include "model/edition.h"
#include "rawsql.h"
#include "store/editionstore.h"
#include "store/proofrows.h"
#include "store/schemamigrator.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace folio;
using namespace folio::store;

// Schema 3: proofs and their text maps in the edition file, and the upgrade of a schema 2 file.
using fixture::execRaw;
using fixture::scalarRaw;
using fixture::toSchema3;

class tst_ProofRows : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void textMapRoundTrip();
    void damagedTextMapRefused_data();
    void damagedTextMapRefused();
    void proofsSavedOnceAndDeleted();
    void schema2FileUpgrades();

private:
    static std::unique_ptr<Edition> editionWithProof();
    QTemporaryDir m_dir;
};

std::unique_ptr<Edition> tst_ProofRows::editionWithProof()
{
    auto edition = Edition::createDefault();
    Page page;
    page.id = edition->newId();
    page.size = QSizeF(300, 400);
    edition->insertPage(0, page);
    ProofRecord proof;
    proof.id = edition->newId();
    proof.pageId = page.id;
    proof.round = 2;
    proof.time = QDateTime(QDate(2025, 1, 19), QTime(21, 30, 5, 123), Qt::UTC);
    proof.user = QStringLiteral("校对甲");
    proof.pageStatus = PageStatus::Proof;
    proof.pdf = QByteArray("%PDF-1.3\n% not a real proof, bytes only\n");
    proof.textMap = {{77, 0, 1, QRectF(36.125, 40.5, 9, 9), QStringLiteral("本")},
                     {77, 1, 2, QRectF(45.125, 40.5, 4.5, 9), QStringLiteral("𠀀")},
                     {78, 1000, 1, QRectF(1.0 / 3, 2.0 / 3, 9, 9), QStringLiteral("”")}};
    edition->putProof(proof);
    return edition;
}

void tst_ProofRows::textMapRoundTrip()
{
    const auto edition = editionWithProof();
    const QList<TextMapEntry> &map = edition->proofs().first().textMap;
    QList<TextMapEntry> back;
    QVERIFY(ProofRows::decodeTextMap(ProofRows::encodeTextMap(map), &back));
    QCOMPARE(back, map); // exact doubles
    QVERIFY(ProofRows::decodeTextMap(ProofRows::encodeTextMap({}), &back));
    QVERIFY(back.isEmpty());
}

void tst_ProofRows::damagedTextMapRefused_data()
{
    QTest::addColumn<QByteArray>("bytes");
    const QByteArray good = ProofRows::encodeTextMap(editionWithProof()->proofs().first().textMap);
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("not compressed") << QByteArray("FMAP and some bytes");
    QTest::newRow("cut short") << good.left(good.size() - 8);
    QByteArray raw = qUncompress(good);
    raw[5] = 9; // an unknown version
    QTest::newRow("unknown version") << qCompress(raw);
    QByteArray longer = qUncompress(good);
    longer.append('x');
    QTest::newRow("trailing bytes") << qCompress(longer);
}

void tst_ProofRows::damagedTextMapRefused()
{
    QFETCH(QByteArray, bytes);
    QList<TextMapEntry> map{{1, 2, 3, QRectF(1, 2, 3, 4), QString()}};
    QVERIFY(!ProofRows::decodeTextMap(bytes, &map));
    QCOMPARE(map.size(), 1); // untouched
}

void tst_ProofRows::proofsSavedOnceAndDeleted()
{
    auto edition = editionWithProof();
    const QString path = m_dir.filePath(QStringLiteral("proofs.folio"));
    QString error;
    QVERIFY2(EditionStore::save(*edition, path, &error), qPrintable(error));
    const OpenResult opened = EditionStore::open(path);
    QVERIFY2(opened.isOk(), qPrintable(opened.error));
    QVERIFY(opened.edition->contentEquals(*edition));
    QCOMPARE(opened.edition->proofs().first().time, edition->proofs().first().time);

    // A proof is a record: saving in place does not rewrite its row.
    QVERIFY(execRaw(path, {QStringLiteral("UPDATE proofs SET user = 'marker'")}));
    QVERIFY2(EditionStore::save(*edition, path, &error), qPrintable(error));
    QCOMPARE(scalarRaw(path, QStringLiteral("SELECT user FROM proofs")).toString(),
             QStringLiteral("marker"));

    // A proof no longer in the edition leaves the file.
    auto empty = Edition::createDefault();
    empty->insertPage(0, edition->pages().first());
    QVERIFY2(EditionStore::save(*empty, path, &error), qPrintable(error));
    QCOMPARE(scalarRaw(path, QStringLiteral("SELECT count(*) FROM proofs")).toInt(), 0);
}

void tst_ProofRows::schema2FileUpgrades()
{
    // A schema 2 file is a current file without the proof tables (schema 3), the guides
    // (schema 4), the sign-off tables (schema 5) and paragraph tracking (schema 6).
    auto edition = Edition::createDefault();
    Page page;
    page.id = edition->newId();
    page.size = QSizeF(300, 400);
    edition->insertPage(0, page);
    const QString path = m_dir.filePath(QStringLiteral("schema2.folio"));
    QVERIFY(EditionStore::save(*edition, path));
    QVERIFY(execRaw(path, toSchema3()));
    QVERIFY(execRaw(path, {QStringLiteral("DROP TABLE proofs"), QStringLiteral("DROP TABLE notes"),
                           QStringLiteral("PRAGMA user_version = 2"),
                           QStringLiteral("UPDATE folio_meta SET value = '2' "
                                          "WHERE key = 'schema_version'")}));

    OpenResult opened = EditionStore::open(path);
    QVERIFY2(opened.isOk(), qPrintable(opened.error));
    QVERIFY(opened.migrated);
    QCOMPARE(opened.fileSchemaVersion, 2);
    QVERIFY(opened.edition->proofs().isEmpty());
    QCOMPARE(scalarRaw(path, QStringLiteral("PRAGMA user_version")).toInt(),
             SchemaMigrator::currentVersion);

    const auto withProof = editionWithProof();
    opened.edition->putProof(withProof->proofs().first());
    QString error;
    QVERIFY2(EditionStore::save(*opened.edition, path, &error), qPrintable(error));
    const OpenResult again = EditionStore::open(path);
    QVERIFY2(again.isOk(), qPrintable(again.error));
    QCOMPARE(again.edition->proofs(), withProof->proofs());
}

QTEST_MAIN(tst_ProofRows)
#include "tst_proofrows.moc"
