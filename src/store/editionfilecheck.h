#pragma once

#include <QString>

namespace folio::store {

class SqlConnection;

// Decides whether a file is a Folio edition this program can open, without changing a byte of
// it. Problems come back as one sentence for the user (without the path; the caller adds it).
class EditionFileCheck
{
public:
    // What the first 100 bytes of the file (the SQLite header) say.
    struct Header
    {
        bool isSqlite = false;
        qint32 applicationId = 0;
        int userVersion = 0;
    };

    // Checks the file on disk before SQLite sees it: it exists, is a regular readable file,
    // starts with the SQLite header, and is as long as the header says (truncation).
    static QString checkBytes(const QString &path, Header *header = nullptr);
    // Reads the header only; isSqlite is false for a missing, short or foreign file.
    static Header readHeader(const QString &path);
    // Checks an open read-only connection: Folio application id and metadata, a schema version
    // this program knows, and SQLite's quick integrity check. Sets the file's schema version.
    static QString checkDatabase(SqlConnection &connection, int *schemaVersion);
};

} // namespace folio::store
