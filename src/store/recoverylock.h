#pragma once

#include <QString>

namespace folio {

// An advisory lock on a file that the operating system releases when the holding process
// ends in any way (a crash or SIGKILL included), so a lock that can be taken means its writer
// is gone. On Unix it is flock(2) on its own open file description: a second lock on the same
// file conflicts even inside one process, which keeps two documents of one process apart too.
class RecoveryLock
{
public:
    RecoveryLock() = default;
    ~RecoveryLock();
    RecoveryLock(const RecoveryLock &) = delete;
    RecoveryLock &operator=(const RecoveryLock &) = delete;

    // Creates the file when missing and takes the lock without waiting; false when another
    // holder has it or the file cannot be created.
    bool tryLock(const QString &path);
    void unlock();
    bool isLocked() const;
    QString path() const { return m_path; }

    // Whether someone (another process or another RecoveryLock of this one) holds the lock
    // on path now. A missing file is not held.
    static bool isHeld(const QString &path);

private:
    QString m_path;
#ifdef Q_OS_UNIX
    int m_fd = -1;
#else
    void *m_handle = nullptr;
#endif
};

} // namespace folio
