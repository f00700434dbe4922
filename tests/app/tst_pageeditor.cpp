#include "app/editiondocument.h"
#include "app/layoutcache.h"
#include "app/mainwindow.h"
#include "app/pageview.h"
#include "app/propertiespanel.h"
#include "app/storyeditor.h"
#include "apptesthelpers.h"
#include "core/units.h"
#include "model/edition.h"
#include "model/storycommand.h"
#include "seededition.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QInputMethodEvent>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTextBlock>
#include <QUndoStack>
#include <QtTest>

using namespace folio;
using namespace folio::app;
using namespace folio::app::test;

namespace {
// The composed text of one frame in reading order (the headline block, then column by column,
// line by line), spaces left out, and the number of lines it has.
QString frameText(const PageLayout &layout, ObjectId frameId, int *lines = nullptr)
{
    QList<const GlyphRun *> runs;
    for (const auto &item : layout.items)
        if (const auto *run = std::get_if<GlyphRun>(&item); run && run->frameId == frameId)
            runs.append(run);
    std::stable_sort(runs.begin(), runs.end(), [](const GlyphRun *a, const GlyphRun *b) {
        if (a->column != b->column)
            return a->column < b->column;
        if (a->origin.y() != b->origin.y())
            return a->origin.y() < b->origin.y();
        return a->origin.x() < b->origin.x();
    });
    QString text;
    QSet<std::pair<int, double>> baselines;
    for (const GlyphRun *run : runs) {
        text += run->text();
        baselines.insert({run->column, run->origin.y()});
    }
    if (lines)
        *lines = int(baselines.size());
    return text.remove(QRegularExpression(QStringLiteral("\\s")));
}
} // namespace

class TestPageEditor : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void createTextFrameSnapsToThreeColumns();
    void linkTwoFrames();
    void linkedFrameContinuesTheStory();
    void typingRelayoutsAndUndoes();
    void paragraphStyleIsOneUndoStep();
    void typingKeepsCharacterStyleRuns();
    void arrowNudgesMergeIntoOneUndoStep();
    void resizeWithHandleSnapsToGuide();
    void zoomLimitsAndCtrlWheel();
    void propertiesPanelEditsInMillimetres();
    void addAndRemovePageAndStatus();
    void deleteFrameUndo();

private:
    QTemporaryDir m_dir;
    MainWindow *m_window = nullptr;
    PageView *m_view = nullptr;
    Edition *m_edition = nullptr;
};

void TestPageEditor::initTestCase()
{
    isolateSettings(m_dir.filePath("settings"), QStringLiteral("tst_pageeditor"));
}

void TestPageEditor::init()
{
    m_window = new MainWindow;
    m_window->document()->reset(test::createSeedEdition());
    m_window->resize(1400, 900);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
    m_view = m_window->pageView();
    m_edition = m_window->document()->edition();
    m_view->setZoom(1.0);
}

void TestPageEditor::cleanup()
{
    delete m_window;
    m_window = nullptr;
}

void TestPageEditor::createTextFrameSnapsToThreeColumns()
{
    const Page &page = m_edition->pages().first();
    const double top = page.typeArea().top() + 45 * 13.5; // below the sample's frames
    const QPoint from = reveal(m_view, QPointF(page.columnLeft(2) + 2.5, top + 2));
    const double ppp = m_view->pixelsPerPt();
    // 3 px inside column 5's right edge: within the 8 px snapping distance.
    const QPoint to =
        from +
        QPointF((page.columnLeft(4) + page.columnWidth() - page.columnLeft(2) - 2.5) * ppp - 3,
                200 * ppp)
            .toPoint();
    m_view->setTool(PageView::Tool::TextFrame);
    QSignalSpy created(m_view, &PageView::frameCreated);
    drag(m_view->viewport(), from, to);
    QCOMPARE(created.size(), 1);
    const ObjectId id = created.first().first().value<ObjectId>();
    const Frame *f = m_edition->frame(id);
    QVERIFY(f);
    QCOMPARE(f->kind, FrameKind::Text);
    QCOMPARE(f->rect.left(), page.columnLeft(2));
    QCOMPARE(f->rect.right(), page.columnLeft(4) + page.columnWidth());
    QCOMPARE(f->columns, 3);
    QCOMPARE(f->gutter, page.grid.gutter);
    QCOMPARE(m_view->selection(), QList<ObjectId>{id});
    QCOMPARE(m_view->tool(), PageView::Tool::Select);

    m_edition->undoStack()->undo();
    QVERIFY(!m_edition->frame(id));
    QVERIFY(m_view->selection().isEmpty());
    m_edition->undoStack()->redo();
    QCOMPARE(m_edition->frame(id)->columns, 3);
}

void TestPageEditor::linkTwoFrames()
{
    // A copy: adding frames reallocates the page's frame list.
    const Frame body = *frameNamed(m_edition, QStringLiteral("正文 1"));
    const ObjectId storyId = body.storyId;
    // A new empty frame, made through the view.
    const Page &page = m_edition->pages().first();
    const QPoint from =
        reveal(m_view, QPointF(page.columnLeft(0) + 20, page.typeArea().top() + 700));
    m_view->setTool(PageView::Tool::TextFrame);
    QSignalSpy created(m_view, &PageView::frameCreated);
    drag(m_view->viewport(), from, from + QPoint(150, 120), Qt::AltModifier);
    QCOMPARE(created.size(), 1);
    const ObjectId empty = created.first().first().value<ObjectId>();
    QCOMPARE(m_edition->frame(empty)->storyId, ObjectId(0));

    // Click the body frame, Shift-click the new one, link.
    const QPoint bodyPx = reveal(m_view, body.rect.center());
    QTest::mouseClick(m_view->viewport(), Qt::LeftButton, {}, bodyPx);
    const QPoint emptyPx = reveal(m_view, m_edition->frame(empty)->rect.center());
    QTest::mouseClick(m_view->viewport(), Qt::LeftButton, Qt::ShiftModifier, emptyPx);
    QCOMPARE(m_view->selection(), (QList<ObjectId>{body.id, empty}));
    QVERIFY(m_window->linkSelectedFrames());
    const auto chain = m_edition->storyChain(storyId);
    QCOMPARE(chain.size(), 3);
    QCOMPARE(chain.last()->id, empty);
    QCOMPARE(chain.last()->chainIndex, 2);

    m_edition->undoStack()->undo();
    QCOMPARE(m_edition->storyChain(storyId).size(), 2);
    QCOMPARE(m_edition->frame(empty)->storyId, ObjectId(0));
    m_edition->undoStack()->redo();
    QCOMPARE(m_edition->storyChain(storyId).size(), 3);

    // Unlink the middle frame: it empties, the others stay in the chain.
    m_view->setSelection({empty});
    QVERIFY(m_window->unlinkSelectedFrame());
    QCOMPARE(m_edition->storyChain(storyId).size(), 2);
    // Linking a frame to itself is refused and changes nothing.
    const int commands = m_edition->undoStack()->count();
    m_view->setSelection({body.id});
    QVERIFY(!m_window->linkSelectedFrames());
    QCOMPARE(m_edition->undoStack()->count(), commands);
}

// Linking an empty frame after a full one moves the story's overflow into it: the new frame's
// composed lines carry the text that follows, character for character, the last line of the
// first frame.
void TestPageEditor::linkedFrameContinuesTheStory()
{
    const Frame body = *frameNamed(m_edition, QStringLiteral("正文 1"));
    const ObjectId storyId = body.storyId;
    const ObjectId pageId = m_edition->pages().first().id;
    // 正文 1 alone, 12 lines high: the story no longer fits.
    m_view->setSelection({frameNamed(m_edition, QStringLiteral("正文 2"))->id});
    QVERIFY(m_window->unlinkSelectedFrame());
    m_view->setSelection({body.id});
    m_window->properties()->setUnit(PropertiesPanel::Unit::Point);
    m_window->properties()->heightField()->setValue(12 * 13.5);
    QCOMPARE(m_edition->frame(body.id)->rect.height(), 12 * 13.5);
    QCOMPARE(m_edition->storyChain(storyId).size(), 1);
    bool overset = false;
    for (const auto &item : m_window->layouts()->layout(pageId)->items)
        if (const auto *marker = std::get_if<MarkerItem>(&item))
            overset |= marker->kind == MarkerItem::Kind::Overset && marker->storyId == storyId;
    QVERIFY(overset);

    // Draw an empty three-column frame below the others and link it after 正文 1.
    const Page &page = m_edition->pages().first();
    const QPoint from =
        reveal(m_view, QPointF(page.columnLeft(2) + 2.5, page.typeArea().top() + 45 * 13.5 + 2));
    m_view->setTool(PageView::Tool::TextFrame);
    QSignalSpy created(m_view, &PageView::frameCreated);
    drag(m_view->viewport(), from, from + QPoint(300, 220), Qt::AltModifier);
    QCOMPARE(created.size(), 1);
    const ObjectId next = created.first().first().value<ObjectId>();
    QVERIFY(frameText(*m_window->layouts()->layout(pageId), next).isEmpty());
    QTest::mouseClick(m_view->viewport(), Qt::LeftButton, {},
                      reveal(m_view, m_edition->frame(body.id)->rect.center()));
    QTest::mouseClick(m_view->viewport(), Qt::LeftButton, Qt::ShiftModifier,
                      reveal(m_view, m_edition->frame(next)->rect.center()));
    QCOMPARE(m_view->selection(), (QList<ObjectId>{body.id, next}));
    QVERIFY(m_window->linkSelectedFrames());
    QCOMPARE(m_edition->storyChain(storyId).size(), 2);

    const auto layout = m_window->layouts()->layout(pageId);
    int firstLines = 0;
    int nextLines = 0;
    const QString first = frameText(*layout, body.id, &firstLines);
    const QString continued = frameText(*layout, next, &nextLines);
    QVERIFY(firstLines > 10);
    QVERIFY2(nextLines >= 2, qPrintable(QString::number(nextLines)));
    for (const auto &item : layout->items)
        if (const auto *run = std::get_if<GlyphRun>(&item); run && run->frameId == next)
            QCOMPARE(run->storyId, storyId);
    QString story = m_edition->story(storyId)->plainText();
    story.remove(QRegularExpression(QStringLiteral("\\s")));
    QVERIFY2(story.startsWith(first), qPrintable(first.left(60)));
    QVERIFY2(
        story.mid(first.size()).startsWith(continued),
        qPrintable(QStringLiteral("after “%1” the story goes on “%2”, the linked frame has “%3”")
                       .arg(first.right(10), story.mid(first.size(), 10), continued.left(10))));
}

void TestPageEditor::typingRelayoutsAndUndoes()
{
    const Story original = m_edition->stories().first();
    StoryEditor *editor = m_window->storyEditor();
    editor->setStoryId(original.id);
    QPlainTextEdit *text = editor->textEdit();
    QCOMPARE(text->document()->blockCount(), original.paragraphs.size());
    QCOMPARE(text->toPlainText(), original.plainText());

    const ObjectId pageId = m_edition->pages().first().id;
    const auto layoutBefore = m_window->layouts()->layout(pageId);
    const quint64 revision = m_edition->storyRevision(original.id);
    QSignalSpy invalidated(m_window->layouts(), &LayoutCache::invalidated);

    // Type at the start of the first body paragraph.
    QTextCursor cursor(text->document()->findBlockByNumber(3));
    text->setTextCursor(cursor);
    text->setFocus();
    // Chinese arrives from the input method as committed strings, one per word or phrase.
    for (const QString &word : {QStringLiteral("今"), QStringLiteral("日")}) {
        QInputMethodEvent commit;
        commit.setCommitString(word);
        QApplication::sendEvent(text, &commit);
    }
    const Story *typed = m_edition->story(original.id);
    QVERIFY(typed->paragraphs[3].text().startsWith(QStringLiteral("今日本报讯")));
    QCOMPARE(typed->paragraphs[3].styleId, original.paragraphs[3].styleId);
    QCOMPARE(typed->paragraphs.size(), original.paragraphs.size());
    QVERIFY(m_edition->storyRevision(original.id) > revision);
    QVERIFY(invalidated.size() >= 2);
    QVERIFY(m_window->layouts()->layout(pageId) != layoutBefore);
    // Two keystrokes, one undo step.
    QCOMPARE(m_edition->undoStack()->count(), 1);
    // The page was composed again: its glyph runs now carry the new characters.
    QString composed;
    for (const auto &item : m_window->layouts()->layout(pageId)->items)
        if (const auto *run = std::get_if<GlyphRun>(&item))
            composed += run->text();
    QVERIFY2(composed.contains(QStringLiteral("今日本报讯")), qPrintable(composed.left(80)));

    // Enter splits the paragraph; the new paragraph keeps the body style.
    QTest::keyClick(text, Qt::Key_Return);
    QCOMPARE(m_edition->story(original.id)->paragraphs.size(), original.paragraphs.size() + 1);
    QCOMPARE(m_edition->story(original.id)->paragraphs[4].styleId, original.paragraphs[3].styleId);

    // Undo through the window's shortcut, with focus in the editor.
    QTest::keySequence(m_window, QKeySequence::Undo);
    QCOMPARE(*m_edition->story(original.id), original);
    QCOMPARE(text->toPlainText(), original.plainText());
    m_edition->undoStack()->redo();
    QVERIFY(m_edition->story(original.id)->paragraphs[3].text().startsWith(QStringLiteral("今日")));
    QCOMPARE(text->document()->blockCount(), original.paragraphs.size() + 1);
}

void TestPageEditor::paragraphStyleIsOneUndoStep()
{
    const Story original = m_edition->stories().first();
    StoryEditor *editor = m_window->storyEditor();
    editor->setStoryId(original.id);
    QTextCursor cursor(editor->textEdit()->document()->findBlockByNumber(4));
    editor->textEdit()->setTextCursor(cursor);
    const ParagraphStyle *caption = m_edition->styleForRole(ParagraphRole::Caption);
    editor->applyParagraphStyle(caption->id);
    QCOMPARE(m_edition->story(original.id)->paragraphs[4].styleId, caption->id);
    QCOMPARE(m_edition->story(original.id)->paragraphs[4].text(), original.paragraphs[4].text());
    QCOMPARE(editor->styleBox()->currentData().value<ObjectId>(), caption->id);
    QCOMPARE(m_edition->undoStack()->count(), 1);
    m_edition->undoStack()->undo();
    QCOMPARE(*m_edition->story(original.id), original);
}

// Regression guard: the plain-text editor must not flatten inline runs (a run-in byline in
// its own character style) when the user types elsewhere in the paragraph.
void TestPageEditor::typingKeepsCharacterStyleRuns()
{
    Story story = m_edition->stories().first();
    const ObjectId runIn = m_edition->characterStyles().first().id;
    Paragraph &p = story.paragraphs[3];
    const QString text = p.text();
    p.runs = {{text.left(10), runIn}, {text.mid(10), 0}};
    m_edition->undoStack()->push(StoryCommand::change(m_edition, story, QStringLiteral("set up")));

    StoryEditor *editor = m_window->storyEditor();
    editor->setStoryId(story.id);
    QTextCursor cursor(editor->textEdit()->document()->findBlockByNumber(3));
    cursor.movePosition(QTextCursor::EndOfBlock);
    editor->textEdit()->setTextCursor(cursor);
    QInputMethodEvent commit;
    commit.setCommitString(QStringLiteral("完"));
    QApplication::sendEvent(editor->textEdit(), &commit);

    const Paragraph &after = m_edition->story(story.id)->paragraphs[3];
    QCOMPARE(after.runs.size(), 2);
    QCOMPARE(after.runs[0], (TextRun{text.left(10), runIn}));
    QCOMPARE(after.runs[1].text, text.mid(10) + QStringLiteral("完"));
    QCOMPARE(after.runs[1].characterStyleId, ObjectId(0));
}

void TestPageEditor::arrowNudgesMergeIntoOneUndoStep()
{
    const Frame *body = frameNamed(m_edition, QStringLiteral("正文 1"));
    const ObjectId id = body->id;
    const QRectF before = body->rect;
    m_view->setSelection({id});
    m_view->setFocus();
    QTest::keyClick(m_view, Qt::Key_Right);
    QTest::keyClick(m_view, Qt::Key_Right);
    QTest::keyClick(m_view, Qt::Key_Down, Qt::ShiftModifier);
    QCOMPARE(m_edition->frame(id)->rect, before.translated(2, 10));
    QCOMPARE(m_edition->undoStack()->count(), 1);
    m_edition->undoStack()->undo();
    QCOMPARE(m_edition->frame(id)->rect, before);
}

void TestPageEditor::resizeWithHandleSnapsToGuide()
{
    const Page &page = m_edition->pages().first();
    const Frame *body = frameNamed(m_edition, QStringLiteral("正文 1"));
    const ObjectId id = body->id;
    const QRectF before = body->rect;
    m_view->setSelection({id});
    // Drag the right-middle handle one column to the left, landing 4 px off the guide.
    const QPoint handle = reveal(m_view, QPointF(before.right(), before.center().y()));
    const double ppp = m_view->pixelsPerPt();
    const double target = page.columnLeft(3) + page.columnWidth();
    const QPoint to(qRound(handle.x() + (target - before.right()) * ppp) + 4, handle.y());
    drag(m_view->viewport(), handle, to);
    const QRectF after = m_edition->frame(id)->rect;
    QCOMPARE(after.right(), target);
    QCOMPARE(after.left(), before.left());
    QCOMPARE(after.top(), before.top());
    QCOMPARE(after.height(), before.height());
    QCOMPARE(m_edition->undoStack()->count(), 1);
}

void TestPageEditor::zoomLimitsAndCtrlWheel()
{
    m_view->setZoom(100);
    QCOMPARE(m_view->zoom(), PageView::maximumZoom());
    m_view->setZoom(0.01);
    QCOMPARE(m_view->zoom(), PageView::minimumZoom());
    m_view->setZoom(1.0);
    const QPoint centre = m_view->viewport()->rect().center();
    const QPointF under = m_view->viewToPage(centre);
    QWheelEvent wheel(centre, m_view->viewport()->mapToGlobal(centre), QPoint(), QPoint(0, 120),
                      Qt::NoButton, Qt::ControlModifier, Qt::NoScrollPhase, false);
    QApplication::sendEvent(m_view->viewport(), &wheel);
    QVERIFY(qAbs(m_view->zoom() - 1.25) < 1e-9);
    // The page point under the pointer stays under it (to the pixel).
    const QPointF after = m_view->pageToView(under);
    QVERIFY(qAbs(after.x() - centre.x()) <= 1 && qAbs(after.y() - centre.y()) <= 1);

    m_view->setZoomMode(PageView::ZoomMode::FitWidth);
    const double pageWidthPx = m_edition->pages().first().size.width() * m_view->pixelsPerPt();
    QVERIFY(pageWidthPx <= m_view->viewport()->width());
    QVERIFY(pageWidthPx > m_view->viewport()->width() - 80);
    m_view->setZoomMode(PageView::ZoomMode::FitPage);
    const double pageHeightPx = m_edition->pages().first().size.height() * m_view->pixelsPerPt();
    QVERIFY(pageHeightPx <= m_view->viewport()->height());
}

void TestPageEditor::propertiesPanelEditsInMillimetres()
{
    const Frame *body = frameNamed(m_edition, QStringLiteral("正文 1"));
    const ObjectId id = body->id;
    m_view->setSelection({id});
    PropertiesPanel *panel = m_window->properties();
    panel->setUnit(PropertiesPanel::Unit::Millimetre);
    QCOMPARE(panel->frameId(), id);
    QVERIFY(qAbs(panel->widthField()->value() - units::mmFromPt(body->rect.width())) < 0.01);
    const QRectF before = body->rect;
    panel->widthField()->setValue(100.0);
    const Frame *f = m_edition->frame(id);
    QVERIFY(qAbs(f->rect.width() - units::ptFromMm(100.0)) < 1e-9);
    // The untouched fields did not round the frame's other edges.
    QCOMPARE(f->rect.topLeft(), before.topLeft());
    QCOMPARE(f->rect.height(), before.height());
    panel->columnsField()->setValue(2);
    QCOMPARE(m_edition->frame(id)->columns, 2);
    QCOMPARE(m_edition->undoStack()->count(), 2);
    m_edition->undoStack()->undo();
    m_edition->undoStack()->undo();
    QCOMPARE(m_edition->frame(id)->rect, before);
    QVERIFY(qAbs(panel->widthField()->value() - units::mmFromPt(before.width())) < 0.01);
}

void TestPageEditor::addAndRemovePageAndStatus()
{
    const ObjectId first = m_edition->pages().first().id;
    m_window->addPage();
    QCOMPARE(m_edition->pages().size(), 2);
    const Page &added = m_edition->pages()[1];
    QCOMPARE(added.number, 2);
    QCOMPARE(added.grid, m_edition->pages().first().grid);
    QCOMPARE(m_view->pageId(), added.id);
    m_window->removeCurrentPage();
    QCOMPARE(m_edition->pages().size(), 1);
    QCOMPARE(m_view->pageId(), first);
    // The last page cannot go.
    m_window->removeCurrentPage();
    QCOMPARE(m_edition->pages().size(), 1);
    m_edition->undoStack()->undo();
    QCOMPARE(m_edition->pages().size(), 2);
}

void TestPageEditor::deleteFrameUndo()
{
    const Frame *body = frameNamed(m_edition, QStringLiteral("正文 1"));
    const Frame copy = *body;
    m_view->setSelection({copy.id});
    m_view->setFocus();
    QTest::keyClick(m_view, Qt::Key_Delete);
    QVERIFY(!m_edition->frame(copy.id));
    QVERIFY(m_view->selection().isEmpty());
    m_edition->undoStack()->undo();
    QCOMPARE(*m_edition->frame(copy.id), copy);
}

QTEST_MAIN(TestPageEditor)
#include "tst_pageeditor.moc"
