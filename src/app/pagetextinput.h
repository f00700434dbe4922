#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QPointF>

class QInputMethodEvent;
class QInputMethodQueryEvent;
class QKeyEvent;
class QMouseEvent;

namespace folio::app {

class PageTextEditor;
class PageView;

// The page view's keys, input method and mouse for text editing, read by an event filter on
// the view and its viewport before the view's own handlers: in text mode they edit and move
// the caret; otherwise only a double-click in a text frame (or a text-tool click) is taken,
// to enter text mode. Shortcuts that text editing needs (Delete, Ctrl+C…) are claimed
// through ShortcutOverride while in text mode, so the frame actions do not fire instead.
class PageTextInput : public QObject
{
    Q_OBJECT
public:
    PageTextInput(PageTextEditor *editor, PageView *view);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    bool mousePress(QMouseEvent *event, bool doubleClick);
    bool mouseMove(QMouseEvent *event);
    bool keyPress(QKeyEvent *event);
    bool claimsShortcut(QKeyEvent *event) const;
    void inputMethod(QInputMethodEvent *event);
    void inputMethodQuery(QInputMethodQueryEvent *event) const;
    // Lines in a screenful, for PageUp and PageDown.
    int linesPerScreen() const;

    PageTextEditor *m_editor;
    PageView *m_view;
    QElapsedTimer m_lastDoubleClick;
    QPointF m_lastDoubleClickPos;
};

} // namespace folio::app
