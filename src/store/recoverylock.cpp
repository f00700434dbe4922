#include "store/recoverylock.h"

#include <QFile>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>
#else
#include <QLockFile>
#endif

namespace folio {

RecoveryLock::~RecoveryLock()
{
    unlock();
}

#ifdef Q_OS_UNIX

namespace {
int openLockFile(const QString &path, int flags)
{
    const QByteArray name = QFile::encodeName(path);
    int fd;
    do {
        // CLOEXEC: a child process (a viewer, a printer filter) must not keep our lock alive.
        fd = ::open(name.constData(), flags | O_CLOEXEC, 0600);
    } while (fd < 0 && errno == EINTR);
    return fd;
}
} // namespace

bool RecoveryLock::tryLock(const QString &path)
{
    unlock();
    const int fd = openLockFile(path, O_RDWR | O_CREAT);
    if (fd < 0)
        return false;
    if (::flock(fd, LOCK_EX | LOCK_NB) != 0) {
        ::close(fd);
        return false;
    }
    m_fd = fd;
    m_path = path;
    return true;
}

void RecoveryLock::unlock()
{
    if (m_fd >= 0)
        ::close(m_fd); // closing the last descriptor releases the flock
    m_fd = -1;
    m_path.clear();
}

bool RecoveryLock::isLocked() const
{
    return m_fd >= 0;
}

bool RecoveryLock::isHeld(const QString &path)
{
    const int fd = openLockFile(path, O_RDONLY);
    if (fd < 0)
        return false;
    const bool held = ::flock(fd, LOCK_EX | LOCK_NB) != 0 && errno == EWOULDBLOCK;
    ::close(fd);
    return held;
}

#else

// Elsewhere QLockFile decides by the recorded process id whether the holder still runs.
bool RecoveryLock::tryLock(const QString &path)
{
    unlock();
    auto *lock = new QLockFile(path);
    lock->setStaleLockTime(0);
    if (!lock->tryLock(0)) {
        delete lock;
        return false;
    }
    m_handle = lock;
    m_path = path;
    return true;
}

void RecoveryLock::unlock()
{
    delete static_cast<QLockFile *>(m_handle);
    m_handle = nullptr;
    m_path.clear();
}

bool RecoveryLock::isLocked() const
{
    return m_handle != nullptr;
}

bool RecoveryLock::isHeld(const QString &path)
{
    if (!QFile::exists(path))
        return false;
    QLockFile probe(path);
    probe.setStaleLockTime(0);
    if (!probe.tryLock(0))
        return true;
    probe.unlock();
    return false;
}

#endif

} // namespace folio
