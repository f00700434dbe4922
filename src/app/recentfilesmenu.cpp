#include "app/recentfilesmenu.h"

#include <QFileInfo>
#include <QMenu>
#include <QSettings>

namespace folio::app {

namespace {
constexpr int kMaxRecentFiles = 8;
const QString kKey = QStringLiteral("recentFiles");
} // namespace

RecentFilesMenu::RecentFilesMenu(QMenu *menu, QObject *parent) : QObject(parent), m_menu(menu)
{
    rebuild();
}

void RecentFilesMenu::add(const QString &path)
{
    QSettings settings;
    QStringList files = settings.value(kKey).toStringList();
    const QString absolute = QFileInfo(path).absoluteFilePath();
    files.removeAll(absolute);
    files.prepend(absolute);
    while (files.size() > kMaxRecentFiles)
        files.removeLast();
    settings.setValue(kKey, files);
    rebuild();
}

void RecentFilesMenu::rebuild()
{
    m_menu->clear();
    const QStringList files = QSettings().value(kKey).toStringList();
    for (int i = 0; i < files.size(); ++i) {
        const QString path = files[i];
        QAction *action =
            m_menu->addAction(QStringLiteral("&%1 %2").arg(i + 1).arg(QFileInfo(path).fileName()));
        action->setToolTip(path);
        connect(action, &QAction::triggered, this, [this, path] { Q_EMIT openRequested(path); });
    }
    m_menu->setEnabled(!files.isEmpty());
}

} // namespace folio::app
