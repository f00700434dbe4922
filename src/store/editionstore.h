#pragma once

#include "model/edition.h"

#include <QString>
#include <memory>

namespace folio {

// The result of opening an edition file.
struct OpenResult
{
    std::unique_ptr<Edition> edition; // null when the file could not be opened
    QString error;                    // why not, naming the file; empty on success
    bool readOnly = false;            // save() to this path will fail: offer "save as"
    QString readOnlyReason;           // why, when not the file's own permissions (a network disk)
    int fileSchemaVersion = 0;        // the file's schema version as found on disk
    bool migrated = false;            // it was older than the current schema and was upgraded

    bool isOk() const { return edition != nullptr; }
};

// Opens and saves edition files: one SQLite file per edition (pictures inside as BLOBs), with
// a schema version and ordered migrations. See src/store/README.md for the file format.
class EditionStore
{
public:
    enum class OpenMode {
        ReadWrite, // an older file is upgraded in place (when it can be written)
        ReadOnly,  // the file is never written; an older file is upgraded in a temporary copy
    };

    // Opens an edition. A file that cannot be opened is never modified: it is checked through
    // a read-only connection first and migrated only after every check passed. A file without
    // write permission opens with readOnly set; so does a file on a network file system (NFS,
    // SMB/CIFS, sshfs), where SQLite's locking is not safe, with readOnlyReason saying so.
    static OpenResult open(const QString &path, OpenMode mode = OpenMode::ReadWrite);

    // Saves the whole edition to path. Saving over an existing edition of the current schema
    // is one SQLite transaction on that file (a crash leaves the previous save); any other
    // target (a new file, an older or foreign file) is built as a temporary file in the same
    // folder and renamed over the target, so no reader ever sees a half-written file.
    // Returns false with a message naming the file when it cannot save; nothing is lost then.
    // The system's reason (disk full, no permission, read-only medium) is in the message. After
    // a successful save, hidden temporary files of a killed save of the same file (untouched for
    // staleSavingSeconds) are removed.
    static bool save(const Edition &edition, const QString &path, QString *error = nullptr);

    // Whether the file exists and cannot be written (permission bits or access rights).
    static bool isReadOnlyFile(const QString &path);

    static constexpr int staleSavingSeconds = 60;

    // The schema version this program writes.
    static int currentSchemaVersion();
};

} // namespace folio
