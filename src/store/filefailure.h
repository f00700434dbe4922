#pragma once

#include <QString>

namespace folio::store {

// Why reading or writing a file failed, in words for the user. The system's reasons (a full
// disk, no write permission, a read-only medium) are told apart from a damaged file, so a
// healthy edition on a full disk is never called damaged.
class FileFailure
{
public:
    enum class Kind {
        None,           // nothing known
        DiskFull,       // ENOSPC, SQLITE_FULL
        NoPermission,   // EACCES, EPERM, SQLITE_PERM
        ReadOnlyMedium, // EROFS, a file system mounted read-only
        Busy,           // another program holds SQLite's lock
        Damaged,        // SQLITE_CORRUPT, SQLITE_NOTADB: the file itself is wrong
        Other,          // an I/O error the system did not explain
    };

    static Kind fromErrno(int error);
    // SQLite's result code (primary or extended) as QSqlError::nativeErrorCode() gives it.
    static Kind fromSqliteCode(int code);
    // What the file system says now about writing path (a file or a folder; a missing file is
    // looked at through its folder): a read-only mount, almost no free space, or no write
    // permission. None when writing there looks possible.
    static Kind probe(const QString &path);
    // errno first; when that says nothing specific, what probe(path) finds.
    static Kind explain(int error, const QString &path);

    // The reason as a few words for the user ("磁盘空间不足"); empty for None and Other.
    static QString reason(Kind kind);
    // Whether the cause lies outside the file (the file may be perfectly healthy).
    static bool isEnvironment(Kind kind);

    // Below this much free space an unexplained I/O error is put down to a full disk.
    static constexpr qint64 lowSpaceBytes = 1024 * 1024;
};

} // namespace folio::store
