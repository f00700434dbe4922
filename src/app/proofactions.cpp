#include "app/proofactions.h"

#include "app/editiondocument.h"
#include "app/layoutcache.h"
#include "app/mainwindow.h"
#include "app/notedialog.h"
#include "app/notemarkerpainter.h"
#include "app/notespanel.h"
#include "app/pageview.h"
#include "app/proofworkspace.h"
#include "app/settingsdialog.h"
#include "app/storyeditor.h"
#include "model/edition.h"
#include "model/notecommand.h"
#include "proof/noteanchor.h"
#include "proof/notecheck.h"
#include "proof/proofwriter.h"
#include "proof/textmapbuilder.h"

#include <QAction>
#include <QDockWidget>
#include <QFileDialog>
#include <QGuiApplication>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QPrintDialog>
#include <QPrinter>
#include <QSaveFile>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QUndoStack>

namespace folio::app {

ProofActions::ProofActions(MainWindow *window)
    : QObject(window), m_window(window), m_centre(new QStackedWidget(window)),
      m_workspace(new ProofWorkspace(window)), m_notes(new NotesPanel(window)),
      m_notesDock(new QDockWidget(tr("校对意见"), window))
{
    setObjectName(QStringLiteral("proofActions"));
    // The 校对 view takes the page view's place in the centre: a broadsheet proof wants the
    // whole width, and the proofreader switches between the two, not looks at both.
    m_centre->addWidget(window->takeCentralWidget());
    m_centre->addWidget(m_workspace);
    window->setCentralWidget(m_centre);
    m_notesDock->setObjectName(QStringLiteral("notesDock"));
    m_notesDock->setWidget(m_notes);
    window->addDockWidget(Qt::BottomDockWidgetArea, m_notesDock);
    // The page editor's window keeps its height for the page; the notes come up with the
    // proof view, a new note or an edition that has notes (or as the user left them).
    m_notesDock->hide();
    // The window restored its layout before this dock existed: once more, for the dock's place.
    window->restoreState(QSettings().value(QStringLiteral("window/state")).toByteArray());

    m_issueAction = new QAction(tr("出校样(&P)"), this);
    m_issueAction->setShortcut(QKeySequence(QStringLiteral("Ctrl+Shift+P")));
    connect(m_issueAction, &QAction::triggered, this,
            [this] { issueProofs({m_window->pageView()->pageId()}); });
    m_issueAllAction = new QAction(tr("全部版面出校样"), this);
    connect(m_issueAllAction, &QAction::triggered, this, [this] {
        QList<ObjectId> pages;
        for (const Page &page : m_window->document()->edition()->pages())
            pages << page.id;
        issueProofs(pages);
    });
    m_viewAction = new QAction(tr("校对视图(&V)"), this);
    m_viewAction->setCheckable(true);
    m_viewAction->setShortcut(QKeySequence(QStringLiteral("F9")));
    connect(m_viewAction, &QAction::toggled, this, &ProofActions::setShowsProofView);
    m_addNoteAction = new QAction(tr("添加校对意见(&N)…"), this);
    m_addNoteAction->setShortcut(QKeySequence(QStringLiteral("Ctrl+Shift+M")));
    connect(m_addNoteAction, &QAction::triggered, this, &ProofActions::addNoteFromSelection);
    m_savePdfAction = new QAction(tr("另存校样 PDF…"), this);
    connect(m_savePdfAction, &QAction::triggered, this, &ProofActions::saveProofPdf);
    m_printTiledAction = new QAction(tr("打印大样（1:1 拼贴）…"), this);
    connect(m_printTiledAction, &QAction::triggered, this,
            [this] { printDialog(ProofPrinter::Mode::Tiled); });
    m_printA3Action = new QAction(tr("打印大样（缩至 A3）…"), this);
    connect(m_printA3Action, &QAction::triggered, this,
            [this] { printDialog(ProofPrinter::Mode::ScaledToA3); });

    m_menu = window->menuBar()->addMenu(tr("校对(&R)"));
    QMenu *menu = m_menu;
    menu->addAction(m_issueAction);
    menu->addAction(m_issueAllAction);
    menu->addSeparator();
    menu->addAction(m_viewAction);
    menu->addAction(m_notesDock->toggleViewAction());
    menu->addAction(m_addNoteAction);
    menu->addSeparator();
    menu->addAction(m_savePdfAction);
    menu->addAction(m_printTiledAction);
    menu->addAction(m_printA3Action);

    connect(m_notes, &NotesPanel::message, this, &ProofActions::report);
    connect(m_workspace, &ProofWorkspace::message, this, &ProofActions::report);
    connect(m_workspace, &ProofWorkspace::selectionChanged, this, &ProofActions::updateActions);
    connect(m_notes, &NotesPanel::noteActivated, this, [this](ObjectId id) {
        const ProofNote *note = m_window->document()->edition()->note(id);
        if (!note)
            return;
        if (showsProofView()) {
            if (note->pageId != m_workspace->pageId())
                m_workspace->showPage(note->pageId);
        } else {
            m_window->showFrame(note->pageId, 0);
        }
    });
    connect(m_window->pageView(), &PageView::currentPageChanged, this, [this](ObjectId id) {
        if (showsProofView() && id != m_workspace->pageId())
            m_workspace->showPage(id);
    });
    // MainWindow rewires its own views first (it connected earlier), then these follow.
    m_window->pageView()->addPageMarks(
        [this](QPainter &p, ObjectId pageId, const QTransform &toDevice) {
            const Page *page = m_window->document()->edition()->page(pageId);
            if (m_markers && page)
                m_markers->paint(p, *page, toDevice.map(QPointF()), toDevice.m11());
        });
    connect(m_window->document(), &EditionDocument::editionReplaced, this,
            &ProofActions::setEdition);
    setEdition();
}

ProofActions::~ProofActions() = default;

void ProofActions::setEdition()
{
    Edition *edition = m_window->document()->edition();
    m_markers = std::make_unique<NoteMarkerPainter>(edition, m_window->layouts());
    connect(edition, &Edition::notesChanged, m_window->pageView()->viewport(),
            qOverload<>(&QWidget::update));
    m_workspace->setEdition(edition);
    m_notes->setEdition(edition);
    if (!edition->notes().isEmpty())
        m_notesDock->show();
    connect(edition, &Edition::changed, this, &ProofActions::updateActions);
    if (showsProofView())
        m_workspace->showPage(m_window->pageView()->pageId());
    updateActions();
}

bool ProofActions::showsProofView() const
{
    return m_centre->currentWidget() == m_workspace;
}

void ProofActions::setShowsProofView(bool show)
{
    const QSignalBlocker block(m_viewAction);
    m_viewAction->setChecked(show);
    m_centre->setCurrentIndex(show ? 1 : 0);
    if (show) {
        m_notesDock->show();
        const ObjectId page = m_window->pageView()->pageId();
        if (page != m_workspace->pageId() || !m_workspace->currentProof())
            m_workspace->showPage(page);
    }
    updateActions();
}

void ProofActions::updateActions()
{
    const Edition *edition = m_window->document()->edition();
    const bool hasPages = edition && !edition->pages().isEmpty();
    m_issueAction->setEnabled(hasPages);
    m_issueAllAction->setEnabled(hasPages);
    const bool hasProof = proofToPrint() != nullptr;
    m_savePdfAction->setEnabled(hasProof);
    m_printTiledAction->setEnabled(hasProof);
    m_printA3Action->setEnabled(hasProof);
}

void ProofActions::report(const QString &text)
{
    if (!text.isEmpty())
        m_window->statusBar()->showMessage(text, 6000);
}

QString ProofActions::userName()
{
    const QString name = SettingsDialog::userName();
    if (!name.isEmpty())
        return name;
    const QString login = qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME"));
    return login.isEmpty() ? tr("未署名") : login;
}

QList<ObjectId> ProofActions::issueProofs(const QList<ObjectId> &pageIds)
{
    Edition *edition = m_window->document()->edition();
    proof::ProofWriter writer(edition);
    const QDateTime now = QDateTime::currentDateTime();
    QList<ObjectId> issued;
    for (ObjectId pageId : pageIds) {
        QString error;
        const ProofRecord *proof =
            writer.issue(edition->pageIndex(pageId), userName(), now, &error);
        if (!proof) {
            report(error);
            break;
        }
        issued << proof->id;
    }
    if (issued.isEmpty())
        return issued;
    // Proofs are not undone, but they must not be lost on close: ask to save.
    edition->undoStack()->resetClean();
    const ProofRecord *last = edition->proof(issued.last());
    setShowsProofView(true);
    m_workspace->showPage(last->pageId, last->round);
    report(issued.size() == 1 ? tr("已出第%1校").arg(last->round)
                              : tr("已出 %1 版校样").arg(issued.size()));
    return issued;
}

ObjectId ProofActions::pageShowing(ObjectId storyId, int offset) const
{
    const Edition *edition = m_window->document()->edition();
    ObjectId first = 0;
    for (const Page &page : edition->pages()) {
        const bool hasStory = std::any_of(page.frames.begin(), page.frames.end(),
                                          [&](const Frame &f) { return f.storyId == storyId; });
        if (!hasStory)
            continue;
        if (!first)
            first = page.id;
        const auto layout = m_window->layouts()->layout(page.id);
        if (!layout)
            continue;
        for (const TextMapEntry &entry : proof::TextMapBuilder::build(*layout, *edition))
            if (entry.storyId == storyId && entry.offset <= offset &&
                offset < entry.offset + std::max(1, entry.length))
                return page.id;
    }
    return first;
}

ObjectId ProofActions::addNote(const NoteRequest &request)
{
    Edition *edition = m_window->document()->edition();
    const Story *story = edition->story(request.storyId);
    if (!story) {
        report(tr("没有选中稿件的文字。"));
        return 0;
    }
    ProofNote note;
    note.id = edition->newId();
    note.storyId = story->id;
    note.pageId = request.pageId ? request.pageId : pageShowing(story->id, request.offset);
    note.proofId = request.proofId;
    proof::NoteAnchor::anchor(&note, story->plainText(), request.offset, request.length);
    note.kind = request.kind;
    note.replacement = request.replacement;
    note.comment = request.comment;
    note.author = userName();
    note.time = QDateTime::currentDateTimeUtc();
    if (!note.pageId) {
        report(tr("这篇稿件不在任何版面上。"));
        return 0;
    }
    edition->undoStack()->push(NoteCommand::add(edition, note));
    m_notes->setCurrentNote(note.id);
    m_notesDock->show();
    report(tr("已添加校对意见（可撤销）"));
    return note.id;
}

ObjectId ProofActions::addNoteFromSelection()
{
    NoteRequest request;
    QString marked;
    if (showsProofView()) {
        const auto &range = m_workspace->selection();
        if (range.storyId == 0) {
            report(tr("先在校样上拖选要标注的文字。"));
            return 0;
        }
        const ProofRecord *proof = m_workspace->currentProof();
        request.storyId = range.storyId;
        request.pageId = proof ? proof->pageId : 0;
        request.proofId = proof ? proof->id : 0;
        // The proof's offsets are those of the text it shows; follow them, with the context
        // the proof shows around them, to the story as it is now.
        ProofNote shown;
        if (proof)
            proof::NoteAnchor::anchor(&shown, proof::NoteCheck::storyTextOn(*proof, range.storyId),
                                      range.offset, range.length);
        const Story *story = m_window->document()->edition()->story(range.storyId);
        const auto at =
            story ? proof::NoteAnchor::resolve(shown, *story) : proof::NoteAnchor::Resolved{};
        if (at.state != proof::NoteAnchor::State::Unchanged &&
            at.state != proof::NoteAnchor::State::Moved) {
            report(at.isFound() ? tr("这段文字出校样后已改为“%1”，请在新校样上标注。").arg(at.text)
                                : tr("这段文字出校样后已删去。"));
            return 0;
        }
        request.offset = at.offset;
        request.length = at.length;
        marked = range.text;
    } else {
        const QTextCursor cursor = m_window->storyEditor()->textEdit()->textCursor();
        request.storyId = m_window->storyEditor()->storyId();
        request.offset = cursor.selectionStart();
        request.length = cursor.selectionEnd() - cursor.selectionStart();
        marked = cursor.selectedText();
        if (!request.storyId) {
            report(tr("先在稿件编辑里选中要标注的文字。"));
            return 0;
        }
    }
    NoteDialog dialog(marked, m_window);
    const bool ok = m_noteQuestion ? m_noteQuestion(dialog) : dialog.exec() == QDialog::Accepted;
    if (!ok)
        return 0;
    request.kind = dialog.kind();
    request.replacement = dialog.replacement();
    request.comment = dialog.comment();
    const ObjectId id = addNote(request);
    if (id && showsProofView())
        m_workspace->clearSelection();
    return id;
}

const ProofRecord *ProofActions::proofToPrint() const
{
    if (const ProofRecord *shown = m_workspace->currentProof(); shown && showsProofView())
        return shown;
    const Edition *edition = m_window->document()->edition();
    return edition ? edition->latestProof(m_window->pageView()->pageId()) : nullptr;
}

bool ProofActions::printProof(QPrinter *printer, ProofPrinter::Mode mode, double dpi)
{
    const ProofRecord *proof = proofToPrint();
    if (!proof) {
        report(tr("这一版还没有出过校样。"));
        return false;
    }
    QString error;
    if (!ProofPrinter::print(printer, *m_window->document()->edition(), *proof, mode, &error,
                             dpi)) {
        report(error);
        return false;
    }
    report(tr("已打印第%1校大样").arg(proof->round));
    return true;
}

void ProofActions::printDialog(ProofPrinter::Mode mode)
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(QPageSize(QPageSize::A3));
    QPrintDialog dialog(&printer, m_window);
    if (dialog.exec() == QDialog::Accepted)
        printProof(&printer, mode);
}

void ProofActions::saveProofPdf()
{
    const ProofRecord *proof = proofToPrint();
    if (!proof)
        return;
    const QString path = QFileDialog::getSaveFileName(
        m_window, tr("另存校样 PDF"), tr("第%1校.pdf").arg(proof->round), tr("PDF (*.pdf)"));
    if (path.isEmpty())
        return;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(proof->pdf) != proof->pdf.size() ||
        !file.commit())
        report(tr("写入 %1 失败：%2").arg(path, file.errorString()));
    else
        report(tr("已写出 %1").arg(path));
}

} // namespace folio::app
