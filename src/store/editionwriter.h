#pragma once

#include "core/ids.h"

#include <QSet>
#include <QString>

namespace folio {
class Edition;
}

namespace folio::store {

class SqlConnection;

// Writes a whole Edition into a file of the current schema as ONE transaction: every row is
// inserted or updated in place, rows whose objects no longer exist are deleted, and image bytes
// are rewritten only when their SHA-1 changed (autosaves stay cheap with large photos). Either
// the whole edition is committed or, on any error, nothing is.
class EditionWriter
{
public:
    explicit EditionWriter(SqlConnection &connection) : m_connection(connection) {}

    bool write(const Edition &edition, QString *error);

    // Why an edition cannot be stored as it is (two objects of one kind sharing an id would
    // overwrite each other's row); empty when it can.
    static QString validate(const Edition &edition);

private:
    bool writeInfo(const Edition &edition);
    bool writeStyles(const Edition &edition);
    bool writeSwatches(const Edition &edition);
    bool writeImages(const Edition &edition);
    bool writeStories(const Edition &edition);
    bool writePages(const Edition &edition);
    bool writeExportSettings(const Edition &edition);
    bool deleteMissing(const char *table, const QSet<ObjectId> &keep);
    bool fail(const QString &problem);

    SqlConnection &m_connection;
    QString m_error;
};

} // namespace folio::store
