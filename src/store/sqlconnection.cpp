#include "store/sqlconnection.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <atomic>

namespace folio::store {

namespace {
QString nextConnectionName()
{
    static std::atomic<quint64> counter{0};
    return QStringLiteral("folio-store-%1").arg(++counter);
}

QString tr(const char *text)
{
    return QCoreApplication::translate("folio::EditionStore", text);
}
} // namespace

SqlConnection::SqlConnection(const QString &path, Mode mode)
    : m_name(nextConnectionName()), m_path(path), m_mode(mode)
{
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
    m_db.setDatabaseName(path);
    QString options = QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000");
    if (mode == Mode::ReadOnly)
        options += QStringLiteral(";QSQLITE_OPEN_READONLY");
    m_db.setConnectOptions(options);
    if (!m_db.open()) {
        describe(m_db.lastError());
        return;
    }
    if (mode == Mode::ReadWrite) {
        // WAL: readers never block the writer and a crash mid-save leaves the last commit.
        // synchronous=FULL makes each committed save durable, not just consistent.
        const bool ok = exec(QStringLiteral("PRAGMA foreign_keys = ON")) &&
                        scalar(QStringLiteral("PRAGMA journal_mode = WAL")).toString() ==
                            QLatin1String("wal") &&
                        exec(QStringLiteral("PRAGMA synchronous = FULL"));
        if (!ok) {
            // A full disk or a read-only folder can leave the journal as it was without an error.
            if (m_error.isEmpty())
                setFailure(FileFailure::probe(path));
            if (m_error.isEmpty())
                m_error = tr("无法切换到预写日志模式");
            m_db.close();
        }
    }
}

SqlConnection::~SqlConnection()
{
    close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_name);
}

bool SqlConnection::exec(const QString &sql)
{
    QSqlQuery query(m_db);
    if (!query.exec(sql)) {
        describe(query.lastError());
        return false;
    }
    return true;
}

QVariant SqlConnection::scalar(const QString &sql)
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!query.exec(sql)) {
        describe(query.lastError());
        return {};
    }
    if (!query.next()) {
        describe(query.lastError());
        return {};
    }
    return query.value(0);
}

bool SqlConnection::hasTable(const QString &name)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?"));
    query.addBindValue(name);
    if (!query.exec()) {
        describe(query.lastError());
        return false;
    }
    return query.next();
}

bool SqlConnection::beginTransaction()
{
    // IMMEDIATE takes the write lock at once, so a busy file fails before any row is written.
    return exec(QStringLiteral("BEGIN IMMEDIATE"));
}

bool SqlConnection::commit()
{
    return exec(QStringLiteral("COMMIT"));
}

void SqlConnection::rollback()
{
    const QString kept = m_error;
    exec(QStringLiteral("ROLLBACK"));
    m_error = kept;
}

QString SqlConnection::describe(const QSqlError &error)
{
    const QString detail = error.databaseText().isEmpty() ? error.text() : error.databaseText();
    bool isNumber = false;
    const int code = error.nativeErrorCode().toInt(&isNumber);
    FileFailure::Kind kind = isNumber ? FileFailure::fromSqliteCode(code) : FileFailure::Kind::None;
    // SQLite reports a failed -shm, a refused open or a write to a read-only file without the
    // system's reason: ask the file system what stands in the way.
    if (kind == FileFailure::Kind::Other) {
        const FileFailure::Kind probed = FileFailure::probe(m_path);
        if (probed != FileFailure::Kind::None)
            kind = probed;
    }
    m_failure = kind;
    if (FileFailure::isEnvironment(kind))
        m_error = FileFailure::reason(kind);
    else if (kind == FileFailure::Kind::Damaged)
        m_error = tr("文件已损坏（%1）").arg(detail);
    else if (kind == FileFailure::Kind::Other)
        m_error = tr("读写文件时出错（%1）").arg(detail);
    else
        m_error = detail;
    return m_error;
}

void SqlConnection::setFailure(FileFailure::Kind kind)
{
    m_failure = kind;
    if (kind != FileFailure::Kind::None && kind != FileFailure::Kind::Other)
        m_error = FileFailure::reason(kind);
}

void SqlConnection::close()
{
    if (m_db.isOpen())
        m_db.close();
}

} // namespace folio::store
