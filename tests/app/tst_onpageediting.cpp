#include "app/editiondocument.h"
#include "app/layoutcache.h"
#include "app/mainwindow.h"
#include "app/pagetexteditor.h"
#include "app/pageview.h"
#include "app/storyeditor.h"
#include "app/storytext.h"
#include "app/stylespanel.h"
#include "apptesthelpers.h"
#include "model/characterstyle.h"
#include "model/edition.h"
#include "seededition.h"
#include "text/wordboundary.h"

#include <QClipboard>
#include <QInputMethodEvent>
#include <QInputMethodQueryEvent>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QTemporaryDir>
#include <QUndoStack>

#include <QtTest>

using namespace folio;
using namespace folio::app;
using namespace folio::app::test;

namespace {
// One composed line of the story read straight from the glyph runs (independent of the
// editor's own line map): frame, column, baseline, and its clusters' flat positions and x.
struct Line
{
    ObjectId frameId = 0;
    int column = 0;
    double baseline = 0;
    double size = 0;
    QList<std::pair<int, double>> clusters; // flat position, left x; sorted by position
};

QList<Line> storyLines(const PageLayout &layout, const Story &story)
{
    const QList<int> starts = StoryText::paragraphStarts(story);
    QList<Line> lines;
    for (const auto &item : layout.items) {
        const auto *run = std::get_if<GlyphRun>(&item);
        if (!run || run->storyId != story.id || run->paragraph < 0)
            continue;
        auto it = std::find_if(lines.begin(), lines.end(), [run](const Line &l) {
            return l.frameId == run->frameId && l.column == run->column &&
                   qFuzzyCompare(l.baseline, run->origin.y());
        });
        if (it == lines.end()) {
            lines.append({run->frameId, run->column, run->origin.y(), run->size, {}});
            it = lines.end() - 1;
        }
        double x = run->origin.x();
        int glyph = 0;
        for (const GlyphCluster &c : run->clusters) {
            for (; glyph < c.firstGlyph; ++glyph)
                x += run->advances[glyph];
            if (c.offset >= 0)
                it->clusters.append({starts[run->paragraph] + c.offset, x});
        }
    }
    for (Line &l : lines)
        std::sort(l.clusters.begin(), l.clusters.end());
    lines.removeIf([](const Line &l) { return l.clusters.isEmpty(); });
    std::sort(lines.begin(), lines.end(), [](const Line &a, const Line &b) {
        return a.clusters.first().first < b.clusters.first().first;
    });
    return lines;
}

// The middle of the character at a flat position, in page points.
QPointF characterAt(const QList<Line> &lines, int position)
{
    for (const Line &l : lines)
        for (int i = 0; i < l.clusters.size(); ++i)
            if (l.clusters[i].first == position)
                return QPointF(l.clusters[i].second + l.size * 0.3, l.baseline - l.size * 0.4);
    return {};
}

// Pixels of the grey label text (neutral, mid-dark) in a picture of the page.
int greyPixels(const QImage &image)
{
    int n = 0;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x) {
            const QColor c = image.pixelColor(x, y);
            if (qAbs(c.red() - c.green()) < 8 && qAbs(c.green() - c.blue()) < 8 && c.red() > 60 &&
                c.red() < 170)
                ++n;
        }
    return n;
}

void commit(QWidget *w, const QString &text)
{
    QInputMethodEvent event;
    event.setCommitString(text);
    QApplication::sendEvent(w, &event);
}
} // namespace

class TestOnPageEditing : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void doubleClickPutsCaretAndInputMethodInserts();
    void caretCrossesBreaksInTextOrder_data();
    void caretCrossesBreaksInTextOrder();
    void homeEndAndStoryEnds();
    void dragSelectsAndTextToolEnters();
    void undoTypingBurstRestoresTextAndCaret();
    void escapeLeavesTextModeWithFrameSelected();
    void wordAndParagraphSelection();
    void ctrlArrowsMoveByWord();
    void pointerIsTextCursorOverTextInTextMode();
    void copyPasteKeepsCharacterStyle();
    void paragraphStyleAppliesToSelection();
    void plainTextPasteFromOutside();
    void dockFollowsCaretBothWays();
    void undoFrameCreationLeavesNoLabel();

private:
    // Double-clicks the character at a flat position of the lead story.
    void doubleClickCharacter(int position);
    // 正文 1 twelve lines high, so that the story goes on in 正文 2.
    void shortenFirstFrame()
    {
        Frame body = *frameNamed(m_edition, QStringLiteral("正文 1"));
        body.rect.setHeight(12 * 13.5);
        m_edition->putFrame(m_edition->pages().first().id, body);
    }
    const Story &lead() const { return m_edition->stories().first(); }
    QList<Line> leadLines() const
    {
        return storyLines(*m_window->layouts()->layout(m_edition->pages().first().id), lead());
    }

    QTemporaryDir m_dir;
    MainWindow *m_window = nullptr;
    PageView *m_view = nullptr;
    PageTextEditor *m_editor = nullptr;
    Edition *m_edition = nullptr;
};

void TestOnPageEditing::initTestCase()
{
    isolateSettings(m_dir.filePath("settings"), QStringLiteral("tst_onpageediting"));
}

void TestOnPageEditing::init()
{
    m_window = new MainWindow;
    m_window->document()->reset(test::createSeedEdition());
    m_window->resize(1400, 900);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
    m_view = m_window->pageView();
    m_editor = m_view->textEditor();
    m_edition = m_window->document()->edition();
    m_view->setZoom(1.0);
}

void TestOnPageEditing::cleanup()
{
    delete m_window;
    m_window = nullptr;
}

void TestOnPageEditing::doubleClickCharacter(int position)
{
    const QPointF pt = characterAt(leadLines(), position);
    QVERIFY2(!pt.isNull(), qPrintable(QStringLiteral("no character at %1").arg(position)));
    const QPoint px = reveal(m_view, pt);
    QTest::mouseDClick(m_view->viewport(), Qt::LeftButton, {}, px);
}

void TestOnPageEditing::doubleClickPutsCaretAndInputMethodInserts()
{
    const Story original = lead();
    // The body's first paragraph (本报讯…), its 11th character.
    const int target = StoryText::position(original, 3, 10);
    const QChar before = original.plainText().at(target);
    doubleClickCharacter(target);
    QVERIFY(m_editor->isActive());
    QCOMPARE(m_editor->caret().position(), target);
    QCOMPARE(m_editor->caret().anchor(), target);
    QVERIFY(m_view->hasFocus());

    // The candidate window opens at the caret: inside the view, where the character is.
    QInputMethodQueryEvent query(Qt::ImCursorRectangle | Qt::ImEnabled);
    QApplication::sendEvent(m_view, &query);
    QVERIFY(query.value(Qt::ImEnabled).toBool());
    const QRectF caret = query.value(Qt::ImCursorRectangle).toRectF();
    QVERIFY(!caret.isEmpty());
    QVERIFY(m_view->rect().contains(caret.center().toPoint()));
    const QPointF expected =
        m_view->pageToView(characterAt(leadLines(), target)) + m_view->viewport()->pos();
    QVERIFY2(qAbs(caret.center().y() - expected.y()) < 10 * m_view->pixelsPerPt(),
             qPrintable(QStringLiteral("%1 vs %2").arg(caret.center().y()).arg(expected.y())));

    // A preedit is drawn, not stored; cancelling it leaves the story alone.
    QInputMethodEvent preedit(QStringLiteral("jin"), {});
    QApplication::sendEvent(m_view, &preedit);
    QCOMPARE(m_editor->preedit(), QStringLiteral("jin"));
    QCOMPARE(lead(), original);
    QInputMethodEvent cancel(QString(), {});
    QApplication::sendEvent(m_view, &cancel);
    QVERIFY(m_editor->preedit().isEmpty());
    QCOMPARE(lead(), original);
    QCOMPARE(m_edition->undoStack()->count(), 0);

    commit(m_view, QStringLiteral("今日"));
    QString expectedText = original.plainText();
    expectedText.insert(target, QStringLiteral("今日"));
    QCOMPARE(lead().plainText(), expectedText);
    QCOMPARE(m_editor->caret().position(), target + 2);
    QCOMPARE(lead().plainText().at(target + 2), before);
    QCOMPARE(m_edition->undoStack()->count(), 1);

    const QString path = m_dir.filePath(QStringLiteral("typed.folio"));
    QVERIFY(m_window->saveFileAs(path));
    delete m_window;
    m_window = new MainWindow;
    QVERIFY(m_window->openFile(path));
    QCOMPARE(m_window->document()->edition()->stories().first().plainText(), expectedText);
}

void TestOnPageEditing::caretCrossesBreaksInTextOrder_data()
{
    QTest::addColumn<bool>("frameBreak");
    QTest::newRow("column break") << false;
    QTest::newRow("frame break") << true;
}

void TestOnPageEditing::caretCrossesBreaksInTextOrder()
{
    QFETCH(bool, frameBreak);
    shortenFirstFrame();
    const QList<Line> lines = leadLines();
    const ObjectId first = frameNamed(m_edition, QStringLiteral("正文 1"))->id;
    const ObjectId second = frameNamed(m_edition, QStringLiteral("正文 2"))->id;
    // The last line before the break and the first line after it.
    int last = -1;
    for (int i = 0; i + 1 < lines.size(); ++i) {
        const bool isBreak =
            frameBreak
                ? lines[i].frameId == first && lines[i + 1].frameId == second
                : lines[i].frameId == first && lines[i].column == 0 && lines[i + 1].column == 1;
        if (isBreak)
            last = i;
    }
    QVERIFY(last >= 0);
    const Line &before = lines[last];
    const Line &after = lines[last + 1];
    const QString text = lead().plainText();

    // Right steps through every character in story order across the break.
    const int start = before.clusters[before.clusters.size() - 3].first;
    doubleClickCharacter(start);
    QCOMPARE(m_editor->caret().position(), start);
    for (int step = 1; step <= 6; ++step) {
        QTest::keyClick(m_view, Qt::Key_Right);
        QCOMPARE(m_editor->caret().position(), start + step);
    }
    // The caret is drawn on the line after the break, right of its first character.
    const QRectF caret = m_editor->caretRect();
    const QPointF next = m_view->pageToView(QPointF(after.clusters[0].second, after.baseline));
    QVERIFY2(
        qAbs(caret.bottom() - next.y()) < after.size * m_view->pixelsPerPt(),
        qPrintable(
            QStringLiteral("caret at y %1, next line at %2").arg(caret.bottom()).arg(next.y())));
    QVERIFY(caret.left() > next.x());
    QCOMPARE(text.mid(start, 6), text.mid(before.clusters[before.clusters.size() - 3].first, 6));

    // Down from the line before the break goes to the line after it.
    doubleClickCharacter(before.clusters[1].first);
    QTest::keyClick(m_view, Qt::Key_Down);
    const int position = m_editor->caret().position();
    QVERIFY2(position >= after.clusters.first().first &&
                 position <= after.clusters.last().first + 1,
             qPrintable(QStringLiteral("%1 not in [%2, %3]")
                            .arg(position)
                            .arg(after.clusters.first().first)
                            .arg(after.clusters.last().first)));
    // Up comes back to the line before the break, near where it started (characters of a
    // justified line need not stand at the same x on both lines).
    QTest::keyClick(m_view, Qt::Key_Up);
    QVERIFY(qAbs(m_editor->caret().position() - before.clusters[1].first) <= 1);
}

void TestOnPageEditing::homeEndAndStoryEnds()
{
    const QList<Line> lines = leadLines();
    const Line &line = lines[5];
    doubleClickCharacter(line.clusters[3].first);
    QTest::keyClick(m_view, Qt::Key_Home);
    QCOMPARE(m_editor->caret().position(), line.clusters.first().first);
    QTest::keyClick(m_view, Qt::Key_End, Qt::ShiftModifier);
    QCOMPARE(m_editor->caret().anchor(), line.clusters.first().first);
    QCOMPARE(m_editor->caret().position(), line.clusters.last().first + 1);
    QTest::keyClick(m_view, Qt::Key_End, Qt::ControlModifier);
    QCOMPARE(m_editor->caret().position(), int(lead().plainText().size()));
    QVERIFY(!m_editor->caret().hasSelection());
    QTest::keyClick(m_view, Qt::Key_Home, Qt::ControlModifier);
    QCOMPARE(m_editor->caret().position(), 0);
    // Left at the start stays there; Delete and Backspace are the text's, not the frame's.
    QTest::keyClick(m_view, Qt::Key_Left);
    QCOMPARE(m_editor->caret().position(), 0);
    const QString text = lead().plainText();
    QTest::keyClick(m_view, Qt::Key_Delete);
    QCOMPARE(lead().plainText(), text.mid(1));
    QVERIFY(frameNamed(m_edition, QStringLiteral("正文 1")));
}

void TestOnPageEditing::dragSelectsAndTextToolEnters()
{
    const Story story = lead();
    const int from = StoryText::position(story, 3, 2);
    const int to = StoryText::position(story, 3, 9);
    doubleClickCharacter(from);
    const QList<Line> lines = leadLines();
    const QPoint a = m_view->pageToView(characterAt(lines, from)).toPoint();
    // The press lands in the left half of the character: the caret goes before it.
    const QPointF bLeft = characterAt(lines, to) - QPointF(lines[0].size * 0.25, 0);
    drag(m_view->viewport(), a - QPoint(2, 0), m_view->pageToView(bLeft).toPoint());
    QCOMPARE(m_editor->caret().anchor(), from);
    QCOMPARE(m_editor->caret().position(), to);
    // The drag selected text; no frame moved.
    QCOMPARE(m_edition->undoStack()->count(), 0);
    // The selection and the caret are drawn on screen, and go when text mode ends.
    m_view->viewport()->repaint();
    const QImage editing = m_view->viewport()->grab().toImage();
    const QRect caret = m_editor->caretRect().toAlignedRect();
    QVERIFY(!caret.isEmpty());
    const QRect selected =
        QRectF(m_view->pageToView(characterAt(lines, from + 1)), QSizeF(2, 2)).toAlignedRect();

    // Out of text mode, a click with the text tool in the story's frame enters it again.
    QTest::keyClick(m_view, Qt::Key_Escape);
    QVERIFY(!m_editor->isActive());
    m_view->viewport()->repaint();
    const QImage plain = m_view->viewport()->grab().toImage();
    QVERIFY(editing.copy(caret) != plain.copy(caret));
    QVERIFY(editing.copy(selected) != plain.copy(selected));
    m_view->setTool(PageView::Tool::TextFrame);
    QTest::mouseClick(m_view->viewport(), Qt::LeftButton, {}, a - QPoint(2, 0));
    QVERIFY(m_editor->isActive());
    QCOMPARE(m_editor->caret().position(), from);
    QCOMPARE(m_edition->undoStack()->count(), 0); // no frame drawn
}

void TestOnPageEditing::undoTypingBurstRestoresTextAndCaret()
{
    const Story original = lead();
    const int target = StoryText::position(original, 4, 5);
    doubleClickCharacter(target);
    // One burst: two characters from the input method, one typed, one taken back.
    commit(m_view, QStringLiteral("新"));
    commit(m_view, QStringLiteral("闻"));
    QTest::keyClicks(m_view, QStringLiteral("x"));
    QTest::keyClick(m_view, Qt::Key_Backspace);
    QCOMPARE(m_edition->undoStack()->count(), 1);
    QString once = original.plainText();
    once.insert(target, QStringLiteral("新闻"));
    QCOMPARE(lead().plainText(), once);

    // A caret move starts the next burst.
    QTest::keyClick(m_view, Qt::Key_Right);
    QTest::keyClick(m_view, Qt::Key_Return);
    QCOMPARE(m_edition->undoStack()->count(), 2);
    QCOMPARE(lead().paragraphs.size(), original.paragraphs.size() + 1);
    QCOMPARE(lead().paragraphs[5].styleId, original.paragraphs[4].styleId);

    QTest::keySequence(m_window, QKeySequence::Undo);
    QCOMPARE(lead().plainText(), once);
    QCOMPARE(m_editor->caret().position(), target + 3);
    QTest::keySequence(m_window, QKeySequence::Undo);
    QCOMPARE(lead(), original);
    QCOMPARE(m_editor->caret().position(), target);
    QVERIFY(m_editor->isActive());
    m_edition->undoStack()->redo();
    QCOMPARE(lead().plainText(), once);
    QCOMPARE(m_editor->caret().position(), target + 2);
}

void TestOnPageEditing::escapeLeavesTextModeWithFrameSelected()
{
    shortenFirstFrame();
    const QList<Line> lines = leadLines();
    const ObjectId second = frameNamed(m_edition, QStringLiteral("正文 2"))->id;
    const Line *inSecond = nullptr;
    for (const Line &l : lines)
        if (l.frameId == second && !inSecond)
            inSecond = &l;
    QVERIFY(inSecond);
    doubleClickCharacter(inSecond->clusters[2].first);
    QVERIFY(m_editor->isActive());
    QCOMPARE(m_view->selection(), QList<ObjectId>{second});
    QTest::keyClick(m_view, Qt::Key_Escape);
    QVERIFY(!m_editor->isActive());
    QCOMPARE(m_view->selection(), QList<ObjectId>{second});
    // Out of text mode the arrows nudge the frame again.
    const QRectF rect = m_edition->frame(second)->rect;
    QTest::keyClick(m_view, Qt::Key_Right);
    QCOMPARE(m_edition->frame(second)->rect, rect.translated(1, 0));
}

void TestOnPageEditing::wordAndParagraphSelection()
{
    const Story story = lead();
    const QString text = story.plainText();
    // 昌平区总工会 in the body's first paragraph: a word is more than one character and
    // never crosses into the next paragraph.
    const int at =
        int(text.indexOf(QStringLiteral("昌平区总工会"), StoryText::position(story, 3, 0)));
    QVERIFY(at > 0);
    doubleClickCharacter(at);
    doubleClickCharacter(at);
    const TextCaret &caret = m_editor->caret();
    QVERIFY(caret.hasSelection());
    QVERIFY(caret.selectionStart() <= at && caret.selectionEnd() > at + 1);
    QVERIFY(caret.selectionEnd() - caret.selectionStart() <= 6);
    // A third click selects the paragraph.
    const QPoint px = m_view->pageToView(characterAt(leadLines(), at)).toPoint();
    QTest::mouseClick(m_view->viewport(), Qt::LeftButton, {}, px);
    QCOMPARE(caret.selectionStart(), StoryText::position(story, 3, 0));
    QCOMPARE(caret.selectionEnd(), StoryText::position(story, 3, story.paragraphs[3].length()));
}

void TestOnPageEditing::ctrlArrowsMoveByWord()
{
    const Story story = lead();
    const QString text = story.plainText();
    const int paragraph = StoryText::position(story, 3, 0);
    const QString para = text.mid(paragraph, story.paragraphs[3].length());
    const int at = int(text.indexOf(QStringLiteral("昌平区总工会"), paragraph));
    QVERIFY(at > 0);
    const auto word = folio::text::WordBoundary::wordAt(para, at - paragraph);
    QVERIFY2(word.end - word.start > 1, "a Chinese word of more than one character");
    doubleClickCharacter(at);
    QCOMPARE(m_editor->caret().position(), at);

    QTest::keyClick(m_view, Qt::Key_Right, Qt::ControlModifier);
    QCOMPARE(m_editor->caret().position(), paragraph + word.end);
    QTest::keyClick(m_view, Qt::Key_Left, Qt::ControlModifier);
    QCOMPARE(m_editor->caret().position(), paragraph + word.start);
    QVERIFY(!m_editor->caret().hasSelection());
    // With Shift the word is selected. Ctrl+Left stops at the paragraph's start, then steps
    // into the paragraph before.
    QTest::keyClick(m_view, Qt::Key_Right, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(m_editor->caret().selectionStart(), paragraph + word.start);
    QCOMPARE(m_editor->caret().selectionEnd(), paragraph + word.end);
    QTest::keyClick(m_view, Qt::Key_Left);
    QCOMPARE(m_editor->caret().position(), paragraph + word.start);
    for (int steps = 0; m_editor->caret().position() > paragraph && steps < 500; ++steps)
        QTest::keyClick(m_view, Qt::Key_Left, Qt::ControlModifier);
    QCOMPARE(m_editor->caret().position(), paragraph);
    QTest::keyClick(m_view, Qt::Key_Left, Qt::ControlModifier);
    QCOMPARE(m_editor->caret().position(), paragraph - 1);
}

// A hover (no button) delivered to the viewport like the window system's.
void hover(QWidget *viewport, const QPoint &px)
{
    QMouseEvent event(QEvent::MouseMove, QPointF(px), QPointF(viewport->mapToGlobal(px)),
                      Qt::NoButton, Qt::NoButton, Qt::NoModifier);
    QApplication::sendEvent(viewport, &event);
}

void TestOnPageEditing::pointerIsTextCursorOverTextInTextMode()
{
    const Story story = lead();
    const int at = int(story.plainText().indexOf(QStringLiteral("昌平区总工会"),
                                                 StoryText::position(story, 3, 0)));
    QVERIFY(at > 0);
    QVERIFY(!characterAt(leadLines(), at).isNull());
    QPoint overText = m_view->pageToView(characterAt(leadLines(), at)).toPoint();
    hover(m_view->viewport(), overText);
    QCOMPARE(m_view->viewport()->cursor().shape(), Qt::ArrowCursor);
    doubleClickCharacter(at);
    QVERIFY(m_editor->isActive());
    overText = m_view->pageToView(characterAt(leadLines(), at)).toPoint(); // the view may scroll
    hover(m_view->viewport(), overText + QPoint(1, 0));
    QCOMPARE(m_view->viewport()->cursor().shape(), Qt::IBeamCursor);
    // The pasteboard left of the page is no place for a caret.
    const QPointF pageLeft = m_view->pageToView(QPointF(0, 0));
    hover(m_view->viewport(), QPoint(qMax(1, int(pageLeft.x()) - 10), overText.y()));
    QCOMPARE(m_view->viewport()->cursor().shape(), Qt::ArrowCursor);
    QTest::keyClick(m_view, Qt::Key_Escape);
    hover(m_view->viewport(), overText);
    QVERIFY(m_view->viewport()->cursor().shape() != Qt::IBeamCursor);
}

void TestOnPageEditing::copyPasteKeepsCharacterStyle()
{
    CharacterStyle emphasis;
    emphasis.id = m_edition->newId();
    emphasis.name = QStringLiteral("强调");
    emphasis.fontStyle = QStringLiteral("Bold");
    m_edition->putCharacterStyle(emphasis);
    const Story original = lead();
    const int from = StoryText::position(original, 3, 4);
    doubleClickCharacter(from);
    for (int i = 0; i < 4; ++i)
        QTest::keyClick(m_view, Qt::Key_Right, Qt::ShiftModifier);
    // The styles panel's apply goes to the page's selection in text mode.
    Q_EMIT m_window->stylesPanel()->applyCharacterStyle(emphasis.id);
    const QString styled = original.plainText().mid(from, 4);
    QVERIFY(std::any_of(
        lead().paragraphs[3].runs.begin(), lead().paragraphs[3].runs.end(),
        [&](const TextRun &r) { return r.text == styled && r.characterStyleId == emphasis.id; }));
    QTest::keySequence(m_view, QKeySequence::Copy);
    const QMimeData *data = QGuiApplication::clipboard()->mimeData();
    QVERIFY(data && data->hasFormat(PageTextEditor::mimeType()));
    QCOMPARE(data->text(), styled);

    QTest::keyClick(m_view, Qt::Key_End, Qt::ControlModifier);
    QTest::keySequence(m_view, QKeySequence::Paste);
    const Paragraph &last = lead().paragraphs.last();
    QCOMPARE(last.runs.last().text, styled);
    QCOMPARE(last.runs.last().characterStyleId, emphasis.id);
    QCOMPARE(m_editor->caret().position(), int(lead().plainText().size()));
    // Paste is its own undo step.
    m_edition->undoStack()->undo();
    QCOMPARE(lead().paragraphs.last(), original.paragraphs.last());
}

void TestOnPageEditing::paragraphStyleAppliesToSelection()
{
    const Story original = lead();
    const ObjectId headline = m_edition->styleForRole(ParagraphRole::Headline)->id;
    QVERIFY(original.paragraphs[4].styleId != headline);
    doubleClickCharacter(StoryText::position(original, 4, 3));
    QTest::keyClick(m_view, Qt::Key_Down, Qt::ShiftModifier);
    Q_EMIT m_window->stylesPanel()->applyParagraphStyle(headline);
    QCOMPARE(lead().paragraphs[4].styleId, headline);
    QCOMPARE(lead().paragraphs[5].styleId, original.paragraphs[5].styleId);
    QCOMPARE(lead().plainText(), original.plainText());
    QVERIFY(m_editor->caret().hasSelection()); // the selection stays for the next command
    QTest::keySequence(m_window, QKeySequence::Undo);
    QCOMPARE(lead(), original);
}

void TestOnPageEditing::plainTextPasteFromOutside()
{
    const Story original = lead();
    const int at = StoryText::position(original, 4, 0);
    doubleClickCharacter(at);
    QGuiApplication::clipboard()->setText(QStringLiteral("外来文字\r\n第二段"));
    QTest::keySequence(m_view, QKeySequence::Paste);
    const Story &after = lead();
    QCOMPARE(after.paragraphs.size(), original.paragraphs.size() + 1);
    QCOMPARE(after.paragraphs[4].text(), QStringLiteral("外来文字"));
    QVERIFY(after.paragraphs[5].text().startsWith(QStringLiteral("第二段")));
    QCOMPARE(after.paragraphs[5].styleId, original.paragraphs[4].styleId);
    for (const TextRun &run : after.paragraphs[4].runs)
        QCOMPARE(run.characterStyleId, ObjectId(0));
    QCOMPARE(m_editor->caret().position(), at + int(QStringLiteral("外来文字\n第二段").size()));
}

void TestOnPageEditing::dockFollowsCaretBothWays()
{
    const Story original = lead();
    const int target = StoryText::position(original, 5, 7);
    doubleClickCharacter(target);
    QTest::keyClick(m_view, Qt::Key_Right, Qt::ShiftModifier);
    QPlainTextEdit *dock = m_window->storyEditor()->textEdit();
    QTRY_COMPARE(dock->textCursor().position(), target + 1);
    QCOMPARE(dock->textCursor().anchor(), target);

    // Typing on the page reaches the dock once typing pauses.
    commit(m_view, QStringLiteral("改"));
    QTRY_COMPARE(dock->toPlainText(), lead().plainText());

    // A click in the dock moves the page's caret.
    dock->setFocus();
    QTRY_VERIFY(dock->hasFocus());
    QTextCursor cursor(dock->document());
    cursor.setPosition(StoryText::position(original, 6, 3));
    dock->setTextCursor(cursor);
    QTRY_COMPARE(m_editor->caret().position(), StoryText::position(original, 6, 3));
}

void TestOnPageEditing::undoFrameCreationLeavesNoLabel()
{
    const Page &page = m_edition->pages().first();
    const double top = page.typeArea().top() + 45 * 13.5; // below the seed's frames
    const QPoint from = reveal(m_view, QPointF(page.columnLeft(2) + 2.5, top + 2));
    const QPoint to = from + QPoint(200, 150);
    const QRect area = QRect(from, to).adjusted(-10, -10, 10, 10);
    m_view->viewport()->repaint();
    const QImage before = m_view->viewport()->grab(area).toImage();

    m_view->setTool(PageView::Tool::TextFrame);
    drag(m_view->viewport(), from, to);
    QCOMPARE(m_edition->undoStack()->count(), 1);
    m_view->viewport()->repaint();
    const QImage drawn = m_view->viewport()->grab(area).toImage();
    // The new frame's 空文字框 label shows at once (grey text), not only after a zoom.
    QVERIFY(greyPixels(drawn) > 20);
    QCOMPARE(greyPixels(before), 0);

    m_edition->undoStack()->undo();
    m_view->viewport()->repaint();
    const QImage after = m_view->viewport()->grab(area).toImage();
    QCOMPARE(after, before);
}

QTEST_MAIN(TestOnPageEditing)
#include "tst_onpageediting.moc"
