#pragma once

#include "store/recoverylock.h"
#include "store/recoverystore.h"

#include <QString>
#include <QStringList>
#include <memory>

namespace folio {

class Edition;

// One edition's recovery copy in a RecoveryStore folder, written by one program. The first
// write takes the copy's lock and keeps it until remove() or destruction, so no other start
// offers the copy while this program runs; after a crash the files stay and are offered.
class RecoveryCopy
{
public:
    // A new copy with a fresh id; nothing is written before write().
    explicit RecoveryCopy(const QString &folder = RecoveryStore::defaultFolder());
    // Keeps the files: only remove() deletes them (a clean close), a crash cannot.
    ~RecoveryCopy();
    RecoveryCopy(const RecoveryCopy &) = delete;
    RecoveryCopy &operator=(const RecoveryCopy &) = delete;

    // Takes over the copy a dead program left (to go on writing it after 恢复); null with a
    // message when another program holds it or it is gone.
    static std::unique_ptr<RecoveryCopy> claim(const RecoveryEntry &entry, const QString &folder,
                                               QString *error);

    QString id() const { return m_id; }
    QString path() const;
    QString folder() const { return m_store.folder(); }
    // Whether this program has written the copy (and holds it).
    bool exists() const { return m_lock.isLocked(); }

    // Writes the edition as it is now, then its description. The copy is an ordinary edition
    // file saved by EditionStore (a new file is built aside and renamed, later writes are one
    // transaction), and the description is replaced atomically, so a crash at any moment
    // leaves the previous complete copy or the new one.
    bool write(const Edition &edition, const QString &originalPath, const QString &displayName,
               const QStringList &lastEdits, QString *error);

    // Deletes the files and lets the lock go.
    void remove();

private:
    RecoveryCopy(const QString &folder, const QString &id);

    RecoveryStore m_store;
    QString m_id;
    RecoveryLock m_lock;
};

} // namespace folio
