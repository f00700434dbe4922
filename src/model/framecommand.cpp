#include "model/framecommand.h"

#include "model/edition.h"

#include <QCoreApplication>

namespace folio {

namespace {
int frameIndex(const Page *page, ObjectId frameId)
{
    for (int i = 0; page && i < page->frames.size(); ++i)
        if (page->frames[i].id == frameId)
            return i;
    return -1;
}
} // namespace

FrameCommand::FrameCommand(Edition *edition, const QString &text)
    : QUndoCommand(text), m_edition(edition)
{}

FrameCommand *FrameCommand::add(Edition *edition, ObjectId pageId, const Frame &frame)
{
    auto *c = new FrameCommand(edition, QCoreApplication::translate("folio", "添加框"));
    c->m_frameId = frame.id;
    c->m_pageAfter = pageId;
    c->m_after = frame;
    return c;
}

FrameCommand *FrameCommand::remove(Edition *edition, ObjectId frameId)
{
    auto *c = new FrameCommand(edition, QCoreApplication::translate("folio", "删除框"));
    c->m_frameId = frameId;
    if (const Page *p = edition->pageOfFrame(frameId)) {
        c->m_pageBefore = p->id;
        c->m_before = *p->frame(frameId);
        c->m_indexBefore = frameIndex(p, frameId);
    }
    return c;
}

FrameCommand *FrameCommand::change(Edition *edition, const Frame &after, const QString &text,
                                   ObjectId pageId)
{
    auto *c = new FrameCommand(edition, text);
    c->m_frameId = after.id;
    if (const Page *p = edition->pageOfFrame(after.id)) {
        c->m_pageBefore = p->id;
        c->m_before = *p->frame(after.id);
        c->m_indexBefore = frameIndex(p, after.id);
    }
    c->m_pageAfter = pageId ? pageId : c->m_pageBefore;
    c->m_after = after;
    return c;
}

void FrameCommand::apply(Edition *e, ObjectId pageId, const std::optional<Frame> &frame,
                         ObjectId id, int index)
{
    if (frame)
        e->putFrame(pageId, *frame, index);
    else
        e->eraseFrame(id);
}

void FrameCommand::redo()
{
    apply(m_edition, m_pageAfter, m_after, m_frameId, -1);
}

void FrameCommand::undo()
{
    apply(m_edition, m_pageBefore, m_before, m_frameId, m_indexBefore);
}

bool FrameCommand::mergeWith(const QUndoCommand *other)
{
    const auto *o = static_cast<const FrameCommand *>(other);
    if (!m_mergeable || !o->m_mergeable || o->m_frameId != m_frameId || !m_before || !o->m_after)
        return false;
    m_after = o->m_after;
    m_pageAfter = o->m_pageAfter;
    return true;
}

} // namespace folio
