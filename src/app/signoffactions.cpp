#include "app/signoffactions.h"

#include "app/layoutcache.h"
#include "app/pageview.h"
#include "app/settingsdialog.h"
#include "app/signdialog.h"
#include "app/signofflevelsdialog.h"
#include "model/edition.h"

#include <QAction>
#include <QComboBox>
#include <QMainWindow>
#include <QMenu>
#include <QStatusBar>

namespace folio::app {

SignOffActions::SignOffActions(QMainWindow *window, PageView *view,
                               std::function<LayoutCache *()> layouts)
    : QObject(window), m_window(window), m_view(view), m_layouts(std::move(layouts)),
      m_sign(new QAction(tr("签版(&S)…"), this)), m_levels(new QAction(tr("签版级别…"), this))
{
    m_sign->setShortcut(QKeySequence(QStringLiteral("Ctrl+Alt+S")));
    connect(m_sign, &QAction::triggered, this, &SignOffActions::sign);
    connect(m_levels, &QAction::triggered, this, &SignOffActions::editLevels);
}

void SignOffActions::install(QMenu *menu)
{
    menu->addSeparator();
    menu->addAction(m_sign);
    menu->addAction(m_levels);
}

proof::SignOff::LayoutProvider SignOffActions::layoutProvider() const
{
    Edition *edition = m_view->edition();
    LayoutCache *layouts = m_layouts();
    return [edition, layouts](int index) { return *layouts->layout(edition->pages()[index].id); };
}

void SignOffActions::sign()
{
    Edition *edition = m_view->edition();
    const int index = edition ? edition->pageIndex(m_view->pageId()) : -1;
    if (index < 0)
        return;
    SignDialog dialog(edition, index, layoutProvider(), userName(), m_window);
    if (dialog.exec() == QDialog::Accepted)
        m_window->statusBar()->showMessage(
            tr("第 %1 页 %2 已签。").arg(index + 1).arg(dialog.levelBox()->currentText()), 6000);
}

QString SignOffActions::userName()
{
    const QString name = SettingsDialog::userName();
    return name.isEmpty() ? qEnvironmentVariable("USER") : name;
}

void SignOffActions::editLevels()
{
    if (Edition *edition = m_view->edition()) {
        SignOffLevelsDialog dialog(edition, m_window);
        dialog.exec();
    }
}

} // namespace folio::app
