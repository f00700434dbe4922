#include "app/pageview.h"

#include "app/framefactory.h"
#include "app/imageframes.h"
#include "app/layoutcache.h"
#include "app/pageoverlaypainter.h"
#include "app/pagetexteditor.h"
#include "app/storyblock.h"
#include "model/edition.h"
#include "model/framecommand.h"

#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QScrollBar>
#include <QSet>
#include <QUndoStack>
#include <QWheelEvent>
#include <algorithm>
#include <cmath>

namespace folio::app {

namespace {
constexpr double kSnapPx = 8.0; // snapping distance on screen
const QColor kPasteboardColor(120, 120, 120);
} // namespace

PageView::PageView(QWidget *parent)
    : QAbstractScrollArea(parent), m_textEditor(new PageTextEditor(this))
{
    setFocusPolicy(Qt::StrongFocus);
    viewport()->setMouseTracking(true);
    m_renderer.setScreen(true);
    m_renderer.setPaintsPaper(false); // the view paints the paper under its guides
}

void PageView::setEdition(Edition *edition, LayoutCache *layouts)
{
    if (m_edition)
        disconnect(m_edition, nullptr, this, nullptr);
    if (m_layouts)
        disconnect(m_layouts, nullptr, this, nullptr);
    m_edition = edition;
    m_layouts = layouts;
    m_gesture.reset();
    m_selection.clear();
    m_pageId = 0;
    m_canvases.clear();
    m_textEditor->setEdition(edition, layouts);
    if (m_layouts)
        m_renderer.setImageProvider([layouts](ObjectId id) { return layouts->image(id); });
    else
        m_renderer.setImageProvider({});
    if (m_edition) {
        connect(m_edition, &Edition::changed, this, [this] {
            if (!page() && m_edition && !m_edition->pages().isEmpty())
                setPageId(m_edition->pages().first().id);
            pruneSelection();
            updateScrollBars();
            // Typing on the page changes composed lines only: just those are repainted.
            if (m_textEditor->isPushing())
                updateChangedArea();
            else
                viewport()->update();
        });
        connect(m_edition, &Edition::imagesChanged, this, [this] { m_canvases.clear(); });
        if (!m_edition->pages().isEmpty())
            m_pageId = m_edition->pages().first().id;
    }
    Q_EMIT selectionChanged();
    fitToMode();
    viewport()->update();
}

void PageView::setPageId(ObjectId pageId)
{
    if (pageId == m_pageId)
        return;
    scrollToPage(pageId);
}

void PageView::scrollToPage(ObjectId pageId)
{
    switchPage(pageId);
    // Refitting may move the scroll bars too: none of it may pick another page on the way.
    m_scrollingToPage = true;
    fitToMode();
    const int index = m_edition ? m_edition->pageIndex(pageId) : -1;
    const QList<QRectF> rects = pageRects();
    if (index >= 0 && index < rects.size()) {
        const double top = rects[index].top() + verticalScrollBar()->value();
        verticalScrollBar()->setValue(qRound(top) - kPasteboard);
    }
    m_scrollingToPage = false;
    viewport()->update();
}

void PageView::switchPage(ObjectId pageId)
{
    if (pageId == m_pageId)
        return;
    m_pageId = pageId;
    m_gesture.reset();
    m_contentDrag.reset();
    m_selection.clear();
    Q_EMIT selectionChanged();
    Q_EMIT currentPageChanged(pageId);
    viewport()->update();
}

void PageView::followScroll()
{
    if (m_scrollingToPage || m_gesture || m_contentDrag || !m_edition)
        return;
    const double centre = viewport()->height() / 2.0;
    const QList<QRectF> rects = pageRects();
    int best = -1;
    double bestDistance = 0;
    for (int i = 0; i < rects.size(); ++i) {
        const double distance = centre < rects[i].top()      ? rects[i].top() - centre
                                : centre > rects[i].bottom() ? centre - rects[i].bottom()
                                                             : 0.0;
        if (best < 0 || distance < bestDistance) {
            best = i;
            bestDistance = distance;
        }
    }
    if (best >= 0)
        switchPage(m_edition->pages()[best].id);
}

void PageView::setTool(Tool tool)
{
    if (tool == m_tool)
        return;
    m_tool = tool;
    m_gesture.reset();
    m_contentDrag.reset();
    viewport()->setCursor(tool == Tool::Select    ? Qt::ArrowCursor
                          : tool == Tool::Content ? Qt::OpenHandCursor
                                                  : Qt::CrossCursor);
    Q_EMIT toolChanged(tool);
}

void PageView::setShowsCharacterGrid(bool show)
{
    m_showGrid = show;
    viewport()->update();
}

void PageView::setShowsGuides(bool show)
{
    m_showGuides = show;
    viewport()->update();
}

void PageView::setShowsBaselineGrid(bool show)
{
    m_showBaselines = show;
    viewport()->update();
}

void PageView::setShowsChains(bool show)
{
    m_showChains = show;
    viewport()->update();
}

void PageView::setSelection(const QList<ObjectId> &frameIds)
{
    if (frameIds == m_selection)
        return;
    m_selection = frameIds;
    pruneSelection();
    viewport()->update();
    Q_EMIT selectionChanged();
}

void PageView::pruneSelection()
{
    const Page *p = page();
    const auto before = m_selection.size();
    m_selection.removeIf([p](ObjectId id) { return !p || !p->frame(id); });
    if (m_selection.size() != before)
        Q_EMIT selectionChanged();
}

void PageView::resizeEvent(QResizeEvent *event)
{
    QAbstractScrollArea::resizeEvent(event);
    fitToMode();
}

void PageView::scrollContentsBy(int, int)
{
    viewport()->update();
    followScroll();
}

double PageView::snapTolerance() const
{
    return kSnapPx / pixelsPerPt();
}

ObjectId PageView::frameAt(const QPointF &pt) const
{
    const Page *p = page();
    if (!p)
        return 0;
    QList<const Frame *> frames;
    for (const auto &f : p->frames)
        frames.append(&f);
    std::stable_sort(frames.begin(), frames.end(),
                     [](const Frame *a, const Frame *b) { return a->z > b->z; });
    const double tol = 4.0 / pixelsPerPt();
    for (const Frame *f : frames) {
        if (f->kind == FrameKind::Rule) {
            const QLineF line(f->rect.topLeft(), f->rect.bottomRight());
            const QPointF d = line.p2() - line.p1();
            const double len2 = QPointF::dotProduct(d, d);
            const double t =
                len2 > 0 ? std::clamp(QPointF::dotProduct(pt - line.p1(), d) / len2, 0.0, 1.0)
                         : 0.0;
            const QPointF q = line.p1() + t * d;
            if (QLineF(q, pt).length() <= tol + f->strokeWidth / 2)
                return f->id;
        } else if (f->rect.normalized().adjusted(-tol, -tol, tol, tol).contains(pt)) {
            return f->id;
        }
    }
    return 0;
}

FrameHandle PageView::handleAt(const QPointF &px) const
{
    if (m_selection.size() != 1 || !page())
        return FrameHandle::None;
    const Frame *f = page()->frame(m_selection.first());
    if (!f || f->locked)
        return FrameHandle::None;
    const auto handles = PageOverlayPainter::handlePositions(f->rect);
    for (int i = 0; i < handles.size(); ++i) {
        const QPointF h = pageToView(handles[i]);
        if (qAbs(h.x() - px.x()) <= PageOverlayPainter::handlePx() &&
            qAbs(h.y() - px.y()) <= PageOverlayPainter::handlePx())
            return FrameHandle(int(FrameHandle::TopLeft) + i);
    }
    return FrameHandle::None;
}

QRectF PageView::displayRect(const Frame &frame) const
{
    if (!m_gesture || !m_gesture->hasMoved() || !m_selection.contains(frame.id))
        return frame.rect;
    if (m_gesture->kind() == FrameGesture::Kind::Resize)
        return m_gesture->rect();
    if (m_gesture->kind() == FrameGesture::Kind::Move)
        return frame.rect.translated(m_gesture->rect().topLeft() -
                                     m_gesture->startRect().topLeft());
    return frame.rect;
}

void PageView::paintEvent(QPaintEvent *)
{
    QPainter p(viewport());
    p.fillRect(viewport()->rect(), kPasteboardColor);
    if (!m_edition)
        return;
    // Only pages that reach the viewport are laid out and painted; the others lose their
    // picture, which a scroll would repaint whole anyway.
    const QRectF visible = viewport()->rect();
    const QList<QRectF> rects = pageRects();
    QSet<ObjectId> painted;
    for (int i = 0; i < rects.size(); ++i) {
        const Page &pg = m_edition->pages()[i];
        if (!rects[i].adjusted(0, 0, 3, 3).intersects(visible))
            continue;
        painted.insert(pg.id);
        paintPage(p, pg, rects[i].topLeft(), pg.id == m_pageId);
    }
    std::erase_if(m_canvases,
                  [&painted](const auto &entry) { return !painted.contains(entry.first); });
}

void PageView::updateChangedArea()
{
    const QList<QRectF> rects = pageRects();
    for (int i = 0; i < rects.size(); ++i) {
        if (!rects[i].intersects(viewport()->rect()))
            continue;
        const auto canvas = m_canvases.find(m_edition->pages()[i].id);
        if (canvas == m_canvases.end())
            viewport()->update(rects[i].toAlignedRect());
        else
            viewport()->update(canvas->second.changedArea(*m_layouts->layout(canvas->first)));
    }
}

void PageView::paintPage(QPainter &p, const Page &pg, const QPointF &origin, bool current)
{
    const PageOverlayPainter overlay(pg, origin, pixelsPerPt(),
                                     [this](const Frame &f) { return displayRect(f); });
    overlay.paintPaper(p);

    // Guides behind the page content, so they never hide a character.
    if (m_showGrid)
        overlay.paintCharacterGrid(p);
    if (m_showBaselines)
        overlay.paintBaselineGrid(p);
    if (m_showGuides)
        overlay.paintGuides(p);
    if (m_layouts) {
        // Only what an edit changed is painted again; an unchanged page is a copy.
        QTransform toDevice;
        toDevice.translate(origin.x(), origin.y());
        toDevice.scale(pixelsPerPt(), pixelsPerPt());
        m_canvases[pg.id].paint(&p, m_renderer, m_layouts->layout(pg.id), toDevice,
                                viewport()->size(), viewport()->devicePixelRatioF());
        for (const PageMarks &marks : m_pageMarks)
            marks(p, pg.id, toDevice);
    }
    overlay.paintFrames(p);
    if (current && m_contentDrag)
        overlay.paintOutline(
            p, m_contentDrag->placed.translated(m_contentDrag->current - m_contentDrag->press),
            false);
    if (current && m_gesture && m_gesture->kind() == FrameGesture::Kind::Create &&
        m_gesture->hasMoved())
        overlay.paintOutline(p, m_gesture->rect(), true);
    overlay.paintChains(p, *m_edition, chainedStories(pg));
    if (current)
        overlay.paintSelection(p, m_selection);
    m_textEditor->paint(p, pg.id, origin, pixelsPerPt());
}

QList<ObjectId> PageView::chainedStories(const Page &page) const
{
    QList<ObjectId> stories;
    if (m_showChains) {
        for (const Frame &f : page.frames)
            if (f.kind == FrameKind::Text && f.storyId && !stories.contains(f.storyId))
                stories.append(f.storyId);
    } else if (!m_selection.isEmpty()) {
        const Frame *current = page.frame(m_selection.first());
        if (current && current->kind == FrameKind::Text && current->storyId)
            stories.append(current->storyId);
    }
    return stories;
}

void PageView::mousePressEvent(QMouseEvent *event)
{
    // A press on another page makes it current first, so the gesture happens on that page.
    if (event->button() == Qt::LeftButton && !m_gesture && !m_contentDrag)
        if (const ObjectId under = pageAt(event->position()))
            switchPage(under);
    const Page *pg = page();
    if (event->button() != Qt::LeftButton || !pg || !m_edition) {
        QAbstractScrollArea::mousePressEvent(event);
        return;
    }
    setFocus(Qt::MouseFocusReason);
    const QPointF px = event->position();
    const QPointF pt = viewToPage(px);
    const GuideSnapper snapper(*pg, m_showGrid);
    if (m_tool == Tool::Content) {
        const ObjectId hit = frameAt(pt);
        const Frame *f = pg->frame(hit);
        const auto placed = f && f->kind == FrameKind::Image && !f->locked && m_layouts
                                ? ImageFrames::placedRect(*m_layouts->layout(pg->id), hit)
                                : std::nullopt;
        setSelection(hit ? QList<ObjectId>{hit} : QList<ObjectId>{});
        if (placed)
            m_contentDrag = ContentDrag{hit, *placed, pt, pt};
        return;
    }
    if (m_tool != Tool::Select) {
        m_gesture.emplace(FrameGesture::Kind::Create, FrameHandle::None, QRectF(pt, pt), pt,
                          snapper, snapTolerance());
        return;
    }
    const FrameHandle handle = handleAt(px);
    if (handle != FrameHandle::None) {
        m_gesture.emplace(FrameGesture::Kind::Resize, handle, pg->frame(m_selection.first())->rect,
                          pt, snapper, snapTolerance());
        return;
    }
    const ObjectId hit = frameAt(pt);
    if (!hit) {
        setSelection({});
        return;
    }
    if (event->modifiers() & Qt::ShiftModifier) {
        QList<ObjectId> s = m_selection;
        if (s.contains(hit))
            s.removeAll(hit);
        else
            s.append(hit);
        setSelection(s);
        return;
    }
    // Ctrl+click takes the whole story block (稿件块): headline, body, picture and caption
    // (Alt is taken: it moves without snapping).
    const bool block = event->modifiers() & Qt::ControlModifier;
    if (block || !m_selection.contains(hit))
        setSelection(block ? StoryBlock::blockOnPage(*m_edition, hit) : withGroup(hit));
    const Frame *f = pg->frame(hit);
    if (f && !f->locked)
        m_gesture.emplace(FrameGesture::Kind::Move, FrameHandle::Body, f->rect, pt, snapper,
                          snapTolerance());
}

void PageView::mouseMoveEvent(QMouseEvent *event)
{
    const QPointF pt = viewToPage(event->position());
    Q_EMIT pointerMoved(pt);
    if (m_gesture) {
        m_gesture->update(pt, event->modifiers() & Qt::AltModifier,
                          event->modifiers() & Qt::ShiftModifier);
        viewport()->update();
        return;
    }
    if (m_contentDrag) {
        m_contentDrag->current = pt;
        viewport()->update();
        return;
    }
    if (m_tool == Tool::Select && !m_textEditor->isActive()) {
        static const Qt::CursorShape shapes[] = {
            Qt::ArrowCursor,     Qt::SizeAllCursor, Qt::SizeFDiagCursor, Qt::SizeVerCursor,
            Qt::SizeBDiagCursor, Qt::SizeHorCursor, Qt::SizeFDiagCursor, Qt::SizeVerCursor,
            Qt::SizeBDiagCursor, Qt::SizeHorCursor};
        viewport()->setCursor(shapes[int(handleAt(event->position()))]);
    }
}

void PageView::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton && m_gesture) {
        m_gesture->update(viewToPage(event->position()), event->modifiers() & Qt::AltModifier,
                          event->modifiers() & Qt::ShiftModifier);
        finishGesture();
    }
    if (event->button() == Qt::LeftButton && m_contentDrag) {
        m_contentDrag->current = viewToPage(event->position());
        finishContentDrag();
    }
}

void PageView::finishContentDrag()
{
    const ContentDrag drag = *m_contentDrag;
    m_contentDrag.reset();
    viewport()->update();
    if (m_edition && QLineF(drag.press, drag.current).length() >= snapTolerance() / 2)
        ImageFrames::moveContent(m_edition, drag.frameId, drag.current - drag.press, drag.placed);
}

QList<ObjectId> PageView::withGroup(ObjectId frameId) const
{
    const Page *pg = page();
    const Frame *f = pg ? pg->frame(frameId) : nullptr;
    if (!f || !f->groupId)
        return {frameId};
    QList<ObjectId> ids{frameId};
    for (const auto &other : pg->frames)
        if (other.groupId == f->groupId && other.id != frameId)
            ids.append(other.id);
    return ids;
}

void PageView::finishGesture()
{
    const FrameGesture gesture = *m_gesture;
    m_gesture.reset();
    viewport()->update();
    const Page *pg = page();
    if (!gesture.hasMoved() || !pg || !m_edition)
        return;
    QUndoStack *stack = m_edition->undoStack();
    switch (gesture.kind()) {
    case FrameGesture::Kind::Create: {
        const FrameKind kind = m_tool == Tool::ImageFrame ? FrameKind::Image
                               : m_tool == Tool::Rule     ? FrameKind::Rule
                               : m_tool == Tool::Box      ? FrameKind::Box
                                                          : FrameKind::Text;
        if (!FrameFactory::isLargeEnough(kind, gesture.rect()))
            return; // a slip of the mouse, not a frame
        const Frame f = FrameFactory::create(m_edition, *pg, kind, gesture.rect(),
                                             gesture.startRect().topLeft());
        stack->push(FrameCommand::add(m_edition, pg->id, f));
        setSelection({f.id});
        setTool(Tool::Select);
        Q_EMIT frameCreated(f.id);
        return;
    }
    case FrameGesture::Kind::Resize: {
        Frame f = *pg->frame(m_selection.first());
        if (f.rect == gesture.rect())
            return;
        f.rect = gesture.rect();
        stack->push(FrameCommand::change(m_edition, f, tr("调整框大小")));
        return;
    }
    case FrameGesture::Kind::Move: {
        const QPointF delta = gesture.rect().topLeft() - gesture.startRect().topLeft();
        if (delta.isNull())
            return;
        QList<Frame> moved;
        for (ObjectId id : m_selection)
            if (const Frame *f = pg->frame(id); f && !f->locked)
                moved.append(*f);
        if (moved.size() > 1)
            stack->beginMacro(tr("移动框"));
        for (Frame f : moved) {
            f.rect.translate(delta);
            stack->push(FrameCommand::change(m_edition, f, tr("移动框")));
        }
        if (moved.size() > 1)
            stack->endMacro();
        return;
    }
    }
}

void PageView::nudge(double dx, double dy)
{
    const Page *pg = page();
    if (!pg || !m_edition || m_selection.isEmpty())
        return;
    QList<Frame> moved;
    for (ObjectId id : m_selection)
        if (const Frame *f = pg->frame(id); f && !f->locked)
            moved.append(*f);
    if (moved.isEmpty())
        return;
    QUndoStack *stack = m_edition->undoStack();
    if (moved.size() == 1) {
        Frame f = moved.first();
        f.rect.translate(dx, dy);
        auto *command = FrameCommand::change(m_edition, f, tr("微移框"));
        command->setMergeable(true);
        stack->push(command);
        return;
    }
    stack->beginMacro(tr("微移框"));
    for (Frame f : moved) {
        f.rect.translate(dx, dy);
        stack->push(FrameCommand::change(m_edition, f, tr("微移框")));
    }
    stack->endMacro();
}

void PageView::deleteSelection()
{
    if (!m_edition || m_selection.isEmpty())
        return;
    const QList<ObjectId> ids = m_selection;
    QUndoStack *stack = m_edition->undoStack();
    stack->beginMacro(tr("删除框"));
    for (ObjectId id : ids)
        stack->push(FrameCommand::remove(m_edition, id));
    stack->endMacro();
}

void PageView::keyPressEvent(QKeyEvent *event)
{
    // Shift: 10 pt; Ctrl: 0.1 pt; else 1 pt.
    const double step = (event->modifiers() & Qt::ShiftModifier)     ? 10.0
                        : (event->modifiers() & Qt::ControlModifier) ? 0.1
                                                                     : 1.0;
    switch (event->key()) {
    case Qt::Key_Left:
        nudge(-step, 0);
        break;
    case Qt::Key_Right:
        nudge(step, 0);
        break;
    case Qt::Key_Up:
        nudge(0, -step);
        break;
    case Qt::Key_Down:
        nudge(0, step);
        break;
    case Qt::Key_Delete:
    case Qt::Key_Backspace:
        deleteSelection();
        break;
    case Qt::Key_Escape:
        if (m_gesture || m_contentDrag) {
            m_gesture.reset();
            m_contentDrag.reset();
            viewport()->update();
        } else {
            setSelection({});
            setTool(Tool::Select);
        }
        break;
    default:
        QAbstractScrollArea::keyPressEvent(event);
        return;
    }
    event->accept();
}

} // namespace folio::app
