#include "editionfixture.h"

#include "store/editionstore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace folio;
using fixture::fileChecksum;

namespace {

// A small file system of its own (tmpfs), so that "disk full" and "read-only medium" are real
// and nothing else on the machine fills up. Needs root; isValid() is false otherwise, with the
// reason in whyNot().
class SmallDisk
{
public:
    explicit SmallDisk(const QString &size)
    {
        if (::geteuid() != 0) {
            m_whyNot = QStringLiteral("mounting a small file system needs root");
            return;
        }
        if (!m_dir.isValid()) {
            m_whyNot = QStringLiteral("no temporary folder");
            return;
        }
        m_mounted = run({QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"),
                         QStringLiteral("size=") + size, QStringLiteral("tmpfs"), m_dir.path()});
        if (!m_mounted)
            m_whyNot = QStringLiteral("mount -t tmpfs failed: ") + m_output;
    }
    ~SmallDisk()
    {
        if (m_mounted)
            QProcess::execute(QStringLiteral("umount"), {m_dir.path()});
    }
    bool isValid() const { return m_mounted; }
    QString whyNot() const { return m_whyNot; }
    QString filePath(const QString &name) const { return m_dir.filePath(name); }
    QString path() const { return m_dir.path(); }

    // Writes a filler file until the file system says it is full.
    bool fill()
    {
        QFile filler(filePath(QStringLiteral("filler")));
        if (!filler.open(QIODevice::Append))
            return false;
        const QByteArray block(4096, 'x');
        while (filler.write(block) == block.size() && filler.flush()) {
        }
        return true;
    }
    void makeRoom() { QFile::remove(filePath(QStringLiteral("filler"))); }
    bool remountReadOnly()
    {
        return run({QStringLiteral("-o"), QStringLiteral("remount,ro"), m_dir.path()});
    }

private:
    bool run(const QStringList &args)
    {
        QProcess mount;
        mount.start(QStringLiteral("mount"), args);
        if (!mount.waitForFinished(30000)) {
            m_output = QStringLiteral("mount did not run");
            return false;
        }
        m_output = QString::fromLocal8Bit(mount.readAllStandardError()).trimmed();
        return mount.exitStatus() == QProcess::NormalExit && mount.exitCode() == 0;
    }

    QTemporaryDir m_dir;
    bool m_mounted = false;
    QString m_whyNot;
    QString m_output;
};

#define REQUIRE_DISK(disk)                                                                         \
    if (!(disk).isValid()) {                                                                       \
        qInfo("skipped: %s", qPrintable((disk).whyNot()));                                         \
        QSKIP(qPrintable((disk).whyNot()));                                                        \
    }

QByteArray noise(int bytes)
{
    QByteArray data(bytes, Qt::Uninitialized);
    QRandomGenerator random(7);
    random.fillRange(reinterpret_cast<quint32 *>(data.data()), bytes / 4);
    return data;
}

// The edition with a picture the file system has no room for.
std::unique_ptr<Edition> biggerEdition()
{
    auto edition = fixture::fullEdition();
    ImageAsset image;
    image.id = 4711;
    image.name = QStringLiteral("大图");
    image.format = QStringLiteral("png");
    image.data = noise(400 * 1024);
    edition->putImage(image);
    return edition;
}

QStringList hiddenFiles(const QString &folder)
{
    return QDir(folder).entryList({QStringLiteral(".*")}, QDir::Files | QDir::Hidden);
}

} // namespace

class tst_StoreFailures : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void openOnFullDisk();
    void saveOnFullDisk_data();
    void saveOnFullDisk();
    void readOnlyMedium();
    void folderWithoutPermission();
    void staleSavingFilesRemoved_data();
    void staleSavingFilesRemoved();
};

void tst_StoreFailures::openOnFullDisk()
{
    SmallDisk disk(QStringLiteral("384k"));
    REQUIRE_DISK(disk);
    const QString path = disk.filePath(QStringLiteral("要闻.folio"));
    auto edition = fixture::fullEdition();
    QString error;
    QVERIFY2(EditionStore::save(*edition, path, &error), qPrintable(error));
    QVERIFY(disk.fill());
    const QByteArray before = fileChecksum(path);

    // SQLite cannot even read it there (it needs room for its -shm): it is read from a copy,
    // read-only, and the reason is the disk, not the file.
    const OpenResult opened = EditionStore::open(path);
    QVERIFY2(opened.isOk(), qPrintable(opened.error));
    QVERIFY(opened.edition->contentEquals(*edition));
    QVERIFY(opened.readOnly);
    QVERIFY2(opened.readOnlyReason.contains(QStringLiteral("磁盘空间不足")),
             qPrintable(opened.readOnlyReason));
    QVERIFY2(opened.readOnlyReason.contains(QStringLiteral("要闻.folio")),
             qPrintable(opened.readOnlyReason));
    QVERIFY2(hiddenFiles(disk.path()).isEmpty(), qPrintable(hiddenFiles(disk.path()).join(u',')));
    QVERIFY(!QFileInfo::exists(path + QStringLiteral("-shm")));

    // Saving there says the same, names the file, and calls nothing damaged.
    QVERIFY(!EditionStore::save(*biggerEdition(), path, &error));
    QVERIFY2(error.contains(QDir::toNativeSeparators(path)), qPrintable(error));
    QVERIFY2(error.contains(QStringLiteral("磁盘空间不足")), qPrintable(error));
    QVERIFY2(!error.contains(QStringLiteral("损坏")), qPrintable(error));
    QCOMPARE(fileChecksum(path), before);
}

void tst_StoreFailures::saveOnFullDisk_data()
{
    QTest::addColumn<bool>("existing");
    QTest::newRow("over the edition (in place)") << true;
    QTest::newRow("a new file (temporary file and rename)") << false;
}

void tst_StoreFailures::saveOnFullDisk()
{
    QFETCH(bool, existing);
    SmallDisk disk(QStringLiteral("384k"));
    REQUIRE_DISK(disk);
    const QString path = disk.filePath(QStringLiteral("要闻.folio"));
    QString error;
    if (existing)
        QVERIFY2(EditionStore::save(*fixture::fullEdition(), path, &error), qPrintable(error));
    const QByteArray before = fileChecksum(path);

    auto edition = biggerEdition();
    QVERIFY(!EditionStore::save(*edition, path, &error));
    QVERIFY2(error.contains(QDir::toNativeSeparators(path)), qPrintable(error));
    QVERIFY2(error.contains(QStringLiteral("磁盘空间不足")), qPrintable(error));
    QVERIFY2(!error.contains(QStringLiteral("损坏")), qPrintable(error));
    QCOMPARE(QFileInfo::exists(path), existing);
    QCOMPARE(fileChecksum(path), before);
    QVERIFY2(hiddenFiles(disk.path()).isEmpty(), qPrintable(hiddenFiles(disk.path()).join(u',')));
    if (existing) {
        const OpenResult reopened = EditionStore::open(path);
        QVERIFY2(reopened.isOk(), qPrintable(reopened.error));
        QVERIFY(reopened.edition->contentEquals(*fixture::fullEdition()));
    }
}

void tst_StoreFailures::readOnlyMedium()
{
    SmallDisk disk(QStringLiteral("1m"));
    REQUIRE_DISK(disk);
    const QString path = disk.filePath(QStringLiteral("要闻.folio"));
    QString error;
    QVERIFY2(EditionStore::save(*fixture::fullEdition(), path, &error), qPrintable(error));
    QVERIFY(disk.remountReadOnly());
    const QByteArray before = fileChecksum(path);

    const OpenResult opened = EditionStore::open(path);
    QVERIFY2(opened.isOk(), qPrintable(opened.error));
    QVERIFY(opened.readOnly);
    QVERIFY(opened.edition->contentEquals(*fixture::fullEdition()));

    QVERIFY(!EditionStore::save(*opened.edition, path, &error));
    QVERIFY2(error.contains(QDir::toNativeSeparators(path)), qPrintable(error));
    QVERIFY2(error.contains(QStringLiteral("只读介质")), qPrintable(error));

    const QString fresh = disk.filePath(QStringLiteral("副刊.folio"));
    QVERIFY(!EditionStore::save(*opened.edition, fresh, &error));
    QVERIFY2(error.contains(QDir::toNativeSeparators(fresh)), qPrintable(error));
    QVERIFY2(error.contains(QStringLiteral("只读介质")), qPrintable(error));
    QVERIFY2(!error.contains(QStringLiteral("损坏")), qPrintable(error));
    QCOMPARE(fileChecksum(path), before);
}

void tst_StoreFailures::folderWithoutPermission()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString folder = dir.filePath(QStringLiteral("只读文件夹"));
    QVERIFY(QDir().mkpath(folder));
    const QString existing = folder + QStringLiteral("/要闻.folio");
    QVERIFY(EditionStore::save(*fixture::fullEdition(), existing));
    const QByteArray before = fileChecksum(existing);
    QVERIFY(QFile::setPermissions(folder, QFile::ReadOwner | QFile::ExeOwner | QFile::ReadGroup |
                                              QFile::ExeGroup));

    auto edition = biggerEdition();
    QString error;
    const QString fresh = folder + QStringLiteral("/副刊.folio");
    const bool saved = EditionStore::save(*edition, fresh, &error);
    QVERIFY(!saved);
    QVERIFY2(error.contains(QDir::toNativeSeparators(fresh)), qPrintable(error));
    QVERIFY2(error.contains(QStringLiteral("没有写入权限")), qPrintable(error));
    QVERIFY(!QFileInfo::exists(fresh));

    // An existing edition there opens read-only, and saving over it says why it cannot.
    const OpenResult opened = EditionStore::open(existing);
    QVERIFY2(opened.isOk(), qPrintable(opened.error));
    QVERIFY(opened.readOnly);
    QVERIFY(!EditionStore::save(*edition, existing, &error));
    QVERIFY2(error.contains(QDir::toNativeSeparators(existing)), qPrintable(error));
    QVERIFY2(error.contains(QStringLiteral("没有写入权限")), qPrintable(error));
    QCOMPARE(fileChecksum(existing), before);
    QVERIFY(QFile::setPermissions(folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
}

void tst_StoreFailures::staleSavingFilesRemoved_data()
{
    QTest::addColumn<bool>("existing");
    QTest::newRow("save in place") << true;
    QTest::newRow("save as a new file") << false;
}

void tst_StoreFailures::staleSavingFilesRemoved()
{
    QFETCH(bool, existing);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("要闻.folio"));
    if (existing)
        QVERIFY(EditionStore::save(*fixture::fullEdition(), path));

    // What save-as killed before its rename leaves: the temporary file and its log, an hour old.
    const auto leave = [&](const QString &name, const QDateTime &when) {
        QFile file(dir.filePath(name));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("SQLite format 3");
        QVERIFY(file.flush());
        QVERIFY(file.setFileTime(when, QFileDevice::FileModificationTime));
    };
    const QDateTime hourAgo = QDateTime::currentDateTime().addSecs(-3600);
    leave(QStringLiteral(".要闻.folio.aB3xYz.saving"), hourAgo);
    leave(QStringLiteral(".要闻.folio.aB3xYz.saving-wal"), hourAgo);
    leave(QStringLiteral(".要闻.folio.aB3xYz.saving-shm"), hourAgo);
    leave(QStringLiteral(".要闻.folio.Qq9Q9q.saving"), hourAgo);
    // One being written right now by another save, and those of other editions, stay.
    leave(QStringLiteral(".要闻.folio.n0wN0w.saving"), QDateTime::currentDateTime());
    leave(QStringLiteral(".副刊.folio.aB3xYz.saving"), hourAgo);
    leave(QStringLiteral("要闻.folio.aB3xYz.saving"), hourAgo);

    QString error;
    QVERIFY2(EditionStore::save(*fixture::fullEdition(), path, &error), qPrintable(error));
    QStringList left = QDir(dir.path()).entryList(QDir::Files | QDir::Hidden, QDir::Name);
    QCOMPARE(left,
             (QStringList{QStringLiteral(".副刊.folio.aB3xYz.saving"),
                          QStringLiteral(".要闻.folio.n0wN0w.saving"), QStringLiteral("要闻.folio"),
                          QStringLiteral("要闻.folio.aB3xYz.saving")}));
}

QTEST_GUILESS_MAIN(tst_StoreFailures)
#include "tst_storefailures.moc"
