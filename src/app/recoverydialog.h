#pragma once

#include "store/recoverystore.h"

#include <QDialog>
#include <functional>
#include <optional>

class QPushButton;
class QTreeWidget;

namespace folio::app {

// Shown at start when an earlier run ended without closing its editions (a crash, a kill, a
// power cut): each edition its autosave kept a recovery copy of, with its original file, the
// time of the copy and its last edits. 恢复 opens the chosen one as an unsaved edition
// (accepted, chosen()), 放弃 deletes the chosen copy at once, 以后再说 keeps them all for the
// next start (rejected).
class RecoveryDialog : public QDialog
{
    Q_OBJECT
public:
    RecoveryDialog(const RecoveryStore &store, const QList<RecoveryEntry> &entries,
                   QWidget *parent = nullptr);

    // Lists the copies a crashed run left (after deleting incomplete ones) and, when there are
    // any, shows the dialog (modal, or handed to `answer` in tests). Returns the entry chosen
    // for 恢复; `error` says when 放弃 could not delete a copy.
    static std::optional<RecoveryEntry>
    ask(QWidget *parent, const std::function<void(RecoveryDialog &)> &answer, QString *error);

    // The entries still offered (放弃 takes the chosen one out).
    QList<RecoveryEntry> entries() const { return m_entries; }
    // What 恢复 chose; valid once the dialog was accepted.
    RecoveryEntry chosen() const { return m_chosen; }
    // 放弃 failures (a copy that could not be deleted), for the status bar.
    QString lastError() const { return m_lastError; }

    QTreeWidget *list() const { return m_list; }
    QPushButton *recoverButton() const { return m_recover; }
    QPushButton *discardButton() const { return m_discard; }
    QPushButton *laterButton() const { return m_later; }

private:
    void fill();
    void discardCurrent();

    RecoveryStore m_store;
    QList<RecoveryEntry> m_entries;
    RecoveryEntry m_chosen;
    QString m_lastError;
    QTreeWidget *m_list;
    QPushButton *m_recover;
    QPushButton *m_discard;
    QPushButton *m_later;
};

} // namespace folio::app
