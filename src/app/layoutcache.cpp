#include "app/layoutcache.h"

#include "model/edition.h"
#include "render/markergeometry.h"
#include "render/previewimage.h"

namespace folio::app {

LayoutCache::LayoutCache(Edition *edition, QObject *parent)
    : QObject(parent), m_edition(edition), m_engine(edition)
{
    connect(edition, &Edition::changed, this, [this] {
        m_layouts.clear();
        m_copyfit.clear();
        Q_EMIT invalidated();
    });
    connect(edition, &Edition::imagesChanged, this, [this] { m_images.clear(); });
}

std::shared_ptr<const PageLayout> LayoutCache::layout(ObjectId pageId)
{
    auto it = m_layouts.find(pageId);
    if (it == m_layouts.end())
        it = m_layouts.insert(pageId, std::make_shared<const PageLayout>(
                                          m_engine.layoutPage(m_edition->pageIndex(pageId))));
    return *it;
}

QImage LayoutCache::image(ObjectId assetId)
{
    auto it = m_images.find(assetId);
    if (it == m_images.end()) {
        QImage decoded;
        if (const ImageAsset *asset = m_edition->image(assetId))
            decoded = render::PreviewImage::decode(asset->data);
        it = m_images.insert(assetId, decoded);
    }
    return *it;
}

QString LayoutCache::copyfit(ObjectId storyId)
{
    auto it = m_copyfit.find(storyId);
    if (it != m_copyfit.end())
        return *it;
    QString text;
    if (m_edition->story(storyId)) {
        // The page that holds the chain's last frame carries the count as a marker: reading it
        // there spares a second pass through the whole chain on every keystroke, and that
        // page's layout is wanted anyway (it is usually the one on screen).
        const auto chain = m_edition->storyChain(storyId);
        bool found = false;
        if (!chain.isEmpty()) {
            if (const Page *page = m_edition->pageOfFrame(chain.last()->id)) {
                for (const PageItem &item : layout(page->id)->items) {
                    const auto *marker = std::get_if<MarkerItem>(&item);
                    if (marker && marker->kind == MarkerItem::Kind::Copyfit &&
                        marker->storyId == storyId) {
                        text = marker->text;
                        found = true;
                        break;
                    }
                }
            }
        }
        if (!found)
            text = m_engine.storyLayout(storyId).copyfitText();
        // The frame's label says nothing on an exact fit; the status line says so in words.
        const render::MarkerGeometry::Count count = render::MarkerGeometry::parseCount(text);
        if (count.valid && !count.overset && count.characters == 0 && count.lines == 0)
            text = tr("正好排满");
    }
    return *m_copyfit.insert(storyId, text);
}

Diagnostics LayoutCache::diagnostics(ObjectId pageId)
{
    return layout(pageId)->diagnostics;
}

} // namespace folio::app
