#pragma once

#include "core/ids.h"

#include <QObject>
#include <QPointF>
#include <functional>

class QAction;
class QMenu;

namespace folio::app {

class MainWindow;

// The page view's right-click menus. On a frame (which becomes the selection unless it was
// in it): 剪切/复制/粘贴, 排列, 链接/断开, 适合 (a picture's fit), 锁定, 删除, 属性, and on a
// text frame the paragraph and character styles, applied where the story editor's cursor is
// in the frame's story. On the page or the pasteboard: 粘贴, 新建文字框, 适合页面. Every entry
// is one of the window's existing actions or edits, so menus, keys and the menu bar agree.
class ContextMenus : public QObject
{
    Q_OBJECT
public:
    // The window's own actions the menus offer.
    struct WindowActions
    {
        QAction *link = nullptr;
        QAction *unlink = nullptr;
        QAction *remove = nullptr;
        QAction *fitPage = nullptr;
        QAction *textTool = nullptr;
    };
    ContextMenus(MainWindow *window, const WindowActions &actions);

    // Adds entries to the menu of a text frame (the on-page text editor adds its own); called
    // with the menu after the clipboard entries and the frame's id.
    using TextFrameEntries = std::function<void(QMenu *menu, ObjectId frameId)>;
    void addTextFrameEntries(TextFrameEntries entries);

    // The menu for a right-click at a viewport pixel: selects what is under it first.
    // The caller owns the menu.
    QMenu *menuAt(const QPointF &viewportPx);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void addFrameEntries(QMenu *menu, ObjectId frameId);
    void addPasteboardEntries(QMenu *menu);
    void addStyleEntries(QMenu *menu);

    MainWindow *m_window;
    WindowActions m_actions;
    QList<TextFrameEntries> m_textEntries;
};

} // namespace folio::app
