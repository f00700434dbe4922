#pragma once

#include <QDialog>
#include <QList>
#include <QString>

class QTableWidget;

namespace folio::app {

// 帮助 → 快捷键: every command of the window that has a shortcut, read from the window's
// actions when the dialog opens, so the list is what the keys really do.
class ShortcutsDialog : public QDialog
{
    Q_OBJECT
public:
    struct Entry
    {
        QString command;  // the action's text without its menu accelerator
        QString shortcut; // every shortcut of the action, as the platform writes them
    };
    explicit ShortcutsDialog(QWidget *window);

    // The window's commands with shortcuts, sorted by command.
    static QList<Entry> entries(const QWidget *window);
    QTableWidget *table() const { return m_table; }

private:
    QTableWidget *m_table;
};

} // namespace folio::app
