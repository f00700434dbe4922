#include "app/framefitting.h"

#include "layout/modeladapter.h"
#include "layout/storylayouter.h"
#include "model/edition.h"
#include "model/framecommand.h"

#include <QUndoStack>
#include <cmath>

namespace folio::app {

namespace {
constexpr double kPrecision = 0.25; // pt

bool isCaption(const Page &page, ObjectId frameId)
{
    for (const Frame &f : page.frames)
        if (f.kind == FrameKind::Image && f.captionFrameId == frameId)
            return true;
    return false;
}
} // namespace

QString FrameFitting::fitChainToText(Edition *edition, ObjectId frameId, QString *note)
{
    const Frame *selected = edition ? edition->frame(frameId) : nullptr;
    if (!selected || selected->kind != FrameKind::Text || !selected->storyId)
        return tr("按内容调整框高需要选中一个置入了稿件的文本框。");
    const QList<const Frame *> chain = edition->storyChain(selected->storyId);
    const Frame last = *chain.last();
    const Page *page = edition->pageOfFrame(last.id);
    if (!page)
        return tr("文本框不在版面上。");
    if (last.locked)
        return tr("串接的最后一个框“%1”已锁定。").arg(last.name);

    StoryFlow flow = ModelAdapter::storyFlow(*edition, selected->storyId);
    const int index = int(flow.frames.size()) - 1;
    StoryLayouter layouter;
    // Only the last frame changes between trials: the frames before it come from the cache.
    const auto oversetAt = [&](double height) {
        Frame trial = last;
        trial.rect.setHeight(height);
        flow.frames[index].rect = trial.rect;
        flow.frames[index].wrap = ModelAdapter::wrapObstacles(*page, trial);
        return layouter.layout(flow).overset;
    };
    const double typeBottom = page->typeArea().bottom();
    const double highest = qMax(last.rect.height(), typeBottom - last.rect.top());
    // Never below one body line: an emptied last frame stays a frame one can see and grab.
    double low = last.insets.top() + last.insets.bottom() + flow.bodyLeading;
    double high = highest;
    const bool fits = !oversetAt(high);
    if (fits) {
        if (!oversetAt(low))
            high = low;
        while (high - low > kPrecision) {
            const double mid = (low + high) / 2;
            (oversetAt(mid) ? low : high) = mid;
        }
    }
    if (note)
        *note = fits ? QString() : tr("框已到版心底部，稿件仍超出。");
    // Whole quarter points: the height a user can type back.
    const double height = std::ceil(high / kPrecision - 1e-9) * kPrecision;
    if (qAbs(height - last.rect.height()) < 1e-9)
        return {};
    Frame after = last;
    after.rect.setHeight(height);
    edition->undoStack()->push(FrameCommand::change(edition, after, tr("按内容调整框高")));
    return {};
}

QString FrameFitting::spanColumns(Edition *edition, ObjectId frameId, int columns)
{
    const Frame *frame = edition ? edition->frame(frameId) : nullptr;
    const Page *page = frame ? edition->pageOfFrame(frameId) : nullptr;
    if (!frame || !page)
        return tr("宽度跨栏需要选中一个框。");
    if (frame->kind == FrameKind::Rule)
        return tr("线条没有栏宽，请选中文本框、图片框或方框。");
    if (frame->locked)
        return tr("框“%1”已锁定。").arg(frame->name);
    const int gridColumns = qMax(1, page->grid.columns);
    if (columns < 1 || columns > gridColumns)
        return tr("版面只有 %1 栏，不能跨 %2 栏。").arg(gridColumns).arg(columns);
    const double pitch = page->columnWidth() + page->grid.gutter;
    int first = int(std::lround((frame->rect.left() - page->margins.left()) / pitch));
    first = qBound(0, first, gridColumns - columns);
    Frame after = *frame;
    after.rect.setLeft(page->columnLeft(first));
    after.rect.setWidth(columns * page->columnWidth() + (columns - 1) * page->grid.gutter);
    if (after.kind == FrameKind::Text && !isCaption(*page, frameId)) {
        after.columns = columns;
        after.gutter = page->grid.gutter;
        after.columnChars = 0;
    }
    if (after == *frame)
        return {};
    edition->undoStack()->push(
        FrameCommand::change(edition, after, tr("宽度跨 %1 栏").arg(columns)));
    return {};
}

} // namespace folio::app
