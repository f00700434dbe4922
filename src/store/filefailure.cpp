#include "store/filefailure.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include <cerrno>
#ifdef Q_OS_UNIX
#include <sys/statvfs.h>
#include <unistd.h>
#endif

namespace folio::store {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("folio::EditionStore", text);
}

// SQLite's primary result codes (sqlite3.h); Qt Sql does not export them.
enum SqliteCode {
    SqlitePerm = 3,
    SqliteBusy = 5,
    SqliteLocked = 6,
    SqliteReadOnly = 8,
    SqliteIoErr = 10,
    SqliteCorrupt = 11,
    SqliteFull = 13,
    SqliteCantOpen = 14,
    SqliteNotADb = 26,
};

// The nearest existing thing to look at: the file, else its folder.
QString existingPath(const QString &path)
{
    const QFileInfo info(path);
    if (info.exists())
        return info.absoluteFilePath();
    return info.absolutePath();
}

} // namespace

FileFailure::Kind FileFailure::fromErrno(int error)
{
    switch (error) {
    case ENOSPC:
#ifdef EDQUOT
    case EDQUOT:
#endif
        return Kind::DiskFull;
    case EACCES:
    case EPERM:
        return Kind::NoPermission;
    case EROFS:
        return Kind::ReadOnlyMedium;
    case EIO:
        return Kind::Other;
    default:
        return Kind::None;
    }
}

FileFailure::Kind FileFailure::fromSqliteCode(int code)
{
    // Extended codes carry the primary code in the low byte.
    switch (code & 0xff) {
    case SqliteFull:
        return Kind::DiskFull;
    case SqlitePerm:
        return Kind::NoPermission;
    case SqliteBusy:
    case SqliteLocked:
        return Kind::Busy;
    case SqliteCorrupt:
    case SqliteNotADb:
        return Kind::Damaged;
    case SqliteReadOnly:
    case SqliteIoErr:
    case SqliteCantOpen:
        return Kind::Other;
    default:
        return Kind::None;
    }
}

FileFailure::Kind FileFailure::probe(const QString &path)
{
#ifdef Q_OS_UNIX
    const QString target = existingPath(path);
    const QByteArray native = QFile::encodeName(target);
    struct statvfs fs;
    if (::statvfs(native.constData(), &fs) == 0) {
        if (fs.f_flag & ST_RDONLY)
            return Kind::ReadOnlyMedium;
        if (qint64(fs.f_bavail) * qint64(fs.f_frsize) < lowSpaceBytes)
            return Kind::DiskFull;
    }
    // A file needs its own write permission, and its folder's for SQLite's -wal and -shm.
    const QFileInfo info(target);
    const QString folder = info.isDir() ? target : info.absolutePath();
    for (const QString &p : {target, folder}) {
        if (::access(QFile::encodeName(p).constData(), W_OK) != 0)
            return errno == EROFS ? Kind::ReadOnlyMedium : Kind::NoPermission;
    }
    // Root passes access(); the permission bits still say what the owner meant.
    const auto writeBits = QFile::WriteOwner | QFile::WriteGroup | QFile::WriteOther;
    if (!(QFile::permissions(target) & writeBits) || !(QFile::permissions(folder) & writeBits))
        return Kind::NoPermission;
#else
    Q_UNUSED(path);
#endif
    return Kind::None;
}

FileFailure::Kind FileFailure::explain(int error, const QString &path)
{
    const Kind kind = fromErrno(error);
    if (kind != Kind::None && kind != Kind::Other)
        return kind;
    const Kind probed = probe(path);
    return probed != Kind::None ? probed : kind;
}

QString FileFailure::reason(Kind kind)
{
    switch (kind) {
    case Kind::DiskFull:
        return tr("磁盘空间不足");
    case Kind::NoPermission:
        return tr("没有写入权限");
    case Kind::ReadOnlyMedium:
        return tr("只读介质，不能写入");
    case Kind::Busy:
        return tr("文件正被其他程序使用");
    case Kind::Damaged:
        return tr("文件已损坏");
    case Kind::None:
    case Kind::Other:
        break;
    }
    return {};
}

bool FileFailure::isEnvironment(Kind kind)
{
    return kind == Kind::DiskFull || kind == Kind::NoPermission || kind == Kind::ReadOnlyMedium ||
           kind == Kind::Busy;
}

} // namespace folio::store
