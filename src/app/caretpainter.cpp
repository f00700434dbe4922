#include "app/caretpainter.h"

#include <QFont>
#include <QFontMetricsF>
#include <QPainter>

namespace folio::app {

namespace {
const QColor kSelection(40, 110, 220, 80);
const QColor kCaret(20, 20, 20);
} // namespace

CaretPainter::CaretPainter(QPainter &painter, const QPointF &origin, double scale)
    : m_painter(painter), m_origin(origin), m_scale(scale)
{}

void CaretPainter::paintSelection(const QList<StoryLine> &lines, int from, int to)
{
    if (from >= to)
        return;
    for (const StoryLine &line : lines) {
        if (line.end() < from || line.start() >= to)
            continue;
        const double left = line.xOf(qMax(from, line.start()));
        // A selection that goes on past the line's end covers the line to its end.
        const double right = to >= line.end() ? line.right() : line.xOf(to);
        if (right <= left)
            continue;
        m_painter.fillRect(QRectF(map(left, line.top), map(right, line.bottom)), kSelection);
    }
}

QRectF CaretPainter::caretRect(const StoryLine &line, double x) const
{
    const double width = qMax(1.5, m_scale * 0.4);
    return QRectF(map(x, line.top) - QPointF(width / 2, 0),
                  QSizeF(width, (line.bottom - line.top) * m_scale));
}

void CaretPainter::paintCaret(const StoryLine &line, double x)
{
    m_painter.fillRect(caretRect(line, x), kCaret);
}

QRectF CaretPainter::paintPreedit(const StoryLine &line, double x, const QString &preedit)
{
    QFont font(QStringLiteral("Noto Serif CJK SC"));
    font.setPixelSize(qMax(6, qRound((line.bottom - line.top) * m_scale)));
    font.setUnderline(true);
    const QFontMetricsF metrics(font);
    const QPointF topLeft = map(x, line.top);
    const QRectF box(topLeft, QSizeF(metrics.horizontalAdvance(preedit) + 2, metrics.height()));
    m_painter.save();
    m_painter.fillRect(box, Qt::white);
    m_painter.setFont(font);
    m_painter.setPen(kCaret);
    m_painter.drawText(QPointF(topLeft.x() + 1, topLeft.y() + metrics.ascent()), preedit);
    m_painter.restore();
    return box;
}

} // namespace folio::app
