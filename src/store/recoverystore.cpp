#include "store/recoverystore.h"

#include "store/recoverylock.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QStandardPaths>
#include <algorithm>

namespace folio {

namespace {
const QString kFormat = QStringLiteral("folio-recovery");
const QString kCopySuffix = QStringLiteral(".folio");
const QString kDescriptionSuffix = QStringLiteral(".json");
const QString kLockSuffix = QStringLiteral(".lock");

// Everything SQLite and EditionStore may keep beside a copy.
QStringList sideFiles(const QString &copy)
{
    return {copy + QStringLiteral("-wal"), copy + QStringLiteral("-shm"),
            copy + QStringLiteral("-journal")};
}

// The hidden temporary files of an unfinished first write (".ID.folio.XXXXXX.saving").
QStringList temporaryFiles(const QDir &dir, const QString &id)
{
    QStringList files;
    for (const QString &name :
         dir.entryList({QLatin1Char('.') + id + kCopySuffix + QStringLiteral(".*")},
                       QDir::Files | QDir::Hidden))
        files << dir.filePath(name);
    return files;
}
} // namespace

QString RecoveryStore::defaultFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/recovery");
}

RecoveryStore::RecoveryStore(const QString &folder) : m_folder(folder) {}

QString RecoveryStore::copyPath(const QString &id) const
{
    return m_folder + QLatin1Char('/') + id + kCopySuffix;
}

QString RecoveryStore::descriptionPath(const QString &id) const
{
    return m_folder + QLatin1Char('/') + id + kDescriptionSuffix;
}

QString RecoveryStore::lockPath(const QString &id) const
{
    return m_folder + QLatin1Char('/') + id + kLockSuffix;
}

bool RecoveryStore::readDescription(const QString &path, RecoveryEntry *entry)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return false;
    const QJsonObject o = doc.object();
    if (o.value(QStringLiteral("format")).toString() != kFormat)
        return false;
    entry->originalPath = o.value(QStringLiteral("original")).toString();
    entry->displayName = o.value(QStringLiteral("name")).toString();
    entry->savedAt =
        QDateTime::fromString(o.value(QStringLiteral("savedAt")).toString(), Qt::ISODateWithMs);
    entry->lastEdits.clear();
    for (const QJsonValue &v : o.value(QStringLiteral("edits")).toArray())
        entry->lastEdits << v.toString();
    entry->processId = o.value(QStringLiteral("pid")).toInteger();
    entry->hostName = o.value(QStringLiteral("host")).toString();
    return entry->savedAt.isValid();
}

QList<RecoveryEntry> RecoveryStore::list() const
{
    QList<RecoveryEntry> entries;
    const QDir dir(m_folder);
    for (const QFileInfo &info :
         dir.entryInfoList({QLatin1Char('*') + kDescriptionSuffix}, QDir::Files)) {
        RecoveryEntry entry;
        entry.id = info.completeBaseName();
        entry.copyPath = copyPath(entry.id);
        if (!QFileInfo(entry.copyPath).isFile() || RecoveryLock::isHeld(lockPath(entry.id)))
            continue;
        if (readDescription(info.filePath(), &entry))
            entries << entry;
    }
    std::sort(entries.begin(), entries.end(),
              [](const RecoveryEntry &a, const RecoveryEntry &b) { return a.savedAt > b.savedAt; });
    return entries;
}

bool RecoveryStore::remove(const QString &id) const
{
    if (id.isEmpty() || RecoveryLock::isHeld(lockPath(id)))
        return false;
    // The description goes first: a copy without one is never offered, even if deleting the
    // rest is interrupted.
    QStringList files = {descriptionPath(id), copyPath(id)};
    files << sideFiles(copyPath(id)) << temporaryFiles(QDir(m_folder), id) << lockPath(id);
    bool ok = true;
    for (const QString &file : std::as_const(files))
        if (QFile::exists(file) && !QFile::remove(file))
            ok = false;
    return ok;
}

void RecoveryStore::removeIncomplete() const
{
    const QDir dir(m_folder);
    QSet<QString> ids;
    for (const QFileInfo &info : dir.entryInfoList(
             {QLatin1Char('*') + kCopySuffix, QLatin1Char('*') + kLockSuffix}, QDir::Files))
        ids.insert(info.completeBaseName());
    for (const QString &id : std::as_const(ids))
        if (!QFile::exists(descriptionPath(id)))
            remove(id);
}

} // namespace folio
