#pragma once

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QString>

class QTimer;

namespace folio {

class Edition;

// Saves an edition to its own file every few seconds when it changed since the last save, so
// that after a crash reopening the file loses at most the edits of the last interval. Each
// autosave is an ordinary EditionStore::save(): one transaction on the file.
class Autosaver : public QObject
{
    Q_OBJECT
public:
    // The edition must outlive the autosaver or be destroyed with it. The edition as it is now
    // counts as saved (it was just opened or saved).
    Autosaver(Edition *edition, const QString &path, QObject *parent = nullptr);
    ~Autosaver() override;

    QString path() const { return m_path; }
    void setPath(const QString &path); // after "save as"

    int interval() const { return m_intervalSeconds; } // seconds
    void setInterval(int seconds);                     // at least 1
    bool isActive() const;
    void start();
    void stop();

    // Whether the edition changed since the last successful save.
    bool isModified() const;
    // When the last successful save (by this object, or reported through markSaved) happened.
    QDateTime lastSaved() const { return m_lastSaved; }
    QString lastError() const { return m_lastError; }

public Q_SLOTS:
    // Saves now if the edition changed; returns false only when a save was needed and failed.
    bool saveIfModified();
    // Tells the autosaver that the edition was just saved elsewhere (an explicit "save").
    void markSaved();

Q_SIGNALS:
    void saved(const QDateTime &when);
    void errorOccurred(const QString &message);

private:
    QPointer<Edition> m_edition;
    QString m_path;
    QTimer *m_timer = nullptr;
    int m_intervalSeconds = 60;
    quint64 m_savedRevision = 0;
    QDateTime m_lastSaved;
    QString m_lastError;
};

} // namespace folio
