#include "app/frameoperations.h"

#include "model/edition.h"
#include "model/framecommand.h"

#include <QSet>
#include <QUndoStack>
#include <algorithm>

namespace folio::app {

QList<Frame> FrameOperations::framesOf(const Edition *edition, const QList<ObjectId> &frameIds)
{
    QList<Frame> frames;
    for (ObjectId id : frameIds)
        if (const Frame *f = edition->frame(id))
            frames.append(*f);
    return frames;
}

void FrameOperations::pushChanges(Edition *edition, const QList<Frame> &frames,
                                  const QString &label)
{
    QList<Frame> changed;
    for (const Frame &f : frames)
        if (const Frame *current = edition->frame(f.id); current && !(*current == f))
            changed.append(f);
    if (changed.isEmpty())
        return;
    QUndoStack *stack = edition->undoStack();
    if (changed.size() > 1)
        stack->beginMacro(label);
    for (const Frame &f : std::as_const(changed))
        stack->push(FrameCommand::change(edition, f, label));
    if (changed.size() > 1)
        stack->endMacro();
}

QString FrameOperations::align(Edition *edition, const QList<ObjectId> &frameIds, AlignEdge edge)
{
    QList<Frame> frames = framesOf(edition, frameIds);
    if (frames.size() < 2)
        return tr("请至少选择两个框再对齐。");
    QRectF bounds = frames.first().rect.normalized();
    for (const Frame &f : std::as_const(frames))
        bounds = bounds.united(f.rect.normalized());
    for (Frame &f : frames) {
        if (f.locked)
            continue;
        const QRectF r = f.rect.normalized();
        QPointF delta;
        switch (edge) {
        case AlignEdge::Left:
            delta.setX(bounds.left() - r.left());
            break;
        case AlignEdge::HorizontalCentre:
            delta.setX(bounds.center().x() - r.center().x());
            break;
        case AlignEdge::Right:
            delta.setX(bounds.right() - r.right());
            break;
        case AlignEdge::Top:
            delta.setY(bounds.top() - r.top());
            break;
        case AlignEdge::VerticalCentre:
            delta.setY(bounds.center().y() - r.center().y());
            break;
        case AlignEdge::Bottom:
            delta.setY(bounds.bottom() - r.bottom());
            break;
        }
        f.rect.translate(delta);
    }
    pushChanges(edition, frames, tr("对齐"));
    return {};
}

QString FrameOperations::distribute(Edition *edition, const QList<ObjectId> &frameIds,
                                    Qt::Orientation orientation)
{
    QList<Frame> frames = framesOf(edition, frameIds);
    frames.removeIf([](const Frame &f) { return f.locked; });
    if (frames.size() < 3)
        return tr("请至少选择三个未锁定的框再分布。");
    const bool horizontal = orientation == Qt::Horizontal;
    const auto start = [horizontal](const Frame &f) {
        return horizontal ? f.rect.normalized().left() : f.rect.normalized().top();
    };
    const auto extent = [horizontal](const Frame &f) {
        return horizontal ? f.rect.normalized().width() : f.rect.normalized().height();
    };
    std::stable_sort(frames.begin(), frames.end(), [&](const Frame &a, const Frame &b) {
        return start(a) + extent(a) / 2 < start(b) + extent(b) / 2;
    });
    const double first = start(frames.first());
    const double last = start(frames.last()) + extent(frames.last());
    double occupied = 0;
    for (const Frame &f : std::as_const(frames))
        occupied += extent(f);
    const double gap = (last - first - occupied) / (frames.size() - 1);
    double position = first;
    for (Frame &f : frames) {
        const double delta = position - start(f);
        f.rect.translate(horizontal ? QPointF(delta, 0) : QPointF(0, delta));
        position += extent(f) + gap;
    }
    // The last frame lands on itself; rounding must not move it by a hair.
    frames.last().rect = edition->frame(frames.last().id)->rect;
    pushChanges(edition, frames, tr("分布"));
    return {};
}

QString FrameOperations::bringToFront(Edition *edition, const QList<ObjectId> &frameIds)
{
    QList<Frame> frames = framesOf(edition, frameIds);
    const Page *page = frames.isEmpty() ? nullptr : edition->pageOfFrame(frames.first().id);
    if (!page)
        return tr("请先选择框。");
    int top = 0;
    for (const Frame &f : page->frames)
        if (!frameIds.contains(f.id))
            top = qMax(top, f.z);
    // The selected frames keep their order among themselves, all above the rest.
    std::stable_sort(frames.begin(), frames.end(),
                     [](const Frame &a, const Frame &b) { return a.z < b.z; });
    for (int i = 0; i < frames.size(); ++i)
        frames[i].z = top + 1 + i;
    pushChanges(edition, frames, tr("移到最前"));
    return {};
}

QString FrameOperations::sendToBack(Edition *edition, const QList<ObjectId> &frameIds)
{
    QList<Frame> frames = framesOf(edition, frameIds);
    const Page *page = frames.isEmpty() ? nullptr : edition->pageOfFrame(frames.first().id);
    if (!page)
        return tr("请先选择框。");
    int bottom = 0;
    for (const Frame &f : page->frames)
        if (!frameIds.contains(f.id))
            bottom = qMin(bottom, f.z);
    std::stable_sort(frames.begin(), frames.end(),
                     [](const Frame &a, const Frame &b) { return a.z < b.z; });
    for (int i = 0; i < frames.size(); ++i)
        frames[i].z = bottom - int(frames.size()) + i;
    pushChanges(edition, frames, tr("移到最后"));
    return {};
}

QString FrameOperations::setLocked(Edition *edition, const QList<ObjectId> &frameIds, bool locked)
{
    QList<Frame> frames = framesOf(edition, frameIds);
    if (frames.isEmpty())
        return tr("请先选择框。");
    for (Frame &f : frames)
        f.locked = locked;
    pushChanges(edition, frames, locked ? tr("锁定") : tr("解锁"));
    return {};
}

QString FrameOperations::group(Edition *edition, const QList<ObjectId> &frameIds)
{
    QList<Frame> frames = framesOf(edition, frameIds);
    if (frames.size() < 2)
        return tr("请至少选择两个框再编组。");
    const ObjectId groupId = edition->newId();
    for (Frame &f : frames)
        f.groupId = groupId;
    pushChanges(edition, frames, tr("编组"));
    return {};
}

QString FrameOperations::ungroup(Edition *edition, const QList<ObjectId> &frameIds)
{
    // The whole group comes apart, even when only one of its frames was selected.
    QSet<ObjectId> groups;
    for (const Frame &f : framesOf(edition, frameIds))
        if (f.groupId)
            groups.insert(f.groupId);
    const Page *page = frameIds.isEmpty() ? nullptr : edition->pageOfFrame(frameIds.first());
    if (groups.isEmpty() || !page)
        return tr("所选框不在任何组中。");
    QList<Frame> frames;
    for (const Frame &f : page->frames)
        if (groups.contains(f.groupId))
            frames.append(f);
    for (Frame &f : frames)
        f.groupId = 0;
    pushChanges(edition, frames, tr("取消编组"));
    return {};
}

} // namespace folio::app
