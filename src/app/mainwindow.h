#pragma once

#include "app/pageimport.h"
#include "core/ids.h"

#include <QMainWindow>
#include <QMessageBox>
#include <QPointer>
#include <functional>

class QAction;
class QActionGroup;
class QLabel;
class QMenu;
class QPrinter;
class QUndoGroup;

namespace folio::app {

class ContextMenus;
class EditionDocument;
class HelpMenu;
class LayoutCache;
class NightDeskActions;
class ObjectActions;
class PageActions;
class PageListPanel;
class PageView;
class PreflightPanel;
class PropertiesPanel;
class RecentFilesMenu;
class RecoveryDialog;
class RulerFrame;
class StoryEditor;
class StylesPanel;
class StoryListPanel;
class TextChecks;
class ZoomBox;

// The application window: menus and toolbar, the page view in the centre, docks for pages,
// stories, the story editor and frame properties, and a status bar. It owns the document and
// rewires every view when the edition is replaced (new, open).
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    EditionDocument *document() const { return m_document; }
    PageView *pageView() const { return m_view; }
    PageListPanel *pageList() const { return m_pages; }
    StoryListPanel *storyList() const { return m_stories; }
    StoryEditor *storyEditor() const { return m_storyEditor; }
    PropertiesPanel *properties() const { return m_properties; }
    LayoutCache *layouts() const { return m_layouts; }
    ObjectActions *objectActions() const { return m_objectActions; }
    NightDeskActions *nightDeskActions() const { return m_nightDesk; }
    StylesPanel *stylesPanel() const { return m_stylesPanel; }
    PreflightPanel *preflightPanel() const { return m_preflight; }
    TextChecks *textChecks() const { return m_textChecks; }
    RulerFrame *rulerFrame() const { return m_rulers; }
    ContextMenus *contextMenus() const { return m_contextMenus; }
    HelpMenu *helpMenu() const { return m_help; }

    // Asked before a modified edition is closed or replaced (quit, new, open): Save, Discard
    // or Cancel for the edition's display name. By default a QMessageBox; tests answer here.
    using SaveQuestion = std::function<QMessageBox::StandardButton(const QString &name)>;
    void setSaveQuestion(SaveQuestion question) { m_saveQuestion = std::move(question); }
    // Asked when the file to open is being edited elsewhere (the holder in words): true opens
    // it read-only. By default 只读打开 / 取消 in a QMessageBox; offscreen, where nobody can
    // answer, read-only (it changes nothing). Tests answer here.
    using ReadOnlyQuestion = std::function<bool(const QString &lockedBy)>;
    void setReadOnlyQuestion(ReadOnlyQuestion question)
    {
        m_readOnlyQuestion = std::move(question);
    }
    // Lists the recovery copies a crashed run left and lets the user choose (RecoveryDialog);
    // true when one was recovered into this window. `answer` stands in for the user (tests);
    // without it the dialog is shown modally.
    bool offerRecovery(const std::function<void(RecoveryDialog &)> &answer = {});

    // Asks 保存 / 丢弃 / 取消 over a modified edition; false when the user cancelled.
    bool maybeSave();
    void openSample();
    bool openFile(const QString &path);
    bool saveFile();
    bool saveFileAs(const QString &path);

    // Frame chain editing on the page view's selection (first frame → second frame).
    bool linkSelectedFrames();
    bool unlinkSelectedFrame();
    void placeStoryInSelectedFrame(ObjectId storyId);
    // Prints the current page (or every page) through QPrinter; the test prints to PDF.
    bool printPages(QPrinter *printer, bool allPages);
    void addPage();
    void removeCurrentPage();
    // Moves a page to position `to` (one undo step) and keeps it shown and selected.
    bool movePage(ObjectId pageId, int to);
    // Applies the preferences stored in QSettings (units, autosave interval and edits).
    void applySettings();
    // 导入版面 without the file dialog: imports, selects the new page and shows the report.
    PageImport::Outcome importPage(const PageImport::Request &request);
    // Shows the page and selects the frame (preflight findings lead here).
    void showFrame(ObjectId pageId, ObjectId frameId);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void createMenus();
    void createDocks();
    void editionReplaced();
    void updateTitle();
    void updateStatus();
    void updateActions();
    // Shows an editing command's refusal in the status bar; true when there was none.
    bool reportProblem(const QString &problem);
    void showError(const QString &title, const QString &message);
    void selectionChanged();

    void newEdition();
    void openDialog();
    bool saveAsDialog();
    void printDialog();
    void printPreviewDialog();
    void importPageDialog();
    void exportDialog();

    EditionDocument *m_document;
    LayoutCache *m_layouts = nullptr;
    QUndoGroup *m_undoGroup;
    PageView *m_view;
    PageListPanel *m_pages;
    StoryListPanel *m_stories;
    StoryEditor *m_storyEditor;
    PropertiesPanel *m_properties;
    ObjectActions *m_objectActions = nullptr;
    PageActions *m_pageActions = nullptr;
    NightDeskActions *m_nightDesk = nullptr;
    StylesPanel *m_stylesPanel = nullptr;
    PreflightPanel *m_preflight;
    TextChecks *m_textChecks = nullptr;
    RulerFrame *m_rulers = nullptr;
    ContextMenus *m_contextMenus = nullptr;
    HelpMenu *m_help = nullptr;

    QAction *m_newAction = nullptr;
    QAction *m_openAction = nullptr;
    QAction *m_saveAction = nullptr;
    QAction *m_saveAsAction = nullptr;
    QAction *m_printAction = nullptr;
    QAction *m_printPreviewAction = nullptr;
    QAction *m_importAction = nullptr;
    QAction *m_exportAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_undoAction = nullptr;
    QAction *m_redoAction = nullptr;
    QAction *m_deleteAction = nullptr;
    QAction *m_linkAction = nullptr;
    QAction *m_unlinkAction = nullptr;
    QAction *m_placeAction = nullptr;
    QAction *m_zoomInAction = nullptr;
    QAction *m_zoomOutAction = nullptr;
    QAction *m_fitPageAction = nullptr;
    QAction *m_fitWidthAction = nullptr;
    QAction *m_actualSizeAction = nullptr;
    QAction *m_gridAction = nullptr;
    QAction *m_guidesAction = nullptr;
    QAction *m_selectToolAction = nullptr;
    QAction *m_textToolAction = nullptr;
    RecentFilesMenu *m_recent = nullptr;
    SaveQuestion m_saveQuestion;
    ReadOnlyQuestion m_readOnlyQuestion;
    QMenu *m_viewMenu = nullptr;
    ZoomBox *m_zoomBox = nullptr;

    QLabel *m_pageLabel;
    QLabel *m_selectionLabel;
    QLabel *m_positionLabel;
    QLabel *m_zoomLabel;
};

} // namespace folio::app
