#include "app/notespanel.h"

#include "model/edition.h"
#include "proof/noteactions.h"
#include "proof/noteanchor.h"
#include "proof/notecheck.h"
#include "proof/noteformat.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QPushButton>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace folio::app {

namespace {

QString describe(const ProofNote &note)
{
    const QString kind = proof::NoteFormat::kindName(note.kind);
    QString text =
        note.markedText.isEmpty() ? kind : NotesPanel::tr("%1 “%2”").arg(kind, note.markedText);
    if (!note.replacement.isEmpty())
        text += NotesPanel::tr(" → “%1”").arg(note.replacement);
    if (!note.comment.isEmpty())
        text += NotesPanel::tr("  %1").arg(note.comment);
    if (!note.reply.isEmpty())
        text += NotesPanel::tr("  答复：%1").arg(note.reply);
    return text;
}

} // namespace

NotesPanel::NotesPanel(QWidget *parent)
    : QWidget(parent), m_tree(new QTreeWidget(this)), m_apply(new QPushButton(tr("采纳"), this)),
      m_decline(new QPushButton(tr("不改…"), this)), m_reopen(new QPushButton(tr("重新打开"), this))
{
    setObjectName(QStringLiteral("notesPanel"));
    m_tree->setHeaderLabels({tr("校对意见"), tr("状态"), tr("作者"), tr("核红")});
    m_tree->header()->setSectionResizeMode(NoteColumn, QHeaderView::Stretch);
    m_tree->header()->setStretchLastSection(false);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_apply);
    buttons->addWidget(m_decline);
    buttons->addWidget(m_reopen);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(2, 2, 2, 2);
    layout->addWidget(m_tree, 1);
    layout->addLayout(buttons);

    connect(m_tree, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *item) {
        updateButtons();
        if (item && item->data(0, Qt::UserRole).toLongLong())
            Q_EMIT noteActivated(item->data(0, Qt::UserRole).toLongLong());
    });
    connect(m_apply, &QPushButton::clicked, this, [this] { apply(currentNote()); });
    connect(m_decline, &QPushButton::clicked, this, [this] {
        QString reply;
        bool ok = false;
        if (m_replyQuestion)
            ok = m_replyQuestion(&reply);
        else
            reply = QInputDialog::getText(this, tr("不改"), tr("答复校对（为什么不改）"),
                                          QLineEdit::Normal, QString(), &ok);
        if (ok)
            decline(currentNote(), reply);
    });
    connect(m_reopen, &QPushButton::clicked, this, [this] { reopen(currentNote()); });
    updateButtons();
}

void NotesPanel::setEdition(Edition *edition)
{
    if (m_edition)
        disconnect(m_edition, nullptr, this, nullptr);
    m_edition = edition;
    // Story text changes can move a note's words or change them: every change refreshes.
    if (m_edition)
        connect(m_edition, &Edition::changed, this, &NotesPanel::scheduleRefresh);
    refresh();
}

void NotesPanel::scheduleRefresh()
{
    if (m_refreshPending)
        return;
    m_refreshPending = true;
    QTimer::singleShot(0, this, &NotesPanel::refresh);
}

void NotesPanel::refresh()
{
    m_refreshPending = false;
    const ObjectId current = currentNote();
    const QSignalBlocker block(m_tree);
    m_tree->clear();
    if (!m_edition)
        return;
    for (const Page &page : m_edition->pages()) {
        const ProofRecord *latest = m_edition->latestProof(page.id);
        QList<ProofNote> checked;
        if (latest)
            checked = proof::NoteCheck::notesBefore(*m_edition, *latest);
        QTreeWidgetItem *pageItem = nullptr;
        QHash<ObjectId, QTreeWidgetItem *> stories;
        for (const ProofNote &note : m_edition->notes()) {
            if (note.pageId != page.id)
                continue;
            if (!pageItem) {
                pageItem = new QTreeWidgetItem(m_tree);
                pageItem->setText(
                    NoteColumn, latest ? tr("%1（第%2校）")
                                             .arg(proof::NoteFormat::pageName(*m_edition, page.id))
                                             .arg(latest->round)
                                       : proof::NoteFormat::pageName(*m_edition, page.id));
                pageItem->setExpanded(true);
            }
            QTreeWidgetItem *&storyItem = stories[note.storyId];
            if (!storyItem) {
                storyItem = new QTreeWidgetItem(pageItem);
                storyItem->setText(NoteColumn, tr("《%1》").arg(proof::NoteFormat::storyTitle(
                                                   *m_edition, note.storyId)));
                storyItem->setExpanded(true);
            }
            auto *item = new QTreeWidgetItem(storyItem);
            item->setData(0, Qt::UserRole, qlonglong(note.id));
            QString text = describe(note);
            // Said only while the note is open: 采纳 itself changes the marked text.
            if (note.status == NoteStatus::Open) {
                const Story *story = m_edition->story(note.storyId);
                const auto at = story ? proof::NoteAnchor::resolve(note, *story)
                                      : proof::NoteAnchor::Resolved{};
                if (at.state == proof::NoteAnchor::State::TextChanged)
                    text += tr("  〔标记的文字已改为“%1”〕").arg(at.text);
                else if (at.state == proof::NoteAnchor::State::Lost)
                    text += tr("  〔原文已找不到〕");
            }
            item->setText(NoteColumn, text);
            item->setToolTip(NoteColumn, text);
            item->setText(StatusColumn, proof::NoteFormat::statusName(note.status));
            item->setText(AuthorColumn, note.author);
            const bool before = std::any_of(checked.begin(), checked.end(),
                                            [&](const ProofNote &n) { return n.id == note.id; });
            if (before) {
                const auto verdict = proof::NoteCheck::check(note, *latest).verdict;
                item->setText(CheckColumn, proof::NoteCheck::verdictName(verdict));
                if (verdict == proof::NoteCheck::Verdict::Different ||
                    verdict == proof::NoteCheck::Verdict::Unchanged)
                    item->setForeground(CheckColumn, QColor(0xc0, 0x10, 0x10));
            }
            if (note.id == current)
                m_tree->setCurrentItem(item);
        }
    }
    updateButtons();
}

QTreeWidgetItem *NotesPanel::itemFor(ObjectId noteId) const
{
    for (QTreeWidgetItemIterator it(m_tree); *it; ++it)
        if ((*it)->data(0, Qt::UserRole).toLongLong() == noteId)
            return *it;
    return nullptr;
}

ObjectId NotesPanel::currentNote() const
{
    const QTreeWidgetItem *item = m_tree->currentItem();
    return item ? item->data(0, Qt::UserRole).toLongLong() : 0;
}

void NotesPanel::setCurrentNote(ObjectId noteId)
{
    if (m_refreshPending)
        refresh();
    if (QTreeWidgetItem *item = itemFor(noteId))
        m_tree->setCurrentItem(item);
}

void NotesPanel::updateButtons()
{
    const ProofNote *note = m_edition ? m_edition->note(currentNote()) : nullptr;
    m_apply->setEnabled(note && note->status == NoteStatus::Open && note->kind != NoteKind::Query);
    m_decline->setEnabled(note && note->status == NoteStatus::Open);
    m_reopen->setEnabled(note && note->status != NoteStatus::Open);
}

bool NotesPanel::apply(ObjectId noteId)
{
    QString error;
    if (!m_edition || !proof::NoteActions::apply(m_edition, noteId, &error)) {
        Q_EMIT message(error);
        return false;
    }
    Q_EMIT message(tr("已采纳（可撤销）"));
    return true;
}

bool NotesPanel::decline(ObjectId noteId, const QString &reply)
{
    QString error;
    if (!m_edition || !proof::NoteActions::decline(m_edition, noteId, reply, &error)) {
        Q_EMIT message(error);
        return false;
    }
    return true;
}

bool NotesPanel::reopen(ObjectId noteId)
{
    QString error;
    if (!m_edition || !proof::NoteActions::reopen(m_edition, noteId, &error)) {
        Q_EMIT message(error);
        return false;
    }
    return true;
}

} // namespace folio::app
