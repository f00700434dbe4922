#include "app/hitlocator.h"

#include "app/layoutcache.h"
#include "layout/textplacement.h"
#include "model/edition.h"

#include <QCoreApplication>

namespace folio::app {

HitLocator::HitLocator(const Edition *edition, LayoutCache *layouts)
    : m_edition(edition), m_layouts(layouts)
{}

HitLocator::Location HitLocator::locate(const StoryHit &hit) const
{
    Location where;
    const Story *story = m_edition ? m_edition->story(hit.storyId) : nullptr;
    if (!story || !m_layouts)
        return where;
    const auto &pages = m_edition->pages();
    // Only pages with a frame of the story's chain can show it; the others are not laid out.
    for (int i = 0; i < pages.size(); ++i) {
        bool holds = false;
        for (const Frame &f : pages[i].frames)
            holds = holds || (f.kind == FrameKind::Text && f.storyId == hit.storyId);
        if (!holds)
            continue;
        const auto layout = m_layouts->layout(pages[i].id);
        if (!layout)
            continue;
        // The page of the hit's first character: a hit split over a page break is named once.
        if (TextPlacement::boxes(*layout, *story, hit.offset, 1).isEmpty())
            continue;
        const auto boxes = TextPlacement::boxes(*layout, *story, hit.offset, hit.length);
        where.pageId = pages[i].id;
        where.pageIndex = i;
        where.frameId = boxes.first().frameId;
        for (const auto &box : boxes)
            where.boxes.append(box.rect);
        return where;
    }
    return where;
}

QString HitLocator::pageName(const Location &location) const
{
    if (!location.isPlaced())
        return QCoreApplication::translate("folio::app::HitLocator", "未排出");
    const Page &page = m_edition->pages().at(location.pageIndex);
    const QString number =
        QCoreApplication::translate("folio::app::HitLocator", "第%1版").arg(page.number);
    return page.section.isEmpty() ? number : number + QLatin1Char(' ') + page.section;
}

} // namespace folio::app
