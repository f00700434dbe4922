#pragma once

#include "core/ids.h"
#include "layout/pagelayout.h"

#include <QHash>
#include <QImage>
#include <QObject>
#include <memory>

namespace folio {
class Edition;
}

namespace folio::app {

// The app's view of composed pages: one PageLayout per page, rebuilt on demand after the
// edition changes, and the decoded pictures the renderer asks for. Every view (page view,
// thumbnails) reads layouts from here so a page is composed once per edit.
class LayoutCache : public QObject
{
    Q_OBJECT
public:
    explicit LayoutCache(Edition *edition, QObject *parent = nullptr);

    std::shared_ptr<const PageLayout> layout(ObjectId pageId);
    QImage image(ObjectId assetId);
    // True when text frames show composed text (the composer is linked in).
    static bool composesText();

Q_SIGNALS:
    void invalidated();

private:
    PageLayout compose(ObjectId pageId) const;

    Edition *m_edition;
    QHash<ObjectId, std::shared_ptr<const PageLayout>> m_layouts;
    QHash<ObjectId, QImage> m_images;
};

} // namespace folio::app
