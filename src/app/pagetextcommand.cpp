#include "app/pagetextcommand.h"

#include "app/pagetexteditor.h"
#include "model/storycommand.h"

namespace folio::app {

PageTextCommand::PageTextCommand(StoryCommand *change, PageTextEditor *editor, ObjectId storyId,
                                 Caret before, Caret after, int burst)
    : QUndoCommand(change->text()), m_change(change), m_editor(editor), m_storyId(storyId),
      m_before(before), m_after(after), m_burst(burst)
{}

PageTextCommand::~PageTextCommand() = default;

void PageTextCommand::undo()
{
    m_change->undo();
    if (m_editor)
        m_editor->restoreCaret(m_storyId, m_before.anchor, m_before.position);
}

void PageTextCommand::redo()
{
    m_change->redo();
    if (m_editor)
        m_editor->restoreCaret(m_storyId, m_after.anchor, m_after.position);
}

bool PageTextCommand::mergeWith(const QUndoCommand *other)
{
    const auto *o = static_cast<const PageTextCommand *>(other);
    if (m_burst < 0 || o->m_burst != m_burst || o->m_storyId != m_storyId ||
        !m_change->mergeWith(o->m_change.get()))
        return false;
    m_after = o->m_after;
    return true;
}

} // namespace folio::app
