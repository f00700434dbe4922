#include "proof/noteactions.h"

#include "model/edition.h"
#include "model/notecommand.h"
#include "model/storycommand.h"
#include "model/storytext.h"
#include "proof/noteanchor.h"

#include <QCoreApplication>
#include <QUndoStack>
#include <algorithm>

namespace folio::proof {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("folio::proof::NoteActions", text);
}

bool failWith(QString *error, const QString &problem)
{
    if (error)
        *error = problem;
    return false;
}

bool setStatus(Edition *edition, ObjectId noteId, NoteStatus status, const QString &reply,
               QString *error)
{
    const ProofNote *note = edition->note(noteId);
    if (!note)
        return failWith(error, tr("没有这条校对意见（id %1）。").arg(noteId));
    ProofNote changed = *note;
    changed.status = status;
    changed.reply = reply;
    edition->undoStack()->push(NoteCommand::change(edition, changed));
    return true;
}

} // namespace

bool NoteActions::apply(Edition *edition, ObjectId noteId, QString *error)
{
    const ProofNote *found = edition->note(noteId);
    if (!found)
        return failWith(error, tr("没有这条校对意见（id %1）。").arg(noteId));
    const ProofNote note = *found;
    const Story *story = edition->story(note.storyId);
    if (!story)
        return failWith(error, tr("这条意见所在的稿件已删除。"));
    if (note.status != NoteStatus::Open)
        return failWith(error, tr("这条意见已处理过。"));
    const NoteAnchor::Resolved at = NoteAnchor::resolve(note, *story);
    if (at.state == NoteAnchor::State::Lost)
        return failWith(error, tr("在稿件里找不到标记的文字“%1”。").arg(note.markedText));
    if (at.state == NoteAnchor::State::TextChanged)
        return failWith(error, tr("标记的文字已改动（原为“%1”，现为“%2”），请核对后手动修改。")
                                   .arg(note.markedText, at.text));

    int offset = at.offset;
    int length = at.length;
    QString text;
    switch (note.kind) {
    case NoteKind::Replace:
        text = note.replacement;
        break;
    case NoteKind::Delete:
        break;
    case NoteKind::Insert:
        if (note.replacement.isEmpty())
            return failWith(error, tr("这条“增”没有写要加的文字。"));
        offset += length;
        length = 0;
        text = note.replacement;
        break;
    case NoteKind::Swap:
        if (!note.replacement.isEmpty()) {
            text = note.replacement;
        } else if (at.text.size() == 2) {
            text = QString(at.text[1]) + at.text[0];
        } else {
            return failWith(error, tr("这条“调”没有写调换后的顺序。"));
        }
        break;
    case NoteKind::Query:
        return failWith(error, tr("“疑”是询问，不能采纳：请回复或标为不改。"));
    }
    Story changed = *story;
    if (text.contains(QLatin1Char('\n')) || !StoryText::replace(&changed, offset, length, text))
        return failWith(error, tr("无法修改稿件文字。"));

    ProofNote done = note;
    done.status = NoteStatus::Done;
    done.offset = offset;
    done.length = int(text.size());
    QUndoStack *stack = edition->undoStack();
    stack->beginMacro(tr("采纳校对意见"));
    stack->push(StoryCommand::change(edition, changed, tr("采纳校对意见")));
    stack->push(NoteCommand::change(edition, done));
    stack->endMacro();
    return true;
}

bool NoteActions::decline(Edition *edition, ObjectId noteId, const QString &reply, QString *error)
{
    return setStatus(edition, noteId, NoteStatus::Declined, reply, error);
}

bool NoteActions::reopen(Edition *edition, ObjectId noteId, QString *error)
{
    return setStatus(edition, noteId, NoteStatus::Open, QString(), error);
}

} // namespace folio::proof
