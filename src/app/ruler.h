#pragma once

#include <QPointF>
#include <QWidget>

namespace folio::app {

class GuideEditor;
class PageView;

// A ruler along the top or the left of the page view: the current page's coordinates in
// millimetres, points or 字 (characters of the page's body size), 0 at the page's top-left
// corner, following the view's zoom and scroll, with a mark where the pointer is. Dragging
// out of it onto a page makes a guide (GuideEditor); its context menu switches the unit.
class Ruler : public QWidget
{
    Q_OBJECT
public:
    enum class Unit { Millimetre, Point, Character };

    Ruler(Qt::Orientation orientation, PageView *view, GuideEditor *guides,
          QWidget *parent = nullptr);

    Qt::Orientation orientation() const { return m_orientation; }
    Unit unit() const { return m_unit; }
    void setUnit(Unit unit);
    static int thickness() { return 20; }
    // Points per unit on the current page (字: its character grid's body size).
    double pointsPerUnit() const;
    // Where a page point of the current page lies along the ruler, in its own pixels.
    double toRuler(const QPointF &pagePt) const;
    // The pointer's place on the current page (NaN coordinates hide the mark).
    void setPointer(const QPointF &pagePt);

    QSize sizeHint() const override;

Q_SIGNALS:
    void unitChosen(folio::app::Ruler::Unit unit);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;

private:
    QPointF toViewport(const QPointF &rulerPx) const;

    Qt::Orientation m_orientation;
    PageView *m_view;
    GuideEditor *m_guides;
    Unit m_unit = Unit::Millimetre;
    QPointF m_pointer;
    bool m_dragging = false;
};

} // namespace folio::app
