#pragma once

#include <QDir>
#include <QProcess>
#include <QString>
#include <unistd.h>

// A tiny tmpfs mounted on a folder for one test: small enough to fill up (a full disk) or
// read-only. Mounting needs root; otherwise, or when the system refuses, whyNot() says why and
// the test skips with that reason.
class ScratchMount
{
public:
    // options: tmpfs mount options, e.g. "size=64k" or "ro,size=64k".
    ScratchMount(const QString &folder, const QString &options) : m_folder(folder)
    {
        if (geteuid() != 0) {
            m_whyNot = QStringLiteral("mounting a small tmpfs needs root; this test runs as uid %1")
                           .arg(geteuid());
            return;
        }
        QDir().mkpath(folder);
        QProcess mount;
        mount.start(QStringLiteral("mount"),
                    {QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"), options,
                     QStringLiteral("tmpfs"), folder});
        if (!mount.waitForFinished(30000) || mount.exitStatus() != QProcess::NormalExit ||
            mount.exitCode() != 0) {
            m_whyNot = QStringLiteral("mount -t tmpfs failed: %1")
                           .arg(QString::fromLocal8Bit(mount.readAllStandardError()).trimmed());
            return;
        }
        m_mounted = true;
    }
    ~ScratchMount()
    {
        if (!m_mounted)
            return;
        QProcess umount;
        umount.start(QStringLiteral("umount"), {m_folder});
        umount.waitForFinished(30000);
    }
    ScratchMount(const ScratchMount &) = delete;
    ScratchMount &operator=(const ScratchMount &) = delete;

    bool isMounted() const { return m_mounted; }
    QString whyNot() const { return m_whyNot; }

private:
    QString m_folder;
    QString m_whyNot;
    bool m_mounted = false;
};
