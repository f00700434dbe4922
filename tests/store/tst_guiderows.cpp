#include "model/edition.h"
#include "rawsql.h"
#include "store/editionstore.h"
#include "store/schemamigrator.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace folio;
using namespace folio::store;

// Schema 4: the guides dragged from the rulers, stored with their page, and the upgrade of a
// schema 3 file (which has none).
using fixture::execRaw;
using fixture::toSchema3;

class tst_GuideRows : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void guidesRoundTrip();
    void damagedOrientationRefused();
    void schema3FileUpgrades();

private:
    static std::unique_ptr<Edition> twoPages();
    QTemporaryDir m_dir;
};

std::unique_ptr<Edition> tst_GuideRows::twoPages()
{
    auto edition = Edition::createDefault();
    for (int i = 0; i < 2; ++i) {
        Page page;
        page.id = edition->newId();
        page.number = i + 1;
        page.size = QSizeF(300, 400);
        edition->insertPage(i, page);
    }
    return edition;
}

void tst_GuideRows::guidesRoundTrip()
{
    auto edition = twoPages();
    Page first = edition->pages().first();
    first.guides = {{Qt::Horizontal, 123.25}, {Qt::Vertical, 1.0 / 3}, {Qt::Horizontal, 7}};
    edition->putPage(first);
    const QString path = m_dir.filePath(QStringLiteral("guides.folio"));
    QString error;
    QVERIFY2(EditionStore::save(*edition, path, &error), qPrintable(error));
    OpenResult opened = EditionStore::open(path);
    QVERIFY2(opened.isOk(), qPrintable(opened.error));
    QCOMPARE(opened.edition->pages().first().guides, first.guides); // order and exact doubles
    QVERIFY(opened.edition->pages().last().guides.isEmpty());

    // Removing guides removes their rows on the next save.
    first.guides.removeFirst();
    opened.edition->putPage(first);
    QVERIFY2(EditionStore::save(*opened.edition, path, &error), qPrintable(error));
    const OpenResult again = EditionStore::open(path);
    QVERIFY2(again.isOk(), qPrintable(again.error));
    QCOMPARE(again.edition->pages().first().guides, first.guides);
}

void tst_GuideRows::damagedOrientationRefused()
{
    auto edition = twoPages();
    Page first = edition->pages().first();
    first.guides = {{Qt::Vertical, 50}};
    edition->putPage(first);
    const QString path = m_dir.filePath(QStringLiteral("damaged.folio"));
    QVERIFY(EditionStore::save(*edition, path));
    // The CHECK constraint stops a bad key through SQL; a file written without it is damaged.
    QVERIFY(execRaw(path, {QStringLiteral("PRAGMA ignore_check_constraints = 1"),
                           QStringLiteral("UPDATE guides SET orientation = 'diagonal'")}));
    const OpenResult opened = EditionStore::open(path);
    QVERIFY(!opened.isOk());
    QVERIFY2(opened.error.contains(QLatin1String("guides")), qPrintable(opened.error));
    QVERIFY2(opened.error.contains(QLatin1String("diagonal")), qPrintable(opened.error));
}

void tst_GuideRows::schema3FileUpgrades()
{
    // A schema 3 file is a current file without the guides (schema 4), the sign-off tables
    // (schema 5) and paragraph tracking (schema 6).
    const auto edition = twoPages();
    const QString path = m_dir.filePath(QStringLiteral("schema3.folio"));
    QVERIFY(EditionStore::save(*edition, path));
    QVERIFY(execRaw(path, toSchema3()));

    OpenResult opened = EditionStore::open(path);
    QVERIFY2(opened.isOk(), qPrintable(opened.error));
    QVERIFY(opened.migrated);
    QCOMPARE(opened.fileSchemaVersion, 3);
    QCOMPARE(opened.edition->pages().size(), 2);
    for (const Page &page : opened.edition->pages())
        QVERIFY(page.guides.isEmpty());

    Page first = opened.edition->pages().first();
    first.guides = {{Qt::Vertical, 80}};
    opened.edition->putPage(first);
    QString error;
    QVERIFY2(EditionStore::save(*opened.edition, path, &error), qPrintable(error));
    const OpenResult again = EditionStore::open(path);
    QVERIFY2(again.isOk(), qPrintable(again.error));
    QCOMPARE(again.fileSchemaVersion, SchemaMigrator::currentVersion);
    QCOMPARE(again.edition->pages().first().guides, first.guides);
}

QTEST_MAIN(tst_GuideRows)
#include "tst_guiderows.moc"
