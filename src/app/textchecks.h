#pragma once

#include "model/textsearch.h"

#include <QObject>
#include <memory>

class QAction;
class QDockWidget;
class QMenu;

namespace folio::app {

class FindReplacePanel;
class MainWindow;
class WordCheckMarks;
class WordCheckPanel;

// 查找/替换 and 用字检查 in the window: their docks, the 编辑 menu's actions (Ctrl+F, Ctrl+H),
// the word check's wavy lines on the page view, and showing a hit: the page made current and
// scrolled to it, its frame selected and the text selected in the 稿件编辑 dock. It follows the
// window's document through editionReplaced, so MainWindow only builds it and fills the menu.
class TextChecks : public QObject
{
    Q_OBJECT
public:
    explicit TextChecks(MainWindow *window);
    ~TextChecks() override;

    void fillEditMenu(QMenu *menu);
    // Reads the preferences again (the word lists chosen in 首选项).
    void applySettings();

    FindReplacePanel *findPanel() const { return m_find; }
    WordCheckPanel *wordCheckPanel() const { return m_wordCheck; }
    WordCheckMarks *marks() const { return m_marks.get(); }
    QAction *findAction() const { return m_findAction; }
    QAction *replaceAction() const { return m_replaceAction; }
    QAction *wordCheckAction() const { return m_wordCheckAction; }
    QAction *marksAction() const { return m_marksAction; }

    // Selects a hit's frame, scrolls the page view to it and selects it in 稿件编辑.
    void reveal(const folio::StoryHit &hit);

private:
    void editionReplaced();
    void showFind(bool replace);

    MainWindow *m_window;
    FindReplacePanel *m_find;
    WordCheckPanel *m_wordCheck;
    std::unique_ptr<WordCheckMarks> m_marks;
    QDockWidget *m_findDock;
    QDockWidget *m_wordCheckDock;
    QAction *m_findAction;
    QAction *m_replaceAction;
    QAction *m_wordCheckAction;
    QAction *m_marksAction;
};

} // namespace folio::app
