#pragma once

#include "core/ids.h"
#include "layout/layoutengine.h"
#include "layout/pagelayout.h"

#include <QHash>
#include <QImage>
#include <QObject>
#include <memory>

namespace folio {
class Edition;
}

namespace folio::app {

// The app's view of composed pages: one PageLayout per page from layout/'s LayoutEngine,
// asked for again after the edition changes, and the decoded pictures the renderer asks for.
// Every view (page view, thumbnails) reads layouts from here so a page is composed once per
// edit.
class LayoutCache : public QObject
{
    Q_OBJECT
public:
    explicit LayoutCache(Edition *edition, QObject *parent = nullptr);

    std::shared_ptr<const PageLayout> layout(ObjectId pageId);
    QImage image(ObjectId assetId);
    // Diagnostics of a page (overset, missing glyphs), for the status bar.
    Diagnostics diagnostics(ObjectId pageId);
    // The live fit count of a story: "剩余 N 字，N 行", "超出 N 字，N 行" or, on an exact fit,
    // "正好排满".
    QString copyfit(ObjectId storyId);

Q_SIGNALS:
    void invalidated();

private:
    Edition *m_edition;
    // Lives as long as the edition: its frame cache makes re-laying out after an edit cost
    // only the frames whose content or start moved.
    LayoutEngine m_engine;
    QHash<ObjectId, std::shared_ptr<const PageLayout>> m_layouts;
    QHash<ObjectId, QImage> m_images;
    QHash<ObjectId, QString> m_copyfit;
};

} // namespace folio::app
