#include "app/proofview.h"

#include <QMouseEvent>
#include <QPainter>
#include <QScrollBar>
#include <QWheelEvent>
#include <algorithm>

namespace folio::app {

namespace {
const QList<double> kSteps = {0.25, 0.33, 0.5, 0.67, 0.75, 1.0, 1.25, 1.5, 2.0, 3.0, 4.0, 6.0};
constexpr int kMargin = 16; // grey around the page, px
const QColor kPasteboard(0x80, 0x80, 0x80);
} // namespace

ProofView::ProofView(QWidget *parent) : QAbstractScrollArea(parent)
{
    setObjectName(QStringLiteral("proofView"));
    viewport()->setMouseTracking(false);
    viewport()->setCursor(Qt::IBeamCursor);
}

void ProofView::setPage(const QSizeF &pageSize, Renderer renderer)
{
    m_pageSize = pageSize;
    m_renderer = std::move(renderer);
    m_image = {};
    m_imageDpi = 0;
    m_selection.clear();
    fit();
    updateScrollBars();
    viewport()->update();
}

void ProofView::setMarks(const QList<Mark> &marks)
{
    m_marks = marks;
    viewport()->update();
}

void ProofView::setSelectionBoxes(const QList<QRectF> &boxes)
{
    m_selection = boxes;
    viewport()->update();
}

void ProofView::setZoom(double zoom)
{
    m_zoomMode = ZoomMode::Manual;
    zoom = std::clamp(zoom, kSteps.first(), kSteps.last());
    if (qFuzzyCompare(zoom, m_zoom))
        return;
    m_zoom = zoom;
    updateScrollBars();
    viewport()->update();
    Q_EMIT zoomChanged(m_zoom);
}

void ProofView::setZoomMode(ZoomMode mode)
{
    m_zoomMode = mode;
    fit();
}

void ProofView::zoomIn()
{
    const auto next = std::upper_bound(kSteps.begin(), kSteps.end(), m_zoom + 1e-6);
    setZoom(next == kSteps.end() ? kSteps.last() : *next);
}

void ProofView::zoomOut()
{
    auto below = std::lower_bound(kSteps.begin(), kSteps.end(), m_zoom - 1e-6);
    setZoom(below == kSteps.begin() ? kSteps.first() : *(below - 1));
}

void ProofView::fit()
{
    if (m_zoomMode == ZoomMode::Manual || m_pageSize.isEmpty())
        return;
    const QSizeF room = QSizeF(viewport()->size()) - QSizeF(2 * kMargin, 2 * kMargin);
    double zoom = (room.width() - (m_zoomMode == ZoomMode::FitWidth ? 16 : 0)) / m_pageSize.width();
    if (m_zoomMode == ZoomMode::FitPage)
        zoom = std::min(zoom, room.height() / m_pageSize.height());
    zoom = std::max(zoom, 0.05);
    if (qFuzzyCompare(zoom, m_zoom))
        return;
    m_zoom = zoom;
    updateScrollBars();
    viewport()->update();
    Q_EMIT zoomChanged(m_zoom);
}

void ProofView::updateScrollBars()
{
    const QSizeF content = m_pageSize * m_zoom + QSizeF(2 * kMargin, 2 * kMargin);
    horizontalScrollBar()->setRange(0, std::max(0, int(content.width()) - viewport()->width()));
    verticalScrollBar()->setRange(0, std::max(0, int(content.height()) - viewport()->height()));
    horizontalScrollBar()->setPageStep(viewport()->width());
    verticalScrollBar()->setPageStep(viewport()->height());
    verticalScrollBar()->setSingleStep(40);
}

QPointF ProofView::origin() const
{
    const double width = m_pageSize.width() * m_zoom;
    const double x = width + 2 * kMargin < viewport()->width()
                         ? (viewport()->width() - width) / 2
                         : kMargin - horizontalScrollBar()->value();
    return {x, double(kMargin - verticalScrollBar()->value())};
}

QPointF ProofView::pageToView(const QPointF &pt) const
{
    return origin() + pt * m_zoom;
}

QPointF ProofView::viewToPage(const QPointF &px) const
{
    return (px - origin()) / m_zoom;
}

void ProofView::ensureImage()
{
    // Rendered at the device's pixels for the zoom; kept until the zoom changes.
    const double dpi = 72.0 * m_zoom * viewport()->devicePixelRatioF();
    if (!m_renderer || (!m_image.isNull() && qFuzzyCompare(dpi, m_imageDpi)))
        return;
    m_image = m_renderer(dpi);
    m_image.setDevicePixelRatio(viewport()->devicePixelRatioF());
    m_imageDpi = dpi;
}

void ProofView::paintEvent(QPaintEvent *)
{
    QPainter p(viewport());
    p.fillRect(viewport()->rect(), kPasteboard);
    if (m_pageSize.isEmpty())
        return;
    ensureImage();
    const QRectF page(origin(), m_pageSize * m_zoom);
    p.fillRect(page, Qt::white);
    if (!m_image.isNull())
        p.drawImage(page.topLeft(), m_image);
    p.setRenderHint(QPainter::Antialiasing);
    const auto toView = [&](const QRectF &box) {
        return QRectF(pageToView(box.topLeft()), box.size() * m_zoom);
    };
    for (const Mark &mark : std::as_const(m_marks)) {
        QRectF box = toView(mark.box);
        if (box.width() < 2) // an insertion point: a caret two pixels wide
            box.adjust(-1, 0, 1, 0);
        QColor fill = mark.color;
        fill.setAlpha(70);
        if (mark.filled)
            p.fillRect(box, fill);
        p.setPen(QPen(mark.color, 1.5));
        p.setBrush(Qt::NoBrush);
        p.drawRect(box);
    }
    for (const QRectF &box : std::as_const(m_selection))
        p.fillRect(toView(box), QColor(0x30, 0x78, 0xe0, 90));
}

void ProofView::resizeEvent(QResizeEvent *event)
{
    QAbstractScrollArea::resizeEvent(event);
    fit();
    updateScrollBars();
}

void ProofView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton || m_pageSize.isEmpty())
        return;
    m_dragging = true;
    m_press = viewToPage(event->position());
}

void ProofView::mouseMoveEvent(QMouseEvent *event)
{
    if (m_dragging)
        Q_EMIT selecting(m_press, viewToPage(event->position()));
}

void ProofView::mouseReleaseEvent(QMouseEvent *event)
{
    if (!m_dragging || event->button() != Qt::LeftButton)
        return;
    m_dragging = false;
    Q_EMIT selected(m_press, viewToPage(event->position()));
}

void ProofView::wheelEvent(QWheelEvent *event)
{
    if (event->modifiers() & Qt::ControlModifier) {
        event->angleDelta().y() > 0 ? zoomIn() : zoomOut();
        event->accept();
        return;
    }
    QAbstractScrollArea::wheelEvent(event);
}

} // namespace folio::app
