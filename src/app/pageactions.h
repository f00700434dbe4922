#pragma once

#include "core/ids.h"

#include <QObject>

class QAction;
class QActionGroup;
class QMenu;
class QWidget;

namespace folio::app {

class EditionDocument;
class PageListPanel;
class PageView;

// The 版面 menu: add, remove and reorder pages, page status and the template editor. Acts on
// the page view's current page; every edit is one undo step. Kept out of MainWindow so the
// window only wires it in.
class PageActions : public QObject
{
    Q_OBJECT
public:
    PageActions(QWidget *window, EditionDocument *document, PageView *view, PageListPanel *pages);

    void fillPageMenu(QMenu *menu) const;
    // Enables what the current page's position and the page count allow.
    void updateActions();

    void addPage();
    void removeCurrentPage();
    // Moves a page to position `to` (one undo step); false (and a message) when refused.
    bool movePage(ObjectId pageId, int to);

Q_SIGNALS:
    void message(const QString &text);
    // The view and the page list now show `pageId` (the window refreshes its status bar).
    void pageShown(folio::ObjectId pageId);

private:
    QWidget *m_window;
    EditionDocument *m_document;
    PageView *m_view;
    PageListPanel *m_pages;
    QAction *m_addPage = nullptr;
    QAction *m_removePage = nullptr;
    QAction *m_pageUp = nullptr;
    QAction *m_pageDown = nullptr;
    QActionGroup *m_statusGroup = nullptr;
};

} // namespace folio::app
