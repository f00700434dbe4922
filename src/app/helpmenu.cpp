#include "app/helpmenu.h"

#include "app/mainwindow.h"
#include "app/shortcutsdialog.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QFile>
#include <QMenu>
#include <QMessageBox>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace folio::app {

HelpMenu::HelpMenu(MainWindow *window, QMenu *menu) : QObject(window), m_window(window)
{
    QAction *guide = menu->addAction(tr("用户指南(&G)"));
    guide->setShortcut(QKeySequence::HelpContents);
    connect(guide, &QAction::triggered, this, &HelpMenu::showUserGuide);
    connect(menu->addAction(tr("快捷键(&K)")), &QAction::triggered, this, &HelpMenu::showShortcuts);
    menu->addSeparator();
    connect(menu->addAction(tr("示例版面(&S)")), &QAction::triggered, this, [this] {
        if (m_window->maybeSave())
            m_window->openSample();
    });
    menu->addSeparator();
    QAction *about = menu->addAction(tr("关于 Folio(&A)"));
    about->setMenuRole(QAction::AboutRole);
    connect(about, &QAction::triggered, this, &HelpMenu::showAbout);
}

QWidget *HelpMenu::showUserGuide()
{
    auto *dialog = new QDialog(m_window);
    dialog->setObjectName(QStringLiteral("userGuide"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Folio 用户指南"));
    auto *browser = new QTextBrowser(dialog);
    // The guide's pictures sit beside it in the resources, as in docs/.
    browser->setSearchPaths({QStringLiteral(":/docs")});
    QFile file(QStringLiteral(":/docs/user-guide.md"));
    if (file.open(QIODevice::ReadOnly))
        browser->setMarkdown(QString::fromUtf8(file.readAll()));
    else
        browser->setPlainText(tr("用户指南没有编进程序（%1）。").arg(file.errorString()));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(dialog);
    layout->addWidget(browser);
    layout->addWidget(buttons);
    dialog->resize(760, 640);
    dialog->show();
    return dialog;
}

QWidget *HelpMenu::showShortcuts()
{
    auto *dialog = new ShortcutsDialog(m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
    return dialog;
}

QWidget *HelpMenu::showAbout()
{
    auto *box = new QMessageBox(QMessageBox::Information, tr("关于 Folio"),
                                tr("<b>Folio %1</b><p>中文报纸版面编辑：导入稿件、在栏格上排版、"
                                   "印前检查、导出 PDF/X。</p>")
                                    .arg(QStringLiteral(FOLIO_VERSION)),
                                QMessageBox::Close, m_window);
    box->setObjectName(QStringLiteral("aboutFolio"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->show();
    return box;
}

} // namespace folio::app
