#include "store/autosaver.h"

#include "model/edition.h"
#include "store/recoverycopy.h"

#include <QTimer>
#include <QUndoStack>

namespace folio {

Autosaver::Autosaver(Edition *edition, const QString &folder, QObject *parent)
    : Autosaver(edition, std::make_unique<RecoveryCopy>(folder), parent)
{}

Autosaver::Autosaver(Edition *edition, std::unique_ptr<RecoveryCopy> copy, QObject *parent)
    : QObject(parent), m_edition(edition), m_copy(std::move(copy)), m_timer(new QTimer(this))
{
    m_timer->setInterval(m_intervalSeconds * 1000);
    connect(m_timer, &QTimer::timeout, this, &Autosaver::writeIfNeeded);
    if (edition) {
        m_copiedRevision = edition->revision();
        m_lastIndex = edition->undoStack()->index();
        connect(edition->undoStack(), &QUndoStack::indexChanged, this, &Autosaver::countEdit);
    }
}

Autosaver::~Autosaver() = default;

void Autosaver::setInterval(int seconds)
{
    m_intervalSeconds = qMax(1, seconds);
    m_timer->setInterval(m_intervalSeconds * 1000);
}

void Autosaver::setEditThreshold(int edits)
{
    m_editThreshold = qMax(0, edits);
}

bool Autosaver::isActive() const
{
    return m_timer->isActive();
}

void Autosaver::start()
{
    m_timer->start();
}

void Autosaver::stop()
{
    m_timer->stop();
}

QString Autosaver::copyPath() const
{
    return m_copy->path();
}

bool Autosaver::hasCopy() const
{
    return m_copy->exists();
}

bool Autosaver::isPending() const
{
    if (!m_edition || m_edition->revision() == m_copiedRevision)
        return false;
    // Changed: a modified edition wants a copy, one back at its saved state wants none.
    return !m_edition->undoStack()->isClean() || hasCopy();
}

void Autosaver::countEdit(int index)
{
    // A merged command (typing, nudges) leaves the index alone: it is still one edit.
    if (index == m_lastIndex)
        return;
    m_lastIndex = index;
    ++m_editsSinceCopy;
    if (!isActive() || m_editThreshold <= 0 || m_editsSinceCopy < m_editThreshold || m_writeQueued)
        return;
    // Not inside the push that changed the stack: the gesture finishes first.
    m_writeQueued = true;
    QTimer::singleShot(0, this, [this] {
        m_writeQueued = false;
        writeIfNeeded();
    });
}

bool Autosaver::writeIfNeeded()
{
    if (!isPending())
        return true;
    m_editsSinceCopy = 0;
    // The revision is read before writing: the edition cannot change during the synchronous
    // write, and this is exactly the state that was written.
    const quint64 revision = m_edition->revision();
    const QUndoStack *stack = m_edition->undoStack();
    if (stack->isClean()) {
        m_copy->remove();
        m_copiedRevision = revision;
        return true;
    }
    QStringList edits;
    for (int i = qMax(0, stack->index() - kEditsKept); i < stack->index(); ++i)
        edits << stack->text(i);
    QString error;
    if (!m_copy->write(*m_edition, m_originalPath, m_displayName, edits, &error)) {
        m_lastError = error;
        Q_EMIT errorOccurred(error);
        return false;
    }
    m_copiedRevision = revision;
    m_lastError.clear();
    m_lastWritten = QDateTime::currentDateTime();
    Q_EMIT written(m_lastWritten);
    return true;
}

void Autosaver::discard()
{
    m_copy->remove();
    m_editsSinceCopy = 0;
    if (m_edition)
        m_copiedRevision = m_edition->revision();
}

} // namespace folio
