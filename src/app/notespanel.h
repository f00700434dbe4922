#pragma once

#include "core/ids.h"

#include <QWidget>
#include <functional>

class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace folio {
class Edition;
}

namespace folio::app {

// The 校对意见 dock: every note by page and story, with its kind and words, status
// (待处理/已改/不改), author, whether its marked text changed since, and 核红 against the page's
// latest proof (已改对/未改/改得不同) for notes made before it. 采纳 applies the selected note
// as one undo step; 不改 asks for a reply; 重新打开 puts it back to 待处理.
class NotesPanel : public QWidget
{
    Q_OBJECT
public:
    enum Column { NoteColumn, StatusColumn, AuthorColumn, CheckColumn };

    explicit NotesPanel(QWidget *parent = nullptr);

    void setEdition(Edition *edition);
    QTreeWidget *tree() const { return m_tree; }
    // The note's row (nullptr when it is not listed).
    QTreeWidgetItem *itemFor(ObjectId noteId) const;
    ObjectId currentNote() const;
    void setCurrentNote(ObjectId noteId);

    // 采纳 / 不改 / 重新打开 on a note; false with the reason in message() when refused.
    bool apply(ObjectId noteId);
    bool decline(ObjectId noteId, const QString &reply);
    bool reopen(ObjectId noteId);
    // Asked for 不改's reply; by default an input dialog. Tests answer here.
    using ReplyQuestion = std::function<bool(QString *reply)>;
    void setReplyQuestion(ReplyQuestion question) { m_replyQuestion = std::move(question); }

Q_SIGNALS:
    void noteActivated(folio::ObjectId noteId);
    void message(const QString &text);

private:
    void scheduleRefresh();
    void refresh();
    void updateButtons();

    Edition *m_edition = nullptr;
    QTreeWidget *m_tree;
    QPushButton *m_apply;
    QPushButton *m_decline;
    QPushButton *m_reopen;
    ReplyQuestion m_replyQuestion;
    bool m_refreshPending = false;
};

} // namespace folio::app
