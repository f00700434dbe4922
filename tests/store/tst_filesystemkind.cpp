#include "store/filesystemkind.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using folio::store::FileSystemKind;
using Kind = FileSystemKind::Kind;

class tst_FileSystemKind : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void classify_data();
    void classify();
    void mountType_data();
    void mountType();
    void temporaryFolderIsLocal();
};

void tst_FileSystemKind::classify_data()
{
    QTest::addColumn<quint64>("magic");
    QTest::addColumn<QString>("typeName");
    QTest::addColumn<Kind>("kind");
    QTest::newRow("nfs") << quint64(0x6969) << QString() << Kind::Nfs;
    QTest::newRow("smb") << quint64(0x517B) << QString() << Kind::Smb;
    QTest::newRow("cifs") << quint64(0xFF534D42) << QString() << Kind::Smb;
    QTest::newRow("smb2") << quint64(0xFE534D42) << QString() << Kind::Smb;
    QTest::newRow("fuse sshfs") << quint64(0x65735546) << QStringLiteral("fuse.sshfs")
                                << Kind::Sshfs;
    // Other FUSE file systems are local disks as far as anyone can tell.
    QTest::newRow("fuse ntfs-3g") << quint64(0x65735546) << QStringLiteral("fuseblk")
                                  << Kind::Local;
    QTest::newRow("nfs4 by name") << quint64(0x1234) << QStringLiteral("nfs4") << Kind::Nfs;
    QTest::newRow("smb3 by name") << quint64(0x1234) << QStringLiteral("smb3") << Kind::Smb;
    QTest::newRow("ext4") << quint64(0xEF53) << QStringLiteral("ext4") << Kind::Local;
    QTest::newRow("tmpfs") << quint64(0x01021994) << QStringLiteral("tmpfs") << Kind::Local;
    QTest::newRow("btrfs") << quint64(0x9123683E) << QString() << Kind::Local;
    QTest::newRow("overlay") << quint64(0x794C7630) << QStringLiteral("overlay") << Kind::Local;
}

void tst_FileSystemKind::classify()
{
    QFETCH(quint64, magic);
    QFETCH(QString, typeName);
    QFETCH(Kind, kind);
    QCOMPARE(FileSystemKind::classify(magic, typeName), kind);
    QCOMPARE(FileSystemKind::isNetwork(kind), !FileSystemKind::name(kind).isEmpty());
}

void tst_FileSystemKind::mountType_data()
{
    const QByteArray mountInfo =
        "22 1 8:1 / / rw,relatime shared:1 - ext4 /dev/sda1 rw\n"
        "30 22 0:25 / /home rw,relatime shared:2 - ext4 /dev/sda2 rw\n"
        "41 30 0:50 / /home/编辑部 rw,relatime shared:9 - cifs //srv/版面 rw,vers=3.0\n"
        "42 22 0:51 / /mnt/nfs\\040share rw,relatime - nfs4 srv:/export rw\n"
        "43 22 0:52 / /mnt/remote rw,nosuid shared:12 master:3 - fuse.sshfs user@host: rw\n"
        "44 22 0:53 / /mnt/remote rw,relatime - tmpfs tmpfs rw\n";
    QTest::addColumn<QByteArray>("mountInfo");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("type");
    QTest::newRow("root") << mountInfo << QStringLiteral("/etc/passwd") << QStringLiteral("ext4");
    QTest::newRow("smb share") << mountInfo << QStringLiteral("/home/编辑部/要闻.folio")
                               << QStringLiteral("cifs");
    QTest::newRow("name sharing a prefix")
        << mountInfo << QStringLiteral("/home/编辑部2/a.folio") << QStringLiteral("ext4");
    QTest::newRow("escaped space")
        << mountInfo << QStringLiteral("/mnt/nfs share/a.folio") << QStringLiteral("nfs4");
    // The later mount on the same point hides the earlier one.
    QTest::newRow("mounted over") << mountInfo << QStringLiteral("/mnt/remote/a.folio")
                                  << QStringLiteral("tmpfs");
    QTest::newRow("sshfs") << mountInfo.left(mountInfo.lastIndexOf("44 "))
                           << QStringLiteral("/mnt/remote/a.folio") << QStringLiteral("fuse.sshfs");
    QTest::newRow("nothing readable")
        << QByteArray("garbage\n\n") << QStringLiteral("/a.folio") << QString();
}

void tst_FileSystemKind::mountType()
{
    QFETCH(QByteArray, mountInfo);
    QFETCH(QString, path);
    QFETCH(QString, type);
    QCOMPARE(FileSystemKind::mountType(path, mountInfo), type);
}

void tst_FileSystemKind::temporaryFolderIsLocal()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString file = dir.filePath(QStringLiteral("要闻.folio"));
    // A file not yet written is judged by its folder.
    QCOMPARE(FileSystemKind::of(file), Kind::Local);
    QFile f(file);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.close();
    QCOMPARE(FileSystemKind::of(file), Kind::Local);
    QCOMPARE(FileSystemKind::of(QDir::tempPath()), Kind::Local);
    // This machine's own mounts are read, and the temporary folder is not a network one there.
    QFile mountInfo(QStringLiteral("/proc/self/mountinfo"));
    if (mountInfo.open(QIODevice::ReadOnly)) {
        const QString type =
            FileSystemKind::mountType(QDir(dir.path()).canonicalPath(), mountInfo.readAll());
        QVERIFY(!type.isEmpty());
        QCOMPARE(FileSystemKind::classify(0, type), Kind::Local);
    }
}

QTEST_GUILESS_MAIN(tst_FileSystemKind)
#include "tst_filesystemkind.moc"
