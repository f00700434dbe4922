#include "app/recoverydialog.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <algorithm>

namespace folio::app {

namespace {
QString timeText(const QDateTime &when)
{
    return when.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}
} // namespace

RecoveryDialog::RecoveryDialog(const RecoveryStore &store, const QList<RecoveryEntry> &entries,
                               QWidget *parent)
    : QDialog(parent), m_store(store), m_entries(entries), m_list(new QTreeWidget(this)),
      m_recover(new QPushButton(tr("恢复"), this)), m_discard(new QPushButton(tr("放弃"), this)),
      m_later(new QPushButton(tr("以后再说"), this))
{
    setWindowTitle(tr("恢复版面"));
    auto *intro =
        new QLabel(tr("Folio 上次没有正常退出。以下版面有未保存的修改，已自动存下副本："), this);
    intro->setWordWrap(true);
    m_list->setRootIsDecorated(false);
    m_list->setHeaderLabels({tr("版面"), tr("原文件"), tr("时间"), tr("最近的编辑")});
    m_list->header()->setStretchLastSection(true);
    for (int column = 0; column < 3; ++column)
        m_list->header()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    auto *note = new QLabel(tr("恢复的版面尚未保存：保存后才写入原文件。"), this);
    note->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(m_recover, QDialogButtonBox::AcceptRole);
    buttons->addButton(m_discard, QDialogButtonBox::DestructiveRole);
    buttons->addButton(m_later, QDialogButtonBox::RejectRole);
    m_recover->setDefault(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_list);
    layout->addWidget(note);
    layout->addWidget(buttons);
    resize(760, 320);

    connect(m_recover, &QPushButton::clicked, this, [this] {
        const int row = m_list->indexOfTopLevelItem(m_list->currentItem());
        if (row < 0)
            return;
        m_chosen = m_entries.value(row);
        accept();
    });
    connect(m_discard, &QPushButton::clicked, this, &RecoveryDialog::discardCurrent);
    connect(m_later, &QPushButton::clicked, this, &QDialog::reject);
    fill();
}

std::optional<RecoveryEntry>
RecoveryDialog::ask(QWidget *parent, const std::function<void(RecoveryDialog &)> &answer,
                    QString *error)
{
    const RecoveryStore store;
    store.removeIncomplete();
    const QList<RecoveryEntry> entries = store.list();
    if (entries.isEmpty())
        return std::nullopt;
    RecoveryDialog dialog(store, entries, parent);
    if (answer)
        answer(dialog);
    else
        dialog.exec();
    if (error)
        *error = dialog.lastError();
    if (dialog.result() != QDialog::Accepted)
        return std::nullopt;
    return dialog.chosen();
}

void RecoveryDialog::fill()
{
    m_list->clear();
    for (const RecoveryEntry &entry : std::as_const(m_entries)) {
        auto *item = new QTreeWidgetItem(m_list);
        item->setText(0, entry.displayName);
        item->setText(1, entry.originalPath.isEmpty()
                             ? tr("从未保存")
                             : QDir::toNativeSeparators(entry.originalPath));
        item->setText(2, timeText(entry.savedAt));
        // The newest edit first: that is what the user remembers doing last.
        QStringList edits = entry.lastEdits;
        std::reverse(edits.begin(), edits.end());
        item->setText(3, edits.join(tr("、")));
        item->setToolTip(3, edits.join(QLatin1Char('\n')));
    }
    if (m_list->topLevelItemCount() > 0)
        m_list->setCurrentItem(m_list->topLevelItem(0));
    m_recover->setEnabled(!m_entries.isEmpty());
    m_discard->setEnabled(!m_entries.isEmpty());
}

void RecoveryDialog::discardCurrent()
{
    const int row = m_list->indexOfTopLevelItem(m_list->currentItem());
    if (row < 0)
        return;
    const RecoveryEntry entry = m_entries.takeAt(row);
    if (!m_store.remove(entry.id))
        m_lastError = tr("无法删除恢复副本 %1").arg(QDir::toNativeSeparators(entry.copyPath));
    fill();
    // Nothing left to decide.
    if (m_entries.isEmpty())
        reject();
}

} // namespace folio::app
