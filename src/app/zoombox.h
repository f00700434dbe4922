#pragma once

#include <QComboBox>

namespace folio::app {

class PageView;

// The toolbar's zoom field: 适合页面, 适合宽度 and fixed percentages to choose, any percentage
// to type. It follows the view's zoom and sets it; the window only places it.
class ZoomBox : public QComboBox
{
    Q_OBJECT
public:
    ZoomBox(PageView *view, QWidget *parent = nullptr);

    // Shows the view's current zoom as a percentage.
    void refresh();

private:
    PageView *m_view;
};

} // namespace folio::app
