#pragma once

#include "core/ids.h"

#include <QObject>

class QAction;
class QMainWindow;
class QMenu;

namespace folio::app {

class PageView;
class StoryEditor;
class StoryListPanel;

// The night desk's fitting and late changes, kept out of MainWindow so the window only wires
// them in: the 文字 menu (挤字/扩字 on the story editor's paragraphs), 按内容调整框高 and
// 宽度跨 N 栏 in the 对象 menu, the 稿件块 menu (select, move to another page, swap),
// 文件 → 导入稿件…, 编辑 → 粘贴稿件 and a text file dropped on an empty text frame. The
// work itself is in ParagraphTracking, FrameFitting, StoryBlock and LateStory; every command
// is one undo step, and a refusal goes to the status bar.
class NightDeskActions : public QObject
{
    Q_OBJECT
public:
    NightDeskActions(QMainWindow *window, PageView *view, StoryEditor *editor,
                     StoryListPanel *stories);

    void fillTextMenu(QMenu *menu) const;
    void fillObjectMenu(QMenu *menu) const;
    void fillBlockMenu(QMenu *menu) const;
    QAction *importStoryAction() const { return m_importStory; }
    QAction *pasteStoryAction() const { return m_pasteStory; }
    // Enables what the selection and the story editor allow.
    void updateActions();

    // The operations behind the actions, for tests and scripts; each returns the refusal
    // sentence (also shown in the status bar), empty on success.
    QString track(int delta);
    QString fitSelectedFrame();
    QString spanSelectedFrame(int columns);
    QString selectBlock(ObjectId storyId);
    QString moveSelectedBlock(ObjectId pageId);
    QString swapSelectedBlocks();
    QString pasteStory();
    QString importStoryFile(const QString &path);
    // The stories whose blocks the selection touches, in selection order.
    QList<ObjectId> selectedBlocks() const;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QAction *action(const QString &text, const QString &shortcut = QString());
    QString report(const QString &problem, const QString &done = QString());
    void spanDialog();
    void moveBlockDialog();
    void importStoryDialog();
    // The empty text frame under a viewport pixel of the current page, 0 when none.
    ObjectId emptyTextFrameAt(const QPointF &px) const;

    QMainWindow *m_window;
    PageView *m_view;
    StoryEditor *m_editor;
    StoryListPanel *m_stories;
    QAction *m_squeeze;
    QAction *m_spread;
    QAction *m_clearTracking;
    QAction *m_fitHeight;
    QAction *m_span;
    QAction *m_selectBlock;
    QAction *m_moveBlock;
    QAction *m_swapBlocks;
    QAction *m_importStory;
    QAction *m_pasteStory;
};

} // namespace folio::app
