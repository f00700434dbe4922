#pragma once

#include "app/ruler.h"

#include <QRectF>
#include <QWidget>

class QAction;

namespace folio::app {

class GuideEditor;
class PageView;

// The window's centre: the page view with a ruler along its top and its left and the guide
// editor on its viewport. The rulers repaint when what they show moves (page, zoom, scroll,
// page size), not on every repaint of the page. Their unit is the one chosen on a ruler
// (QSettings `view/rulerUnit`: mm, pt or char), else the units preference (mm or pt).
class RulerFrame : public QWidget
{
    Q_OBJECT
public:
    explicit RulerFrame(PageView *view, QWidget *parent = nullptr);

    Ruler *ruler(Qt::Orientation orientation) const
    {
        return orientation == Qt::Horizontal ? m_top : m_left;
    }
    GuideEditor *guideEditor() const { return m_guides; }
    // 视图 → 显示标尺 (Ctrl+R), checked while the rulers show.
    QAction *showAction() const { return m_showAction; }
    // Reads the ruler unit again (after 首选项 changed the units).
    void applyUnitSetting();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    PageView *m_view;
    GuideEditor *m_guides;
    Ruler *m_top;
    Ruler *m_left;
    QWidget *m_corner;
    QAction *m_showAction;
    // What the rulers were last drawn for: the current page's place and its scale.
    QRectF m_shownPage;
};

} // namespace folio::app
