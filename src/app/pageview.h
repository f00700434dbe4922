#pragma once

#include "app/framegesture.h"
#include "app/pagecanvas.h"
#include "core/ids.h"
#include "render/pagerenderer.h"

#include <QAbstractScrollArea>
#include <QList>
#include <functional>
#include <map>
#include <optional>

namespace folio {
class Edition;
struct Frame;
struct Page;
} // namespace folio

namespace folio::app {

class LayoutCache;
class PageTextEditor;

// Shows every page of the edition stacked top to bottom at any zoom on a grey pasteboard: the
// composed pages from the LayoutCache, margins, column guides, the optional character grid,
// frame outlines, the selected frames' handles and story chains. Only the pages in the
// viewport are laid out and painted. The current page (tools, selection, page list, status
// bar) is the one under the viewport's centre, or the one last clicked. Mouse and keys select,
// move, resize and draw frames; every change becomes one undo command on the edition's stack when
// the gesture ends.
class PageView : public QAbstractScrollArea
{
    Q_OBJECT
public:
    // Content moves a picture inside its frame (cropping); the others draw a frame of a kind.
    enum class Tool { Select, TextFrame, ImageFrame, Rule, Box, Content };
    enum class ZoomMode { Manual, FitPage, FitWidth };

    explicit PageView(QWidget *parent = nullptr);

    void setEdition(Edition *edition, LayoutCache *layouts);
    Edition *edition() const { return m_edition; }
    ObjectId pageId() const { return m_pageId; }
    // Makes the page current and scrolls to it (nothing happens when it is already current).
    void setPageId(ObjectId pageId);
    // Makes the page current and scrolls its top into view even when it already was current
    // (a page moved in the edition).
    void scrollToPage(ObjectId pageId);

    // 1.0 is 100 %: a point on the page is a point on the screen at the screen's logical DPI.
    double zoom() const { return m_zoom; }
    void setZoom(double zoom);
    ZoomMode zoomMode() const { return m_zoomMode; }
    void setZoomMode(ZoomMode mode);
    // The zoom as a setting kept between sessions: "fitPage", "fitWidth" or a factor
    // (1.0 = 100 %); an unreadable setting leaves the zoom as it is.
    QString zoomSetting() const;
    void setZoomSetting(const QString &setting);
    static double minimumZoom() { return 0.25; }
    static double maximumZoom() { return 8.0; }
    void zoomIn();
    void zoomOut();

    Tool tool() const { return m_tool; }
    void setTool(Tool tool);
    bool showsCharacterGrid() const { return m_showGrid; }
    void setShowsCharacterGrid(bool show);
    bool showsGuides() const { return m_showGuides; }
    void setShowsGuides(bool show);
    // Baselines of body lines, every grid leading from the type area's top (视图 → 显示基线网格).
    bool showsBaselineGrid() const { return m_showBaselines; }
    void setShowsBaselineGrid(bool show);
    // Every story chain on the page as arrows from a frame's out-port to the next frame's
    // in-port (视图 → 显示串接); without it only the selected frame's chain is drawn.
    bool showsChains() const { return m_showChains; }
    void setShowsChains(bool show);

    // Selected frames, the first is the primary one (properties panel, resize handles).
    const QList<ObjectId> &selection() const { return m_selection; }
    ObjectId currentFrameId() const { return m_selection.isEmpty() ? 0 : m_selection.first(); }
    void setSelection(const QList<ObjectId> &frameIds);

    // Viewport pixel ↔ page point mapping, on the current page.
    double pixelsPerPt() const;
    QPointF pageToView(const QPointF &pt) const;
    QPointF viewToPage(const QPointF &px) const;
    // The page drawn under a viewport pixel (0 on the pasteboard) and where a page is drawn.
    ObjectId pageAt(const QPointF &px) const;
    QRectF pageRectInView(ObjectId pageId) const;
    // Moves the selected frames by (dx, dy) pt; consecutive nudges merge into one undo step.
    void nudge(double dx, double dy);
    void deleteSelection();
    // Text editing on the page (double-click in a text frame).
    PageTextEditor *textEditor() const { return m_textEditor; }
    // Makes a page current without scrolling: the selection and any gesture are dropped.
    void switchPage(ObjectId pageId);
    // Screen-only marks painted over a page's content (用字检查's wavy lines, open notes); never
    // part of the PageLayout, so never printed or exported.
    using PageMarks = std::function<void(QPainter &, ObjectId pageId, const QTransform &toDevice)>;
    void addPageMarks(PageMarks marks) { m_pageMarks.append(std::move(marks)); }
    // The topmost frame at a point of the current page (0: none).
    ObjectId frameAt(const QPointF &pt) const;
    // Clicking one frame of a group selects the group.
    QList<ObjectId> withGroup(ObjectId frameId) const;

Q_SIGNALS:
    void selectionChanged();
    void zoomChanged(double zoom);
    void toolChanged(folio::app::PageView::Tool tool);
    void pointerMoved(const QPointF &pagePt);
    void frameCreated(folio::ObjectId frameId);
    // The current page changed by scrolling, a click on another page or setPageId().
    void currentPageChanged(folio::ObjectId pageId);

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void scrollContentsBy(int dx, int dy) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;

private:
    static constexpr int kPasteboard = 32; // px of pasteboard around the pages
    static constexpr int kPageGap = 40;    // px between stacked pages: more than the
                                           // pasteboard, so a fitted page shows none of the next
    static constexpr double kZoomStep = 1.25;

    const Page *page() const;
    QSizeF pagePixels() const;
    QPointF pageOrigin() const;
    // Every page's rectangle in viewport pixels, in edition order (stacked with a gap).
    QList<QRectF> pageRects() const;
    QSizeF contentPixels() const;
    // The page under the viewport's centre becomes current.
    void followScroll();
    void paintPage(QPainter &p, const Page &page, const QPointF &origin, bool current);
    // Repaints the pixels where the visible pages' new layouts differ from their pictures.
    void updateChangedArea();
    void updateScrollBars();
    void applyZoom(double zoom, const QPointF &anchorPx);
    void fitToMode();
    void pruneSelection();

    // Hit testing in page points.
    FrameHandle handleAt(const QPointF &px) const;
    double snapTolerance() const;
    // The rectangle to draw for a frame: the live gesture's preview or the model's.
    QRectF displayRect(const Frame &frame) const;

    // The stories whose chains are drawn: all on the page (显示串接) or the selected frame's.
    QList<ObjectId> chainedStories(const Page &page) const;

    void finishGesture();
    void finishContentDrag();

    Edition *m_edition = nullptr;
    LayoutCache *m_layouts = nullptr;
    render::PageRenderer m_renderer;
    PageTextEditor *m_textEditor;
    // One picture per visible page, so an edit repaints only its changed items there.
    std::map<ObjectId, PageCanvas> m_canvases;
    // Set while the view scrolls to a page itself, so following the scroll does not fight it.
    bool m_scrollingToPage = false;
    ObjectId m_pageId = 0;
    double m_zoom = 1.0;
    ZoomMode m_zoomMode = ZoomMode::FitPage;
    Tool m_tool = Tool::Select;
    bool m_showGrid = false;
    bool m_showGuides = true;
    bool m_showBaselines = false;
    bool m_showChains = false;
    QList<ObjectId> m_selection;
    std::optional<FrameGesture> m_gesture;
    // The content tool's drag: the picture's frame, where it was drawn, press and pointer.
    struct ContentDrag
    {
        ObjectId frameId = 0;
        QRectF placed;
        QPointF press;
        QPointF current;
    };
    std::optional<ContentDrag> m_contentDrag;
    QList<PageMarks> m_pageMarks;
};

} // namespace folio::app
