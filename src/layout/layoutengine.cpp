#include "layout/layoutengine.h"

#include "layout/modeladapter.h"
#include "model/edition.h"

#include <algorithm>

namespace folio {

namespace {
// An image frame without a picture: 10 % K, light enough to print under a caption.
constexpr CmykColor kPlaceholderFill = CmykColor::grey(0.1);

QRectF imageRect(const Frame &frame, const ImageAsset *asset)
{
    const QRectF r = frame.rect;
    if (!asset || asset->pixelSize.isEmpty())
        return r;
    const double dpi = asset->dpi > 0 ? asset->dpi : 72.0;
    const QSizeF natural(asset->pixelSize.width() * 72.0 / dpi,
                         asset->pixelSize.height() * 72.0 / dpi);
    QSizeF size = natural;
    switch (frame.fit) {
    case ImageFit::Fill:
    case ImageFit::Fit: {
        const double sx = r.width() / natural.width();
        const double sy = r.height() / natural.height();
        const double s = frame.fit == ImageFit::Fill ? std::max(sx, sy) : std::min(sx, sy);
        size = natural * s;
        const QPointF topLeft(r.center().x() - size.width() / 2,
                              r.center().y() - size.height() / 2);
        return QRectF(topLeft, size);
    }
    case ImageFit::Manual:
        size = natural * frame.imageScale;
        break;
    case ImageFit::Original:
        break;
    }
    return QRectF(r.topLeft() + frame.imageOffset, size);
}
} // namespace

LayoutEngine::LayoutEngine(const Edition *edition) : m_edition(edition) {}

StoryLayout LayoutEngine::storyLayout(ObjectId storyId)
{
    return m_layouter.layout(ModelAdapter::storyFlow(*m_edition, storyId));
}

PageLayout LayoutEngine::layoutPage(int pageIndex)
{
    PageLayout out;
    out.pageIndex = pageIndex;
    if (pageIndex < 0 || pageIndex >= m_edition->pages().size())
        return out;
    const Page &page = m_edition->pages()[pageIndex];
    out.pageSize = page.size;

    QList<const Frame *> frames;
    for (const Frame &f : page.frames)
        frames.append(&f);
    std::stable_sort(frames.begin(), frames.end(),
                     [](const Frame *a, const Frame *b) { return a->z < b->z; });

    QHash<ObjectId, StoryLayout> stories;
    for (const Frame *frame : std::as_const(frames)) {
        switch (frame->kind) {
        case FrameKind::Rule:
            out.items.append(RuleItem{frame->rect.topLeft(), frame->rect.bottomRight(),
                                      frame->strokeWidth, frame->strokeColor, frame->id});
            continue;
        case FrameKind::Box:
            out.items.append(BoxItem{frame->rect, frame->hasFill, frame->fillColor,
                                     frame->hasStroke, frame->strokeColor, frame->strokeWidth,
                                     frame->id});
            continue;
        case FrameKind::Image: {
            const ImageAsset *asset = m_edition->image(frame->assetId);
            // The fill goes behind the picture (a letterboxed picture shows it); a frame
            // without a picture prints as a grey placeholder, so the page shows where the
            // photo goes even in print, where the writer has no picture to draw.
            if (frame->hasFill || frame->assetId == 0)
                out.items.append(BoxItem{frame->rect,
                                         true,
                                         frame->hasFill ? frame->fillColor : kPlaceholderFill,
                                         false,
                                         {},
                                         0.0,
                                         frame->id});
            out.items.append(
                ImageItem{frame->rect, imageRect(*frame, asset), frame->assetId, frame->id});
            // The border goes over the picture, so its full width shows.
            if (frame->hasStroke)
                out.items.append(BoxItem{frame->rect,
                                         false,
                                         {},
                                         true,
                                         frame->strokeColor,
                                         frame->strokeWidth,
                                         frame->id});
            continue;
        }
        case FrameKind::Text:
            break;
        }
        if (frame->hasFill || frame->hasStroke)
            out.items.append(BoxItem{frame->rect, frame->hasFill, frame->fillColor,
                                     frame->hasStroke, frame->strokeColor, frame->strokeWidth,
                                     frame->id});
        if (frame->storyId == 0) {
            out.items.append(MarkerItem{MarkerItem::Kind::Placeholder, frame->rect.topLeft(),
                                        QStringLiteral("空文字框"), frame->id, 0});
            continue;
        }
        if (!stories.contains(frame->storyId))
            stories.insert(frame->storyId, storyLayout(frame->storyId));
        const StoryLayout &story = stories[frame->storyId];
        for (int i = 0; i < story.frames.size(); ++i) {
            const FrameLayout &fl = story.frames[i];
            if (fl.frameId != frame->id)
                continue;
            for (const GlyphRun &run : fl.runs)
                out.items.append(run);
            for (Diagnostic d : fl.diagnostics) {
                d.storyId = story.storyId;
                d.frameId = frame->id;
                d.pageIndex = pageIndex;
                out.diagnostics.append(d);
            }
            if (i == story.frames.size() - 1) {
                // The chain's last frame carries the copyfit count and the overset marker.
                out.items.append(MarkerItem{MarkerItem::Kind::Copyfit, frame->rect.bottomLeft(),
                                            story.copyfitText(), frame->id, story.storyId});
                if (story.overset) {
                    out.items.append(MarkerItem{MarkerItem::Kind::Overset,
                                                frame->rect.bottomRight(), story.copyfitText(),
                                                frame->id, story.storyId});
                    Diagnostic d = story.diagnostics.last();
                    d.pageIndex = pageIndex;
                    out.diagnostics.append(d);
                }
            }
        }
    }
    return out;
}

} // namespace folio
