#include "app/layoutcache.h"

#include "model/edition.h"

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
            decoded = QImage::fromData(asset->data);
        it = m_images.insert(assetId, decoded);
    }
    return *it;
}

QString LayoutCache::copyfit(ObjectId storyId)
{
    auto it = m_copyfit.find(storyId);
    if (it == m_copyfit.end())
        it = m_copyfit.insert(storyId, m_edition->story(storyId)
                                           ? m_engine.storyLayout(storyId).copyfitText()
                                           : QString());
    return *it;
}

Diagnostics LayoutCache::diagnostics(ObjectId pageId)
{
    return layout(pageId)->diagnostics;
}

} // namespace folio::app
