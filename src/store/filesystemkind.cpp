#include "store/filesystemkind.h"

#include <QFile>
#include <QFileInfo>
#include <QList>

#ifdef Q_OS_LINUX
#include <sys/vfs.h>
#endif

namespace folio::store {

namespace {

// mountinfo escapes space, tab, newline and backslash in paths as \ooo.
QString unescapeMountPath(const QByteArray &field)
{
    QByteArray out;
    out.reserve(field.size());
    for (int i = 0; i < field.size(); ++i) {
        if (field[i] == '\\' && i + 3 < field.size()) {
            bool ok = false;
            const int value = field.mid(i + 1, 3).toInt(&ok, 8);
            if (ok) {
                out.append(char(value));
                i += 3;
                continue;
            }
        }
        out.append(field[i]);
    }
    return QFile::decodeName(out);
}

bool contains(const QString &mountPoint, const QString &path)
{
    if (mountPoint == QLatin1String("/"))
        return path.startsWith(QLatin1Char('/'));
    return path == mountPoint || path.startsWith(mountPoint + QLatin1Char('/'));
}

} // namespace

FileSystemKind::Kind FileSystemKind::classify(quint64 magic, const QString &typeName)
{
    switch (magic) {
    case nfsMagic:
        return Kind::Nfs;
    case smbMagic:
    case cifsMagic:
    case smb2Magic:
        return Kind::Smb;
    default:
        break;
    }
    const QString type = typeName.toLower();
    if (type == QLatin1String("nfs") || type == QLatin1String("nfs4"))
        return Kind::Nfs;
    if (type == QLatin1String("cifs") || type == QLatin1String("smb3") ||
        type == QLatin1String("smbfs") || type == QLatin1String("smb2"))
        return Kind::Smb;
    if (type == QLatin1String("fuse.sshfs") || type == QLatin1String("sshfs"))
        return Kind::Sshfs;
    return Kind::Local;
}

QString FileSystemKind::mountType(const QString &canonicalPath, const QByteArray &mountInfo)
{
    QString best;
    qsizetype bestLength = -1;
    for (const QByteArray &line : mountInfo.split('\n')) {
        const QList<QByteArray> fields = line.split(' ');
        // id parent major:minor root mount-point options [optional...] - type source options
        const qsizetype dash = fields.indexOf("-");
        if (fields.size() < 5 || dash < 5 || dash + 1 >= fields.size())
            continue;
        const QString mountPoint = unescapeMountPath(fields[4]);
        // Later lines mount over earlier ones at the same point: >= keeps the last.
        if (contains(mountPoint, canonicalPath) && mountPoint.size() >= bestLength) {
            bestLength = mountPoint.size();
            best = QString::fromUtf8(fields[dash + 1]);
        }
    }
    return best;
}

FileSystemKind::Kind FileSystemKind::of(const QString &path)
{
#ifdef Q_OS_LINUX
    QFileInfo info(path);
    QString existing = info.exists() ? info.canonicalFilePath()
                                     : QFileInfo(info.absolutePath()).canonicalFilePath();
    if (existing.isEmpty())
        return Kind::Local;
    struct statfs fs;
    if (::statfs(QFile::encodeName(existing).constData(), &fs) != 0)
        return Kind::Local;
    const quint64 magic = quint64(fs.f_type) & 0xFFFFFFFFu;
    QString typeName;
    if (classify(magic) == Kind::Local) {
        QFile mountInfo(QStringLiteral("/proc/self/mountinfo"));
        if (mountInfo.open(QIODevice::ReadOnly))
            typeName = mountType(existing, mountInfo.readAll());
    }
    return classify(magic, typeName);
#else
    Q_UNUSED(path);
    return Kind::Local;
#endif
}

QString FileSystemKind::name(Kind kind)
{
    switch (kind) {
    case Kind::Nfs:
        return QStringLiteral("NFS");
    case Kind::Smb:
        return QStringLiteral("SMB/CIFS");
    case Kind::Sshfs:
        return QStringLiteral("sshfs");
    case Kind::Local:
        break;
    }
    return {};
}

} // namespace folio::store
