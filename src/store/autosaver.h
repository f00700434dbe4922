#pragma once

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QString>
#include <memory>

class QTimer;

namespace folio {

class Edition;
class RecoveryCopy;

// Keeps a recovery copy of an edition (RecoveryCopy, in the user's data folder) while it has
// changes that are not in its own file: every `interval` seconds and after every
// `editThreshold` changes of the undo stack. It never writes the user's document; that
// happens only on an explicit save. When the edition is back to its saved state (undo, save)
// the copy is removed, as it is when the edition is closed cleanly (discard()).
class Autosaver : public QObject
{
    Q_OBJECT
public:
    // The edition must outlive the autosaver or be destroyed with it. With `copy` the
    // autosaver goes on writing a copy taken over after a crash (RecoveryCopy::claim);
    // otherwise it starts a new one in `folder`.
    Autosaver(Edition *edition, const QString &folder, QObject *parent = nullptr);
    Autosaver(Edition *edition, std::unique_ptr<RecoveryCopy> copy, QObject *parent = nullptr);
    ~Autosaver() override; // keeps the copy's files (see discard())

    // What the copy's description names: the user's file (empty when never saved) and the
    // name the window shows.
    void setOriginalPath(const QString &path) { m_originalPath = path; }
    QString originalPath() const { return m_originalPath; }
    void setDisplayName(const QString &name) { m_displayName = name; }

    int interval() const { return m_intervalSeconds; } // seconds
    void setInterval(int seconds);                     // at least 1
    // Undo-stack changes (a new step, undo, redo; typing merged into one step counts once)
    // after which a copy is written; 0: only the timer.
    int editThreshold() const { return m_editThreshold; }
    void setEditThreshold(int edits);
    bool isActive() const;
    void start();
    void stop();

    // Whether the edition has changes the copy does not hold yet.
    bool isPending() const;
    // The copy file; it exists only while hasCopy().
    QString copyPath() const;
    bool hasCopy() const;
    QDateTime lastWritten() const { return m_lastWritten; }
    QString lastError() const { return m_lastError; }

    // How many of the undo stack's last command texts a copy's description keeps.
    static constexpr int kEditsKept = 5;

public Q_SLOTS:
    // Writes the copy when the edition changed since the last one and differs from its saved
    // state, removes it when the edition is back to that state; false only when a write
    // failed.
    bool writeIfNeeded();
    // The edition was saved, or closed on purpose: the copy goes.
    void discard();

Q_SIGNALS:
    void written(const QDateTime &when);
    void errorOccurred(const QString &message);

private:
    void connectEdition();
    void countEdit(int index);

    QPointer<Edition> m_edition;
    std::unique_ptr<RecoveryCopy> m_copy;
    QString m_originalPath;
    QString m_displayName;
    QTimer *m_timer = nullptr;
    int m_intervalSeconds = 60;
    int m_editThreshold = 20;
    int m_editsSinceCopy = 0;
    int m_lastIndex = 0;
    bool m_writeQueued = false;
    quint64 m_copiedRevision = 0;
    QDateTime m_lastWritten;
    QString m_lastError;
};

} // namespace folio
