#pragma once

#include <QAbstractScrollArea>
#include <QColor>
#include <QImage>
#include <QList>
#include <QRectF>
#include <functional>

namespace folio::app {

// One proof page as Poppler rendered it (the renderer is given; this widget only shows
// QImages), at a zoom that fits the width, the page or a step, with boxes over it: the notes,
// a comparison's changes, the characters being selected. A left-button drag across the text
// reports its two ends in proof points, which the 校对 view turns into story characters.
class ProofView : public QAbstractScrollArea
{
    Q_OBJECT
public:
    enum class ZoomMode { Manual, FitPage, FitWidth };
    struct Mark
    {
        QRectF box; // pt, y down
        QColor color;
        bool filled = true; // else an outline
    };
    // Renders the page at a resolution in dots per inch.
    using Renderer = std::function<QImage(double dpi)>;

    explicit ProofView(QWidget *parent = nullptr);

    // pageSize in pt; an empty size or renderer shows nothing.
    void setPage(const QSizeF &pageSize, Renderer renderer);
    QSizeF pageSize() const { return m_pageSize; }
    void setMarks(const QList<Mark> &marks);
    const QList<Mark> &marks() const { return m_marks; }
    void setSelectionBoxes(const QList<QRectF> &boxes);

    // 1.0 shows a point as a logical pixel.
    double zoom() const { return m_zoom; }
    void setZoom(double zoom);
    ZoomMode zoomMode() const { return m_zoomMode; }
    void setZoomMode(ZoomMode mode);
    void zoomIn();
    void zoomOut();

    QPointF pageToView(const QPointF &pt) const;
    QPointF viewToPage(const QPointF &px) const;
    // The image last rendered (tests look at it; the bench times the renderer itself).
    const QImage &image() const { return m_image; }

Q_SIGNALS:
    // While the drag goes on and when it ends: its ends in proof points.
    void selecting(const QPointF &from, const QPointF &to);
    void selected(const QPointF &from, const QPointF &to);
    void zoomChanged(double zoom);

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;

private:
    QPointF origin() const;
    void fit();
    void updateScrollBars();
    void ensureImage();

    QSizeF m_pageSize;
    Renderer m_renderer;
    QImage m_image;
    double m_imageDpi = 0;
    double m_zoom = 1.0;
    ZoomMode m_zoomMode = ZoomMode::FitWidth;
    QList<Mark> m_marks;
    QList<QRectF> m_selection;
    bool m_dragging = false;
    QPointF m_press;
};

} // namespace folio::app
