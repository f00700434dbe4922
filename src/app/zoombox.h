#pragma once

#include <QComboBox>

namespace folio::app {

class PageView;

// The toolbar's zoom field: 适合页面, 适合宽度 and fixed percentages to choose, or a typed
// percentage; it shows the view's zoom as it changes.
class ZoomBox : public QComboBox
{
    Q_OBJECT
public:
    explicit ZoomBox(PageView *view, QWidget *parent = nullptr);

    // Shows the view's zoom as a percentage.
    void showZoom();

private:
    PageView *m_view;
};

} // namespace folio::app
