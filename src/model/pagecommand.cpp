#include "model/pagecommand.h"

#include "model/edition.h"

#include <QCoreApplication>

namespace folio {

PageCommand::PageCommand(Edition *edition, Kind kind, const QString &text)
    : QUndoCommand(text), m_edition(edition), m_kind(kind)
{}

PageCommand *PageCommand::add(Edition *edition, int index, const Page &page)
{
    auto *c = new PageCommand(edition, Kind::Put, QCoreApplication::translate("folio", "添加版面"));
    c->m_pageId = page.id;
    c->m_indexAfter = index;
    c->m_after = page;
    return c;
}

PageCommand *PageCommand::remove(Edition *edition, ObjectId pageId)
{
    auto *c = new PageCommand(edition, Kind::Put, QCoreApplication::translate("folio", "删除版面"));
    c->m_pageId = pageId;
    c->m_indexBefore = edition->pageIndex(pageId);
    if (const Page *p = edition->page(pageId))
        c->m_before = *p;
    return c;
}

PageCommand *PageCommand::change(Edition *edition, const Page &after, const QString &text)
{
    auto *c = new PageCommand(edition, Kind::Put, text);
    c->m_pageId = after.id;
    c->m_indexBefore = c->m_indexAfter = edition->pageIndex(after.id);
    if (const Page *p = edition->page(after.id))
        c->m_before = *p;
    c->m_after = after;
    return c;
}

PageCommand *PageCommand::move(Edition *edition, int from, int to)
{
    auto *c =
        new PageCommand(edition, Kind::Move, QCoreApplication::translate("folio", "移动版面"));
    c->m_indexBefore = from;
    c->m_indexAfter = to;
    return c;
}

void PageCommand::apply(int index, const std::optional<Page> &page)
{
    if (!page) {
        m_edition->erasePage(m_pageId);
    } else if (m_edition->page(m_pageId)) {
        m_edition->putPage(*page);
    } else {
        m_edition->insertPage(index, *page);
    }
}

void PageCommand::redo()
{
    if (m_kind == Kind::Move)
        m_edition->movePage(m_indexBefore, m_indexAfter);
    else
        apply(m_indexAfter, m_after);
}

void PageCommand::undo()
{
    if (m_kind == Kind::Move)
        m_edition->movePage(m_indexAfter, m_indexBefore);
    else
        apply(m_indexBefore, m_before);
}

} // namespace folio
