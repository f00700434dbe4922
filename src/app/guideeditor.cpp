#include "app/guideeditor.h"

#include "app/pageoverlaypainter.h"
#include "app/pageview.h"
#include "model/edition.h"
#include "model/pagecommand.h"

#include <QMouseEvent>
#include <QPainter>
#include <QUndoStack>
#include <cmath>

namespace folio::app {

namespace {
constexpr double kGrabPx = 4.0; // how near a guide a press picks it up
} // namespace

GuideEditor::GuideEditor(PageView *view) : QWidget(view->viewport()), m_view(view)
{
    setObjectName(QStringLiteral("guideEditor"));
    setAttribute(Qt::WA_TransparentForMouseEvents);
    setAttribute(Qt::WA_NoSystemBackground);
    hide();
    view->viewport()->installEventFilter(this);
}

void GuideEditor::beginNew(Qt::Orientation orientation)
{
    m_drag = Drag{orientation, 0, -1, QPointF(-1, -1)};
    setGeometry(m_view->viewport()->rect());
    raise();
    show();
}

void GuideEditor::dragTo(const QPointF &viewportPx)
{
    if (!m_drag)
        return;
    m_drag->at = viewportPx;
    Q_EMIT pointerMoved(m_view->viewToPage(viewportPx));
    update();
}

void GuideEditor::finish(const QPointF &viewportPx)
{
    if (!m_drag)
        return;
    const Drag drag = *m_drag;
    m_drag.reset();
    hide();
    Edition *edition = m_view->edition();
    if (!edition)
        return;
    // The top ruler lies above the viewport, the left one left of it.
    const bool overRuler =
        drag.orientation == Qt::Horizontal ? viewportPx.y() < 0 : viewportPx.x() < 0;
    if (drag.index >= 0) {
        if (overRuler) {
            removeGuide(edition, drag.pageId, drag.index);
            return;
        }
        const Page *page = edition->page(drag.pageId);
        if (!page)
            return;
        const double extent =
            drag.orientation == Qt::Horizontal ? page->size.height() : page->size.width();
        moveGuide(edition, drag.pageId, drag.index,
                  std::clamp(positionOn(drag.pageId, drag.orientation, viewportPx), 0.0, extent));
        return;
    }
    if (overRuler)
        return; // pulled out and put back: nothing made
    const ObjectId pageId = targetPage(drag, viewportPx);
    if (!pageId)
        return;
    addGuide(edition, pageId,
             Guide{drag.orientation, positionOn(pageId, drag.orientation, viewportPx)});
}

double GuideEditor::positionOn(ObjectId pageId, Qt::Orientation orientation,
                               const QPointF &px) const
{
    const QRectF r = m_view->pageRectInView(pageId);
    const double pixels = orientation == Qt::Horizontal ? px.y() - r.top() : px.x() - r.left();
    // Whole hundredths of a point: what a ruler can show, and exact in the file.
    return std::round(pixels / m_view->pixelsPerPt() * 100.0) / 100.0;
}

ObjectId GuideEditor::targetPage(const Drag &drag, const QPointF &px) const
{
    const Edition *edition = m_view->edition();
    if (!edition)
        return 0;
    for (const Page &page : edition->pages()) {
        const QRectF r = m_view->pageRectInView(page.id);
        // A horizontal guide spans the page's width, so only its height must hold the
        // pointer (and the other way round); pages are stacked top to bottom.
        const bool across = drag.orientation == Qt::Horizontal
                                ? px.y() >= r.top() && px.y() <= r.bottom()
                                : px.x() >= r.left() && px.x() <= r.right() && px.y() >= r.top() &&
                                      px.y() <= r.bottom();
        if (across)
            return page.id;
    }
    return 0;
}

std::pair<ObjectId, int> GuideEditor::guideAt(const QPointF &px) const
{
    const Edition *edition = m_view->edition();
    const ObjectId pageId = m_view->pageAt(px);
    const Page *page = edition ? edition->page(pageId) : nullptr;
    if (!page)
        return {0, -1};
    const QRectF r = m_view->pageRectInView(pageId);
    const double scale = m_view->pixelsPerPt();
    int best = -1;
    double bestDistance = kGrabPx;
    for (int i = 0; i < page->guides.size(); ++i) {
        const Guide &g = page->guides[i];
        const double at = g.orientation == Qt::Horizontal ? r.top() + g.position * scale
                                                          : r.left() + g.position * scale;
        const double d = std::abs((g.orientation == Qt::Horizontal ? px.y() : px.x()) - at);
        if (d <= bestDistance) {
            best = i;
            bestDistance = d;
        }
    }
    return {pageId, best};
}

bool GuideEditor::eventFilter(QObject *watched, QEvent *event)
{
    if (watched != m_view->viewport())
        return false;
    switch (event->type()) {
    case QEvent::Resize:
        setGeometry(m_view->viewport()->rect());
        return false;
    case QEvent::MouseButtonPress: {
        auto *e = static_cast<QMouseEvent *>(event);
        if (e->button() != Qt::LeftButton || m_view->tool() != PageView::Tool::Select ||
            !m_view->showsGuides() || m_drag)
            return false;
        const auto [pageId, index] = guideAt(e->position());
        if (index < 0)
            return false;
        // Frames lie over the guides: a press on a frame (or its handles) is the frame's.
        m_view->switchPage(pageId);
        const QPointF pt = m_view->viewToPage(e->position());
        if (m_view->frameAt(pt))
            return false;
        m_view->setSelection({});
        const Guide &g = m_view->edition()->page(pageId)->guides[index];
        m_drag = Drag{g.orientation, pageId, index, e->position()};
        setGeometry(m_view->viewport()->rect());
        raise();
        show();
        return true;
    }
    case QEvent::MouseMove:
        if (!m_drag)
            return false;
        dragTo(static_cast<QMouseEvent *>(event)->position());
        return true;
    case QEvent::MouseButtonRelease: {
        auto *e = static_cast<QMouseEvent *>(event);
        if (!m_drag || e->button() != Qt::LeftButton)
            return false;
        finish(e->position());
        return true;
    }
    default:
        return false;
    }
}

void GuideEditor::paintEvent(QPaintEvent *)
{
    if (!m_drag)
        return;
    QPainter p(this);
    QPen pen(PageOverlayPainter::guideColor(), 0, Qt::DashLine);
    p.setPen(pen);
    const double x = std::floor(m_drag->at.x()) + 0.5;
    const double y = std::floor(m_drag->at.y()) + 0.5;
    if (m_drag->orientation == Qt::Horizontal)
        p.drawLine(QPointF(0, y), QPointF(width(), y));
    else
        p.drawLine(QPointF(x, 0), QPointF(x, height()));
}

bool GuideEditor::addGuide(Edition *edition, ObjectId pageId, const Guide &guide)
{
    const Page *page = edition ? edition->page(pageId) : nullptr;
    if (!page)
        return false;
    Page after = *page;
    after.guides.append(guide);
    edition->undoStack()->push(PageCommand::change(edition, after, tr("添加参考线")));
    return true;
}

bool GuideEditor::moveGuide(Edition *edition, ObjectId pageId, int index, double position)
{
    const Page *page = edition ? edition->page(pageId) : nullptr;
    if (!page || index < 0 || index >= page->guides.size() ||
        page->guides[index].position == position)
        return false;
    Page after = *page;
    after.guides[index].position = position;
    edition->undoStack()->push(PageCommand::change(edition, after, tr("移动参考线")));
    return true;
}

bool GuideEditor::removeGuide(Edition *edition, ObjectId pageId, int index)
{
    const Page *page = edition ? edition->page(pageId) : nullptr;
    if (!page || index < 0 || index >= page->guides.size())
        return false;
    Page after = *page;
    after.guides.removeAt(index);
    edition->undoStack()->push(PageCommand::change(edition, after, tr("删除参考线")));
    return true;
}

} // namespace folio::app
