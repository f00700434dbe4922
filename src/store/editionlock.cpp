#include "store/editionlock.h"

#include "store/filefailure.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QSysInfo>
#include <QTemporaryFile>

#include <cerrno>
#include <cstring>
#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <pwd.h>
#include <signal.h>
#include <unistd.h>
#endif

namespace folio::store {

namespace {

constexpr char kMagicLine[] = "folio-edition-lock 1";
// A lock file that cannot be read as one is being written by a process without hard links;
// after this long it is nobody's.
constexpr int kUnreadableStaleSeconds = 30;

QString tr(const char *text)
{
    return QCoreApplication::translate("folio::EditionLock", text);
}

QString s_userName;

qint64 currentPid()
{
#ifdef Q_OS_UNIX
    return qint64(::getpid());
#else
    return QCoreApplication::applicationPid();
#endif
}

QString programName()
{
    if (QCoreApplication::instance())
        return QFileInfo(QCoreApplication::applicationFilePath()).fileName();
    return QStringLiteral("folio");
}

QString loginName()
{
    for (const char *variable : {"USER", "LOGNAME", "USERNAME"}) {
        const QString name = qEnvironmentVariable(variable);
        if (!name.isEmpty())
            return name;
    }
#ifdef Q_OS_UNIX
    if (const passwd *entry = ::getpwuid(::getuid()))
        return QString::fromLocal8Bit(entry->pw_name);
#endif
    return tr("未知用户");
}

QByteArray readFile(const QString &path, bool *exists)
{
    QFile file(path);
    *exists = file.exists();
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.read(64 * 1024);
}

#ifdef Q_OS_LINUX
// When this machine last started: a lock older than that belongs to a process of an earlier
// boot, whatever process now has its number.
QDateTime bootTime()
{
    QFile stat(QStringLiteral("/proc/stat"));
    if (!stat.open(QIODevice::ReadOnly))
        return {};
    for (const QByteArray &line : stat.readAll().split('\n')) {
        if (line.startsWith("btime "))
            return QDateTime::fromSecsSinceEpoch(line.mid(6).trimmed().toLongLong(), Qt::UTC);
    }
    return {};
}
#endif

// Whether the process pid on this host is (still) the one that wrote the lock.
bool isAlive(const EditionLock::Holder &holder)
{
    if (holder.pid == currentPid())
        return true;
#ifdef Q_OS_UNIX
    if (::kill(pid_t(holder.pid), 0) != 0 && errno == ESRCH)
        return false;
#endif
#ifdef Q_OS_LINUX
    const QDateTime boot = bootTime();
    if (boot.isValid() && holder.since.isValid() && holder.since < boot)
        return false;
    // A reused number: the kernel keeps the first 15 bytes of the program's name.
    QFile comm(QStringLiteral("/proc/%1/comm").arg(holder.pid));
    if (!holder.program.isEmpty() && comm.open(QIODevice::ReadOnly)) {
        const QByteArray running = comm.readAll().trimmed();
        if (!running.isEmpty() && running != QFile::encodeName(holder.program).left(15))
            return false;
    }
#endif
    return true;
}

QString oneLine(const QString &value)
{
    QString out = value;
    out.replace(QLatin1Char('\n'), QLatin1Char(' '));
    out.replace(QLatin1Char('\r'), QLatin1Char(' '));
    return out;
}

} // namespace

EditionLock::EditionLock(const QString &editionPath)
    : m_editionPath(QFileInfo(editionPath).absoluteFilePath()),
      m_lockPath(lockFilePath(editionPath))
{}

EditionLock::~EditionLock()
{
    unlock();
}

QString EditionLock::lockFilePath(const QString &editionPath)
{
    const QFileInfo info(editionPath);
    return info.absoluteDir().filePath(QStringLiteral(".") + info.fileName() +
                                       QStringLiteral(".lock"));
}

void EditionLock::setUserName(const QString &name)
{
    s_userName = name.trimmed();
}

QString EditionLock::userName()
{
    return s_userName.isEmpty() ? loginName() : s_userName;
}

QByteArray EditionLock::serialize(const Holder &holder, const QByteArray &token)
{
    QByteArray out(kMagicLine);
    out += '\n';
    out += "user=" + oneLine(holder.userName).toUtf8() + '\n';
    out += "host=" + oneLine(holder.hostName).toUtf8() + '\n';
    out += "pid=" + QByteArray::number(holder.pid) + '\n';
    out += "program=" + oneLine(holder.program).toUtf8() + '\n';
    out += "since=" + holder.since.toUTC().toString(Qt::ISODateWithMs).toUtf8() + '\n';
    out += "token=" + token + '\n';
    return out;
}

EditionLock::Holder EditionLock::parse(const QByteArray &bytes, QByteArray *token)
{
    Holder holder;
    const QList<QByteArray> lines = bytes.split('\n');
    if (lines.isEmpty() || lines.first() != kMagicLine)
        return holder;
    QByteArray readToken;
    for (const QByteArray &line : lines) {
        const qsizetype eq = line.indexOf('=');
        if (eq <= 0)
            continue;
        const QByteArray key = line.left(eq);
        const QString value = QString::fromUtf8(line.mid(eq + 1));
        if (key == "user")
            holder.userName = value;
        else if (key == "host")
            holder.hostName = value;
        else if (key == "pid")
            holder.pid = value.toLongLong();
        else if (key == "program")
            holder.program = value;
        else if (key == "since")
            holder.since = QDateTime::fromString(value, Qt::ISODateWithMs);
        else if (key == "token")
            readToken = line.mid(eq + 1);
    }
    if (readToken.isEmpty() || holder.pid <= 0)
        holder.pid = 0;
    if (token)
        *token = readToken;
    return holder;
}

EditionLock::Verdict EditionLock::inspect(const QString &lockPath, Holder *holder,
                                          QByteArray *content)
{
    bool exists = false;
    *content = readFile(lockPath, &exists);
    if (!exists)
        return Verdict::Free;
    *holder = parse(*content);
    if (!holder->isValid()) {
        const QDateTime modified = QFileInfo(lockPath).lastModified();
        if (modified.secsTo(QDateTime::currentDateTime()) > kUnreadableStaleSeconds)
            return Verdict::Stale;
        // Someone is writing it right now: held, by someone we cannot name yet.
        *holder = Holder{};
        holder->pid = -1;
        holder->since = modified;
        return Verdict::Held;
    }
    if (holder->hostName != QSysInfo::machineHostName())
        return Verdict::Held; // another machine's processes cannot be checked from here
    return isAlive(*holder) ? Verdict::Held : Verdict::Stale;
}

bool EditionLock::create(const QByteArray &content, int *error)
{
    *error = 0;
#ifdef Q_OS_UNIX
    // Written in full under a private name first, then linked to the lock's name: link() fails
    // when the name exists, so taking the lock and filling it are one step.
    QTemporaryFile temp(m_lockPath + QStringLiteral(".XXXXXX"));
    errno = 0;
    if (!temp.open()) {
        *error = errno ? errno : EIO;
        return false;
    }
    if (temp.write(content) != content.size() || !temp.flush()) {
        *error = errno ? errno : EIO;
        return false;
    }
    temp.close();
    const QByteArray lock = QFile::encodeName(m_lockPath);
    if (::link(QFile::encodeName(temp.fileName()).constData(), lock.constData()) == 0)
        return true;
    const int linkError = errno;
    if (linkError != EPERM && linkError != EMLINK && linkError != ENOSYS &&
        linkError != EOPNOTSUPP) {
        *error = linkError;
        return false;
    }
    // A file system without hard links: create exclusively and write (a reader may see it
    // empty for a moment, which inspect() treats as held).
    const int fd = ::open(lock.constData(), O_WRONLY | O_CREAT | O_EXCL, 0644);
    if (fd < 0) {
        *error = errno;
        return false;
    }
    const bool written =
        ::write(fd, content.constData(), size_t(content.size())) == ssize_t(content.size());
    *error = written ? 0 : errno;
    ::close(fd);
    if (!written)
        QFile::remove(m_lockPath);
    return written;
#else
    QFile file(m_lockPath);
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly)) {
        *error = file.exists() ? EEXIST : EACCES;
        return false;
    }
    const bool written = file.write(content) == content.size();
    if (!written) {
        file.remove();
        *error = EIO;
    }
    return written;
#endif
}

bool EditionLock::tryLock()
{
    if (m_locked)
        return true;
    m_holder = Holder{};
    m_error.clear();
    Holder me;
    me.userName = userName();
    me.hostName = QSysInfo::machineHostName();
    me.pid = currentPid();
    me.program = programName();
    me.since = QDateTime::currentDateTimeUtc();
    m_token = QByteArray::number(QRandomGenerator::system()->generate64(), 16);
    const QByteArray content = serialize(me, m_token);

    for (int attempt = 0; attempt < 4; ++attempt) {
        int error = 0;
        if (create(content, &error)) {
            m_locked = true;
            return true;
        }
        if (error != EEXIST) {
            const QString reason = FileFailure::reason(FileFailure::explain(error, m_lockPath));
            m_error =
                tr("无法创建锁文件“%1”：%2")
                    .arg(QDir::toNativeSeparators(m_lockPath),
                         reason.isEmpty() ? QString::fromLocal8Bit(std::strerror(error)) : reason);
            return false;
        }
        Holder holder;
        QByteArray seen;
        switch (inspect(m_lockPath, &holder, &seen)) {
        case Verdict::Free:
            continue; // released between our attempt and our look
        case Verdict::Held:
            m_holder = holder;
            m_error = heldMessage(m_editionPath, holder);
            return false;
        case Verdict::Stale: {
            // Remove only the stale lock we judged: one that another process just put in its
            // place has different bytes.
            bool exists = false;
            if (readFile(m_lockPath, &exists) == seen)
                QFile::remove(m_lockPath);
            continue;
        }
        }
    }
    m_error = tr("无法取得“%1”的锁").arg(QDir::toNativeSeparators(m_editionPath));
    return false;
}

void EditionLock::unlock()
{
    if (!m_locked)
        return;
    m_locked = false;
    bool exists = false;
    QByteArray token;
    parse(readFile(m_lockPath, &exists), &token);
    if (token == m_token)
        QFile::remove(m_lockPath);
}

EditionLock::Holder EditionLock::currentHolder(const QString &editionPath)
{
    Holder holder;
    QByteArray content;
    if (inspect(lockFilePath(editionPath), &holder, &content) == Verdict::Held)
        return holder;
    return {};
}

QString EditionLock::heldMessage(const QString &editionPath, const Holder &holder)
{
    const QString file = QFileInfo(editionPath).fileName();
    const QDateTime since = holder.since.toLocalTime();
    const QString time = since.date() == QDate::currentDate()
                             ? since.toString(QStringLiteral("HH:mm"))
                             : since.toString(QStringLiteral("M月d日 HH:mm"));
    if (holder.userName.isEmpty())
        return tr("“%1”正在由另一个 Folio 编辑（自 %2 起）").arg(file, time);
    return tr("“%1”正在由 %2 在 %3 机编辑（自 %4 起）")
        .arg(file, holder.userName, holder.hostName, time);
}

} // namespace folio::store
