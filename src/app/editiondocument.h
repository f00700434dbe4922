#pragma once

#include <QObject>
#include <QString>
#include <memory>

namespace folio {
class Autosaver;
class Edition;
class RecoveryCopy;
struct RecoveryEntry;
namespace store {
class EditionLock;
}
} // namespace folio

namespace folio::app {

// The edition the window edits, with the file it came from and its saved state. Open and
// save go through store/, which writes each save in one transaction, so a failed save leaves
// the previous file intact; errors come back as one sentence for the user. The user's file
// changes only on save/save as: autosave keeps a recovery copy apart (store/'s Autosaver),
// removed when the edition is saved, replaced or closed (discardRecovery()).
class EditionDocument : public QObject
{
    Q_OBJECT
public:
    explicit EditionDocument(QObject *parent = nullptr);
    ~EditionDocument() override;

    Edition *edition() const { return m_edition.get(); }
    // Empty for an edition never saved (new, or the sample).
    QString filePath() const { return m_filePath; }
    QString displayName() const;
    bool isModified() const;

    enum class Access { ReadWrite, ReadOnly };

    // Replaces the edition (new or sample); the document has no file until saved.
    void reset(std::unique_ptr<Edition> edition);
    // Opening read-write takes the edition's lock (store::EditionLock), held until another file
    // replaces it or the document dies. When another Folio holds it, open fails and
    // lockedBy() says who; the caller may then open it ReadOnly.
    bool open(const QString &path, QString *error, Access access = Access::ReadWrite);
    // After open() failed because the edition is being edited elsewhere: who and since when
    // ("“X.folio”正在由 张三 在 X 机编辑（自 HH:mm 起）"); empty otherwise.
    QString lockedBy() const { return m_lockedBy; }
    bool save(QString *error);
    bool saveAs(const QString &path, QString *error);
    // Opened from a file this user may not write, that another Folio edits, or that lies on a
    // network file system: save goes to "save as".
    bool isReadOnly() const { return m_readOnly; }
    // What opening the file had to say beyond success (an upgraded schema), for the status bar.
    QString openNotice() const { return m_openNotice; }

    // Autosave writes a recovery copy of a modified edition (saved or never saved) every
    // `seconds` (0: off) and after every `edits` changes of the undo stack (0: only the timer).
    int autosaveInterval() const { return m_autosaveSeconds; }
    void setAutosaveInterval(int seconds);
    int autosaveEdits() const { return m_autosaveEdits; }
    void setAutosaveEdits(int edits);
    Autosaver *autosaver() const { return m_autosaver; }

    // Opens a recovery copy a crashed program left as this document's edition: modified and
    // unsaved, its file the original one (empty when it was never saved), so only an explicit
    // save writes there. The copy stays until the edition is saved or closed.
    bool recover(const RecoveryEntry &entry, QString *error);
    // The edition is closed on purpose (quit, after the save question): its recovery copy goes.
    void discardRecovery();
    // The window closes: the edition's lock goes, so others may open the file for writing.
    // A later save takes the lock again.
    void releaseLock();

Q_SIGNALS:
    // The edition object was replaced: views must drop every pointer into the old one.
    void editionReplaced();
    void filePathChanged(const QString &path);
    void modifiedChanged(bool modified);
    void autosaved(const QString &message);
    void autosaveFailed(const QString &message);

private:
    void adopt(std::unique_ptr<Edition> edition, const QString &path,
               std::unique_ptr<RecoveryCopy> copy = nullptr);
    void configureAutosaver();

    std::unique_ptr<Edition> m_edition;
    QString m_filePath;
    bool m_readOnly = false;
    QString m_openNotice;
    QString m_lockedBy;
    std::unique_ptr<store::EditionLock> m_lock;
    Autosaver *m_autosaver = nullptr;
    int m_autosaveSeconds = 60;
    int m_autosaveEdits = 20;
};

} // namespace folio::app
