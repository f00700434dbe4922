#pragma once

#include "core/ids.h"
#include "model/textsearch.h"

#include <QList>
#include <QRectF>
#include <QString>
#include <functional>

namespace folio {
class Edition;
}

namespace folio::app {

class LayoutCache;
// The window's current LayoutCache, asked at the time of use: the cache is replaced with the
// edition, and panels must never keep the old one.
using LayoutSource = std::function<LayoutCache *()>;

// Where a found piece of story text is on the composed pages (layout/'s TextPlacement over the
// LayoutCache's pages): the first page that shows its first character, the frame there and the
// boxes of its glyphs. Text that no frame shows (overset) has no page.
class HitLocator
{
public:
    struct Location
    {
        ObjectId pageId = 0;
        int pageIndex = -1;
        ObjectId frameId = 0;
        QList<QRectF> boxes; // page pt, on pageId
        bool isPlaced() const { return pageId != 0; }
    };

    HitLocator(const Edition *edition, LayoutCache *layouts);

    Location locate(const StoryHit &hit) const;
    // The 版 a location is on as the newsroom says it ("第3版 要闻"), or 未排出 for overset text.
    QString pageName(const Location &location) const;

private:
    const Edition *m_edition;
    LayoutCache *m_layouts;
};

} // namespace folio::app
