#pragma once

#include "model/story.h"

#include <QUndoCommand>
#include <optional>

namespace folio {

class Edition;

// Adds, removes or changes a story. Typing in the story editor pushes one change per edit;
// consecutive typing in the same story merges into one undo step.
class StoryCommand : public QUndoCommand
{
public:
    static StoryCommand *add(Edition *edition, const Story &story);
    static StoryCommand *remove(Edition *edition, ObjectId storyId);
    static StoryCommand *change(Edition *edition, const Story &after, const QString &text,
                                bool typing = false);

    void undo() override;
    void redo() override;
    int id() const override { return 1002; }
    bool mergeWith(const QUndoCommand *other) override;

private:
    StoryCommand(Edition *edition, const QString &text);
    void apply(const std::optional<Story> &story, int index);

    Edition *m_edition;
    ObjectId m_storyId = 0;
    int m_indexBefore = -1; // place in the edition's story list, restored by undo
    std::optional<Story> m_before;
    std::optional<Story> m_after;
    bool m_typing = false;
};

} // namespace folio
