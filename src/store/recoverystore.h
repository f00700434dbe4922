#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace folio {

// One recovery copy as its description tells it.
struct RecoveryEntry
{
    QString id;            // names the files of the copy in the folder
    QString copyPath;      // the copy itself, an ordinary edition file
    QString originalPath;  // the user's file the edition came from; empty when never saved
    QString displayName;   // what the window title showed
    QDateTime savedAt;     // when the copy was written
    QStringList lastEdits; // the undo stack's last command texts, oldest first
    qint64 processId = 0;  // the program that wrote it
    QString hostName;
};

// The folder of recovery copies: autosave writes each open, modified edition there
// (RecoveryCopy), never into the user's own file. Per copy `ID.folio` (the edition), `ID.json`
// (its description) and `ID.lock`, held by the writing program for as long as it runs; the
// operating system drops it when the program dies, so copies whose lock is free are what a
// crash left behind.
class RecoveryStore
{
public:
    // QStandardPaths::AppDataLocation + "/recovery".
    static QString defaultFolder();

    explicit RecoveryStore(const QString &folder = defaultFolder());
    QString folder() const { return m_folder; }

    // Copies whose writer is gone, newest first. Copies of running programs (this one
    // included) are left out, and so is a copy without a readable description.
    QList<RecoveryEntry> list() const;

    // Deletes the copy with its description, SQLite side files and lock; refuses (false) while
    // its writer still runs.
    bool remove(const QString &id) const;

    // Deletes what a writer that died before finishing its first copy left: a copy or lock
    // without description, hidden temporary files of an interrupted first write.
    void removeIncomplete() const;

    // The file names of one copy.
    QString copyPath(const QString &id) const;
    QString descriptionPath(const QString &id) const;
    QString lockPath(const QString &id) const;

    // Reads a description file; false when it is missing or not a recovery description.
    static bool readDescription(const QString &path, RecoveryEntry *entry);

private:
    QString m_folder;
};

} // namespace folio
