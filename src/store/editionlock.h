#pragma once

#include <QDateTime>
#include <QString>

namespace folio::store {

// One writer per edition: a lock file beside the edition (".NAME.folio.lock") that names who
// edits it (user, host, process, since when). Every Folio process sees it, and a second lock
// on the same file in this process fails too. A lock left by a crashed process on this host
// (its process is gone, is another program, or started before the last boot) is stale and
// taken over. The lock file is written completely before it appears (hard link of a finished
// temporary file), so a reader never sees half of it.
class EditionLock
{
public:
    struct Holder
    {
        QString userName;
        QString hostName;
        QString program;
        qint64 pid = 0;
        QDateTime since;

        bool isValid() const { return pid != 0; } // -1: a holder not yet readable
    };

    explicit EditionLock(const QString &editionPath);
    ~EditionLock(); // unlocks
    EditionLock(const EditionLock &) = delete;
    EditionLock &operator=(const EditionLock &) = delete;

    // Takes the lock. False when another holds it (isHeldByOther(), holder(), errorString()
    // says who) or the lock file cannot be written (errorString() says why).
    bool tryLock();
    // Removes the lock file if it is still ours.
    void unlock();
    bool isLocked() const { return m_locked; }
    bool isHeldByOther() const { return m_holder.isValid(); }
    Holder holder() const { return m_holder; }
    QString errorString() const { return m_error; }
    QString editionPath() const { return m_editionPath; }
    QString lockFilePath() const { return m_lockPath; }

    static QString lockFilePath(const QString &editionPath);
    // Who holds the edition's lock, when a live holder does (nothing is taken or removed).
    static Holder currentHolder(const QString &editionPath);
    // "“X.folio”正在由 张三 在 X 机编辑（自 HH:mm 起）"
    static QString heldMessage(const QString &editionPath, const Holder &holder);

    // The user name locks carry: the name set here (the preferences' user name), else the
    // login name.
    static void setUserName(const QString &name);
    static QString userName();

    // The lock file's text and back; for the tests that write a stale lock.
    static QByteArray serialize(const Holder &holder, const QByteArray &token);
    static Holder parse(const QByteArray &bytes, QByteArray *token = nullptr);

private:
    enum class Verdict { Free, Held, Stale };
    static Verdict inspect(const QString &lockPath, Holder *holder, QByteArray *content);
    bool create(const QByteArray &content, int *error);

    QString m_editionPath;
    QString m_lockPath;
    QByteArray m_token;
    bool m_locked = false;
    Holder m_holder;
    QString m_error;
};

} // namespace folio::store
