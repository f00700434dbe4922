#include "app/storyblock.h"

#include "model/edition.h"
#include "model/framecommand.h"

#include <QUndoStack>

namespace folio::app {

QList<ObjectId> StoryBlock::frameIds(const Edition &edition, ObjectId storyId)
{
    QList<ObjectId> out;
    if (!storyId)
        return out;
    QList<ObjectId> pictures;
    for (const Page &page : edition.pages())
        for (const Frame &f : page.frames)
            if (f.kind == FrameKind::Text && f.storyId == storyId)
                out.append(f.id);
    for (const Page &page : edition.pages())
        for (const Frame &f : page.frames)
            if (f.kind == FrameKind::Image && f.captionFrameId && out.contains(f.captionFrameId))
                pictures.append(f.id);
    return out + pictures;
}

ObjectId StoryBlock::storyOfFrame(const Edition &edition, ObjectId frameId)
{
    const Frame *f = edition.frame(frameId);
    if (!f)
        return 0;
    if (f->kind == FrameKind::Text)
        return f->storyId;
    if (f->kind == FrameKind::Image && f->captionFrameId)
        if (const Frame *caption = edition.frame(f->captionFrameId))
            return caption->kind == FrameKind::Text ? caption->storyId : 0;
    return 0;
}

QList<ObjectId> StoryBlock::blockOnPage(const Edition &edition, ObjectId frameId)
{
    const ObjectId storyId = storyOfFrame(edition, frameId);
    const Page *page = edition.pageOfFrame(frameId);
    if (!storyId || !page)
        return {frameId};
    QList<ObjectId> out{frameId};
    for (ObjectId id : frameIds(edition, storyId))
        if (id != frameId && page->frame(id))
            out.append(id);
    return out;
}

QRectF StoryBlock::bounds(const Edition &edition, ObjectId storyId, ObjectId *pageId)
{
    QRectF box;
    ObjectId page = 0;
    bool onePage = true;
    for (ObjectId id : frameIds(edition, storyId)) {
        const Frame *f = edition.frame(id);
        box = box.isNull() ? f->rect.normalized() : box.united(f->rect.normalized());
        const ObjectId p = edition.pageOfFrame(id)->id;
        onePage = onePage && (!page || page == p);
        page = p;
    }
    if (pageId)
        *pageId = onePage ? page : 0;
    return box;
}

QString StoryBlock::checkMovable(const Edition &edition, ObjectId storyId)
{
    const Story *story = edition.story(storyId);
    if (!story)
        return tr("没有选中稿件块。");
    const QList<ObjectId> ids = frameIds(edition, storyId);
    if (ids.isEmpty())
        return tr("稿件“%1”尚未置入版面。").arg(story->slug);
    for (ObjectId id : ids)
        if (edition.frame(id)->locked)
            return tr("稿件块“%1”中的框“%2”已锁定。").arg(story->slug, edition.frame(id)->name);
    return {};
}

QString StoryBlock::moveToPage(Edition *edition, ObjectId storyId, ObjectId pageId)
{
    if (!edition)
        return tr("没有版面。");
    if (const QString problem = checkMovable(*edition, storyId); !problem.isEmpty())
        return problem;
    const Page *target = edition->page(pageId);
    if (!target)
        return tr("没有这一版。");
    const QList<ObjectId> ids = frameIds(*edition, storyId);
    bool moves = false;
    for (ObjectId id : ids)
        moves = moves || edition->pageOfFrame(id)->id != pageId;
    if (!moves)
        return tr("稿件块已在第 %1 版。").arg(target->number);
    QUndoStack *stack = edition->undoStack();
    stack->beginMacro(tr("稿件块移到第 %1 版").arg(target->number));
    for (ObjectId id : ids)
        stack->push(FrameCommand::change(edition, *edition->frame(id), tr("移动框"), pageId));
    stack->endMacro();
    return {};
}

QString StoryBlock::swap(Edition *edition, ObjectId storyA, ObjectId storyB)
{
    if (!edition)
        return tr("没有版面。");
    if (storyA == storyB)
        return tr("请选中两个不同的稿件块。");
    for (ObjectId s : {storyA, storyB})
        if (const QString problem = checkMovable(*edition, s); !problem.isEmpty())
            return problem;
    ObjectId pageA = 0;
    ObjectId pageB = 0;
    const QRectF a = bounds(*edition, storyA, &pageA);
    const QRectF b = bounds(*edition, storyB, &pageB);
    if (!pageA || !pageB)
        return tr("跨版的稿件块不能互换位置。");
    const QList<ObjectId> idsA = frameIds(*edition, storyA);
    const QList<ObjectId> idsB = frameIds(*edition, storyB);
    for (ObjectId id : idsA)
        if (idsB.contains(id))
            return tr("两个稿件块共用框，不能互换位置。");
    QUndoStack *stack = edition->undoStack();
    stack->beginMacro(tr("互换稿件块"));
    const auto move = [&](const QList<ObjectId> &ids, QPointF delta, ObjectId page) {
        for (ObjectId id : ids) {
            Frame f = *edition->frame(id);
            f.rect.translate(delta);
            stack->push(FrameCommand::change(edition, f, tr("移动框"), page));
        }
    };
    move(idsA, b.topLeft() - a.topLeft(), pageB);
    move(idsB, a.topLeft() - b.topLeft(), pageA);
    stack->endMacro();
    return {};
}

} // namespace folio::app
