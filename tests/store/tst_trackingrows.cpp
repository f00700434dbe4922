#include "model/edition.h"
#include "rawsql.h"
#include "store/editionstore.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace folio;

// Paragraph tracking (挤字/扩字, schema 6): saved and read back exactly, a version-3 file
// upgrades with every paragraph untracked, a value out of range is refused by name.
using fixture::execRaw;
using fixture::scalarRaw;
using fixture::toSchema3;

class tst_TrackingRows : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void roundTrip_data();
    void roundTrip();
    void schema3FileUpgrades();
    void outOfRangeIsRefused();

private:
    static std::unique_ptr<Edition> editionWithTracking(int tracking);
    QTemporaryDir m_dir;
};

std::unique_ptr<Edition> tst_TrackingRows::editionWithTracking(int tracking)
{
    auto edition = Edition::createDefault();
    Story story;
    story.id = edition->newId();
    story.slug = QStringLiteral("挤字");
    for (int i = 0; i < 3; ++i) {
        Paragraph p;
        p.styleId = edition->styleForRole(ParagraphRole::Body)->id;
        p.runs = {{QStringLiteral("第%1段正文。").arg(i + 1), 0}};
        p.tracking = i == 1 ? tracking : 0;
        story.paragraphs.append(p);
    }
    edition->putStory(story);
    return edition;
}

void tst_TrackingRows::roundTrip_data()
{
    QTest::addColumn<int>("tracking");
    QTest::newRow("squeezed 5/100 em") << -5;
    QTest::newRow("spread 3/100 em") << 3;
    QTest::newRow("lowest") << Paragraph::kMinTracking;
    QTest::newRow("highest") << Paragraph::kMaxTracking;
}

void tst_TrackingRows::roundTrip()
{
    QFETCH(int, tracking);
    const auto edition = editionWithTracking(tracking);
    const QString path = m_dir.filePath(QStringLiteral("tracking%1.folio").arg(tracking));
    QString error;
    QVERIFY2(EditionStore::save(*edition, path, &error), qPrintable(error));
    QCOMPARE(
        scalarRaw(path, QStringLiteral("SELECT group_concat(tracking) FROM paragraphs")).toString(),
        QStringLiteral("0,%1,0").arg(tracking));
    const OpenResult opened = EditionStore::open(path);
    QVERIFY2(opened.isOk(), qPrintable(opened.error));
    QCOMPARE(opened.edition->stories().first().paragraphs[1].tracking, tracking);
    QVERIFY(opened.edition->contentEquals(*edition));
}

void tst_TrackingRows::schema3FileUpgrades()
{
    // A schema 3 file is a current file without the guides (4), sign-off (5) and tracking (6).
    const auto edition = editionWithTracking(0);
    const QString path = m_dir.filePath(QStringLiteral("schema3.folio"));
    QVERIFY(EditionStore::save(*edition, path));
    QVERIFY(execRaw(path, toSchema3()));
    QVERIFY(!scalarRaw(path, QStringLiteral("SELECT tracking FROM paragraphs")).isValid());

    OpenResult opened = EditionStore::open(path);
    QVERIFY2(opened.isOk(), qPrintable(opened.error));
    QVERIFY(opened.migrated);
    QCOMPARE(opened.fileSchemaVersion, 3);
    QVERIFY(opened.edition->contentEquals(*edition));
    QCOMPARE(scalarRaw(path, QStringLiteral("PRAGMA user_version")).toInt(),
             EditionStore::currentSchemaVersion());
    QCOMPARE(scalarRaw(path, QStringLiteral("SELECT sum(tracking) FROM paragraphs")).toInt(), 0);

    // The upgraded file takes tracking like a new one.
    Story story = opened.edition->stories().first();
    story.paragraphs[2].tracking = -4;
    opened.edition->putStory(story);
    QString error;
    QVERIFY2(EditionStore::save(*opened.edition, path, &error), qPrintable(error));
    const OpenResult again = EditionStore::open(path);
    QVERIFY2(again.isOk(), qPrintable(again.error));
    QVERIFY(!again.migrated);
    QCOMPARE(again.edition->stories().first().paragraphs[2].tracking, -4);
}

void tst_TrackingRows::outOfRangeIsRefused()
{
    const auto edition = editionWithTracking(2);
    const QString path = m_dir.filePath(QStringLiteral("bad.folio"));
    QVERIFY(EditionStore::save(*edition, path));
    // The column's CHECK refuses the value; a file changed by another program without the
    // check can still hold one, so the reader checks too.
    QVERIFY(!execRaw(path, {QStringLiteral("UPDATE paragraphs SET tracking = 500")}));
    QVERIFY(execRaw(path, {QStringLiteral("PRAGMA ignore_check_constraints = ON"),
                           QStringLiteral("UPDATE paragraphs SET tracking = 500 "
                                          "WHERE position = 1")}));
    QCOMPARE(scalarRaw(path, QStringLiteral("SELECT max(tracking) FROM paragraphs")).toInt(), 500);
    const OpenResult opened = EditionStore::open(path);
    QVERIFY(!opened.isOk());
    QVERIFY2(opened.error.contains(QStringLiteral("tracking")), qPrintable(opened.error));
}

QTEST_GUILESS_MAIN(tst_TrackingRows)
#include "tst_trackingrows.moc"
