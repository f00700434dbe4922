#include "store/editionlock.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using folio::store::EditionLock;

namespace {

QString childBinary()
{
    return QCoreApplication::applicationDirPath() + QStringLiteral("/tst_store_lockchild");
}

// The pid of a process that has finished (and been reaped): nobody runs under it now.
qint64 deadPid()
{
    QProcess process;
    process.start(childBinary(), {});
    if (!process.waitForStarted())
        return 0;
    const qint64 pid = process.processId();
    process.waitForFinished();
    return pid;
}

qint64 startedPid(QProcess &process)
{
    return process.processId();
}

void writeLock(const QString &editionPath, const EditionLock::Holder &holder)
{
    QFile file(EditionLock::lockFilePath(editionPath));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(EditionLock::serialize(holder, "feedface"));
}

EditionLock::Holder localHolder(qint64 pid, const QString &program)
{
    EditionLock::Holder holder;
    holder.userName = QStringLiteral("李四");
    holder.hostName = QSysInfo::machineHostName();
    holder.pid = pid;
    holder.program = program;
    holder.since = QDateTime::currentDateTimeUtc().addSecs(-60);
    return holder;
}

} // namespace

class tst_EditionLock : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void lockFileBesideTheEdition();
    void secondLockFailsWithHolder();
    void releaseRemovesTheFile();
    void unlockLeavesAnotherLock();
    void staleLockIsTaken_data();
    void staleLockIsTaken();
    void liveLockIsKept_data();
    void liveLockIsKept();
    void otherProcessHoldsTheLock();
    void killedProcessLockIsTaken();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_edition;
};

void tst_EditionLock::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_edition = m_dir->filePath(QStringLiteral("要闻版.folio"));
    EditionLock::setUserName({});
}

void tst_EditionLock::lockFileBesideTheEdition()
{
    QCOMPARE(EditionLock::lockFilePath(m_edition),
             m_dir->filePath(QStringLiteral(".要闻版.folio.lock")));
    EditionLock lock(m_edition);
    QVERIFY2(lock.tryLock(), qPrintable(lock.errorString()));
    QVERIFY(lock.isLocked());
    QVERIFY(QFileInfo::exists(lock.lockFilePath()));
    // No file is created for the edition itself, and nothing else is left in the folder.
    QCOMPARE(QDir(m_dir->path()).entryList(QDir::Files | QDir::Hidden),
             QStringList{QStringLiteral(".要闻版.folio.lock")});
}

void tst_EditionLock::secondLockFailsWithHolder()
{
    EditionLock::setUserName(QStringLiteral("王五"));
    EditionLock first(m_edition);
    QVERIFY(first.tryLock());
    const QByteArray before = [&] {
        QFile f(first.lockFilePath());
        f.open(QIODevice::ReadOnly);
        return f.readAll();
    }();

    EditionLock second(m_edition);
    QVERIFY(!second.tryLock());
    QVERIFY(!second.isLocked());
    QVERIFY(second.isHeldByOther());
    QCOMPARE(second.holder().userName, QStringLiteral("王五"));
    QCOMPARE(second.holder().hostName, QSysInfo::machineHostName());
    QCOMPARE(second.holder().pid, qint64(::getpid()));
    QVERIFY(qAbs(second.holder().since.secsTo(QDateTime::currentDateTimeUtc())) < 3600);
    const QString expected =
        QStringLiteral("“要闻版.folio”正在由 王五 在 %1 机编辑（自 %2 起）")
            .arg(QSysInfo::machineHostName(),
                 second.holder().since.toLocalTime().toString(QStringLiteral("HH:mm")));
    QCOMPARE(second.errorString(), expected);
    QCOMPARE(EditionLock::currentHolder(m_edition).userName, QStringLiteral("王五"));

    // The failed attempt neither changed nor removed the holder's file.
    second.unlock();
    QFile after(first.lockFilePath());
    QVERIFY(after.open(QIODevice::ReadOnly));
    QCOMPARE(after.readAll(), before);
}

void tst_EditionLock::releaseRemovesTheFile()
{
    {
        EditionLock lock(m_edition);
        QVERIFY(lock.tryLock());
        lock.unlock();
        QVERIFY(!QFileInfo::exists(lock.lockFilePath()));
        QVERIFY(lock.tryLock());
    } // the destructor releases too
    QVERIFY(!QFileInfo::exists(EditionLock::lockFilePath(m_edition)));
    QVERIFY(!EditionLock::currentHolder(m_edition).isValid());
    EditionLock again(m_edition);
    QVERIFY(again.tryLock());
}

void tst_EditionLock::unlockLeavesAnotherLock()
{
    // A lock removed behind our back and taken by someone else is theirs: unlock keeps it.
    EditionLock lock(m_edition);
    QVERIFY(lock.tryLock());
    QVERIFY(QFile::remove(lock.lockFilePath()));
    writeLock(m_edition, localHolder(::getppid(), QString()));
    lock.unlock();
    QVERIFY(QFileInfo::exists(lock.lockFilePath()));
}

void tst_EditionLock::staleLockIsTaken_data()
{
    QTest::addColumn<qint64>("pid");
    QTest::addColumn<QString>("program");
    QTest::addColumn<QDateTime>("since");
    QTest::addColumn<bool>("garbage");
    const QDateTime recent = QDateTime::currentDateTimeUtc().addSecs(-60);
    QTest::newRow("dead process") << deadPid() << QStringLiteral("tst_store_lockchild") << recent
                                  << false;
    // The number now belongs to another program (our parent is not a Folio lock holder).
    QTest::newRow("number reused by another program")
        << qint64(::getppid()) << QStringLiteral("folio-not-running") << recent << false;
    QTest::newRow("before the last boot")
        << qint64(::getppid()) << QString() << QDateTime(QDate(1999, 1, 1), QTime(8, 0), Qt::UTC)
        << false;
    QTest::newRow("unreadable and old") << qint64(0) << QString() << recent << true;
}

void tst_EditionLock::staleLockIsTaken()
{
    QFETCH(qint64, pid);
    QFETCH(QString, program);
    QFETCH(QDateTime, since);
    QFETCH(bool, garbage);
    QVERIFY(garbage || pid > 0);
    const QString lockPath = EditionLock::lockFilePath(m_edition);
    if (garbage) {
        QFile file(lockPath);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("\x01\x02 not a lock");
        file.close();
        const QDateTime old = QDateTime::currentDateTime().addSecs(-3600);
        QVERIFY(file.open(QIODevice::ReadWrite));
        QVERIFY(file.setFileTime(old, QFileDevice::FileModificationTime));
    } else {
        EditionLock::Holder holder = localHolder(pid, program);
        holder.since = since;
        writeLock(m_edition, holder);
    }
    QVERIFY(!EditionLock::currentHolder(m_edition).isValid());

    EditionLock lock(m_edition);
    QVERIFY2(lock.tryLock(), qPrintable(lock.errorString()));
    QFile file(lockPath);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(EditionLock::parse(file.readAll()).pid, qint64(::getpid()));
}

void tst_EditionLock::liveLockIsKept_data()
{
    QTest::addColumn<QString>("host");
    QTest::addColumn<qint64>("pid");
    QTest::addColumn<bool>("garbage");
    // Processes on another machine cannot be checked from here: even a dead number holds.
    QTest::newRow("another host") << QStringLiteral("编辑部-07") << deadPid() << false;
    QTest::newRow("this process") << QSysInfo::machineHostName() << qint64(::getpid()) << false;
    // Being written right now by a process without hard links.
    QTest::newRow("unreadable and new") << QString() << qint64(0) << true;
}

void tst_EditionLock::liveLockIsKept()
{
    QFETCH(QString, host);
    QFETCH(qint64, pid);
    QFETCH(bool, garbage);
    if (garbage) {
        QFile file(EditionLock::lockFilePath(m_edition));
        QVERIFY(file.open(QIODevice::WriteOnly));
    } else {
        EditionLock::Holder holder =
            localHolder(pid, QFileInfo(QCoreApplication::applicationFilePath()).fileName());
        holder.hostName = host;
        writeLock(m_edition, holder);
    }
    EditionLock lock(m_edition);
    QVERIFY(!lock.tryLock());
    QVERIFY(lock.isHeldByOther());
    QVERIFY2(lock.errorString().startsWith(QStringLiteral("“要闻版.folio”正在由")),
             qPrintable(lock.errorString()));
    if (!garbage)
        QVERIFY(lock.errorString().contains(QStringLiteral("李四 在 %1 机编辑").arg(host)));
    QVERIFY(QFileInfo::exists(EditionLock::lockFilePath(m_edition)));
}

void tst_EditionLock::otherProcessHoldsTheLock()
{
    QProcess child;
    child.start(childBinary(), {m_edition});
    QVERIFY(child.waitForStarted());
    QVERIFY(child.waitForReadyRead(30000));
    QCOMPARE(child.readLine().trimmed(), QByteArray("locked"));

    EditionLock lock(m_edition);
    QVERIFY(!lock.tryLock());
    QCOMPARE(lock.holder().pid, startedPid(child));
    QCOMPARE(lock.holder().userName, QStringLiteral("张三"));
    QVERIFY2(lock.errorString().contains(
                 QStringLiteral("正在由 张三 在 %1 机编辑").arg(QSysInfo::machineHostName())),
             qPrintable(lock.errorString()));

    // This process's lock is seen by the other process the same way.
    QProcess second;
    const QString other = m_dir->filePath(QStringLiteral("副刊.folio"));
    EditionLock mine(other);
    QVERIFY(mine.tryLock());
    second.start(childBinary(), {other});
    QVERIFY(second.waitForFinished(30000));
    QCOMPARE(second.exitCode(), 1);
    QVERIFY(QString::fromUtf8(second.readAllStandardOutput()).contains(QStringLiteral("正在由")));

    // A clean exit releases the lock.
    child.closeWriteChannel();
    QVERIFY(child.waitForFinished(30000));
    QCOMPARE(child.exitCode(), 0);
    QVERIFY(!QFileInfo::exists(EditionLock::lockFilePath(m_edition)));
    QVERIFY(lock.tryLock());
}

void tst_EditionLock::killedProcessLockIsTaken()
{
    QProcess child;
    child.start(childBinary(), {m_edition});
    QVERIFY(child.waitForReadyRead(30000));
    QCOMPARE(child.readLine().trimmed(), QByteArray("locked"));
    EditionLock lock(m_edition);
    QVERIFY(!lock.tryLock());

    child.kill(); // SIGKILL: the lock file stays behind
    QVERIFY(child.waitForFinished(30000));
    QVERIFY(QFileInfo::exists(EditionLock::lockFilePath(m_edition)));
    QVERIFY2(lock.tryLock(), qPrintable(lock.errorString()));
    QVERIFY(!lock.isHeldByOther());
}

QTEST_GUILESS_MAIN(tst_EditionLock)
#include "tst_editionlock.moc"
