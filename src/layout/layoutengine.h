#pragma once

#include "layout/pagelayout.h"
#include "layout/storylayouter.h"

#include <QHash>

namespace folio {

class Edition;

// Lays out an edition's pages into PageLayouts. Stories flow through their frame chains
// (which may cross pages); frames unchanged since the last call come from the cache.
class LayoutEngine
{
public:
    explicit LayoutEngine(const Edition *edition);

    PageLayout layoutPage(int pageIndex);
    StoryLayout storyLayout(ObjectId storyId);

    StoryLayouter *layouter() { return &m_layouter; }

private:
    const Edition *m_edition;
    StoryLayouter m_layouter;
};

} // namespace folio
