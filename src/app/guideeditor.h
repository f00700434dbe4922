#pragma once

#include "core/ids.h"
#include "model/page.h"

#include <QWidget>
#include <optional>

namespace folio {
class Edition;
}

namespace folio::app {

class PageView;

// The guides dragged from the rulers: a drag out of a ruler makes one on the page it is
// dropped on, a guide dragged on the page (select tool, where no frame is) moves, and one
// dragged back onto its ruler is removed. Each change is one undo step (a PageCommand on the
// page's guides). The widget lies over the view's viewport, transparent to the mouse, and
// shows only while a guide is dragged, drawing where it would go.
class GuideEditor : public QWidget
{
    Q_OBJECT
public:
    explicit GuideEditor(PageView *view);

    // A guide pulled out of a ruler; `orientation` is the guide's (the top ruler gives
    // horizontal guides). Positions are viewport pixels, also outside the viewport.
    void beginNew(Qt::Orientation orientation);
    void dragTo(const QPointF &viewportPx);
    // Ends the drag: over a page the guide is made or moved there; back over its ruler
    // (outside the viewport on the ruler's side) a moved guide is removed.
    void finish(const QPointF &viewportPx);
    bool isDragging() const { return m_drag.has_value(); }

    // The edits behind the gestures, each one undo step; false when nothing changed.
    static bool addGuide(Edition *edition, ObjectId pageId, const Guide &guide);
    static bool moveGuide(Edition *edition, ObjectId pageId, int index, double position);
    static bool removeGuide(Edition *edition, ObjectId pageId, int index);

Q_SIGNALS:
    // The pointer during a guide drag, in page points of the current page (for the rulers).
    void pointerMoved(const QPointF &pagePt);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;

private:
    struct Drag
    {
        Qt::Orientation orientation = Qt::Horizontal;
        ObjectId pageId = 0; // the moved guide's page; 0 for a new guide
        int index = -1;      // the moved guide; -1 for a new guide
        QPointF at;          // viewport pixels
    };
    // The page a guide dropped at `px` belongs to: the one whose extent across the guide
    // holds the pointer, else 0.
    ObjectId targetPage(const Drag &drag, const QPointF &px) const;
    // The guide near a viewport pixel on the page under it (index -1: none).
    std::pair<ObjectId, int> guideAt(const QPointF &px) const;
    double positionOn(ObjectId pageId, Qt::Orientation orientation, const QPointF &px) const;

    PageView *m_view;
    std::optional<Drag> m_drag;
};

} // namespace folio::app
