#include "app/ruler.h"

#include "app/guideeditor.h"
#include "app/pageview.h"
#include "core/units.h"
#include "model/edition.h"

#include <QContextMenuEvent>
#include <QMenu>
#include <QMouseEvent>
#include <QPainter>
#include <cmath>
#include <limits>

namespace folio::app {

namespace {
constexpr double kMinMajorPx = 48; // numbered ticks at least this far apart
const QColor kRulerBack(236, 236, 236);
const QColor kRulerPage(252, 252, 252);
const QColor kRulerInk(70, 70, 70);
const QColor kPointerMark(220, 40, 40);
} // namespace

Ruler::Ruler(Qt::Orientation orientation, PageView *view, GuideEditor *guides, QWidget *parent)
    : QWidget(parent), m_orientation(orientation), m_view(view), m_guides(guides),
      m_pointer(std::numeric_limits<double>::quiet_NaN(), std::numeric_limits<double>::quiet_NaN())
{
    setObjectName(orientation == Qt::Horizontal ? QStringLiteral("horizontalRuler")
                                                : QStringLiteral("verticalRuler"));
    setCursor(orientation == Qt::Horizontal ? Qt::SplitVCursor : Qt::SplitHCursor);
    if (orientation == Qt::Horizontal)
        setFixedHeight(thickness());
    else
        setFixedWidth(thickness());
    QFont f = font();
    f.setPixelSize(9);
    setFont(f);
}

QSize Ruler::sizeHint() const
{
    return m_orientation == Qt::Horizontal ? QSize(200, thickness()) : QSize(thickness(), 200);
}

void Ruler::setUnit(Unit unit)
{
    m_unit = unit;
    update();
}

double Ruler::pointsPerUnit() const
{
    switch (m_unit) {
    case Unit::Millimetre:
        return units::ptFromMm(1.0);
    case Unit::Point:
        return 1.0;
    case Unit::Character: {
        const Edition *edition = m_view->edition();
        const Page *page = edition ? edition->page(m_view->pageId()) : nullptr;
        return page && page->grid.gridFontSize > 0 ? page->grid.gridFontSize : 9.0;
    }
    }
    return 1.0;
}

QPointF Ruler::toViewport(const QPointF &rulerPx) const
{
    return m_view->viewport()->mapFromGlobal(mapToGlobal(rulerPx));
}

double Ruler::toRuler(const QPointF &pagePt) const
{
    const QPointF px = mapFromGlobal(m_view->viewport()->mapToGlobal(m_view->pageToView(pagePt)));
    return m_orientation == Qt::Horizontal ? px.x() : px.y();
}

void Ruler::setPointer(const QPointF &pagePt)
{
    m_pointer = pagePt;
    update();
}

void Ruler::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.fillRect(rect(), kRulerBack);
    const bool horizontal = m_orientation == Qt::Horizontal;
    const Edition *edition = m_view->edition();
    const Page *page = edition ? edition->page(m_view->pageId()) : nullptr;
    const int length = horizontal ? width() : height();
    const int depth = thickness();
    if (page) {
        const double origin = toRuler(QPointF(0, 0));
        const double end = toRuler(QPointF(page->size.width(), page->size.height()));
        if (horizontal)
            p.fillRect(QRectF(origin, 0, end - origin, depth), kRulerPage);
        else
            p.fillRect(QRectF(0, origin, depth, end - origin), kRulerPage);

        const double pxPerUnit = pointsPerUnit() * m_view->pixelsPerPt();
        double major = 1;
        for (double step : {1, 2, 5, 10, 20, 50, 100, 200, 500, 1000, 2000, 5000}) {
            major = step;
            if (step * pxPerUnit >= kMinMajorPx)
                break;
        }
        int parts = 10;
        while (parts > 1 && major * pxPerUnit / parts < 4)
            parts = parts == 10 ? 5 : parts == 5 ? 2 : 1;
        const double minor = major / parts;
        p.setPen(QPen(kRulerInk, 0));
        const long first = long(std::floor((0 - origin) / pxPerUnit / minor));
        const long last = long(std::ceil((length - origin) / pxPerUnit / minor));
        for (long i = first; i <= last; ++i) {
            const double at = std::floor(origin + i * minor * pxPerUnit) + 0.5;
            const bool isMajor = i % parts == 0;
            const double tick =
                isMajor ? depth : (parts == 10 && i % 5 == 0 ? depth * 0.5 : depth * 0.3);
            if (horizontal)
                p.drawLine(QPointF(at, depth - tick), QPointF(at, depth));
            else
                p.drawLine(QPointF(depth - tick, at), QPointF(depth, at));
            if (!isMajor)
                continue;
            const QString label = QString::number(i * minor, 'g', 6);
            if (horizontal) {
                p.drawText(QPointF(at + 2, 9), label);
            } else {
                p.save();
                p.translate(9, at + 2);
                p.rotate(90);
                p.drawText(QPointF(0, 0), label);
                p.restore();
            }
        }
    }
    p.setPen(QPen(kRulerInk, 0));
    if (horizontal)
        p.drawLine(QPointF(0, depth - 0.5), QPointF(width(), depth - 0.5));
    else
        p.drawLine(QPointF(depth - 0.5, 0), QPointF(depth - 0.5, height()));
    if (page && !std::isnan(m_pointer.x())) {
        const double at = std::floor(toRuler(m_pointer)) + 0.5;
        p.setPen(QPen(kPointerMark, 0));
        if (horizontal)
            p.drawLine(QPointF(at, 0), QPointF(at, depth));
        else
            p.drawLine(QPointF(0, at), QPointF(depth, at));
    }
}

void Ruler::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton || !m_view->edition()) {
        QWidget::mousePressEvent(event);
        return;
    }
    // The top ruler gives horizontal guides, the left one vertical guides.
    m_dragging = true;
    m_guides->beginNew(m_orientation);
    m_guides->dragTo(toViewport(event->position()));
}

void Ruler::mouseMoveEvent(QMouseEvent *event)
{
    if (m_dragging)
        m_guides->dragTo(toViewport(event->position()));
}

void Ruler::mouseReleaseEvent(QMouseEvent *event)
{
    if (!m_dragging || event->button() != Qt::LeftButton)
        return;
    m_dragging = false;
    m_guides->finish(toViewport(event->position()));
}

void Ruler::contextMenuEvent(QContextMenuEvent *event)
{
    auto *menu = new QMenu(this);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    const QList<std::pair<QString, Unit>> choices = {{tr("毫米"), Unit::Millimetre},
                                                     {tr("点"), Unit::Point},
                                                     {tr("字（正文字号）"), Unit::Character}};
    for (const auto &[text, unit] : choices) {
        QAction *a = menu->addAction(text);
        a->setCheckable(true);
        a->setChecked(unit == m_unit);
        connect(a, &QAction::triggered, this, [this, unit = unit] {
            setUnit(unit);
            Q_EMIT unitChosen(unit);
        });
    }
    menu->popup(event->globalPos());
}

} // namespace folio::app
