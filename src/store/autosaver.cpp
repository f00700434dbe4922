#include "store/autosaver.h"

#include "model/edition.h"
#include "store/editionstore.h"

#include <QTimer>

namespace folio {

Autosaver::Autosaver(Edition *edition, const QString &path, QObject *parent)
    : QObject(parent), m_edition(edition), m_path(path), m_timer(new QTimer(this))
{
    m_timer->setInterval(m_intervalSeconds * 1000);
    connect(m_timer, &QTimer::timeout, this, &Autosaver::saveIfModified);
    if (edition)
        m_savedRevision = edition->revision();
}

Autosaver::~Autosaver() = default;

void Autosaver::setPath(const QString &path)
{
    m_path = path;
}

void Autosaver::setInterval(int seconds)
{
    m_intervalSeconds = qMax(1, seconds);
    m_timer->setInterval(m_intervalSeconds * 1000);
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

bool Autosaver::isModified() const
{
    return m_edition && m_edition->revision() != m_savedRevision;
}

bool Autosaver::saveIfModified()
{
    if (!isModified() || m_path.isEmpty())
        return true;
    // The revision is read before saving: the edition cannot change during the synchronous
    // save, and this is exactly the state that was written.
    const quint64 revision = m_edition->revision();
    QString error;
    if (!EditionStore::save(*m_edition, m_path, &error)) {
        m_lastError = error;
        Q_EMIT errorOccurred(error);
        return false;
    }
    m_savedRevision = revision;
    m_lastError.clear();
    m_lastSaved = QDateTime::currentDateTime();
    Q_EMIT saved(m_lastSaved);
    return true;
}

void Autosaver::markSaved()
{
    if (m_edition)
        m_savedRevision = m_edition->revision();
    m_lastSaved = QDateTime::currentDateTime();
}

} // namespace folio
