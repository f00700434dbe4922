#pragma once

#include "store/filefailure.h"

#include <QSqlDatabase>
#include <QString>
#include <QVariant>

namespace folio::store {

// One QSQLITE connection under a name unique to this object, removed from Qt's connection
// registry when the object dies: two open files, or two saves of one file, never share a
// connection. Keeps the last SQLite error as text for the caller's message, with the system's
// reason (disk full, no permission, read-only medium) in words instead of SQLite's English.
class SqlConnection
{
public:
    enum class Mode { ReadOnly, ReadWrite };

    // ReadWrite connections switch on foreign keys, WAL and fully synchronous commits.
    SqlConnection(const QString &path, Mode mode);
    ~SqlConnection();
    SqlConnection(const SqlConnection &) = delete;
    SqlConnection &operator=(const SqlConnection &) = delete;

    bool isOpen() const { return m_db.isOpen(); }
    Mode mode() const { return m_mode; }
    QSqlDatabase database() const { return m_db; }
    QString errorText() const { return m_error; }
    // What kind of failure the last error was (FileFailure::Kind::None: not a file problem).
    FileFailure::Kind failure() const { return m_failure; }

    // Turns an error of a query on this connection into the message errorText() returns and
    // keeps it as the last error.
    QString describe(const QSqlError &error);

    // Runs one statement; on failure keeps the error and returns false.
    bool exec(const QString &sql);
    // The first column of the first row (PRAGMAs, counts); an invalid QVariant on failure.
    QVariant scalar(const QString &sql);
    // Whether a table of this name exists in the file.
    bool hasTable(const QString &name);

    bool beginTransaction();
    bool commit();
    void rollback();
    void close();

    // Records an error from a query the caller ran itself.
    void setError(const QString &error) { m_error = error; }
    // Records a failure whose cause the caller knows (a check after the fact).
    void setFailure(FileFailure::Kind kind);

private:
    QString m_name;
    QString m_path;
    Mode m_mode;
    QSqlDatabase m_db;
    QString m_error;
    FileFailure::Kind m_failure = FileFailure::Kind::None;
};

} // namespace folio::store
