// 查找/替换 in the window: Ctrl+H and typed keys drive the dock, Enter goes from hit to hit
// (its frame selected, its page current and scrolled to, the text selected in 稿件编辑), and
// 全部替换 over two pages is one undo step with its count in the status bar.
#include "app/editiondocument.h"
#include "app/findreplacepanel.h"
#include "app/hitlocator.h"
#include "app/mainwindow.h"
#include "app/pageview.h"
#include "app/storyeditor.h"
#include "app/textchecks.h"
#include "apptesthelpers.h"
#include "model/edition.h"
#include "model/pagetemplate.h"
#include "seededition.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDockWidget>
#include <QInputMethodEvent>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTreeWidget>
#include <QUndoStack>
#include <QtTest>

using namespace folio;
using namespace folio::app;

namespace {

const QString kWord = QStringLiteral("产业工人");
const QString kNewWord = QStringLiteral("产业职工");

// The seed page and a second page whose frame holds a short story with the word twice.
std::unique_ptr<Edition> twoPageEdition(ObjectId *secondStory, ObjectId *secondFrame)
{
    auto edition = test::createSeedEdition();
    Edition &e = *edition;
    Page page = PageTemplate::broadsheet8().makePage();
    page.id = e.newId();
    page.section = QStringLiteral("要闻");
    page.number = 2;
    e.insertPage(1, page);
    Story story;
    story.id = e.newId();
    story.slug = QStringLiteral("第二版稿件");
    const ParagraphStyle *body = e.styleForRole(ParagraphRole::Body);
    story.paragraphs.append(
        {body->id, {{QStringLiteral("本报讯 园区产业工人技能大赛今天开幕。"), 0}}});
    story.paragraphs.append({body->id, {{QStringLiteral("参赛的产业工人来自全市。"), 0}}});
    e.putStory(story);
    Frame frame;
    frame.id = e.newId();
    frame.name = QStringLiteral("第二版正文");
    frame.kind = FrameKind::Text;
    frame.storyId = story.id;
    frame.rect =
        QRectF(page.columnLeft(2), page.typeArea().top() + 400, page.columnWidth() * 3, 200);
    e.putFrame(page.id, frame);
    e.undoStack()->clear();
    *secondStory = story.id;
    *secondFrame = frame.id;
    return edition;
}

// Chinese arrives through the input method as a commit, as on a real desktop.
void commitText(QWidget *field, const QString &text)
{
    QInputMethodEvent event;
    event.setCommitString(text);
    QCoreApplication::sendEvent(field, &event);
}

} // namespace

class TestFindReplace : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void enterWalksHitsAcrossPages();
    void replaceAllOverTwoPagesIsOneUndoStep();
    void replaceOneAndStoryScope();
    void badRegexIsReported();

private:
    QTemporaryDir m_dir;
    MainWindow *m_window = nullptr;
    Edition *m_edition = nullptr;
    FindReplacePanel *m_panel = nullptr;
    ObjectId m_seedStory = 0;
    ObjectId m_secondStory = 0;
    ObjectId m_secondFrame = 0;
};

void TestFindReplace::initTestCase()
{
    QVERIFY(m_dir.isValid());
    test::isolateSettings(m_dir.filePath("settings"), QStringLiteral("tst_findreplace"));
}

void TestFindReplace::init()
{
    m_window = new MainWindow;
    m_window->document()->reset(twoPageEdition(&m_secondStory, &m_secondFrame));
    m_window->resize(1400, 900);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
    m_edition = m_window->document()->edition();
    m_seedStory = m_edition->stories().first().id;
    m_panel = m_window->textChecks()->findPanel();
    // Ctrl+H opens the dock with the cursor in 替换为; Ctrl+F puts it in 查找.
    QTest::keyClick(m_window, Qt::Key_H, Qt::ControlModifier);
    QVERIFY(m_panel->isVisible());
    QTRY_VERIFY(m_panel->replaceField()->hasFocus());
    commitText(m_panel->replaceField(), kNewWord);
    QTest::keyClick(m_window, Qt::Key_F, Qt::ControlModifier);
    QTRY_VERIFY(m_panel->findField()->hasFocus());
    commitText(m_panel->findField(), kWord);
    QCOMPARE(m_panel->findField()->text(), kWord);
    QCOMPARE(m_panel->replaceField()->text(), kNewWord);
}

void TestFindReplace::cleanup()
{
    delete m_window;
    m_window = nullptr;
}

void TestFindReplace::enterWalksHitsAcrossPages()
{
    const int seedHits = int(m_edition->story(m_seedStory)->plainText().count(kWord));
    QVERIFY(seedHits > 2);
    QTest::keyClick(m_panel->findField(), Qt::Key_Return);
    QCOMPARE(m_panel->hits().size(), seedHits + 2);
    QCOMPARE(m_panel->results()->topLevelItemCount(), seedHits + 2);
    QCOMPARE(m_panel->currentIndex(), 0);
    // The first hit: page 1, its frame selected, selected in 稿件编辑.
    PageView *view = m_window->pageView();
    QCOMPARE(view->pageId(), m_edition->pages()[0].id);
    QCOMPARE(m_edition->frame(view->currentFrameId())->storyId, m_seedStory);
    QCOMPARE(m_window->storyEditor()->storyId(), m_seedStory);
    QCOMPARE(m_window->storyEditor()->textEdit()->textCursor().selectedText(), kWord);
    QCOMPARE(m_window->storyEditor()->textEdit()->textCursor().selectionStart(),
             int(m_edition->story(m_seedStory)->plainText().indexOf(kWord)));
    QCOMPARE(m_panel->results()->topLevelItem(0)->text(0), QStringLiteral("昌平工会"));
    QCOMPARE(m_panel->results()->topLevelItem(0)->text(1), QStringLiteral("第1版 要闻"));
    QVERIFY(m_panel->results()->topLevelItem(0)->text(2).contains(kWord));

    // Enter past the seed story's hits reaches page 2.
    for (int i = 1; i <= seedHits; ++i)
        QTest::keyClick(m_panel->findField(), Qt::Key_Return);
    QCOMPARE(m_panel->currentIndex(), seedHits);
    QCOMPARE(m_panel->results()->topLevelItem(seedHits)->text(0), QStringLiteral("第二版稿件"));
    QCOMPARE(m_panel->results()->topLevelItem(seedHits)->text(1), QStringLiteral("第2版 要闻"));
    QCOMPARE(view->pageId(), m_edition->pages()[1].id);
    QCOMPARE(view->currentFrameId(), m_secondFrame);
    QCOMPARE(m_window->storyEditor()->storyId(), m_secondStory);
    QCOMPARE(m_window->storyEditor()->textEdit()->textCursor().selectionStart(), 6);
    QCOMPARE(m_window->storyEditor()->textEdit()->textCursor().selectedText(), kWord);
    // The page view scrolled to the hit: at 300 % its glyphs are in the middle of the viewport.
    view->setZoom(3.0);
    view->setPageId(m_edition->pages()[0].id);
    QTest::keyClick(m_panel->findField(), Qt::Key_Return); // the second hit on page 2
    const HitLocator::Location where =
        HitLocator(m_edition, m_window->layouts()).locate(m_panel->hits()[seedHits + 1]);
    QCOMPARE(where.pageId, m_edition->pages()[1].id);
    QCOMPARE(view->pageId(), where.pageId);
    const QPointF hitPx = view->pageToView(where.boxes.first().center());
    const QPointF centre = QRectF(view->viewport()->rect()).center();
    QVERIFY2(QLineF(hitPx, centre).length() < 20,
             qPrintable(QStringLiteral("hit at %1,%2, centre %3,%4")
                            .arg(hitPx.x())
                            .arg(hitPx.y())
                            .arg(centre.x())
                            .arg(centre.y())));
    QVERIFY(where.boxes.first().width() > 3 * 8); // four characters of body text
    // After the last hit Enter wraps to the first.
    QTest::keyClick(m_panel->findField(), Qt::Key_Return);
    QCOMPARE(m_panel->currentIndex(), 0);
    QCOMPARE(view->pageId(), m_edition->pages()[0].id);
}

void TestFindReplace::replaceAllOverTwoPagesIsOneUndoStep()
{
    const QString seedBefore = m_edition->story(m_seedStory)->plainText();
    const QString secondBefore = m_edition->story(m_secondStory)->plainText();
    const int total = int(seedBefore.count(kWord) + secondBefore.count(kWord));
    const int steps = m_edition->undoStack()->count();

    QTest::mouseClick(m_panel->replaceAllButton(), Qt::LeftButton);
    QCOMPARE(m_edition->undoStack()->count(), steps + 1);
    QVERIFY(m_window->statusBar()->currentMessage().contains(
        QStringLiteral("已替换 %1 处").arg(total)));
    QString seedAfter = seedBefore;
    seedAfter.replace(kWord, kNewWord);
    QString secondAfter = secondBefore;
    secondAfter.replace(kWord, kNewWord);
    QCOMPARE(m_edition->story(m_seedStory)->plainText(), seedAfter);
    QCOMPARE(m_edition->story(m_secondStory)->plainText(), secondAfter);

    // Undo once: both pages' text is back. Redo: replaced again.
    QTest::keyClick(m_window, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(m_edition->story(m_seedStory)->plainText(), seedBefore);
    QCOMPARE(m_edition->story(m_secondStory)->plainText(), secondBefore);
    m_edition->undoStack()->redo();
    QCOMPARE(m_edition->story(m_seedStory)->plainText(), seedAfter);
    QCOMPARE(m_edition->story(m_secondStory)->plainText(), secondAfter);
    // Nothing left to find.
    QTest::keyClick(m_panel->findField(), Qt::Key_Return);
    QVERIFY(m_panel->hits().isEmpty());
}

void TestFindReplace::replaceOneAndStoryScope()
{
    // 当前稿件: the story of the selected frame.
    m_window->pageView()->setPageId(m_edition->pages()[1].id);
    m_window->pageView()->setSelection({m_secondFrame});
    m_panel->scopeBox()->setCurrentIndex(0);
    QTest::keyClick(m_panel->findField(), Qt::Key_Return);
    QCOMPARE(m_panel->hits().size(), 2);
    QTest::mouseClick(m_panel->replaceButton(), Qt::LeftButton);
    QCOMPARE(
        m_edition->story(m_secondStory)->plainText(),
        QStringLiteral("本报讯 园区%1技能大赛今天开幕。\n参赛的%2来自全市。").arg(kNewWord, kWord));
    // The next hit is selected after the replacement.
    QCOMPARE(m_panel->currentIndex(), 0);
    QCOMPARE(m_window->storyEditor()->textEdit()->textCursor().selectionStart(), 23);
    QTest::mouseClick(m_panel->replaceButton(), Qt::LeftButton);
    QVERIFY(!m_edition->story(m_secondStory)->plainText().contains(kWord));
    QVERIFY(m_edition->story(m_seedStory)->plainText().contains(kWord));
    QCOMPARE(m_edition->undoStack()->count(), 2);
}

void TestFindReplace::badRegexIsReported()
{
    m_panel->regexBox()->setChecked(true);
    m_panel->findField()->setText(QStringLiteral("产业(工人"));
    QTest::keyClick(m_panel->findField(), Qt::Key_Return);
    QVERIFY(m_panel->hits().isEmpty());
    QTest::mouseClick(m_panel->replaceAllButton(), Qt::LeftButton);
    QVERIFY2(m_window->statusBar()->currentMessage().contains(QStringLiteral("正则表达式")),
             qPrintable(m_window->statusBar()->currentMessage()));
    QCOMPARE(m_edition->undoStack()->count(), 0);
}

QTEST_MAIN(TestFindReplace)
#include "tst_findreplace.moc"
