#include "app/framefactory.h"

#include "app/guidesnapper.h"
#include "model/edition.h"

namespace folio::app {

namespace {
constexpr double kMinimumSide = 6.0; // pt
} // namespace

bool FrameFactory::isLargeEnough(FrameKind kind, const QRectF &rect)
{
    if (kind == FrameKind::Rule)
        return qMax(rect.width(), rect.height()) >= kMinimumSide;
    return rect.width() >= kMinimumSide && rect.height() >= kMinimumSide;
}

int FrameFactory::topZ(const Page &page)
{
    int z = 0;
    for (const auto &other : page.frames)
        z = qMax(z, other.z + 1);
    return z;
}

QString FrameFactory::defaultName(FrameKind kind, ObjectId id)
{
    switch (kind) {
    case FrameKind::Text:
        return tr("文本框 %1").arg(id);
    case FrameKind::Image:
        return tr("图片框 %1").arg(id);
    case FrameKind::Rule:
        return tr("线 %1").arg(id);
    case FrameKind::Box:
        return tr("方框 %1").arg(id);
    }
    return {};
}

Frame FrameFactory::create(Edition *edition, const Page &page, FrameKind kind, const QRectF &rect,
                           const QPointF &press)
{
    Frame f;
    f.id = edition->newId();
    f.kind = kind;
    f.name = defaultName(kind, f.id);
    f.z = topZ(page);
    switch (kind) {
    case FrameKind::Text: {
        f.rect = rect;
        f.gutter = page.grid.gutter;
        const GuideSnapper snapper(page);
        f.columns = qMax(1, snapper.columnsSpanned(rect.left(), rect.right()));
        break;
    }
    case FrameKind::Image:
        f.rect = rect;
        f.fit = ImageFit::Fit;
        break;
    case FrameKind::Rule:
        f.hasStroke = true;
        f.strokeWidth = 0.5;
        // Through the (snapped) edge of the drag nearest where it started.
        if (rect.width() >= rect.height()) {
            const double y = qAbs(press.y() - rect.top()) <= qAbs(press.y() - rect.bottom())
                                 ? rect.top()
                                 : rect.bottom();
            f.rect = QRectF(QPointF(rect.left(), y), QPointF(rect.right(), y));
        } else {
            const double x = qAbs(press.x() - rect.left()) <= qAbs(press.x() - rect.right())
                                 ? rect.left()
                                 : rect.right();
            f.rect = QRectF(QPointF(x, rect.top()), QPointF(x, rect.bottom()));
        }
        break;
    case FrameKind::Box:
        f.rect = rect;
        f.hasStroke = true;
        f.strokeWidth = 0.5;
        break;
    }
    return f;
}

} // namespace folio::app
