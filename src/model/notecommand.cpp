#include "model/notecommand.h"

#include "model/edition.h"

#include <QCoreApplication>

namespace folio {

NoteCommand::NoteCommand(Edition *edition, const QString &text)
    : QUndoCommand(text), m_edition(edition)
{}

NoteCommand *NoteCommand::add(Edition *edition, const ProofNote &note)
{
    auto *c = new NoteCommand(edition, QCoreApplication::translate("folio", "添加校对意见"));
    c->m_noteId = note.id;
    c->m_after = note;
    return c;
}

NoteCommand *NoteCommand::remove(Edition *edition, ObjectId noteId)
{
    auto *c = new NoteCommand(edition, QCoreApplication::translate("folio", "删除校对意见"));
    c->m_noteId = noteId;
    if (const ProofNote *note = edition->note(noteId))
        c->m_before = *note;
    c->m_index = edition->noteIndex(noteId);
    return c;
}

NoteCommand *NoteCommand::change(Edition *edition, const ProofNote &after)
{
    auto *c = new NoteCommand(edition, QCoreApplication::translate("folio", "修改校对意见"));
    c->m_noteId = after.id;
    if (const ProofNote *note = edition->note(after.id))
        c->m_before = *note;
    c->m_index = edition->noteIndex(after.id);
    c->m_after = after;
    return c;
}

void NoteCommand::apply(const std::optional<ProofNote> &note)
{
    if (note)
        m_edition->putNote(*note, m_index);
    else
        m_edition->eraseNote(m_noteId);
}

void NoteCommand::redo()
{
    apply(m_after);
}

void NoteCommand::undo()
{
    apply(m_before);
}

} // namespace folio
