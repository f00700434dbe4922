#pragma once

#include "proof/signoff.h"

#include <QObject>
#include <functional>

class QAction;
class QMainWindow;
class QMenu;

namespace folio::app {

class LayoutCache;
class PageView;

// The sign-off commands of the 校对 menu: 签版… (the page view's current page) and 签版级别….
// Kept out of MainWindow so the window only wires it in; results go to its status bar.
class SignOffActions : public QObject
{
    Q_OBJECT
public:
    SignOffActions(QMainWindow *window, PageView *view, std::function<LayoutCache *()> layouts);

    // Adds the actions to the bar's 校对 menu, made when the bar has none yet.
    void install(QMenu *menu);
    QAction *signAction() const { return m_sign; }
    QAction *levelsAction() const { return m_levels; }

    // The layouts the window shows, for proof::SignOff.
    proof::SignOff::LayoutProvider layoutProvider() const;

    void sign();
    void editLevels();

    // Who signs and exports: the user name of the preferences (as the edition lock shows it),
    // else the login name.
    static QString userName();

private:
    QMainWindow *m_window;
    PageView *m_view;
    std::function<LayoutCache *()> m_layouts;
    QAction *m_sign;
    QAction *m_levels;
};

} // namespace folio::app
