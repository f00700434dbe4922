#include "app/mainwindow.h"

#include "app/contextmenus.h"
#include "app/editactions.h"
#include "app/editiondocument.h"
#include "app/exportdialog.h"
#include "app/helpmenu.h"
#include "app/importpagedialog.h"
#include "app/importreportdialog.h"
#include "app/lastsession.h"
#include "app/layoutcache.h"
#include "app/nightdeskactions.h"
#include "app/objectactions.h"
#include "app/pageactions.h"
#include "app/pagelistpanel.h"
#include "app/pageprinter.h"
#include "app/pagetexteditor.h"
#include "app/pageview.h"
#include "app/preflightpanel.h"
#include "app/proofactions.h"
#include "app/propertiespanel.h"
#include "app/recentfilesmenu.h"
#include "app/recoverydialog.h"
#include "app/rulerframe.h"
#include "app/sampleedition.h"
#include "app/settingsdialog.h"
#include "app/signoffactions.h"
#include "app/storyeditor.h"
#include "app/storylistpanel.h"
#include "app/stylespanel.h"
#include "app/textchecks.h"
#include "app/usertemplates.h"
#include "app/zoombox.h"
#include "core/units.h"
#include "model/edition.h"
#include "model/pagetemplate.h"
#include "store/editionlock.h"

#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QScreen>
#include <QSettings>
#include <QStatusBar>
#include <QToolBar>
#include <QUndoGroup>
#include <QUndoStack>

namespace folio::app {

namespace {
bool askOpenReadOnly(QWidget *parent, const QString &lockedBy)
{
    if (QGuiApplication::platformName() == QLatin1String("offscreen"))
        return true;
    QMessageBox box(QMessageBox::Question, MainWindow::tr("版面正在编辑"),
                    MainWindow::tr("%1，只读打开？").arg(lockedBy), QMessageBox::NoButton, parent);
    const QPushButton *readOnly =
        box.addButton(MainWindow::tr("只读打开"), QMessageBox::AcceptRole);
    box.addButton(MainWindow::tr("取消"), QMessageBox::RejectRole);
    box.exec();
    return box.clickedButton() == readOnly;
}
} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent), m_document(new EditionDocument(this)), m_undoGroup(new QUndoGroup(this)),
      m_view(new PageView(this)), m_pages(new PageListPanel(this)),
      m_stories(new StoryListPanel(this)), m_storyEditor(new StoryEditor(this)),
      m_properties(new PropertiesPanel(this)), m_preflight(new PreflightPanel(this)),
      m_pageLabel(new QLabel(this)), m_selectionLabel(new QLabel(this)),
      m_positionLabel(new QLabel(this)), m_zoomLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("folioMainWindow"));
    setCentralWidget(m_rulers = new RulerFrame(m_view, this));
    createActions();
    m_contextMenus = new ContextMenus(
        this, {m_linkAction, m_unlinkAction, m_deleteAction, m_fitPageAction, m_textToolAction});
    createDocks();
    createMenus();

    statusBar()->addWidget(m_pageLabel);
    statusBar()->addWidget(m_selectionLabel, 1);
    statusBar()->addPermanentWidget(m_positionLabel);
    statusBar()->addPermanentWidget(m_zoomLabel);

    connect(m_document, &EditionDocument::editionReplaced, this, &MainWindow::editionReplaced);
    connect(m_document, &EditionDocument::modifiedChanged, this, &MainWindow::updateTitle);
    connect(m_document, &EditionDocument::filePathChanged, this, &MainWindow::updateTitle);
    connect(m_document, &EditionDocument::autosaved, this,
            [this](const QString &message) { statusBar()->showMessage(message, 3000); });
    connect(m_document, &EditionDocument::autosaveFailed, this,
            [this](const QString &message) { statusBar()->showMessage(message, 10000); });
    connect(m_view, &PageView::selectionChanged, this, &MainWindow::selectionChanged);
    connect(m_view, &PageView::zoomChanged, this, &MainWindow::updateStatus);
    connect(m_view, &PageView::pointerMoved, this, [this](const QPointF &pt) {
        m_positionLabel->setText(tr("X %1 毫米  Y %2 毫米")
                                     .arg(units::mmFromPt(pt.x()), 0, 'f', 1)
                                     .arg(units::mmFromPt(pt.y()), 0, 'f', 1));
    });
    connect(m_view, &PageView::toolChanged, this, [this](PageView::Tool tool) {
        if (tool == PageView::Tool::Select || tool == PageView::Tool::TextFrame)
            (tool == PageView::Tool::TextFrame ? m_textToolAction : m_selectToolAction)
                ->setChecked(true);
    });
    connect(m_objectActions, &ObjectActions::message, this,
            [this](const QString &text) { statusBar()->showMessage(text, 6000); });
    connect(m_objectActions, &ObjectActions::failed, this, &MainWindow::showError);
    PageTextEditor::connectPanels(m_view->textEditor(), m_storyEditor, m_stylesPanel);
    connect(m_stylesPanel, &StylesPanel::message, this,
            [this](const QString &text) { statusBar()->showMessage(text, 6000); });
    connect(m_properties, &PropertiesPanel::message, this,
            [this](const QString &text) { statusBar()->showMessage(text, 6000); });
    connect(m_pages, &PageListPanel::pageActivated, this, [this](ObjectId id) {
        m_view->setPageId(id);
        updateStatus();
        updateActions();
    });
    // Scrolling the view to another page selects it in the list (whose echo is a no-op).
    connect(m_view, &PageView::currentPageChanged, this, [this](ObjectId id) {
        m_pages->setCurrentPage(id);
        updateStatus();
        updateActions();
    });
    connect(m_pages, &PageListPanel::pageMoveRequested, this, &MainWindow::movePage);
    connect(m_view->textEditor(), &PageTextEditor::caretSettled, this,
            &MainWindow::selectionChanged);
    connect(m_stories, &StoryListPanel::storyActivated, m_storyEditor, &StoryEditor::setStoryId);
    connect(m_preflight, &PreflightPanel::frameActivated, this, &MainWindow::showFrame);

    const QSettings settings;
    m_document->setAutosaveInterval(SettingsDialog::autosaveInterval());
    m_document->setAutosaveEdits(SettingsDialog::autosaveEdits());
    if (!restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray())) {
        const QRect screen = QGuiApplication::primaryScreen()->availableGeometry();
        resize(screen.size() * 0.9);
        move(screen.center() - rect().center());
    }
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    m_gridAction->setChecked(settings.value(QStringLiteral("view/characterGrid"), false).toBool());
    m_view->setZoomSetting(
        settings.value(QStringLiteral("view/zoom"), QStringLiteral("fitPage")).toString());
    editionReplaced();
    auto *proofActions = new ProofActions(this);
    (new SignOffActions(this, m_view, [this] { return m_layouts; }))->install(proofActions->menu());
}

MainWindow::~MainWindow()
{
    // Views let go of the edition before the document (an earlier child) destroys it.
    m_storyEditor->setEdition(nullptr);
    m_stylesPanel->setEdition(nullptr);
    m_properties->setEdition(nullptr);
    m_preflight->setEdition(nullptr, nullptr);
    m_stories->setEdition(nullptr);
    m_pages->setEdition(nullptr, nullptr);
    m_view->setEdition(nullptr, nullptr);
    delete m_layouts;
}

void MainWindow::createActions()
{
    m_newAction =
        new QAction(QIcon::fromTheme(QStringLiteral("document-new")), tr("新建(&N)…"), this);
    m_newAction->setShortcut(QKeySequence::New);
    connect(m_newAction, &QAction::triggered, this, &MainWindow::newEdition);
    m_openAction =
        new QAction(QIcon::fromTheme(QStringLiteral("document-open")), tr("打开(&O)…"), this);
    m_openAction->setShortcut(QKeySequence::Open);
    connect(m_openAction, &QAction::triggered, this, &MainWindow::openDialog);
    m_saveAction =
        new QAction(QIcon::fromTheme(QStringLiteral("document-save")), tr("保存(&S)"), this);
    m_saveAction->setShortcut(QKeySequence::Save);
    connect(m_saveAction, &QAction::triggered, this, &MainWindow::saveFile);
    m_saveAsAction = new QAction(tr("另存为(&A)…"), this);
    m_saveAsAction->setShortcut(QKeySequence::SaveAs);
    connect(m_saveAsAction, &QAction::triggered, this, &MainWindow::saveAsDialog);
    m_printAction =
        new QAction(QIcon::fromTheme(QStringLiteral("document-print")), tr("打印(&P)…"), this);
    m_printAction->setShortcut(QKeySequence::Print);
    connect(m_printAction, &QAction::triggered, this, &MainWindow::printDialog);
    m_printPreviewAction = new QAction(QIcon::fromTheme(QStringLiteral("document-print-preview")),
                                       tr("打印预览(&V)…"), this);
    connect(m_printPreviewAction, &QAction::triggered, this, &MainWindow::printPreviewDialog);
    m_importAction = new QAction(tr("导入版面(&I)…"), this);
    m_importAction->setShortcut(QKeySequence(QStringLiteral("Ctrl+Shift+I")));
    connect(m_importAction, &QAction::triggered, this, &MainWindow::importPageDialog);
    m_exportAction = new QAction(tr("导出 PDF/X(&E)…"), this);
    m_exportAction->setShortcut(QKeySequence(QStringLiteral("Ctrl+E")));
    connect(m_exportAction, &QAction::triggered, this, &MainWindow::exportDialog);
    m_quitAction = new QAction(tr("退出(&Q)"), this);
    m_quitAction->setShortcut(QKeySequence::Quit);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    m_undoAction = m_undoGroup->createUndoAction(this, tr("撤销"));
    m_undoAction->setIcon(QIcon::fromTheme(QStringLiteral("edit-undo")));
    m_undoAction->setShortcut(QKeySequence::Undo);
    m_redoAction = m_undoGroup->createRedoAction(this, tr("重做"));
    m_redoAction->setIcon(QIcon::fromTheme(QStringLiteral("edit-redo")));
    m_redoAction->setShortcut(QKeySequence::Redo);
    m_deleteAction = new QAction(tr("删除框"), this);
    // Delete belongs to the page view: in the story editor it deletes characters.
    m_deleteAction->setShortcut(QKeySequence::Delete);
    m_deleteAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_view->addAction(m_deleteAction);
    connect(m_deleteAction, &QAction::triggered, m_view, &PageView::deleteSelection);
    m_linkAction = new QAction(tr("链接框"), this);
    m_linkAction->setShortcut(QKeySequence(QStringLiteral("Ctrl+L")));
    connect(m_linkAction, &QAction::triggered, this, &MainWindow::linkSelectedFrames);
    m_unlinkAction = new QAction(tr("断开链接"), this);
    m_unlinkAction->setShortcut(QKeySequence(QStringLiteral("Ctrl+Shift+L")));
    connect(m_unlinkAction, &QAction::triggered, this, &MainWindow::unlinkSelectedFrame);
    m_placeAction = new QAction(tr("置入所选稿件"), this);
    m_placeAction->setShortcut(QKeySequence(QStringLiteral("Ctrl+D")));
    connect(m_placeAction, &QAction::triggered, this,
            [this] { placeStoryInSelectedFrame(m_stories->currentStory()); });

    m_zoomInAction = new QAction(QIcon::fromTheme(QStringLiteral("zoom-in")), tr("放大"), this);
    m_zoomInAction->setShortcuts({QKeySequence::ZoomIn, QKeySequence(QStringLiteral("Ctrl+="))});
    connect(m_zoomInAction, &QAction::triggered, m_view, &PageView::zoomIn);
    m_zoomOutAction = new QAction(QIcon::fromTheme(QStringLiteral("zoom-out")), tr("缩小"), this);
    m_zoomOutAction->setShortcut(QKeySequence::ZoomOut);
    connect(m_zoomOutAction, &QAction::triggered, m_view, &PageView::zoomOut);
    m_fitPageAction = new QAction(tr("适合页面"), this);
    m_fitPageAction->setShortcut(QKeySequence(QStringLiteral("Ctrl+0")));
    connect(m_fitPageAction, &QAction::triggered, this,
            [this] { m_view->setZoomMode(PageView::ZoomMode::FitPage); });
    m_fitWidthAction = new QAction(tr("适合宽度"), this);
    connect(m_fitWidthAction, &QAction::triggered, this,
            [this] { m_view->setZoomMode(PageView::ZoomMode::FitWidth); });
    m_actualSizeAction = new QAction(tr("实际大小"), this);
    m_actualSizeAction->setShortcut(QKeySequence(QStringLiteral("Ctrl+1")));
    connect(m_actualSizeAction, &QAction::triggered, this, [this] { m_view->setZoom(1.0); });
    m_gridAction = new QAction(tr("显示字格"), this);
    m_gridAction->setCheckable(true);
    m_gridAction->setShortcut(QKeySequence(QStringLiteral("Ctrl+'")));
    connect(m_gridAction, &QAction::toggled, this, [this](bool on) {
        m_view->setShowsCharacterGrid(on);
        QSettings().setValue(QStringLiteral("view/characterGrid"), on);
    });
    m_guidesAction = new QAction(tr("显示参考线"), this);
    m_guidesAction->setCheckable(true);
    m_guidesAction->setChecked(true);
    connect(m_guidesAction, &QAction::toggled, m_view, &PageView::setShowsGuides);

    auto *tools = new QActionGroup(this);
    m_selectToolAction = new QAction(tr("选择工具"), tools);
    m_selectToolAction->setShortcut(QKeySequence(QStringLiteral("V")));
    m_selectToolAction->setCheckable(true);
    m_selectToolAction->setChecked(true);
    connect(m_selectToolAction, &QAction::triggered, this,
            [this] { m_view->setTool(PageView::Tool::Select); });
    m_textToolAction = new QAction(tr("文本框工具"), tools);
    m_textToolAction->setShortcut(QKeySequence(QStringLiteral("T")));
    m_textToolAction->setCheckable(true);
    connect(m_textToolAction, &QAction::triggered, this,
            [this] { m_view->setTool(PageView::Tool::TextFrame); });
    m_objectActions = new ObjectActions(this, m_view, tools);
    m_nightDesk = new NightDeskActions(this, m_view, m_storyEditor, m_stories);

    m_pageActions = new PageActions(this, m_document, m_view, m_pages);
    connect(m_pageActions, &PageActions::message, this,
            [this](const QString &text) { statusBar()->showMessage(text, 6000); });
    connect(m_pageActions, &PageActions::pageShown, this, [this] {
        updateStatus();
        updateActions();
    });

    m_zoomBox = new ZoomBox(m_view, this);
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("文件(&F)"));
    file->addAction(m_newAction);
    file->addAction(m_openAction);
    m_recent = new RecentFilesMenu(file->addMenu(tr("最近文件")), this);
    connect(m_recent, &RecentFilesMenu::openRequested, this, [this](const QString &path) {
        if (maybeSave())
            openFile(path);
    });
    file->addSeparator();
    file->addAction(m_saveAction);
    file->addAction(m_saveAsAction);
    file->addSeparator();
    file->addAction(m_objectActions->placeImageAction());
    file->addSeparator();
    file->addAction(m_importAction);
    file->addAction(m_nightDesk->importStoryAction());
    file->addAction(m_exportAction);
    file->addSeparator();
    file->addAction(m_printPreviewAction);
    file->addAction(m_printAction);
    file->addSeparator();
    file->addAction(m_quitAction);

    QMenu *edit = menuBar()->addMenu(tr("编辑(&E)"));
    edit->addAction(m_undoAction);
    edit->addAction(m_redoAction);
    edit->addSeparator();
    m_objectActions->fillEditMenu(edit);
    edit->addAction(m_nightDesk->pasteStoryAction());
    edit->addAction(m_deleteAction);
    edit->addSeparator();
    edit->addAction(m_placeAction);
    edit->addAction(m_linkAction);
    edit->addAction(m_unlinkAction);
    edit->addSeparator();
    m_textChecks->fillEditMenu(edit);
    edit->addSeparator();
    QAction *preferences = edit->addAction(tr("首选项(&R)…"));
    preferences->setShortcut(QKeySequence::Preferences);
    preferences->setMenuRole(QAction::PreferencesRole);
    connect(preferences, &QAction::triggered, this, [this] {
        if (SettingsDialog(this).exec() == QDialog::Accepted)
            applySettings();
    });

    m_viewMenu = menuBar()->addMenu(tr("视图(&V)"));
    m_viewMenu->addAction(m_zoomInAction);
    m_viewMenu->addAction(m_zoomOutAction);
    m_viewMenu->addAction(m_fitPageAction);
    m_viewMenu->addAction(m_fitWidthAction);
    m_viewMenu->addAction(m_actualSizeAction);
    m_viewMenu->addSeparator();
    m_viewMenu->addAction(m_rulers->showAction());
    m_viewMenu->addAction(m_guidesAction);
    m_viewMenu->addAction(m_gridAction);
    QAction *baselines = m_viewMenu->addAction(tr("显示基线网格"));
    baselines->setCheckable(true);
    baselines->setShortcut(QKeySequence(QStringLiteral("Ctrl+Alt+'")));
    connect(baselines, &QAction::toggled, m_view, &PageView::setShowsBaselineGrid);
    QAction *chains = m_viewMenu->addAction(tr("显示串接"));
    chains->setCheckable(true);
    connect(chains, &QAction::toggled, m_view, &PageView::setShowsChains);
    m_viewMenu->addSeparator();
    for (QDockWidget *dock : findChildren<QDockWidget *>())
        m_viewMenu->addAction(dock->toggleViewAction());

    QMenu *page = menuBar()->addMenu(tr("版面(&P)"));
    m_pageActions->fillPageMenu(page);

    QMenu *objects = menuBar()->addMenu(tr("对象(&O)"));
    m_objectActions->fillObjectMenu(objects);
    m_nightDesk->fillObjectMenu(objects);
    m_nightDesk->fillTextMenu(menuBar()->addMenu(tr("文字(&X)")));
    m_nightDesk->fillBlockMenu(menuBar()->addMenu(tr("稿件块(&K)")));

    QMenu *tools = menuBar()->addMenu(tr("工具(&T)"));
    tools->addAction(m_selectToolAction);
    tools->addAction(m_textToolAction);
    tools->addActions(m_objectActions->toolActions());
    m_help = new HelpMenu(this, menuBar()->addMenu(tr("帮助(&H)")));

    QToolBar *bar = addToolBar(tr("工具栏"));
    bar->setObjectName(QStringLiteral("mainToolBar"));
    bar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    bar->addAction(m_newAction);
    bar->addAction(m_openAction);
    bar->addAction(m_saveAction);
    bar->addSeparator();
    bar->addAction(m_undoAction);
    bar->addAction(m_redoAction);
    bar->addSeparator();
    bar->addAction(m_selectToolAction);
    bar->addAction(m_textToolAction);
    bar->addActions(m_objectActions->toolActions());
    bar->addSeparator();
    bar->addAction(m_zoomOutAction);
    bar->addWidget(m_zoomBox);
    bar->addAction(m_zoomInAction);
    bar->addSeparator();
    bar->addAction(m_gridAction);
}

void MainWindow::createDocks()
{
    const auto dock = [this](const QString &title, const QString &name, QWidget *widget,
                             Qt::DockWidgetArea area) {
        auto *d = new QDockWidget(title, this);
        d->setObjectName(name);
        d->setWidget(widget);
        addDockWidget(area, d);
        return d;
    };
    QDockWidget *pages =
        dock(tr("版面"), QStringLiteral("pagesDock"), m_pages, Qt::LeftDockWidgetArea);
    pages->setMinimumWidth(150);
    QDockWidget *stories =
        dock(tr("稿件"), QStringLiteral("storiesDock"), m_stories, Qt::RightDockWidgetArea);
    QDockWidget *properties =
        dock(tr("属性"), QStringLiteral("propertiesDock"), m_properties, Qt::RightDockWidgetArea);
    tabifyDockWidget(stories, properties);
    m_stylesPanel = new StylesPanel(this);
    QDockWidget *styles =
        dock(tr("样式"), QStringLiteral("stylesDock"), m_stylesPanel, Qt::RightDockWidgetArea);
    tabifyDockWidget(properties, styles);
    stories->raise();
    QDockWidget *editor = dock(tr("稿件编辑"), QStringLiteral("storyEditorDock"), m_storyEditor,
                               Qt::RightDockWidgetArea);
    QDockWidget *preflight =
        dock(tr("印前检查"), QStringLiteral("preflightDock"), m_preflight, Qt::RightDockWidgetArea);
    tabifyDockWidget(properties, preflight);
    stories->raise();
    resizeDocks({stories, editor}, {220, 380}, Qt::Vertical);
    resizeDocks({pages, editor}, {170, 360}, Qt::Horizontal);
    m_textChecks = new TextChecks(this);
}

void MainWindow::editionReplaced()
{
    Edition *edition = m_document->edition();
    LayoutCache *old = m_layouts;
    m_layouts = new LayoutCache(edition, this);
    m_undoGroup->addStack(edition->undoStack());
    m_undoGroup->setActiveStack(edition->undoStack());
    m_view->setEdition(edition, m_layouts);
    m_pages->setEdition(edition, m_layouts);
    m_stories->setEdition(edition);
    m_storyEditor->setEdition(edition);
    m_stylesPanel->setEdition(edition);
    m_properties->setLayouts(m_layouts);
    m_properties->setEdition(edition);
    m_preflight->setEdition(edition, m_layouts);
    connect(edition, &Edition::changed, this, [this] {
        // Typing on the page: the fit count follows once typing pauses (caretSettled).
        if (!m_view->textEditor()->isActive()) {
            updateStatus();
            updateActions();
        }
    });
    delete old;
    if (!edition->stories().isEmpty())
        m_stories->setCurrentStory(edition->stories().first().id);
    updateTitle();
    updateStatus();
    updateActions();
    m_zoomBox->showZoom();
}

void MainWindow::selectionChanged()
{
    const ObjectId id = m_view->currentFrameId();
    m_properties->setFrameId(id);
    if (const Frame *f = m_document->edition()->frame(id); f && f->storyId) {
        m_stories->setCurrentStory(f->storyId);
        m_storyEditor->setStoryId(f->storyId);
    }
    updateStatus();
    updateActions();
}

void MainWindow::updateTitle()
{
    setWindowTitle(QStringLiteral("%1[*] — Folio").arg(m_document->displayName()));
    setWindowModified(m_document->isModified());
}

void MainWindow::updateStatus()
{
    const Edition *edition = m_document->edition();
    const Page *page = edition->page(m_view->pageId());
    if (page)
        m_pageLabel->setText(tr("第 %1 版 %2 · %3 · 共 %4 版")
                                 .arg(page->number)
                                 .arg(page->section, pageStatusName(page->status))
                                 .arg(edition->pages().size()));
    else
        m_pageLabel->setText(tr("没有版面"));
    const auto &sel = m_view->selection();
    if (sel.isEmpty()) {
        m_selectionLabel->clear();
    } else if (const Frame *f = edition->frame(sel.first()); f && sel.size() == 1) {
        QString text = tr("%1：%2 × %3 毫米")
                           .arg(f->name)
                           .arg(units::mmFromPt(f->rect.width()), 0, 'f', 1)
                           .arg(units::mmFromPt(f->rect.height()), 0, 'f', 1);
        if (const Story *story = edition->story(f->storyId))
            text += tr(" · 稿件“%1”%2").arg(story->slug, m_layouts->copyfit(story->id));
        m_selectionLabel->setText(text);
    } else {
        m_selectionLabel->setText(tr("已选 %1 个框").arg(sel.size()));
    }
    m_zoomLabel->setText(QStringLiteral("%1%").arg(qRound(m_view->zoom() * 100)));
}

void MainWindow::updateActions()
{
    const Edition *edition = m_document->edition();
    const auto &sel = m_view->selection();
    m_deleteAction->setEnabled(!sel.isEmpty());
    m_linkAction->setEnabled(sel.size() == 2);
    const Frame *current = edition->frame(m_view->currentFrameId());
    m_unlinkAction->setEnabled(current && current->storyId);
    m_placeAction->setEnabled(current && current->kind == FrameKind::Text);
    m_objectActions->updateActions();
    m_pageActions->updateActions();
    m_nightDesk->updateActions();
}

void MainWindow::showError(const QString &title, const QString &message)
{
    statusBar()->showMessage(message, 8000);
    // Tests and scripts run offscreen: a modal box there would block forever.
    if (QGuiApplication::platformName() != QLatin1String("offscreen"))
        QMessageBox::warning(this, title, message);
}

void MainWindow::openSample()
{
    m_document->reset(createSampleEdition());
}

bool MainWindow::openFile(const QString &path)
{
    QString error;
    bool opened = m_document->open(path, &error);
    if (!opened && !m_document->lockedBy().isEmpty()) {
        // Another Folio edits it: offer to look without writing.
        const QString holder = m_document->lockedBy();
        if (!(m_readOnlyQuestion ? m_readOnlyQuestion(holder) : askOpenReadOnly(this, holder)))
            return false;
        opened = m_document->open(path, &error, EditionDocument::Access::ReadOnly);
    }
    if (!opened) {
        showError(tr("无法打开"), error);
        return false;
    }
    m_recent->add(path);
    const QString notice = m_document->openNotice();
    statusBar()->showMessage(notice.isEmpty() ? tr("已打开 %1").arg(QFileInfo(path).fileName())
                                              : notice,
                             notice.isEmpty() ? 4000 : 10000);
    return true;
}

bool MainWindow::saveFile()
{
    if (m_document->filePath().isEmpty())
        return saveAsDialog();
    return saveFileAs(m_document->filePath());
}

bool MainWindow::saveFileAs(const QString &path)
{
    QString error;
    if (!m_document->saveAs(path, &error)) {
        showError(tr("无法保存"), error);
        return false;
    }
    m_recent->add(path);
    statusBar()->showMessage(tr("已保存 %1").arg(QFileInfo(path).fileName()), 4000);
    return true;
}

void MainWindow::newEdition()
{
    if (!maybeSave())
        return;
    QStringList names;
    const auto templates = UserTemplates::all();
    for (const auto &t : templates)
        names << t.name;
    const int preferred =
        qMax(0, int(names.indexOf(UserTemplates::byKey(SettingsDialog::defaultTemplate()).name)));
    bool ok = true;
    QString choice = names[preferred];
    if (QGuiApplication::platformName() != QLatin1String("offscreen"))
        choice =
            QInputDialog::getItem(this, tr("新建版面"), tr("版式"), names, preferred, false, &ok);
    if (!ok)
        return;
    store::EditionLock::setUserName(SettingsDialog::userName());
    m_document->reset(UserTemplates::newEdition(templates[names.indexOf(choice)]));
}

void MainWindow::applySettings()
{
    store::EditionLock::setUserName(SettingsDialog::userName());
    m_properties->setUnit(SettingsDialog::usesPoints() ? PropertiesPanel::Unit::Point
                                                       : PropertiesPanel::Unit::Millimetre);
    m_document->setAutosaveInterval(SettingsDialog::autosaveInterval());
    m_document->setAutosaveEdits(SettingsDialog::autosaveEdits());
    m_textChecks->applySettings();
    m_rulers->applyUnitSetting();
}

void MainWindow::openDialog()
{
    if (!maybeSave())
        return;
    const QString path = QFileDialog::getOpenFileName(this, tr("打开版面"), QString(),
                                                      tr("Folio 版面 (*.folio);;所有文件 (*)"));
    if (!path.isEmpty())
        openFile(path);
}

bool MainWindow::saveAsDialog()
{
    QString path = QFileDialog::getSaveFileName(this, tr("另存为"), m_document->filePath(),
                                                tr("Folio 版面 (*.folio)"));
    if (path.isEmpty())
        return false;
    if (!path.endsWith(QLatin1String(".folio")))
        path += QLatin1String(".folio");
    return saveFileAs(path);
}

bool MainWindow::maybeSave()
{
    if (!m_document->isModified())
        return true;
    const QString name = m_document->displayName();
    const auto answer =
        m_saveQuestion
            ? m_saveQuestion(name)
            : QMessageBox::question(this, tr("保存修改"), tr("“%1”已修改，是否保存？").arg(name),
                                    QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel);
    if (answer == QMessageBox::Save)
        return saveFile();
    return answer == QMessageBox::Discard;
}

bool MainWindow::offerRecovery(const std::function<void(RecoveryDialog &)> &answer)
{
    QString error;
    const std::optional<RecoveryEntry> chosen = RecoveryDialog::ask(this, answer, &error);
    if (!error.isEmpty())
        showError(tr("恢复版面"), error);
    if (!chosen || !maybeSave())
        return false;
    if (!m_document->recover(*chosen, &error)) {
        showError(tr("无法恢复"), error);
        return false;
    }
    statusBar()->showMessage(m_document->openNotice(), 10000);
    return true;
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!maybeSave()) {
        event->ignore();
        return;
    }
    m_document->discardRecovery();
    m_document->releaseLock();
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    settings.setValue(QStringLiteral("view/zoom"), m_view->zoomSetting());
    LastSession::remember(m_document->filePath(),
                          m_document->edition()->pageIndex(m_view->pageId()));
    event->accept();
}

bool MainWindow::linkSelectedFrames()
{
    const auto &sel = m_view->selection();
    return reportProblem(
        EditActions::linkFrames(m_document->edition(), sel.value(0), sel.value(1)));
}

bool MainWindow::unlinkSelectedFrame()
{
    return reportProblem(EditActions::unlinkFrame(m_document->edition(), m_view->currentFrameId()));
}

void MainWindow::placeStoryInSelectedFrame(ObjectId storyId)
{
    reportProblem(
        EditActions::placeStory(m_document->edition(), storyId, m_view->currentFrameId()));
}

bool MainWindow::reportProblem(const QString &problem)
{
    if (!problem.isEmpty())
        statusBar()->showMessage(problem, 6000);
    return problem.isEmpty();
}

bool MainWindow::printPages(QPrinter *printer, bool allPages)
{
    const PagePrinter printing(m_document->edition(), m_layouts);
    const QList<ObjectId> pages =
        allPages ? printing.allPages() : QList<ObjectId>{m_view->pageId()};
    QString error;
    if (!printing.print(printer, pages, &error)) {
        showError(tr("无法打印"), error);
        return false;
    }
    statusBar()->showMessage(tr("已打印 %1 版").arg(pages.size()), 4000);
    return true;
}

void MainWindow::printDialog()
{
    QPrinter printer(QPrinter::HighResolution);
    QPrintDialog dialog(&printer, this);
    dialog.setOption(QAbstractPrintDialog::PrintCurrentPage, true);
    if (dialog.exec() != QDialog::Accepted)
        return;
    printPages(&printer, dialog.printRange() != QAbstractPrintDialog::CurrentPage);
}

void MainWindow::printPreviewDialog()
{
    PagePrinter(m_document->edition(), m_layouts).preview(this, [this](const QString &error) {
        statusBar()->showMessage(error, 8000);
    });
}

void MainWindow::importPageDialog()
{
    const Page *current = m_document->edition()->page(m_view->pageId());
    ImportPageDialog dialog(m_document->edition(), current ? current->section : QString(), this);
    if (dialog.exec() == QDialog::Accepted)
        importPage(dialog.request());
}

PageImport::Outcome MainWindow::importPage(const PageImport::Request &request)
{
    const PageImport::Outcome outcome = PageImport::run(m_document->edition(), request);
    if (!outcome.ok) {
        showError(tr("无法导入版面"), outcome.error);
        return outcome;
    }
    showFrame(outcome.pageId, 0);
    const Page *page = m_document->edition()->page(outcome.pageId);
    const QString label = page->section.isEmpty()
                              ? tr("第 %1 版").arg(page->number)
                              : tr("第 %1 版 %2").arg(page->number).arg(page->section);
    statusBar()->showMessage(tr("已导入%1（可撤销）").arg(label), 6000);
    // Not modal: the editor keeps the report open beside the page while correcting it.
    auto *report = new ImportReportDialog(outcome.report, label, this);
    report->setAttribute(Qt::WA_DeleteOnClose);
    report->show();
    return outcome;
}

void MainWindow::showFrame(ObjectId pageId, ObjectId frameId)
{
    if (!m_document->edition()->page(pageId))
        return;
    m_view->setPageId(pageId);
    m_pages->setCurrentPage(pageId);
    if (frameId)
        m_view->setSelection({frameId});
    updateStatus();
    updateActions();
}

void MainWindow::exportDialog()
{
    ExportDialog dialog(m_document->edition(), m_layouts, m_view->pageId(), this);
    if (dialog.exec() == QDialog::Accepted)
        statusBar()->showMessage(dialog.message(), 8000);
}

void MainWindow::addPage()
{
    m_pageActions->addPage();
}

bool MainWindow::movePage(ObjectId pageId, int to)
{
    return m_pageActions->movePage(pageId, to);
}

void MainWindow::removeCurrentPage()
{
    m_pageActions->removeCurrentPage();
}

} // namespace folio::app
