#pragma once

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QStringList>
#include <QVariant>

// Reading and writing an edition file with plain SQL, around the store: the tests check the
// rows the store wrote, and make older or damaged files by hand.
namespace fixture {

// Runs the statements in order; false when the file cannot be opened or one fails.
inline bool execRaw(const QString &path, const QStringList &statements)
{
    bool ok = true;
    {
        auto db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
        db.setDatabaseName(path);
        ok = db.open();
        for (const QString &s : statements) {
            QSqlQuery q(db);
            ok = ok && q.exec(s);
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw"));
    return ok;
}

// Every row of a query, `columns` values each.
inline QList<QVariantList> rowsRaw(const QString &path, const QString &sql, int columns)
{
    QList<QVariantList> rows;
    {
        auto db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
        db.setDatabaseName(path);
        db.open();
        QSqlQuery q(db);
        if (q.exec(sql))
            while (q.next()) {
                QVariantList row;
                for (int i = 0; i < columns; ++i)
                    row.append(q.value(i));
                rows.append(row);
            }
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw"));
    return rows;
}

// The first value of the first row; invalid when the query fails or has no row.
inline QVariant scalarRaw(const QString &path, const QString &sql)
{
    const QList<QVariantList> rows = rowsRaw(path, sql, 1);
    return rows.isEmpty() ? QVariant() : rows.first().first();
}

// What turns a current file back into a schema-3 file: schema 4's guides, schema 5's sign-off
// tables and schema 6's paragraph tracking removed, the version set to 3.
inline QStringList toSchema3()
{
    return {QStringLiteral("DROP TABLE guides"),
            QStringLiteral("DROP TABLE signoff_settings"),
            QStringLiteral("DROP TABLE signatures"),
            QStringLiteral("DROP TABLE sent_files"),
            QStringLiteral("ALTER TABLE paragraphs DROP COLUMN tracking"),
            QStringLiteral("PRAGMA user_version = 3"),
            QStringLiteral("UPDATE folio_meta SET value = '3' WHERE key = 'schema_version'")};
}

} // namespace fixture
