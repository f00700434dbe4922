// Edits made in the page editor with the mouse and keyboard survive save and reopen: the
// reopened edition equals the one in memory field by field (see editiondiff.h).
#include "app/editiondocument.h"
#include "app/mainwindow.h"
#include "app/pageview.h"
#include "app/paragraphstyleform.h"
#include "app/storyeditor.h"
#include "app/stylespanel.h"
#include "apptesthelpers.h"
#include "editiondiff.h"
#include "model/edition.h"
#include "seededition.h"
#include "store/editionstore.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QInputMethodEvent>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTextBlock>
#include <QUndoStack>
#include <QtTest>

using namespace folio;
using namespace folio::app;
using namespace folio::app::test;

namespace {
void commit(QWidget *w, const QString &text)
{
    QInputMethodEvent event;
    event.setCommitString(text);
    QApplication::sendEvent(w, &event);
}
} // namespace

class TestEditRoundTrip : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void pageEditorEditsSurviveSaveAndReopen();
    void differencesNameTheField();

private:
    QTemporaryDir m_dir;
};

void TestEditRoundTrip::initTestCase()
{
    QVERIFY(m_dir.isValid());
    isolateSettings(m_dir.filePath("settings"), QStringLiteral("tst_editroundtrip"));
}

void TestEditRoundTrip::pageEditorEditsSurviveSaveAndReopen()
{
    MainWindow window;
    window.document()->reset(test::createSeedEdition());
    window.resize(1400, 900);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    PageView *view = window.pageView();
    view->setZoom(1.0);
    Edition *edition = window.document()->edition();
    const Frame body = *frameNamed(edition, QStringLiteral("正文 1"));
    const ObjectId storyId = body.storyId;
    const Page &page = edition->pages().first();

    // Draw a text frame over columns 3-5 below the seed frames (it snaps to the column guides).
    const QPoint from =
        reveal(view, QPointF(page.columnLeft(2) + 2.5, page.typeArea().top() + 45 * 13.5 + 2));
    const double ppp = view->pixelsPerPt();
    const QPoint to =
        from +
        QPointF((page.columnLeft(4) + page.columnWidth() - page.columnLeft(2) - 2.5) * ppp - 3,
                200 * ppp)
            .toPoint();
    view->setTool(PageView::Tool::TextFrame);
    QSignalSpy created(view, &PageView::frameCreated);
    drag(view->viewport(), from, to);
    QCOMPARE(created.size(), 1);
    const ObjectId drawn = created.first().first().value<ObjectId>();
    QCOMPARE(edition->frame(drawn)->columns, 3);

    // Link it after 正文 1 (click, Shift-click, link).
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, reveal(view, body.rect.center()));
    QTest::mouseClick(view->viewport(), Qt::LeftButton, Qt::ShiftModifier,
                      reveal(view, edition->frame(drawn)->rect.center()));
    QVERIFY(window.linkSelectedFrames());
    QCOMPARE(edition->storyChain(storyId).size(), 3);
    QCOMPARE(edition->frame(drawn)->storyId, storyId);

    // Selecting 正文 1 opens its story in the story editor; type into it.
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, reveal(view, body.rect.center()));
    StoryEditor *editor = window.storyEditor();
    QPlainTextEdit *text = editor->textEdit();
    QCOMPARE(text->toPlainText(), edition->story(storyId)->plainText());
    text->setTextCursor(QTextCursor(text->document()->findBlockByNumber(3)));
    text->setFocus();
    commit(text, QStringLiteral("今日"));
    QTest::keyClick(text, Qt::Key_Return);
    QTest::keyClicks(text, QStringLiteral("Folio 2025"));
    commit(text, QStringLiteral("年，"));
    const Story *typed = edition->story(storyId);
    QCOMPARE(typed->paragraphs[3].text(), QStringLiteral("今日"));
    QVERIFY(typed->paragraphs[4].text().startsWith(QStringLiteral("Folio 2025年，本报讯")));

    // A new paragraph style based on 正文, with two values changed in the styles panel.
    StylesPanel *styles = window.stylesPanel();
    styles->setCurrentParagraphStyle(edition->styleForRole(ParagraphRole::Body)->id);
    const ObjectId lead = styles->newParagraphStyle();
    QVERIFY(edition->paragraphStyle(lead));
    styles->setCurrentParagraphStyle(lead);
    styles->paragraphForm()->indentField()->setValue(0.0);
    styles->paragraphForm()->hanLatinField()->setValue(0.0);
    QCOMPARE(edition->paragraphStyle(lead)->firstLineIndent, 0.0);
    QCOMPARE(edition->paragraphStyle(lead)->hanLatinSpacing, 0.0);

    // Apply it to the typed paragraph from the story editor's style box (keyboard choice).
    text->setTextCursor(QTextCursor(text->document()->findBlockByNumber(4)));
    QComboBox *box = editor->styleBox();
    const int index = box->findData(QVariant::fromValue(lead));
    QVERIFY(index > 0);
    box->setCurrentIndex(index - 1);
    box->setFocus();
    QTest::keyClick(box, Qt::Key_Down);
    QCOMPARE(edition->story(storyId)->paragraphs[4].styleId, lead);

    const QString path = m_dir.filePath(QStringLiteral("edited.folio"));
    QVERIFY(window.saveFileAs(path));
    QVERIFY(!window.document()->isModified());

    // A second window, as after restarting the program.
    MainWindow reopened;
    QVERIFY(reopened.openFile(path));
    const QStringList differences =
        test::editionDifferences(*edition, *reopened.document()->edition());
    QVERIFY2(differences.isEmpty(), qPrintable(differences.join(QLatin1Char('\n'))));
    // The reopened chain reads the same frames in the same order.
    QList<ObjectId> chain;
    for (const Frame *f : reopened.document()->edition()->storyChain(storyId))
        chain << f->id;
    QCOMPARE(chain,
             (QList<ObjectId>{body.id, frameNamed(edition, QStringLiteral("正文 2"))->id, drawn}));
}

// The comparison is not blind: one changed field is one line that names it.
void TestEditRoundTrip::differencesNameTheField()
{
    const QString path = m_dir.filePath(QStringLiteral("seed.folio"));
    QVERIFY(EditionStore::save(*test::createSeedEdition(), path));
    OpenResult a = EditionStore::open(path, EditionStore::OpenMode::ReadOnly);
    OpenResult b = EditionStore::open(path, EditionStore::OpenMode::ReadOnly);
    QVERIFY2(a.isOk(), qPrintable(a.error));
    QVERIFY2(b.isOk(), qPrintable(b.error));
    QVERIFY(test::editionDifferences(*a.edition, *b.edition).isEmpty());

    Frame frame = *frameNamed(b.edition.get(), QStringLiteral("正文 2"));
    const QString gutter = QStringLiteral("gutter %1 ≠ %2")
                               .arg(QString::number(frame.gutter, 'g', 17),
                                    QString::number(frame.gutter + 1.5, 'g', 17));
    frame.gutter += 1.5;
    b.edition->putFrame(b.edition->pageOfFrame(frame.id)->id, frame);
    Story story = b.edition->stories().first();
    story.paragraphs[2].runs[0].text += QStringLiteral("！");
    b.edition->putStory(story);

    const QStringList differences = test::editionDifferences(*a.edition, *b.edition);
    QVERIFY2(differences.size() == 2, qPrintable(differences.join(QLatin1Char('\n'))));
    QVERIFY2(differences[0].contains(QStringLiteral("frame")) &&
                 differences[0].contains(QStringLiteral("正文 2")) &&
                 differences[0].contains(gutter),
             qPrintable(differences[0]));
    QVERIFY2(differences[1].contains(QStringLiteral("paragraph 2, run 0: text")),
             qPrintable(differences[1]));
}

QTEST_MAIN(TestEditRoundTrip)
#include "tst_editroundtrip.moc"
