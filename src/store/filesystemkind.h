#pragma once

#include <QByteArray>
#include <QString>

namespace folio::store {

// What kind of file system a file lives on. SQLite's file locking is not safe on network file
// systems (NFS, SMB/CIFS, sshfs), so an edition there is opened read-only.
class FileSystemKind
{
public:
    enum class Kind { Local, Nfs, Smb, Sshfs };

    // statfs() magic numbers of the network file systems (linux/magic.h).
    static constexpr quint64 nfsMagic = 0x6969;
    static constexpr quint64 smbMagic = 0x517B;
    static constexpr quint64 cifsMagic = 0xFF534D42;
    static constexpr quint64 smb2Magic = 0xFE534D42;
    static constexpr quint64 fuseMagic = 0x65735546;

    // Classifies by statfs's f_type and the mount's type name (from mountinfo: "nfs4",
    // "cifs", "fuse.sshfs"); FUSE file systems are told apart by the name only.
    static Kind classify(quint64 magic, const QString &typeName = {});
    // The type name of the mount that holds canonicalPath, read from the text of
    // /proc/self/mountinfo (the longest mount point that contains the path).
    static QString mountType(const QString &canonicalPath, const QByteArray &mountInfo);
    // The kind of file system path (a file, or the folder a new file would go into) is on.
    static Kind of(const QString &path);

    static bool isNetwork(Kind kind) { return kind != Kind::Local; }
    // "NFS", "SMB/CIFS", "sshfs"; empty for Local.
    static QString name(Kind kind);
};

} // namespace folio::store
