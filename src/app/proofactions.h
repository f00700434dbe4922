#pragma once

#include "app/proofprinter.h"
#include "core/ids.h"
#include "model/proofnote.h"

#include <QObject>
#include <functional>

class QAction;
class QDockWidget;
class QMenu;
class QPrinter;
class QStackedWidget;

namespace folio {
class Edition;
struct ProofRecord;
} // namespace folio

namespace folio::app {

class MainWindow;
class NoteDialog;
class NoteMarkerPainter;
class NotesPanel;
class ProofWorkspace;

// The 校对 menu and everything a proofreader works with in the window: 出校样 (proof/'s
// ProofWriter, user name from the preferences), the 校对 view that takes the page view's place
// in the centre (校对视图 switches between them), the 校对意见 dock, notes added from a proof
// selection or the story editor's, their markers on the page view, and 大样 printing.
class ProofActions : public QObject
{
    Q_OBJECT
public:
    explicit ProofActions(MainWindow *window);
    // The 校对 menu; sign-off adds its commands to it.
    QMenu *menu() const { return m_menu; }
    ~ProofActions() override;

    ProofWorkspace *workspace() const { return m_workspace; }
    NotesPanel *notesPanel() const { return m_notes; }
    QAction *proofViewAction() const { return m_viewAction; }
    bool showsProofView() const;
    void setShowsProofView(bool show);

    // Issues a proof of each page (in edition order), shows the last one; the proofs are
    // records, not undo steps, so the edition is marked modified for the next save.
    QList<ObjectId> issueProofs(const QList<ObjectId> &pageIds);

    // What a new note says; the place is a story range, from a proof or from the page view.
    struct NoteRequest
    {
        ObjectId storyId = 0;
        int offset = 0;
        int length = 0;
        NoteKind kind = NoteKind::Query;
        QString replacement;
        QString comment;
        ObjectId pageId = 0;  // 0: the page that shows the characters now
        ObjectId proofId = 0; // the proof it was marked on, if any
    };
    // Adds the note as one undo step; returns its id (0 with the reason in the status bar).
    ObjectId addNote(const NoteRequest &request);
    // 添加校对意见 on the current selection: the proof's in the 校对 view, else the story
    // editor's. The dialog is asked through the question (tests answer; default: modal).
    using NoteQuestion = std::function<bool(NoteDialog &)>;
    void setNoteQuestion(NoteQuestion question) { m_noteQuestion = std::move(question); }
    ObjectId addNoteFromSelection();

    // 大样 of the shown proof (or the page's latest) on the printer.
    bool printProof(QPrinter *printer, ProofPrinter::Mode mode, double dpi = 300);
    // The user name proofs and notes are signed with: the preference, else the login name.
    static QString userName();

private:
    QMenu *m_menu = nullptr;
    void setEdition();
    void updateActions();
    void report(const QString &text);
    const ProofRecord *proofToPrint() const;
    ObjectId pageShowing(ObjectId storyId, int offset) const;
    void printDialog(ProofPrinter::Mode mode);
    void saveProofPdf();

    MainWindow *m_window;
    QStackedWidget *m_centre;
    ProofWorkspace *m_workspace;
    NotesPanel *m_notes;
    QDockWidget *m_notesDock;
    std::unique_ptr<NoteMarkerPainter> m_markers;
    NoteQuestion m_noteQuestion;
    QAction *m_issueAction = nullptr;
    QAction *m_issueAllAction = nullptr;
    QAction *m_viewAction = nullptr;
    QAction *m_addNoteAction = nullptr;
    QAction *m_savePdfAction = nullptr;
    QAction *m_printTiledAction = nullptr;
    QAction *m_printA3Action = nullptr;
};

} // namespace folio::app
