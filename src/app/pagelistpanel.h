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

// The edition's pages as thumbnails with 版次, section and status (and, once sign-off is in
// force, 已签/签版中/签后改动 with who and when in the tip); choosing one shows it in
// the page view. Thumbnails are redrawn shortly after edits, not on every keystroke. Pages are
// reordered by dragging a thumbnail; the drop is a request, the list follows the edition.
class PageListPanel : public QWidget
{
    Q_OBJECT
public:
    explicit PageListPanel(QWidget *parent = nullptr);

    void setEdition(Edition *edition, LayoutCache *layouts);
    void setCurrentPage(ObjectId pageId);
    ObjectId currentPage() const;

    // The MIME type a dragged page carries: its id, as text.
    static QString pageMimeType() { return QStringLiteral("application/x-folio-page-id"); }

Q_SIGNALS:
    void pageActivated(folio::ObjectId pageId);
    // A page was dropped at position `to` (0-based) of the list: the owner moves it.
    void pageMoveRequested(folio::ObjectId pageId, int to);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void rebuild();
    QImage thumbnail(const Page &page) const;

    Edition *m_edition = nullptr;
    LayoutCache *m_layouts = nullptr;
    QListWidget *m_list;
    QTimer m_refresh;
};

} // namespace folio::app
