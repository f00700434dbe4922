#include "app/editiondocument.h"

#include "model/edition.h"
#include "store/autosaver.h"
#include "store/editionlock.h"
#include "store/editionstore.h"
#include "store/recoverycopy.h"
#include "store/recoverystore.h"

#include <QFileInfo>
#include <QUndoStack>

namespace folio::app {

EditionDocument::EditionDocument(QObject *parent) : QObject(parent)
{
    adopt(Edition::createDefault(), {});
}

EditionDocument::~EditionDocument()
{
    // The recovery copy stays: a clean close went through discardRecovery() already, and an
    // edition destroyed without being closed keeps its unsaved edits recoverable. The
    // autosaver holds a pointer to the edition: it goes first. A dying QUndoStack emits
    // cleanChanged; nobody may hear that about an edition that is half destroyed.
    delete m_autosaver;
    disconnect(m_edition->undoStack(), nullptr, this, nullptr);
}

QString EditionDocument::displayName() const
{
    if (!m_filePath.isEmpty())
        return QFileInfo(m_filePath).fileName();
    if (!m_edition->info().name.isEmpty())
        return m_edition->info().name;
    return tr("未命名版面");
}

bool EditionDocument::isModified() const
{
    return !m_edition->undoStack()->isClean();
}

void EditionDocument::reset(std::unique_ptr<Edition> edition)
{
    m_readOnly = false;
    m_openNotice.clear();
    adopt(std::move(edition), {});
    m_lock.reset();
}

void EditionDocument::adopt(std::unique_ptr<Edition> edition, const QString &path,
                            std::unique_ptr<RecoveryCopy> copy)
{
    // The edition being replaced was closed on purpose (after the save question).
    if (m_autosaver)
        m_autosaver->discard();
    delete m_autosaver;
    m_autosaver = nullptr;
    // The old edition dies after the views have let go of it, silently (see the destructor).
    std::unique_ptr<Edition> old = std::move(m_edition);
    if (old)
        disconnect(old->undoStack(), nullptr, this, nullptr);
    m_edition = std::move(edition);
    m_filePath = path;
    m_edition->undoStack()->setClean();
    connect(m_edition->undoStack(), &QUndoStack::cleanChanged, this,
            [this](bool clean) { Q_EMIT modifiedChanged(!clean); });
    m_autosaver = copy ? new Autosaver(m_edition.get(), std::move(copy), this)
                       : new Autosaver(m_edition.get(), RecoveryStore::defaultFolder(), this);
    connect(m_autosaver, &Autosaver::written, this, [this](const QDateTime &when) {
        Q_EMIT autosaved(
            tr("已写入恢复副本 %1（文件未改动）").arg(when.toString(QStringLiteral("HH:mm:ss"))));
    });
    connect(m_autosaver, &Autosaver::errorOccurred, this, [this](const QString &message) {
        Q_EMIT autosaveFailed(tr("自动保存失败：%1").arg(message));
    });
    configureAutosaver();
    Q_EMIT editionReplaced();
    Q_EMIT filePathChanged(m_filePath);
    Q_EMIT modifiedChanged(false);
}

void EditionDocument::setAutosaveInterval(int seconds)
{
    m_autosaveSeconds = qMax(0, seconds);
    configureAutosaver();
}

void EditionDocument::setAutosaveEdits(int edits)
{
    m_autosaveEdits = qMax(0, edits);
    configureAutosaver();
}

void EditionDocument::configureAutosaver()
{
    m_autosaver->setOriginalPath(m_filePath);
    m_autosaver->setDisplayName(displayName());
    m_autosaver->setEditThreshold(m_autosaveEdits);
    if (m_autosaveSeconds <= 0) {
        m_autosaver->stop();
        return;
    }
    m_autosaver->setInterval(m_autosaveSeconds);
    if (!m_autosaver->isActive())
        m_autosaver->start();
}

void EditionDocument::discardRecovery()
{
    m_autosaver->discard();
}

void EditionDocument::releaseLock()
{
    m_lock.reset();
}

bool EditionDocument::open(const QString &path, QString *error, Access access)
{
    m_lockedBy.clear();
    const QString absolute = QFileInfo(path).absoluteFilePath();
    // Reopening the file this document holds keeps its lock (also when the reopening fails).
    std::unique_ptr<store::EditionLock> fresh;
    if (!m_lock || m_lock->editionPath() != absolute)
        fresh = std::make_unique<store::EditionLock>(absolute);
    store::EditionLock &lock = fresh ? *fresh : *m_lock;
    QString lockProblem;
    if (access == Access::ReadWrite && !lock.tryLock()) {
        if (lock.isHeldByOther()) {
            m_lockedBy = lock.errorString();
            if (error)
                *error = m_lockedBy;
            return false;
        }
        lockProblem = lock.errorString();
    }
    const bool writable = access == Access::ReadWrite && lock.isLocked();
    OpenResult result = EditionStore::open(path, writable ? EditionStore::OpenMode::ReadWrite
                                                          : EditionStore::OpenMode::ReadOnly);
    if (!result.isOk()) {
        if (error)
            *error = result.error.isEmpty() ? tr("无法打开 %1").arg(path) : result.error;
        return false;
    }
    m_readOnly = result.readOnly;
    m_openNotice.clear();
    if (result.migrated)
        m_openNotice = tr("已将文件从第 %1 版格式升级").arg(result.fileSchemaVersion);
    if (!result.readOnlyReason.isEmpty())
        m_openNotice = result.readOnlyReason;
    else if (const auto holder = store::EditionLock::currentHolder(absolute);
             access == Access::ReadOnly && holder.isValid())
        m_openNotice = tr("%1；已只读打开，修改请用“另存为”保存")
                           .arg(store::EditionLock::heldMessage(absolute, holder));
    else if (access == Access::ReadOnly)
        m_openNotice = tr("已只读打开：修改请用“另存为”保存");
    else if (!lockProblem.isEmpty())
        m_openNotice = tr("%1；已只读打开").arg(lockProblem);
    else if (m_readOnly)
        m_openNotice = tr("文件只读：修改请用“另存为”保存");
    adopt(std::move(result.edition), absolute);
    if (fresh)
        m_lock = std::move(fresh);
    // Nobody writes a read-only document's file through it: others may take the lock.
    if (m_readOnly)
        m_lock.reset();
    return true;
}

bool EditionDocument::recover(const RecoveryEntry &entry, QString *error)
{
    std::unique_ptr<RecoveryCopy> copy =
        RecoveryCopy::claim(entry, QFileInfo(entry.copyPath).absolutePath(), error);
    if (!copy)
        return false;
    // Read without writing: the copy stays exactly as the crash left it until it is replaced.
    OpenResult result = EditionStore::open(copy->path(), EditionStore::OpenMode::ReadOnly);
    if (!result.isOk()) {
        if (error)
            *error = tr("无法恢复“%1”：%2").arg(entry.displayName, result.error);
        return false;
    }
    const QString original =
        entry.originalPath.isEmpty() ? QString() : QFileInfo(entry.originalPath).absoluteFilePath();
    m_readOnly = !original.isEmpty() && EditionStore::isReadOnlyFile(original);
    m_openNotice = original.isEmpty()
                       ? tr("已恢复“%1”，尚未保存").arg(entry.displayName)
                       : tr("已恢复“%1”，尚未保存到 %2").arg(entry.displayName, original);
    adopt(std::move(result.edition), original, std::move(copy));
    // The lock of the file it was, when nobody else edits that now; saving checks it again.
    m_lock.reset();
    if (!original.isEmpty()) {
        auto lock = std::make_unique<store::EditionLock>(original);
        if (lock->tryLock())
            m_lock = std::move(lock);
    }
    // Unsaved until the user saves: no state of the undo stack is the file's.
    m_edition->undoStack()->resetClean();
    return true;
}

bool EditionDocument::save(QString *error)
{
    if (m_filePath.isEmpty()) {
        if (error)
            *error = tr("版面尚无文件名，请使用“另存为”。");
        return false;
    }
    return saveAs(m_filePath, error);
}

bool EditionDocument::saveAs(const QString &path, QString *error)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    // Never write over an edition another Folio is editing, this file included when it was
    // opened read-only because of that.
    std::unique_ptr<store::EditionLock> lock;
    if (!m_lock || !m_lock->isLocked() || m_lock->editionPath() != absolute) {
        lock = std::make_unique<store::EditionLock>(absolute);
        if (!lock->tryLock() && lock->isHeldByOther()) {
            if (error)
                *error = tr("无法保存：%1").arg(lock->errorString());
            return false;
        }
    }
    QString problem;
    if (!EditionStore::save(*m_edition, path, &problem)) {
        if (error)
            *error = problem.isEmpty() ? tr("无法保存 %1").arg(path) : problem;
        return false;
    }
    if (lock)
        m_lock = lock->isLocked() ? std::move(lock) : nullptr;
    const bool moved = absolute != m_filePath || m_readOnly;
    m_filePath = absolute;
    m_readOnly = false;
    m_edition->undoStack()->setClean();
    // The file holds everything now: nothing left to recover.
    m_autosaver->discard();
    configureAutosaver();
    if (moved)
        Q_EMIT filePathChanged(m_filePath);
    return true;
}

} // namespace folio::app
