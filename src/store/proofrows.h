#pragma once

#include "model/proofrecord.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace folio {
class Edition;
}

namespace folio::store {

class SqlConnection;

// The proof tables (schema 3): proofs with their PDF and text map, and proofreaders' notes.
// Proofs never change once recorded, so a save inserts only the new ones and deletes the ones
// no longer in the edition; the PDF bytes of a proof are written once. Notes are upserted.
class ProofRows
{
public:
    static bool write(SqlConnection &connection, const Edition &edition, QString *error);
    static bool read(SqlConnection &connection, Edition &edition, QString *error);

    // The text map as stored: a versioned, compressed list of entries.
    static QByteArray encodeTextMap(const QList<TextMapEntry> &map);
    // False (map untouched) when the bytes are not a text map of a known version.
    static bool decodeTextMap(const QByteArray &bytes, QList<TextMapEntry> *map);

private:
    static bool writeNotes(SqlConnection &connection, const Edition &edition, QString *error);
    static bool readNotes(SqlConnection &connection, Edition &edition, QString *error);
};

} // namespace folio::store
