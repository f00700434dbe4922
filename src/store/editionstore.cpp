#include "store/editionstore.h"

#include "store/editionfilecheck.h"
#include "store/editionreader.h"
#include "store/editionwriter.h"
#include "store/filefailure.h"
#include "store/filesystemkind.h"
#include "store/schemamigrator.h"
#include "store/sqlconnection.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTemporaryFile>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace folio {

using store::EditionFileCheck;
using store::EditionReader;
using store::EditionWriter;
using store::FileFailure;
using store::FileSystemKind;
using store::SchemaMigrator;
using store::SqlConnection;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("folio::EditionStore", text);
}

QString openError(const QString &path, const QString &problem)
{
    return tr("无法打开“%1”：%2").arg(QDir::toNativeSeparators(path), problem);
}

QString saveError(const QString &path, const QString &problem)
{
    return tr("无法保存“%1”：%2").arg(QDir::toNativeSeparators(path), problem);
}

// The system's reason for a failed call on path in words, else fallback (the caller's detail).
QString systemReason(int error, const QString &path, const QString &fallback)
{
    const QString reason = FileFailure::reason(FileFailure::explain(error, path));
    return reason.isEmpty() ? fallback : reason;
}

// A failed connection or query: the system's reason, SQLite's verdict on a damaged file, or
// (for anything else) SQLite's text marked as damage, as before.
QString connectionProblem(const SqlConnection &connection)
{
    const FileFailure::Kind kind = connection.failure();
    if (kind == FileFailure::Kind::None)
        return tr("文件已损坏（%1）").arg(connection.errorText());
    return connection.errorText();
}

QString walPath(const QString &path)
{
    return path + QStringLiteral("-wal");
}
QString shmPath(const QString &path)
{
    return path + QStringLiteral("-shm");
}

// A read-only connection to a WAL file leaves an empty -wal and a -shm behind (it may not
// checkpoint them away). Remove the ones that were not there before we looked, so a failed or
// read-only open leaves the folder as it found it.
class SideFiles
{
public:
    explicit SideFiles(const QString &path)
        : m_path(path), m_hadWal(QFile::exists(walPath(path))),
          m_hadShm(QFile::exists(shmPath(path)))
    {}
    void removeCreated() const
    {
        const QFileInfo wal(walPath(m_path));
        if (!m_hadWal && wal.exists() && wal.size() == 0)
            QFile::remove(wal.filePath());
        if (!m_hadShm && !QFile::exists(walPath(m_path)))
            QFile::remove(shmPath(m_path));
    }

private:
    QString m_path;
    bool m_hadWal;
    bool m_hadShm;
};

void removeDatabaseFiles(const QString &path)
{
    QFile::remove(path);
    QFile::remove(walPath(path));
    QFile::remove(shmPath(path));
}

bool syncFile(const QString &path)
{
#ifdef Q_OS_UNIX
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY);
    if (fd < 0)
        return false;
    const bool ok = ::fsync(fd) == 0;
    ::close(fd);
    return ok;
#else
    Q_UNUSED(path);
    return true;
#endif
}

// Atomically replaces target with source (same folder).
bool replaceFile(const QString &source, const QString &target, QString *problem)
{
#ifdef Q_OS_UNIX
    if (::rename(QFile::encodeName(source).constData(), QFile::encodeName(target).constData()) !=
        0) {
        const int error = errno;
        *problem = systemReason(error, target, QString::fromLocal8Bit(std::strerror(error)));
        return false;
    }
    syncFile(QFileInfo(target).absolutePath());
    return true;
#else
    QFile::remove(target);
    QFile file(source);
    if (!file.rename(target)) {
        *problem = file.errorString();
        return false;
    }
    return true;
#endif
}

QFile::Permissions newFilePermissions()
{
#ifdef Q_OS_UNIX
    const mode_t mask = ::umask(0);
    ::umask(mask);
    const mode_t mode = 0666 & ~mask;
    QFile::Permissions p;
    if (mode & S_IRUSR)
        p |= QFile::ReadOwner | QFile::ReadUser;
    if (mode & S_IWUSR)
        p |= QFile::WriteOwner | QFile::WriteUser;
    if (mode & S_IRGRP)
        p |= QFile::ReadGroup;
    if (mode & S_IWGRP)
        p |= QFile::WriteGroup;
    if (mode & S_IROTH)
        p |= QFile::ReadOther;
    if (mode & S_IWOTH)
        p |= QFile::WriteOther;
    return p;
#else
    return QFile::ReadOwner | QFile::WriteOwner | QFile::ReadUser | QFile::WriteUser;
#endif
}

// Why nothing can be written into folder (no permission, also by its permission bits when
// running as root; a read-only medium), or None.
FileFailure::Kind folderRefusesWrites(const QString &folder)
{
    if (!QFileInfo(folder).isDir())
        return FileFailure::Kind::None;
    const FileFailure::Kind kind = FileFailure::probe(folder);
    if (kind == FileFailure::Kind::NoPermission || kind == FileFailure::Kind::ReadOnlyMedium)
        return kind;
    return FileFailure::Kind::None;
}

// Copies an edition with the commits still in its write-ahead log, which belong to it too.
bool copyWithLog(const QString &path, const QString &copy)
{
    bool copied = QFile::copy(path, copy);
    if (copied && QFileInfo(walPath(path)).size() > 0)
        copied = QFile::copy(walPath(path), walPath(copy));
    return copied;
}

// Checks the file through a read-only connection and, when it has the current schema, reads
// it. Returns the problem (empty when none), and what kind of failure it was.
QString checkAndRead(const QString &path, int *version, std::unique_ptr<Edition> *edition,
                     FileFailure::Kind *failure)
{
    QString problem;
    const SideFiles sideFiles(path);
    {
        SqlConnection connection(path, SqlConnection::Mode::ReadOnly);
        if (!connection.isOpen())
            problem = connectionProblem(connection);
        else
            problem = EditionFileCheck::checkDatabase(connection, version);
        if (problem.isEmpty() && *version == SchemaMigrator::currentVersion)
            *edition = EditionReader(connection).read(&problem);
        *failure = problem.isEmpty() ? FileFailure::Kind::None : connection.failure();
    }
    sideFiles.removeCreated();
    return problem;
}

// Upgrades an older file in a private copy so that a read-only file is never touched.
std::unique_ptr<Edition> readMigratedCopy(const QString &path, int version, QString *problem)
{
    QTemporaryDir dir;
    if (!dir.isValid()) {
        *problem = tr("无法创建临时文件夹（%1）")
                       .arg(systemReason(errno, QDir::tempPath(), dir.errorString()));
        return nullptr;
    }
    const QString copy = dir.filePath(QStringLiteral("edition.folio"));
    if (!copyWithLog(path, copy)) {
        const QString reason = FileFailure::reason(FileFailure::probe(dir.path()));
        *problem = reason.isEmpty() ? tr("无法复制文件以升级格式")
                                    : tr("无法复制文件以升级格式（%1）").arg(reason);
        return nullptr;
    }
    QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
    SqlConnection connection(copy, SqlConnection::Mode::ReadWrite);
    if (!connection.isOpen()) {
        *problem = connection.errorText();
        return nullptr;
    }
    if (!SchemaMigrator::migrate(connection, version, problem)) {
        *problem = tr("无法升级文件格式（%1）").arg(*problem);
        return nullptr;
    }
    return EditionReader(connection).read(problem);
}

bool saveInPlace(const Edition &edition, const QString &path, QString *problem)
{
    SqlConnection connection(path, SqlConnection::Mode::ReadWrite);
    if (!connection.isOpen()) {
        *problem = connection.errorText();
        return false;
    }
    return EditionWriter(connection).write(edition, problem);
}

bool saveReplacing(const Edition &edition, const QString &path, QString *problem)
{
    const QFileInfo info(path);
    const QString folder = info.absolutePath();
    if (!QFileInfo(folder).isDir()) {
        *problem = tr("文件夹“%1”不存在").arg(QDir::toNativeSeparators(folder));
        return false;
    }
    // A hidden sibling, so the final rename stays within one file system.
    QTemporaryFile temp(folder + QStringLiteral("/.") + info.fileName() +
                        QStringLiteral(".XXXXXX.saving"));
    temp.setAutoRemove(false);
    if (!temp.open()) {
        const int error = errno;
        *problem = tr("无法在文件夹中创建临时文件（%1）")
                       .arg(systemReason(error, folder, temp.errorString()));
        return false;
    }
    const QString tempPath = temp.fileName();
    temp.close();

    bool ok = false;
    {
        SqlConnection connection(tempPath, SqlConnection::Mode::ReadWrite);
        ok = connection.isOpen();
        if (!ok)
            *problem = connection.errorText();
        ok = ok && SchemaMigrator::migrate(connection, 0, problem) &&
             EditionWriter(connection).write(edition, problem);
        // Fold the log into the file so the renamed file stands alone.
        if (ok && !connection.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"))) {
            *problem = connection.errorText();
            ok = false;
        }
    }
    if (ok && QFileInfo(walPath(tempPath)).size() > 0) {
        *problem = tr("临时文件的日志未能写回");
        ok = false;
    }
    if (ok && !syncFile(tempPath)) {
        const QString reason = FileFailure::reason(FileFailure::explain(errno, tempPath));
        *problem = reason.isEmpty() ? tr("无法把临时文件写入磁盘")
                                    : tr("无法把临时文件写入磁盘（%1）").arg(reason);
        ok = false;
    }
    if (ok) {
        QFile::setPermissions(tempPath,
                              info.exists() ? QFile::permissions(path) : newFilePermissions());
        // A log left by a crashed session belongs to the old file: it must never be replayed
        // onto the new one.
        QFile::remove(walPath(path));
        QFile::remove(shmPath(path));
        ok = replaceFile(tempPath, path, problem);
    }
    if (!ok)
        removeDatabaseFiles(tempPath);
    else {
        QFile::remove(walPath(tempPath));
        QFile::remove(shmPath(tempPath));
    }
    return ok;
}

// A save-as killed before its rename leaves its hidden temporary file (and its log) behind. One
// still being written by another save changes at least every few seconds; one untouched for a
// minute belongs to nobody.
void removeStaleSavingFiles(const QString &path)
{
    const QFileInfo info(path);
    QDir folder(info.absolutePath());
    const QString prefix = QStringLiteral(".") + info.fileName() + QStringLiteral(".");
    const QStringList names =
        folder.entryList({prefix + QStringLiteral("??????.saving*")},
                         QDir::Files | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot);
    const QDateTime cutoff =
        QDateTime::currentDateTimeUtc().addSecs(-EditionStore::staleSavingSeconds);
    for (const QString &name : names) {
        const QString base =
            name.section(QStringLiteral(".saving"), 0, 0) + QStringLiteral(".saving");
        if (name != base)
            continue; // the -wal and -shm go with their file below
        const QString file = folder.filePath(base);
        QDateTime newest;
        for (const QString &part : {file, walPath(file), shmPath(file)}) {
            const QFileInfo p(part);
            if (p.exists() && (!newest.isValid() || p.lastModified() > newest))
                newest = p.lastModified();
        }
        if (newest.isValid() && newest.toUTC() < cutoff)
            removeDatabaseFiles(file);
    }
}

} // namespace

int EditionStore::currentSchemaVersion()
{
    return SchemaMigrator::currentVersion;
}

bool EditionStore::isReadOnlyFile(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists())
        return false;
    // Root may write anything, so isWritable() alone would call a 0444 file writable: the
    // permission bits say what the owner meant.
    const auto writeBits = QFile::WriteOwner | QFile::WriteGroup | QFile::WriteOther;
    return !info.isWritable() || !(info.permissions() & writeBits);
}

OpenResult EditionStore::open(const QString &path, OpenMode mode)
{
    OpenResult result;
    const auto failed = [&result, &path](const QString &problem) {
        result.edition.reset();
        result.error = openError(path, problem);
        return std::move(result);
    };
    if (path.isEmpty())
        return failed(tr("没有指定文件"));
    QString problem = EditionFileCheck::checkBytes(path);
    if (!problem.isEmpty())
        return failed(problem);

    const QFileInfo info(path);
    // A WAL file can only be written when its folder takes the -wal and -shm files too.
    result.readOnly = mode == OpenMode::ReadOnly || isReadOnlyFile(path) ||
                      folderRefusesWrites(info.absolutePath()) != FileFailure::Kind::None;
    const FileSystemKind::Kind fileSystem = FileSystemKind::of(path);
    if (FileSystemKind::isNetwork(fileSystem)) {
        result.readOnly = true;
        result.readOnlyReason =
            tr("“%1”在网络文件系统（%2）上，SQLite 的文件锁在那里不安全，所以只读打开。"
               "请改用编辑部版面服务器，或复制到本机后编辑。")
                .arg(info.fileName(), FileSystemKind::name(fileSystem));
    }

    int version = 0;
    FileFailure::Kind failure = FileFailure::Kind::None;
    problem = checkAndRead(path, &version, &result.edition, &failure);
    if (!problem.isEmpty() && FileFailure::isEnvironment(failure) &&
        failure != FileFailure::Kind::Busy) {
        // Even reading a WAL file makes SQLite write a -shm beside it, which a full disk or a
        // read-only medium refuses: read a private copy instead, and never write the original.
        QTemporaryDir dir;
        const QString copy = dir.filePath(QStringLiteral("edition.folio"));
        FileFailure::Kind again = FileFailure::Kind::None;
        if (dir.isValid() && copyWithLog(path, copy) &&
            checkAndRead(copy, &version, &result.edition, &again).isEmpty()) {
            problem.clear();
            result.readOnly = true;
            result.readOnlyReason = tr("“%1”所在的位置不能写入（%2），所以只读打开。")
                                        .arg(info.fileName(), FileFailure::reason(failure));
        }
    }
    result.fileSchemaVersion = version;
    if (!problem.isEmpty())
        return failed(problem);
    if (result.edition)
        return result;

    // Older schema, every check passed: only now is the file (or a copy of it) written.
    result.migrated = true;
    if (result.readOnly) {
        result.edition = readMigratedCopy(path, version, &problem);
    } else {
        SqlConnection connection(path, SqlConnection::Mode::ReadWrite);
        if (!connection.isOpen())
            problem = connection.errorText();
        else if (!SchemaMigrator::migrate(connection, version, &problem) &&
                 !FileFailure::isEnvironment(connection.failure()))
            problem = tr("无法升级文件格式（%1）").arg(problem);
        else if (problem.isEmpty())
            result.edition = EditionReader(connection).read(&problem);
    }
    if (!result.edition)
        return failed(problem);
    return result;
}

bool EditionStore::save(const Edition &edition, const QString &path, QString *error)
{
    QString problem;
    const auto failed = [&](const QString &why) {
        if (error)
            *error = saveError(path, why);
        return false;
    };
    if (path.isEmpty())
        return failed(tr("没有指定文件"));
    const QFileInfo info(path);
    if (info.exists()) {
        if (info.isDir())
            return failed(tr("这是一个文件夹"));
        if (isReadOnlyFile(path)) {
            if (FileFailure::probe(path) == FileFailure::Kind::ReadOnlyMedium)
                return failed(tr("文件在只读介质上，不能写入；请另存为其他文件"));
            return failed(tr("文件是只读的（没有写入权限），请另存为其他文件"));
        }
    }
    // The folder takes the temporary file, or SQLite's -wal and -shm: its permission bits count
    // even for root, as the file's do.
    if (const FileFailure::Kind kind = folderRefusesWrites(info.absolutePath());
        kind != FileFailure::Kind::None)
        return failed(
            tr("%1（文件夹“%2”）")
                .arg(FileFailure::reason(kind), QDir::toNativeSeparators(info.absolutePath())));
    if (info.exists()) {
        const auto header = EditionFileCheck::readHeader(path);
        if (header.isSqlite && header.applicationId == SchemaMigrator::applicationId) {
            if (header.userVersion > SchemaMigrator::currentVersion)
                return failed(tr("文件由更新版本的 Folio 创建（格式版本 %1），覆盖会丢失其中的"
                                 "内容；请另存为其他文件")
                                  .arg(header.userVersion));
            if (header.userVersion == SchemaMigrator::currentVersion) {
                if (!saveInPlace(edition, path, &problem))
                    return failed(problem);
                removeStaleSavingFiles(path);
                return true;
            }
        }
    }
    if (!saveReplacing(edition, path, &problem))
        return failed(problem);
    removeStaleSavingFiles(path);
    return true;
}

} // namespace folio
