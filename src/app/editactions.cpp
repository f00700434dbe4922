#include "app/editactions.h"

#include "app/usertemplates.h"
#include "model/edition.h"
#include "model/framecommand.h"
#include "model/pagecommand.h"
#include "model/pagetemplate.h"

#include <QUndoStack>

namespace folio::app {

namespace {
int nextChainIndex(const Edition &edition, ObjectId storyId)
{
    int next = 0;
    for (const Frame *f : edition.storyChain(storyId))
        next = qMax(next, f->chainIndex + 1);
    return next;
}
} // namespace

QString EditActions::linkFrames(Edition *edition, ObjectId from, ObjectId to)
{
    const Frame *a = edition->frame(from);
    const Frame *b = edition->frame(to);
    if (!a || !b || from == to)
        return tr("请先选择两个文本框：先选前一个，再按住 Shift 选后一个。");
    if (a->kind != FrameKind::Text || b->kind != FrameKind::Text)
        return tr("只有文本框可以链接。");
    if (!a->storyId)
        return tr("第一个框还没有稿件，无法链接。");
    if (b->storyId == a->storyId)
        return tr("这两个框已在同一链中。");
    Frame after = *b;
    after.storyId = a->storyId;
    after.chainIndex = nextChainIndex(*edition, a->storyId);
    edition->undoStack()->push(FrameCommand::change(edition, after, tr("链接框")));
    return {};
}

QString EditActions::unlinkFrame(Edition *edition, ObjectId frameId)
{
    const Frame *f = edition->frame(frameId);
    if (!f || f->kind != FrameKind::Text || !f->storyId)
        return tr("所选框不在任何链中。");
    Frame after = *f;
    after.storyId = 0;
    after.chainIndex = 0;
    edition->undoStack()->push(FrameCommand::change(edition, after, tr("断开链接")));
    return {};
}

QString EditActions::placeStory(Edition *edition, ObjectId storyId, ObjectId frameId)
{
    const Frame *f = edition->frame(frameId);
    if (!edition->story(storyId))
        return tr("请先在稿件列表中选择稿件。");
    if (!f || f->kind != FrameKind::Text)
        return tr("请先选择一个文本框。");
    if (f->storyId == storyId)
        return tr("稿件已在此框中。");
    Frame after = *f;
    after.storyId = storyId;
    after.chainIndex = nextChainIndex(*edition, storyId);
    edition->undoStack()->push(FrameCommand::change(edition, after, tr("置入稿件")));
    return {};
}

ObjectId EditActions::addPageAfter(Edition *edition, ObjectId afterPageId)
{
    const Page *current = edition->page(afterPageId);
    const PageTemplate tmpl =
        UserTemplates::byKey(current ? current->templateName : QStringLiteral("broadsheet8"));
    Page page = tmpl.makePage();
    if (current) {
        // Same format as the page it follows, even when that page's grid was edited.
        page.size = current->size;
        page.margins = current->margins;
        page.grid = current->grid;
        page.section = current->section;
    }
    page.id = edition->newId();
    int number = 0;
    for (const auto &p : edition->pages())
        number = qMax(number, p.number);
    page.number = number + 1;
    const int index = current ? edition->pageIndex(afterPageId) + 1 : int(edition->pages().size());
    edition->undoStack()->push(PageCommand::add(edition, index, page));
    return page.id;
}

QString EditActions::movePage(Edition *edition, ObjectId pageId, int to)
{
    const int from = edition->pageIndex(pageId);
    if (from < 0)
        return tr("没有可移动的版面。");
    const int count = int(edition->pages().size());
    if (to < 0 || to >= count)
        return from == 0 ? tr("已是第一版。") : tr("已是最后一版。");
    if (to == from)
        return {};
    bool sequential = true;
    for (int i = 0; i < count; ++i)
        sequential = sequential && edition->pages()[i].number == i + 1;
    QUndoStack *stack = edition->undoStack();
    stack->beginMacro(tr("移动版面"));
    stack->push(PageCommand::move(edition, from, to));
    if (sequential) {
        for (int i = 0; i < count; ++i) {
            Page page = edition->pages()[i];
            if (page.number == i + 1)
                continue;
            page.number = i + 1;
            stack->push(PageCommand::change(edition, page, tr("移动版面")));
        }
    }
    stack->endMacro();
    return {};
}

QString EditActions::removePage(Edition *edition, ObjectId pageId)
{
    if (!edition->page(pageId))
        return tr("没有可删除的版面。");
    if (edition->pages().size() <= 1)
        return tr("版面至少保留一版。");
    edition->undoStack()->push(PageCommand::remove(edition, pageId));
    return {};
}

void EditActions::setPageStatus(Edition *edition, ObjectId pageId, PageStatus status)
{
    const Page *page = edition->page(pageId);
    if (!page || page->status == status)
        return;
    Page after = *page;
    after.status = status;
    edition->undoStack()->push(PageCommand::change(edition, after, tr("版面状态")));
}

} // namespace folio::app
