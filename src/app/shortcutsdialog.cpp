#include "app/shortcutsdialog.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QRegularExpression>
#include <QTableWidget>
#include <QVBoxLayout>
#include <algorithm>

namespace folio::app {

QList<ShortcutsDialog::Entry> ShortcutsDialog::entries(const QWidget *window)
{
    static const QRegularExpression accelerator(QStringLiteral("\\(&.\\)|&(?=.)"));
    QList<Entry> list;
    for (const QAction *a : window->findChildren<QAction *>()) {
        if (a->shortcuts().isEmpty() || a->text().isEmpty())
            continue;
        QStringList keys;
        for (const QKeySequence &k : a->shortcuts())
            keys << k.toString(QKeySequence::NativeText);
        Entry e{a->text().remove(accelerator).trimmed(), keys.join(QStringLiteral("，"))};
        const bool known = std::any_of(list.cbegin(), list.cend(), [&e](const Entry &other) {
            return other.command == e.command && other.shortcut == e.shortcut;
        });
        if (!known)
            list.append(e);
    }
    std::sort(list.begin(), list.end(), [](const Entry &a, const Entry &b) {
        return QString::localeAwareCompare(a.command, b.command) < 0;
    });
    return list;
}

ShortcutsDialog::ShortcutsDialog(QWidget *window) : QDialog(window), m_table(new QTableWidget(this))
{
    setObjectName(QStringLiteral("shortcutsDialog"));
    setWindowTitle(tr("快捷键"));
    const QList<Entry> list = entries(window);
    m_table->setColumnCount(2);
    m_table->setRowCount(int(list.size()));
    m_table->setHorizontalHeaderLabels({tr("命令"), tr("快捷键")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    for (int i = 0; i < list.size(); ++i) {
        m_table->setItem(i, 0, new QTableWidgetItem(list[i].command));
        m_table->setItem(i, 1, new QTableWidgetItem(list[i].shortcut));
    }
    m_table->resizeColumnsToContents();
    m_table->horizontalHeader()->setStretchLastSection(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table);
    layout->addWidget(buttons);
    resize(420, 520);
}

} // namespace folio::app
