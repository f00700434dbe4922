#pragma once

#include "core/ids.h"
#include "model/page.h"

#include <QTimer>
#include <QWidget>

class QListWidget;

namespace folio {
class Edition;
}

namespace folio::app {

class LayoutCache;

// The edition's pages as thumbnails with 版次, section and status; choosing one shows it in
// the page view. Thumbnails are redrawn shortly after edits, not on every keystroke.
class PageListPanel : public QWidget
{
    Q_OBJECT
public:
    explicit PageListPanel(QWidget *parent = nullptr);

    void setEdition(Edition *edition, LayoutCache *layouts);
    void setCurrentPage(ObjectId pageId);
    ObjectId currentPage() const;

    static QString statusName(PageStatus status);

Q_SIGNALS:
    void pageActivated(folio::ObjectId pageId);

private:
    void rebuild();
    QImage thumbnail(const Page &page) const;

    Edition *m_edition = nullptr;
    LayoutCache *m_layouts = nullptr;
    QListWidget *m_list;
    QTimer m_refresh;
};

} // namespace folio::app
