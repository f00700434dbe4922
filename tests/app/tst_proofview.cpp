#include "app/editiondocument.h"
#include "app/layoutcache.h"
#include "app/mainwindow.h"
#include "app/notedialog.h"
#include "app/notemarkerpainter.h"
#include "app/notespanel.h"
#include "app/pageview.h"
#include "app/proofactions.h"
#include "app/proofview.h"
#include "app/proofworkspace.h"
#include "app/storyeditor.h"
#include "model/edition.h"
#include "model/storycommand.h"
#include "model/storytext.h"

#include "apptesthelpers.h"
#include "seededition.h"

#include <QAction>
#include <QComboBox>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPrinter>
#include <QPushButton>
#include <QScrollBar>
#include <QSettings>
#include <QTemporaryDir>
#include <QTreeWidget>
#include <QUndoStack>
#include <QtTest>
#include <poppler-qt6.h>

using namespace folio;
using namespace folio::app;

// The proofreader's loop in the window, offscreen with real widgets and real proof PDFs:
// 出校样 → the 校对 view shows it; a drag across characters of the proof becomes a note on
// exactly those story characters, marked in the page view; 采纳 is one undo step; the next
// proof's 核红 says which notes were corrected; two proofs compare; 大样 prints in tiles.
class TestProofView : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void issueRecordsProofAndShowsIt();
    void dragOnProofAddsNoteOnThoseCharacters();
    void dragOnOlderProofFollowsEdits();
    void checkOfNextProof();
    void declineKeepsReply();
    void compareTwoRounds();
    void printLargeProof_data();
    void printLargeProof();

private:
    QAction *action(const QString &text) const;
    ProofActions *proofActions() const { return m_window->findChild<ProofActions *>(); }
    Edition *edition() const { return m_window->document()->edition(); }
    const ProofRecord *issue();
    // Four characters of the body story side by side on one line of the proof, in the middle
    // of the page.
    QList<TextMapEntry> fourOnALine(const ProofRecord &proof) const;
    ObjectId noteOn(const QList<TextMapEntry> &entries, NoteKind kind, const QString &replacement);

    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_window;
};

void TestProofView::initTestCase()
{
    QVERIFY(m_dir.isValid());
    test::isolateSettings(m_dir.path(), QStringLiteral("tst_proofview"));
    QSettings().setValue(QStringLiteral("user/name"), QStringLiteral("张校对"));
}

void TestProofView::init()
{
    m_window = std::make_unique<MainWindow>();
    m_window->setSaveQuestion([](const QString &) { return QMessageBox::Discard; });
    m_window->document()->reset(test::createSeedEdition());
    m_window->resize(1500, 1100);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestProofView::cleanup()
{
    m_window.reset();
}

QAction *TestProofView::action(const QString &text) const
{
    for (QAction *a : m_window->findChildren<QAction *>())
        if (a->text() == text)
            return a;
    return nullptr;
}

const ProofRecord *TestProofView::issue()
{
    QAction *issueAction = action(QStringLiteral("出校样(&P)"));
    if (!issueAction)
        return nullptr;
    issueAction->trigger();
    return edition()->latestProof(m_window->pageView()->pageId());
}

QList<TextMapEntry> TestProofView::fourOnALine(const ProofRecord &proof) const
{
    QList<TextMapEntry> body;
    const ObjectId storyId = edition()->stories().first().id;
    for (const TextMapEntry &e : proof.textMap)
        if (e.storyId == storyId && e.length == 1 && e.text.at(0).script() == QChar::Script_Han)
            body.append(e);
    std::sort(body.begin(), body.end(),
              [](const TextMapEntry &a, const TextMapEntry &b) { return a.offset < b.offset; });
    for (int i = body.size() / 3; i + 3 < body.size(); ++i) {
        bool run = true;
        for (int k = 1; k < 4; ++k)
            run = run && body[i + k].offset == body[i].offset + k &&
                  qAbs(body[i + k].box.top() - body[i].box.top()) < 0.5;
        if (run)
            return body.mid(i, 4);
    }
    return {};
}

ObjectId TestProofView::noteOn(const QList<TextMapEntry> &entries, NoteKind kind,
                               const QString &replacement)
{
    ProofActions::NoteRequest request;
    request.storyId = entries.first().storyId;
    request.offset = entries.first().offset;
    request.length = int(entries.size());
    request.kind = kind;
    request.replacement = replacement;
    request.proofId = edition()->proofs().isEmpty() ? 0 : edition()->proofs().last().id;
    return proofActions()->addNote(request);
}

void TestProofView::issueRecordsProofAndShowsIt()
{
    QVERIFY(proofActions());
    QVERIFY(!m_window->document()->isModified());
    const ProofRecord *proof = issue();
    QVERIFY(proof);
    QCOMPARE(edition()->proofs().size(), 1);
    QCOMPARE(proof->round, 1);
    QCOMPARE(proof->user, QStringLiteral("张校对"));
    // A record, not an undo step, yet the edition must be saved to keep it.
    QVERIFY(m_window->document()->isModified());

    ProofWorkspace *workspace = proofActions()->workspace();
    QVERIFY(proofActions()->showsProofView());
    QVERIFY(workspace->isVisible());
    QVERIFY(!m_window->pageView()->isVisible());
    QCOMPARE(workspace->currentProof()->id, proof->id);
    QCOMPARE(workspace->pageList()->count(), 1);
    QVERIFY2(workspace->pageList()->item(0)->text().contains(QStringLiteral("第1校")),
             qPrintable(workspace->pageList()->item(0)->text()));
    QCOMPARE(workspace->roundBox()->currentText(), QStringLiteral("第1校"));

    workspace->view()->viewport()->repaint();
    const QImage image = workspace->view()->image();
    QVERIFY(!image.isNull());
    // Fit width: the page fills the view's width, and the rendering has text on it.
    QVERIFY(image.width() > workspace->view()->viewport()->width() * 0.8);
    int dark = 0;
    for (int y = 0; y < image.height(); y += 2)
        for (int x = 0; x < image.width(); x += 2)
            dark += qGray(image.pixel(x, y)) < 192;
    QVERIFY2(dark > 2000, qPrintable(QString::number(dark)));

    // Zoom steps and fit page.
    const double fitWidth = workspace->view()->zoom();
    workspace->view()->zoomIn();
    QVERIFY(workspace->view()->zoom() > fitWidth);
    workspace->view()->setZoomMode(ProofView::ZoomMode::FitPage);
    QVERIFY(workspace->view()->zoom() < fitWidth);
    QVERIFY(workspace->view()->pageSize().height() * workspace->view()->zoom() <=
            workspace->view()->viewport()->height());
}

void TestProofView::dragOnProofAddsNoteOnThoseCharacters()
{
    const ProofRecord *proof = issue();
    QVERIFY(proof);
    const QList<TextMapEntry> four = fourOnALine(*proof);
    QCOMPARE(four.size(), 4);
    const Story before = *edition()->story(four.first().storyId);
    const QString marked = before.plainText().mid(four.first().offset, 4);
    QCOMPARE(marked, four[0].text + four[1].text + four[2].text + four[3].text);

    // Drag on the proof from the first character to the fourth.
    ProofView *view = proofActions()->workspace()->view();
    const QPointF from(four.first().box.left() + four.first().box.width() * 0.3,
                       four.first().box.center().y());
    const QPointF to(four.last().box.left() + four.last().box.width() * 0.7,
                     four.last().box.center().y());
    const QPointF px = view->pageToView(from);
    view->verticalScrollBar()->setValue(view->verticalScrollBar()->value() + int(px.y()) -
                                        view->viewport()->height() / 2);
    test::drag(view->viewport(), view->pageToView(from).toPoint(), view->pageToView(to).toPoint());
    const auto &range = proofActions()->workspace()->selection();
    QCOMPARE(range.storyId, four.first().storyId);
    QCOMPARE(range.offset, four.first().offset);
    QCOMPARE(range.length, 4);
    QCOMPARE(range.text, marked);

    // 添加校对意见: 改 to a new text.
    const QString replacement = QStringLiteral("改正文字");
    proofActions()->setNoteQuestion([&](NoteDialog &dialog) {
        dialog.setKind(NoteKind::Replace);
        dialog.replacementField()->setText(replacement);
        dialog.commentField()->setText(QStringLiteral("错字"));
        return true;
    });
    action(QStringLiteral("添加校对意见(&N)…"))->trigger();
    QCOMPARE(edition()->notes().size(), 1);
    const ProofNote note = edition()->notes().first();
    QCOMPARE(note.storyId, four.first().storyId);
    QCOMPARE(note.offset, four.first().offset);
    QCOMPARE(note.length, 4);
    QCOMPARE(note.markedText, marked);
    QCOMPARE(note.kind, NoteKind::Replace);
    QCOMPARE(note.replacement, replacement);
    QCOMPARE(note.author, QStringLiteral("张校对"));
    QCOMPARE(note.proofId, proof->id);
    QCOMPARE(note.pageId, proof->pageId);
    // Listed in the 校对意见 dock as 待处理.
    NotesPanel *panel = proofActions()->notesPanel();
    QTest::qWait(0);
    QTreeWidgetItem *item = panel->itemFor(note.id);
    QVERIFY(item);
    QCOMPARE(item->text(NotesPanel::StatusColumn), QStringLiteral("待处理"));
    QCOMPARE(item->text(NotesPanel::AuthorColumn), QStringLiteral("张校对"));

    // The marker in the page view, over those characters and nowhere in the page's render.
    proofActions()->setShowsProofView(false);
    PageView *pageView = m_window->pageView();
    QVERIFY(pageView->isVisible());
    const Page &page = edition()->pages().first();
    const NoteMarkerPainter markers(edition(), m_window->layouts());
    const auto found = markers.markers(page);
    QCOMPARE(found.size(), 1);
    QCOMPARE(found.first().boxes.size(), 4);
    const QRectF first = found.first().boxes.first();
    test::reveal(pageView, first.center());
    const auto tinted = [&] {
        const QImage shot = pageView->viewport()->grab().toImage();
        const QRect area =
            QRectF(pageView->pageToView(first.topLeft()), pageView->pageToView(first.bottomRight()))
                .toAlignedRect()
                .intersected(shot.rect());
        int count = 0;
        for (int y = area.top(); y <= area.bottom(); ++y)
            for (int x = area.left(); x <= area.right(); ++x) {
                const QColor c = shot.pixelColor(x, y);
                count += c.red() - c.green() > 60 && c.blue() - c.green() > 20;
            }
        return count;
    };
    QVERIFY2(tinted() > 10, "no marker over the noted characters");

    // 采纳 in the dock: one undo step changes the story; undo restores it and the note.
    panel->setCurrentNote(note.id);
    QPushButton *apply = nullptr;
    for (QPushButton *b : panel->findChildren<QPushButton *>())
        if (b->text() == QStringLiteral("采纳"))
            apply = b;
    QVERIFY(apply && apply->isEnabled());
    const int steps = edition()->undoStack()->index();
    QTest::mouseClick(apply, Qt::LeftButton);
    QCOMPARE(edition()->undoStack()->index(), steps + 1);
    const QString after = edition()->story(note.storyId)->plainText();
    QCOMPARE(after.mid(note.offset, replacement.size()), replacement);
    QCOMPARE(after.size(), before.plainText().size() - 4 + replacement.size());
    QCOMPARE(edition()->note(note.id)->status, NoteStatus::Done);
    QTest::qWait(0);
    QCOMPARE(panel->itemFor(note.id)->text(NotesPanel::StatusColumn), QStringLiteral("已改"));
    // A done note is no longer marked.
    QVERIFY(markers.markers(page).isEmpty());

    edition()->undoStack()->undo();
    QCOMPARE(edition()->story(note.storyId)->plainText(), before.plainText());
    QCOMPARE(edition()->note(note.id)->status, NoteStatus::Open);
    QCOMPARE(markers.markers(page).size(), 1);
}

// Marked on proof 1 after the story was edited before those words: the note lands on the same
// words where they are now.
void TestProofView::dragOnOlderProofFollowsEdits()
{
    const ProofRecord *proof = issue();
    QVERIFY(proof);
    const QList<TextMapEntry> four = fourOnALine(*proof);
    QCOMPARE(four.size(), 4);
    Story story = *edition()->story(four.first().storyId);
    const QString marked = story.plainText().mid(four.first().offset, 4);
    QVERIFY(StoryText::replace(&story, 0, 0, QStringLiteral("本报讯")));
    edition()->undoStack()->push(StoryCommand::change(edition(), story, QStringLiteral("改")));

    ProofView *view = proofActions()->workspace()->view();
    const QPointF from(four.first().box.left() + 1, four.first().box.center().y());
    const QPointF to(four.last().box.right() - 1, four.last().box.center().y());
    const QPointF px = view->pageToView(from);
    view->verticalScrollBar()->setValue(view->verticalScrollBar()->value() + int(px.y()) -
                                        view->viewport()->height() / 2);
    test::drag(view->viewport(), view->pageToView(from).toPoint(), view->pageToView(to).toPoint());
    proofActions()->setNoteQuestion([](NoteDialog &dialog) {
        dialog.setKind(NoteKind::Delete);
        return true;
    });
    action(QStringLiteral("添加校对意见(&N)…"))->trigger();
    QCOMPARE(edition()->notes().size(), 1);
    const ProofNote note = edition()->notes().first();
    QCOMPARE(note.offset, four.first().offset + 3);
    QCOMPARE(note.length, 4);
    QCOMPARE(note.markedText, marked);
}

void TestProofView::checkOfNextProof()
{
    const ProofRecord *first = issue();
    QVERIFY(first);
    const QList<TextMapEntry> four = fourOnALine(*first);
    QCOMPARE(four.size(), 4);
    // Three notes on one proof: corrected as asked, corrected otherwise, not touched.
    const QList<TextMapEntry> a = four.mid(0, 1);
    const QList<TextMapEntry> b = four.mid(2, 1);
    QList<TextMapEntry> c;
    for (const TextMapEntry &e : first->textMap)
        if (e.storyId == four.first().storyId && e.offset == four.first().offset + 40)
            c.append(e);
    QCOMPARE(c.size(), 1);
    const ObjectId asked = noteOn(a, NoteKind::Replace, QStringLiteral("甲"));
    const ObjectId otherwise = noteOn(b, NoteKind::Replace, QStringLiteral("乙"));
    const ObjectId untouched = noteOn(c, NoteKind::Delete, QString());
    QVERIFY(asked && otherwise && untouched);

    NotesPanel *panel = proofActions()->notesPanel();
    QVERIFY(panel->apply(asked));
    // The page editor changes the second note's character to something else by hand.
    Story story = *edition()->story(b.first().storyId);
    QVERIFY(StoryText::replace(&story, b.first().offset, 1, QStringLiteral("丙")));
    edition()->undoStack()->push(StoryCommand::change(edition(), story, QStringLiteral("改")));
    QTest::qWait(0);
    // Before the new proof the open note says its marked text changed.
    QVERIFY2(panel->itemFor(otherwise)
                 ->text(NotesPanel::NoteColumn)
                 .contains(QStringLiteral("已改为“丙”")),
             qPrintable(panel->itemFor(otherwise)->text(NotesPanel::NoteColumn)));
    QVERIFY(panel->itemFor(asked)->text(NotesPanel::CheckColumn).isEmpty());

    const ProofRecord *second = issue();
    QVERIFY(second);
    QCOMPARE(second->round, 2);
    QTest::qWait(0);
    QCOMPARE(panel->itemFor(asked)->text(NotesPanel::CheckColumn), QStringLiteral("已改对"));
    QCOMPARE(panel->itemFor(otherwise)->text(NotesPanel::CheckColumn), QStringLiteral("改得不同"));
    QCOMPARE(panel->itemFor(untouched)->text(NotesPanel::CheckColumn), QStringLiteral("未改"));
    QVERIFY(
        proofActions()->workspace()->pageList()->item(0)->text().contains(QStringLiteral("第2校")));
}

void TestProofView::declineKeepsReply()
{
    const ProofRecord *proof = issue();
    QVERIFY(proof);
    const QList<TextMapEntry> four = fourOnALine(*proof);
    QCOMPARE(four.size(), 4);
    // Added from the page view's side: the story editor's selection, no proof involved.
    proofActions()->setShowsProofView(false);
    StoryEditor *editor = m_window->storyEditor();
    editor->setStoryId(four.first().storyId);
    QTextCursor cursor = editor->textEdit()->textCursor();
    cursor.setPosition(four.first().offset);
    cursor.setPosition(four.first().offset + 2, QTextCursor::KeepAnchor);
    editor->textEdit()->setTextCursor(cursor);
    proofActions()->setNoteQuestion([](NoteDialog &dialog) {
        dialog.setKind(NoteKind::Query);
        dialog.commentField()->setText(QStringLiteral("人名核实"));
        return true;
    });
    action(QStringLiteral("添加校对意见(&N)…"))->trigger();
    QCOMPARE(edition()->notes().size(), 1);
    const ProofNote note = edition()->notes().first();
    QCOMPARE(note.offset, four.first().offset);
    QCOMPARE(note.length, 2);
    QCOMPARE(note.kind, NoteKind::Query);
    QCOMPARE(note.pageId, proof->pageId);
    QCOMPARE(note.proofId, ObjectId(0));

    NotesPanel *panel = proofActions()->notesPanel();
    panel->setCurrentNote(note.id);
    panel->setReplyQuestion([](QString *reply) {
        *reply = QStringLiteral("已与作者核实，无误");
        return true;
    });
    QPushButton *decline = nullptr;
    QPushButton *apply = nullptr;
    for (QPushButton *b : panel->findChildren<QPushButton *>()) {
        if (b->text() == QStringLiteral("不改…"))
            decline = b;
        if (b->text() == QStringLiteral("采纳"))
            apply = b;
    }
    QVERIFY(decline && apply);
    QVERIFY(!apply->isEnabled()); // a query asks, it changes nothing
    QTest::mouseClick(decline, Qt::LeftButton);
    QCOMPARE(edition()->note(note.id)->status, NoteStatus::Declined);
    QCOMPARE(edition()->note(note.id)->reply, QStringLiteral("已与作者核实，无误"));
    QTest::qWait(0);
    QTreeWidgetItem *item = panel->itemFor(note.id);
    QCOMPARE(item->text(NotesPanel::StatusColumn), QStringLiteral("不改"));
    QVERIFY(item->text(NotesPanel::NoteColumn).contains(QStringLiteral("已与作者核实")));
    edition()->undoStack()->undo();
    QCOMPARE(edition()->note(note.id)->status, NoteStatus::Open);
}

void TestProofView::compareTwoRounds()
{
    const ProofRecord *first = issue();
    QVERIFY(first);
    const QList<TextMapEntry> four = fourOnALine(*first);
    QCOMPARE(four.size(), 4);
    const QString old = four[1].text + four[2].text;
    QVERIFY(proofActions()->notesPanel()->apply(
        noteOn(four.mid(1, 2), NoteKind::Replace, QStringLiteral("新字"))));
    QVERIFY(issue());

    ProofWorkspace *workspace = proofActions()->workspace();
    QComboBox *against = workspace->compareBox();
    const int index = against->findData(1);
    QVERIFY(index > 0);
    against->setCurrentIndex(index);
    Q_EMIT against->activated(index);
    const auto &result = workspace->comparison();
    QVERIFY(result.ok);
    QVERIFY(result.throughTextMaps);
    QCOMPARE(result.changes.size(), 1);
    QCOMPARE(result.changes.first().oldText, old);
    QCOMPARE(result.changes.first().newText, QStringLiteral("新字"));
    QCOMPARE(result.changedCharacters, 2);
    QCOMPARE(against->currentData().toInt(), 1);
    QCOMPARE(workspace->roundBox()->currentData().toInt(), 2);
    QVERIFY(workspace->changeList()->isVisible());
    QVERIFY(workspace->changeList()->item(0)->text().contains(QStringLiteral("新字")));
    // Boxes over the new proof: the change's outline among the marks.
    int outlines = 0;
    for (const ProofView::Mark &mark : workspace->view()->marks())
        outlines += !mark.filled;
    QCOMPARE(outlines, result.changes.first().boxes.size());
}

void TestProofView::printLargeProof_data()
{
    QTest::addColumn<int>("mode");
    QTest::addColumn<int>("paper");
    QTest::addColumn<int>("sheets");
    QTest::addColumn<QSizeF>("sheetPt");
    // The broadsheet proof is 415 × 570 mm (page and slug). On A3 less 10 mm margins
    // (277 × 400 mm) with 10 mm overlap: 2 × 2 upright; across it would take 2 × 3.
    QTest::newRow("1:1 on A3") << int(ProofPrinter::Mode::Tiled) << int(QPageSize::A3) << 4
                               << QSizeF(842, 1191);
    // On A4 (190 × 277 mm of room): upright 3 × 3, across 2 × 4.
    QTest::newRow("1:1 on A4") << int(ProofPrinter::Mode::Tiled) << int(QPageSize::A4) << 8
                               << QSizeF(842, 595);
    QTest::newRow("scaled to A3") << int(ProofPrinter::Mode::ScaledToA3) << int(QPageSize::A4) << 1
                                  << QSizeF(842, 1191);
}

void TestProofView::printLargeProof()
{
    QFETCH(int, mode);
    QFETCH(int, paper);
    QFETCH(int, sheets);
    QFETCH(QSizeF, sheetPt);
    const ProofRecord *proof = issue();
    QVERIFY(proof);
    const QString path =
        m_dir.filePath(QStringLiteral("dayang-%1.pdf").arg(QTest::currentDataTag()));
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(path);
    printer.setPageSize(QPageSize(QPageSize::PageSizeId(paper)));
    QVERIFY(proofActions()->printProof(&printer, ProofPrinter::Mode(mode), 60));

    const auto document = Poppler::Document::load(path);
    QVERIFY(document);
    QCOMPARE(document->numPages(), sheets);
    for (int i = 0; i < sheets; ++i) {
        const QSizeF size = document->page(i)->pageSizeF();
        QVERIFY2(qAbs(size.width() - sheetPt.width()) < 2 &&
                     qAbs(size.height() - sheetPt.height()) < 2,
                 qPrintable(QStringLiteral("%1 × %2").arg(size.width()).arg(size.height())));
        // Every sheet carries its label: the page, the round and where the tile is.
        const QString text = document->page(i)->text(QRectF());
        QVERIFY2(text.contains(QStringLiteral("第1校")), qPrintable(text.left(200)));
    }
    // The proof's own slug line is printed with it (on the last row for tiles).
    const QString last = document->page(sheets - 1)->text(QRectF());
    QVERIFY2(last.contains(QStringLiteral("第1校")), qPrintable(last.left(200)));
}

QTEST_MAIN(TestProofView)
#include "tst_proofview.moc"
