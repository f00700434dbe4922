#pragma once

#include "model/proofnote.h"

#include <QUndoCommand>
#include <optional>

namespace folio {

class Edition;

// Adds, removes or changes a proofreader's note (status, reply, re-anchoring).
class NoteCommand : public QUndoCommand
{
public:
    static NoteCommand *add(Edition *edition, const ProofNote &note);
    static NoteCommand *remove(Edition *edition, ObjectId noteId);
    static NoteCommand *change(Edition *edition, const ProofNote &after);

    void undo() override;
    void redo() override;

private:
    NoteCommand(Edition *edition, const QString &text);
    void apply(const std::optional<ProofNote> &note);

    Edition *m_edition;
    ObjectId m_noteId = 0;
    int m_index = -1;
    std::optional<ProofNote> m_before;
    std::optional<ProofNote> m_after;
};

} // namespace folio
