#pragma once

#include "app/frameoperations.h"

#include <QObject>

class QAction;
class QActionGroup;
class QMenu;
class QToolBar;
class QWidget;

namespace folio::app {

class PageView;

// The 对象 menu: the picture, rule and box tools, placing a picture, captions, alignment and
// distribution, stacking order, locking, grouping and the frame clipboard. Acts on the page
// view's selection; every edit is one undo step. Kept out of MainWindow so the window only
// wires it in.
class ObjectActions : public QObject
{
    Q_OBJECT
public:
    // The tool actions join `tools` (the window's exclusive tool group).
    ObjectActions(QWidget *window, PageView *view, QActionGroup *tools);

    void fillObjectMenu(QMenu *menu) const;
    void fillEditMenu(QMenu *menu) const;
    QList<QAction *> toolActions() const;
    QAction *placeImageAction() const { return m_placeImage; }
    QAction *pasteAction() const { return m_paste; }
    // The pieces of a frame's context menu: cut/copy/paste, stacking order, lock/unlock.
    void fillClipboardMenu(QMenu *menu) const;
    void fillArrangeMenu(QMenu *menu) const;
    void fillLockMenu(QMenu *menu) const;
    // Enables what the current selection allows.
    void updateActions();

    // The operations behind the actions, for tests and scripts. They return the refusal
    // sentence, empty on success.
    QString placeImage(const QString &path);
    QString addCaption();
    QString align(AlignEdge edge);
    QString distribute(Qt::Orientation orientation);
    void copy();
    void cut();
    QList<ObjectId> paste();

Q_SIGNALS:
    void message(const QString &text);
    void failed(const QString &title, const QString &text);

private:
    QAction *action(const QString &text, const QString &shortcut = QString());
    QAction *toolAction(const QString &text, const QString &shortcut, int tool,
                        QActionGroup *tools);
    void report(const QString &problem);
    void placeImageDialog();

    QWidget *m_window;
    PageView *m_view;
    QList<QAction *> m_tools;
    QAction *m_placeImage;
    QAction *m_caption;
    QList<QAction *> m_align;
    QAction *m_distributeH;
    QAction *m_distributeV;
    QAction *m_front;
    QAction *m_back;
    QAction *m_lock;
    QAction *m_unlock;
    QAction *m_group;
    QAction *m_ungroup;
    QAction *m_copy;
    QAction *m_cut;
    QAction *m_paste;
};

} // namespace folio::app
