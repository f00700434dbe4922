#include "store/editionfilecheck.h"

#include "store/filefailure.h"
#include "store/schemamigrator.h"
#include "store/sqlconnection.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>
#include <QtEndian>

#include <cerrno>

namespace folio::store {

namespace {
constexpr int kHeaderSize = 100;
constexpr char kMagic[] = "SQLite format 3";

QString tr(const char *text)
{
    return QCoreApplication::translate("folio::EditionStore", text);
}

quint32 be32(const QByteArray &bytes, int offset)
{
    return qFromBigEndian<quint32>(reinterpret_cast<const uchar *>(bytes.constData()) + offset);
}
} // namespace

EditionFileCheck::Header EditionFileCheck::readHeader(const QString &path)
{
    Header header;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return header;
    const QByteArray bytes = file.read(kHeaderSize);
    if (bytes.size() < kHeaderSize || !bytes.startsWith(QByteArray(kMagic, sizeof(kMagic))))
        return header;
    header.isSqlite = true;
    header.userVersion = int(be32(bytes, 60));
    header.applicationId = qint32(be32(bytes, 68));
    return header;
}

QString EditionFileCheck::checkBytes(const QString &path, Header *header)
{
    const QFileInfo info(path);
    if (!info.exists())
        return tr("文件不存在");
    if (info.isDir())
        return tr("这是一个文件夹，不是版面文件");
    if (!info.isFile())
        return tr("这不是普通文件");
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        const QString reason = FileFailure::reason(FileFailure::fromErrno(errno));
        return tr("无法读取文件（%1）").arg(reason.isEmpty() ? file.errorString() : reason);
    }
    const qint64 size = file.size();
    if (size == 0)
        return tr("文件是空的，不是 Folio 版面文件");
    const QByteArray bytes = file.read(kHeaderSize);
    if (!bytes.startsWith(QByteArray(kMagic, sizeof(kMagic))))
        return tr("这不是 Folio 版面文件（不是 SQLite 数据库）");
    if (bytes.size() < kHeaderSize)
        return tr("文件不完整（只有 %1 字节，可能被截断）").arg(size);

    if (header) {
        header->isSqlite = true;
        header->userVersion = int(be32(bytes, 60));
        header->applicationId = qint32(be32(bytes, 68));
    }
    quint32 pageSize =
        qFromBigEndian<quint16>(reinterpret_cast<const uchar *>(bytes.constData()) + 16);
    if (pageSize == 1)
        pageSize = 65536;
    if (pageSize < 512 || pageSize > 65536 || (pageSize & (pageSize - 1)) != 0)
        return tr("文件已损坏（文件头的页大小 %1 无效）").arg(pageSize);

    // With a non-empty write-ahead log the main file may legitimately lag behind its header
    // (a checkpoint was interrupted); SQLite recovers from the log, so only check lengths when
    // the file stands alone.
    const QFileInfo wal(path + QStringLiteral("-wal"));
    if (wal.exists() && wal.size() > 0)
        return {};
    if (size % pageSize != 0)
        return tr("文件不完整（%1 字节不是页大小 %2 的整数倍，可能被截断）")
            .arg(size)
            .arg(pageSize);
    const quint32 changeCounter = be32(bytes, 24);
    const quint32 pageCount = be32(bytes, 28);
    const quint32 validFor = be32(bytes, 92);
    const qint64 expected = qint64(pageCount) * pageSize;
    if (pageCount > 0 && changeCounter == validFor && size < expected)
        return tr("文件不完整（应有 %1 字节，实际只有 %2 字节，可能被截断）")
            .arg(expected)
            .arg(size);
    return {};
}

QString EditionFileCheck::checkDatabase(SqlConnection &connection, int *schemaVersion)
{
    // A query that fails for want of disk space or permission (a read-only connection still
    // writes the -shm) says nothing about the file: only SQLite's own verdict calls it damaged.
    const auto damaged = [&connection]() {
        const FileFailure::Kind kind = connection.failure();
        if (FileFailure::isEnvironment(kind) || kind == FileFailure::Kind::Damaged ||
            kind == FileFailure::Kind::Other)
            return connection.errorText();
        return tr("文件已损坏（%1）").arg(connection.errorText());
    };
    const QVariant appId = connection.scalar(QStringLiteral("PRAGMA application_id"));
    if (!appId.isValid())
        return damaged();
    if (appId.toLongLong() != SchemaMigrator::applicationId)
        return tr("这不是 Folio 版面文件（是其他程序的 SQLite 数据库）");
    const QVariant version = connection.scalar(QStringLiteral("PRAGMA user_version"));
    if (!version.isValid())
        return damaged();
    const int v = version.toInt();
    if (v > SchemaMigrator::currentVersion)
        return tr("文件由更新版本的 Folio 创建（格式版本 %1，本程序只支持到版本 %2），"
                  "请升级 Folio 后再打开")
            .arg(v)
            .arg(SchemaMigrator::currentVersion);
    const QVariant check = connection.scalar(QStringLiteral("PRAGMA quick_check"));
    if (!check.isValid())
        return damaged();
    if (check.toString() != QLatin1String("ok"))
        return tr("文件已损坏（完整性检查失败：%1）").arg(check.toString());
    if (v < 1 || !connection.hasTable(QStringLiteral("folio_meta")))
        return tr("文件已损坏（缺少 Folio 元数据）");

    QSqlQuery meta(connection.database());
    if (!meta.exec(QStringLiteral("SELECT key, value FROM folio_meta")))
        return damaged();
    QString application;
    QString metaVersion;
    while (meta.next()) {
        if (meta.value(0).toString() == QLatin1String("application"))
            application = meta.value(1).toString();
        else if (meta.value(0).toString() == QLatin1String("schema_version"))
            metaVersion = meta.value(1).toString();
    }
    if (application != SchemaMigrator::applicationName() || metaVersion != QString::number(v))
        return tr("文件已损坏（Folio 元数据与文件头不一致）");

    if (schemaVersion)
        *schemaVersion = v;
    return {};
}

} // namespace folio::store
