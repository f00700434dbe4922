#pragma once

#include <QObject>

class QAction;
class QMenu;

namespace folio::app {

class MainWindow;

// The 帮助 menu: 用户指南 (docs/user-guide.md, compiled in, in a viewer), 快捷键 (from the
// window's actions), 示例版面 (asks to save a modified edition first) and 关于 Folio.
class HelpMenu : public QObject
{
    Q_OBJECT
public:
    HelpMenu(MainWindow *window, QMenu *menu);

    // Opened without blocking; each returns its window (tests look inside).
    QWidget *showUserGuide();
    QWidget *showShortcuts();
    QWidget *showAbout();

private:
    MainWindow *m_window;
};

} // namespace folio::app
