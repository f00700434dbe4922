#pragma once

#include "core/ids.h"

#include <QPointer>
#include <QUndoCommand>
#include <memory>

namespace folio {
class StoryCommand;
}

namespace folio::app {

class PageTextEditor;

// An edit made on the page: the StoryCommand that changes the story, and where the caret
// was before and after, so undo and redo put it back. Edits of one typing burst merge (the
// StoryCommand's own typing merge); a caret move, a click or an undo starts a new burst.
class PageTextCommand : public QUndoCommand
{
public:
    struct Caret
    {
        int anchor = 0;
        int position = 0;
    };

    // burst < 0: an edit that never merges (paste, cut, styles).
    PageTextCommand(StoryCommand *change, PageTextEditor *editor, ObjectId storyId, Caret before,
                    Caret after, int burst);
    ~PageTextCommand() override;

    void undo() override;
    void redo() override;
    int id() const override { return 1010; }
    bool mergeWith(const QUndoCommand *other) override;

private:
    std::unique_ptr<StoryCommand> m_change;
    QPointer<PageTextEditor> m_editor;
    ObjectId m_storyId;
    Caret m_before;
    Caret m_after;
    int m_burst;
};

} // namespace folio::app
