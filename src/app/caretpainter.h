#pragma once

#include "app/storylines.h"

#include <QPointF>
#include <QRectF>

class QPainter;

namespace folio::app {

// Draws text editing on the page view: the selection as a translucent tint over the lines, the
// caret as a thin bar, and an input method's preedit string at the caret, underlined on a
// white ground. Screen only: render/ and pdf/ never see it.
class CaretPainter
{
public:
    CaretPainter(QPainter &painter, const QPointF &origin, double scale);

    void paintSelection(const QList<StoryLine> &lines, int from, int to);
    QRectF caretRect(const StoryLine &line, double x) const;
    void paintCaret(const StoryLine &line, double x);
    // Returns where the preedit was drawn (viewport pixels).
    QRectF paintPreedit(const StoryLine &line, double x, const QString &preedit);

private:
    QPointF map(double x, double y) const { return m_origin + QPointF(x, y) * m_scale; }

    QPainter &m_painter;
    QPointF m_origin;
    double m_scale;
};

} // namespace folio::app
