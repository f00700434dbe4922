#pragma once

#include "model/signoff.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace folio {
class Edition;
}

namespace folio::store {

class SqlConnection;

// The sign-off tables (schema 4): the levels (one row of signoff_settings; a file upgraded
// from schema 3 has none and gets the default levels), page signatures and files sent to the
// plant. Signatures and sent files are records: a save inserts the new ones, moves kept ones
// and deletes the ones no longer in the edition, never rewriting a row's text map.
class SignOffRows
{
public:
    static bool write(SqlConnection &connection, const Edition &edition, QString *error);
    static bool read(SqlConnection &connection, Edition &edition, QString *error);

    // A signature's frames as stored: a versioned list of frame id and rectangle.
    static QByteArray encodeFrames(const QList<SignedFrame> &frames);
    static bool decodeFrames(const QByteArray &bytes, QList<SignedFrame> *frames);

private:
    static bool writeSettings(SqlConnection &connection, const Edition &edition, QString *error);
    static bool readSettings(SqlConnection &connection, Edition &edition, QString *error);
    static bool writeSentFiles(SqlConnection &connection, const Edition &edition, QString *error);
    static bool readSentFiles(SqlConnection &connection, Edition &edition, QString *error);
};

} // namespace folio::store
