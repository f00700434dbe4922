#include "store/recoverycopy.h"

#include "model/edition.h"
#include "store/editionstore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QSysInfo>
#include <QUuid>

namespace folio {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("folio::RecoveryCopy", text);
}
} // namespace

RecoveryCopy::RecoveryCopy(const QString &folder)
    : RecoveryCopy(folder, QUuid::createUuid().toString(QUuid::WithoutBraces))
{}

RecoveryCopy::RecoveryCopy(const QString &folder, const QString &id) : m_store(folder), m_id(id) {}

RecoveryCopy::~RecoveryCopy() = default;

std::unique_ptr<RecoveryCopy> RecoveryCopy::claim(const RecoveryEntry &entry, const QString &folder,
                                                  QString *error)
{
    std::unique_ptr<RecoveryCopy> copy(new RecoveryCopy(folder, entry.id));
    if (!copy->m_lock.tryLock(copy->m_store.lockPath(entry.id))) {
        if (error)
            *error =
                tr("恢复副本 %1 正由另一个 Folio 使用").arg(QDir::toNativeSeparators(copy->path()));
        return nullptr;
    }
    if (!QFile::exists(copy->path())) {
        if (error)
            *error = tr("恢复副本 %1 已不存在").arg(QDir::toNativeSeparators(copy->path()));
        copy->m_lock.unlock();
        return nullptr;
    }
    return copy;
}

QString RecoveryCopy::path() const
{
    return m_store.copyPath(m_id);
}

bool RecoveryCopy::write(const Edition &edition, const QString &originalPath,
                         const QString &displayName, const QStringList &lastEdits, QString *error)
{
    if (!m_lock.isLocked()) {
        if (!QDir().mkpath(m_store.folder()) || !m_lock.tryLock(m_store.lockPath(m_id))) {
            if (error)
                *error =
                    tr("无法在 %1 建立恢复副本").arg(QDir::toNativeSeparators(m_store.folder()));
            return false;
        }
    }
    if (!EditionStore::save(edition, path(), error))
        return false;

    QJsonObject o;
    o.insert(QStringLiteral("format"), QStringLiteral("folio-recovery"));
    o.insert(QStringLiteral("original"), originalPath);
    o.insert(QStringLiteral("name"), displayName);
    o.insert(QStringLiteral("savedAt"), QDateTime::currentDateTime().toString(Qt::ISODateWithMs));
    o.insert(QStringLiteral("edits"), QJsonArray::fromStringList(lastEdits));
    o.insert(QStringLiteral("pid"), QCoreApplication::applicationPid());
    o.insert(QStringLiteral("host"), QSysInfo::machineHostName());
    QSaveFile file(m_store.descriptionPath(m_id));
    if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(o).toJson()) < 0 ||
        !file.commit()) {
        if (error)
            *error = tr("无法写入 %1：%2")
                         .arg(QDir::toNativeSeparators(file.fileName()), file.errorString());
        return false;
    }
    return true;
}

void RecoveryCopy::remove()
{
    if (!m_lock.isLocked())
        return;
    // Our own lock would make the store refuse: the copy is ours, so it goes first.
    m_lock.unlock();
    m_store.remove(m_id);
}

} // namespace folio
