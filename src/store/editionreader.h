#pragma once

#include <QString>
#include <memory>

namespace folio {
class Edition;
}

namespace folio::store {

class SqlConnection;

// Builds an Edition from a file of the current schema version: every table read in its stored
// order. A value the model cannot hold (an unknown enum key, a frame on no page) is an error
// naming the table and row, never a silent default.
class EditionReader
{
public:
    explicit EditionReader(SqlConnection &connection) : m_connection(connection) {}

    std::unique_ptr<Edition> read(QString *error);

private:
    bool readInfo(Edition &edition);
    bool readStyles(Edition &edition);
    bool readSwatches(Edition &edition);
    bool readImages(Edition &edition);
    bool readStories(Edition &edition);
    bool readPages(Edition &edition);
    bool readExportSettings(Edition &edition);
    bool fail(const QString &problem);

    SqlConnection &m_connection;
    QString m_error;
};

} // namespace folio::store
