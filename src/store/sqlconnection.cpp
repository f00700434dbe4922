#include "store/sqlconnection.h"

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
} // namespace

SqlConnection::SqlConnection(const QString &path, Mode mode)
    : m_name(nextConnectionName()), m_mode(mode)
{
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
    m_db.setDatabaseName(path);
    QString options = QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000");
    if (mode == Mode::ReadOnly)
        options += QStringLiteral(";QSQLITE_OPEN_READONLY");
    m_db.setConnectOptions(options);
    if (!m_db.open()) {
        m_error = m_db.lastError().text();
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
            if (m_error.isEmpty())
                m_error = QStringLiteral("cannot switch the journal to WAL");
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
        m_error = query.lastError().text();
        return false;
    }
    return true;
}

QVariant SqlConnection::scalar(const QString &sql)
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!query.exec(sql)) {
        m_error = query.lastError().text();
        return {};
    }
    if (!query.next()) {
        m_error = query.lastError().text();
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
        m_error = query.lastError().text();
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

void SqlConnection::close()
{
    if (m_db.isOpen())
        m_db.close();
}

} // namespace folio::store
