#pragma once

#include <QObject>
#include <QString>

class QMenu;

namespace folio::app {

// 文件 → 最近文件: the last eight files opened or saved, kept in QSettings `recentFiles`
// (absolute paths, newest first). Choosing one emits openRequested.
class RecentFilesMenu : public QObject
{
    Q_OBJECT
public:
    RecentFilesMenu(QMenu *menu, QObject *parent);

    // Puts the file first (once) and rebuilds the menu.
    void add(const QString &path);
    void rebuild();

Q_SIGNALS:
    void openRequested(const QString &path);

private:
    QMenu *m_menu;
};

} // namespace folio::app
