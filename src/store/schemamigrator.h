#pragma once

#include <QString>

namespace folio::store {

class SqlConnection;

// The edition file's schema and its ordered migrations. A new file is built by running every
// migration from an empty database, so the path an old file takes is the path every new file
// takes too: there is one definition of each schema version, never two that could drift.
//
// Version 1: edition info, pages, frames, stories, paragraphs, runs, styles, images.
// Version 2: page status, swatches, export settings.
// Version 3: proofs (校样) with their PDF and text map; proofreaders' notes (校对意见).
// Version 4: guides dragged from the rulers, per page.
// Version 5: sign-off (签版): levels, page signatures, files sent to the plant.
// Version 6: paragraph tracking (挤字/扩字).
class SchemaMigrator
{
public:
    static constexpr int currentVersion = 6;
    // PRAGMA application_id of every edition file: "FOLI".
    static constexpr qint32 applicationId = 0x464F4C49;
    // folio_meta key "application" holds this value in every edition file.
    static QString applicationName() { return QStringLiteral("folio-edition"); }

    // Brings the file from version `from` (0 for an empty database) to currentVersion in one
    // transaction; on failure nothing changes and error says which step failed.
    static bool migrate(SqlConnection &connection, int from, QString *error);
};

} // namespace folio::store
