#include "model/storycommand.h"

#include "model/edition.h"

#include <QCoreApplication>

namespace folio {

namespace {
int storyIndex(const Edition *edition, ObjectId storyId)
{
    const auto &stories = edition->stories();
    for (int i = 0; i < stories.size(); ++i)
        if (stories[i].id == storyId)
            return i;
    return -1;
}
} // namespace

StoryCommand::StoryCommand(Edition *edition, const QString &text)
    : QUndoCommand(text), m_edition(edition)
{}

StoryCommand *StoryCommand::add(Edition *edition, const Story &story)
{
    auto *c = new StoryCommand(edition, QCoreApplication::translate("folio", "添加稿件"));
    c->m_storyId = story.id;
    c->m_after = story;
    return c;
}

StoryCommand *StoryCommand::remove(Edition *edition, ObjectId storyId)
{
    auto *c = new StoryCommand(edition, QCoreApplication::translate("folio", "删除稿件"));
    c->m_storyId = storyId;
    if (const Story *s = edition->story(storyId))
        c->m_before = *s;
    c->m_indexBefore = storyIndex(edition, c->m_storyId);
    return c;
}

StoryCommand *StoryCommand::change(Edition *edition, const Story &after, const QString &text,
                                   bool typing)
{
    auto *c = new StoryCommand(edition, text);
    c->m_storyId = after.id;
    if (const Story *s = edition->story(after.id))
        c->m_before = *s;
    c->m_indexBefore = storyIndex(edition, c->m_storyId);
    c->m_after = after;
    c->m_typing = typing;
    return c;
}

void StoryCommand::apply(const std::optional<Story> &story, int index)
{
    if (story)
        m_edition->putStory(*story, index);
    else
        m_edition->eraseStory(m_storyId);
}

void StoryCommand::redo()
{
    apply(m_after, -1);
}

void StoryCommand::undo()
{
    apply(m_before, m_indexBefore);
}

bool StoryCommand::mergeWith(const QUndoCommand *other)
{
    const auto *o = static_cast<const StoryCommand *>(other);
    if (!m_typing || !o->m_typing || o->m_storyId != m_storyId || !m_after || !o->m_after)
        return false;
    m_after = o->m_after;
    return true;
}

} // namespace folio
