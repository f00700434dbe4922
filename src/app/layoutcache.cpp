#include "app/layoutcache.h"

#include "model/edition.h"

#include <algorithm>

namespace folio::app {

LayoutCache::LayoutCache(Edition *edition, QObject *parent) : QObject(parent), m_edition(edition)
{
    connect(edition, &Edition::changed, this, [this] {
        m_layouts.clear();
        Q_EMIT invalidated();
    });
    connect(edition, &Edition::imagesChanged, this, [this] { m_images.clear(); });
}

std::shared_ptr<const PageLayout> LayoutCache::layout(ObjectId pageId)
{
    auto it = m_layouts.find(pageId);
    if (it == m_layouts.end())
        it = m_layouts.insert(pageId, std::make_shared<const PageLayout>(compose(pageId)));
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

bool LayoutCache::composesText()
{
    return false;
}

PageLayout LayoutCache::compose(ObjectId pageId) const
{
    PageLayout layout;
    const Page *page = m_edition->page(pageId);
    if (!page)
        return layout;
    layout.pageIndex = m_edition->pageIndex(pageId);
    layout.pageSize = page->size;
    QList<const Frame *> frames;
    for (const auto &f : page->frames)
        frames.append(&f);
    std::stable_sort(frames.begin(), frames.end(),
                     [](const Frame *a, const Frame *b) { return a->z < b->z; });
    for (const Frame *f : frames) {
        switch (f->kind) {
        case FrameKind::Image: {
            ImageItem item;
            item.clipRect = f->rect;
            item.imageRect = f->rect;
            item.assetId = f->assetId;
            item.frameId = f->id;
            if (const ImageAsset *asset = m_edition->image(f->assetId)) {
                const QSizeF px = asset->pixelSize;
                if (!px.isEmpty()) {
                    QSizeF size = px.scaled(f->rect.size(), f->fit == ImageFit::Fill
                                                                ? Qt::KeepAspectRatioByExpanding
                                                                : Qt::KeepAspectRatio);
                    if (f->fit == ImageFit::Original)
                        size = px * (72.0 / qMax(1.0, asset->dpi));
                    else if (f->fit == ImageFit::Manual)
                        size = px * f->imageScale;
                    item.imageRect = QRectF(f->rect.topLeft() + f->imageOffset, size);
                    if (f->fit == ImageFit::Fit || f->fit == ImageFit::Fill)
                        item.imageRect.moveCenter(f->rect.center());
                }
            }
            layout.items.append(item);
            break;
        }
        case FrameKind::Rule: {
            RuleItem rule;
            rule.from = f->rect.topLeft();
            rule.to = f->rect.bottomRight();
            rule.width = f->strokeWidth;
            rule.color = f->strokeColor;
            rule.frameId = f->id;
            layout.items.append(rule);
            break;
        }
        case FrameKind::Box:
        case FrameKind::Text:
            if (f->hasFill || f->hasStroke) {
                BoxItem box;
                box.rect = f->rect;
                box.hasFill = f->hasFill;
                box.fill = f->fillColor;
                box.hasStroke = f->hasStroke;
                box.stroke = f->strokeColor;
                box.strokeWidth = f->strokeWidth;
                box.frameId = f->id;
                layout.items.append(box);
            }
            break;
        }
    }
    return layout;
}

} // namespace folio::app
