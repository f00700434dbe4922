// The 印前检查 dock: findings refreshed shortly after edits, and a click on one shows its page
// and selects its frame.

#include "app/editactions.h"
#include "app/editiondocument.h"
#include "app/mainwindow.h"
#include "app/pagelistpanel.h"
#include "app/pageview.h"
#include "app/preflightpanel.h"
#include "model/edition.h"
#include "model/framecommand.h"
#include "model/storycommand.h"

#include <QDockWidget>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTreeWidget>
#include <QUndoStack>
#include <QtTest>

using namespace folio;
using namespace folio::app;

namespace {
QTreeWidgetItem *itemFor(QTreeWidget *list, const QString &frameName)
{
    for (int i = 0; i < list->topLevelItemCount(); ++i)
        if (list->topLevelItem(i)->text(2) == frameName)
            return list->topLevelItem(i);
    return nullptr;
}

int oversetFindings(const PreflightPanel *panel, ObjectId frameId)
{
    int n = 0;
    for (const Diagnostic &d : panel->findings())
        n += d.code == QLatin1String("overset") && d.frameId == frameId;
    return n;
}
} // namespace

class TestPreflightPanel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void listsOversetStoryAndClickSelectsFrame();
    void findingOnAnotherPageShowsThatPage();
    void refreshWaitsForEditsToSettle();

private:
    QTemporaryDir m_dir;
    MainWindow *m_window = nullptr;
    Edition *m_edition = nullptr;
    PreflightPanel *m_panel = nullptr;
};

void TestPreflightPanel::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.filePath("settings"));
    QCoreApplication::setOrganizationName("FolioTest");
    QCoreApplication::setApplicationName("tst_preflightpanel");
}

void TestPreflightPanel::init()
{
    m_window = new MainWindow;
    m_window->openSample();
    m_window->resize(1400, 900);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
    auto *dock = m_window->findChild<QDockWidget *>(QStringLiteral("preflightDock"));
    QVERIFY(dock);
    dock->show();
    m_panel = m_window->preflightPanel();
    m_edition = m_window->document()->edition();
    QSignalSpy refreshed(m_panel, &PreflightPanel::refreshed);
    dock->raise(); // tabbed behind 属性: checked once shown
    QVERIFY(m_panel->isVisible());
    QVERIFY(refreshed.wait(3000));
    QCOMPARE(m_panel->list()->topLevelItemCount(), m_panel->findings().size());
    // The sample page itself has no overset.
    for (const Diagnostic &d : m_panel->findings())
        QVERIFY2(d.code != QLatin1String("overset"), qPrintable(d.message));
}

void TestPreflightPanel::cleanup()
{
    delete m_window;
    m_window = nullptr;
}

void TestPreflightPanel::listsOversetStoryAndClickSelectsFrame()
{
    // Shrink the last frame of the first story's chain: the story runs over.
    const auto chain = m_edition->storyChain(m_edition->stories().first().id);
    QVERIFY(!chain.isEmpty());
    Frame small = *chain.last();
    small.rect.setHeight(24);
    m_edition->undoStack()->push(FrameCommand::change(m_edition, small, QStringLiteral("shrink")));
    m_window->pageView()->setSelection({});

    QTRY_COMPARE(oversetFindings(m_panel, small.id), 1);
    QTreeWidgetItem *item = itemFor(m_panel->list(), small.name);
    QVERIFY(item);
    QCOMPARE(item->text(0), QStringLiteral("错误"));
    QCOMPARE(item->text(1), QStringLiteral("1"));
    QVERIFY(!item->text(3).isEmpty());
    // Errors are listed first.
    QCOMPARE(m_panel->list()->topLevelItem(0)->text(0), QStringLiteral("错误"));

    QTreeWidget *list = m_panel->list();
    list->scrollToItem(item);
    const QPoint at = list->visualItemRect(item).center();
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, at);
    QCOMPARE(m_window->pageView()->selection(), QList<ObjectId>{small.id});

    // Undo clears the finding again.
    m_edition->undoStack()->undo();
    QTRY_COMPARE(oversetFindings(m_panel, small.id), 0);
}

void TestPreflightPanel::findingOnAnotherPageShowsThatPage()
{
    // 第 2 版 with a new story far too long for its small frame.
    const ObjectId first = m_edition->pages().first().id;
    const ObjectId second = EditActions::addPageAfter(m_edition, first);
    m_window->showFrame(first, 0);
    Story story;
    story.id = m_edition->newId();
    story.slug = QStringLiteral("长稿");
    Paragraph p;
    p.styleId = m_edition->styleForRole(ParagraphRole::Body)->id;
    p.runs.append({QString(400, QChar(0x4E2D)), 0});
    story.paragraphs.append(p);
    m_edition->undoStack()->push(StoryCommand::add(m_edition, story));
    Frame frame;
    frame.id = m_edition->newId();
    frame.kind = FrameKind::Text;
    frame.name = QStringLiteral("短框");
    const Page *page = m_edition->page(second);
    frame.rect = QRectF(page->typeArea().topLeft(), QSizeF(page->columnWidth(), 60));
    frame.storyId = story.id;
    m_edition->undoStack()->push(FrameCommand::add(m_edition, second, frame));

    QTRY_COMPARE(oversetFindings(m_panel, frame.id), 1);
    QTreeWidgetItem *item = itemFor(m_panel->list(), frame.name);
    QVERIFY(item);
    QCOMPARE(item->text(1), QString::number(page->number));
    QTreeWidget *list = m_panel->list();
    list->scrollToItem(item);
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualItemRect(item).center());
    QCOMPARE(m_window->pageView()->pageId(), second);
    QCOMPARE(m_window->pageList()->currentPage(), second);
    QCOMPARE(m_window->pageView()->selection(), QList<ObjectId>{frame.id});
}

void TestPreflightPanel::refreshWaitsForEditsToSettle()
{
    const auto chain = m_edition->storyChain(m_edition->stories().first().id);
    Frame f = *chain.last();
    const double height = f.rect.height();
    QSignalSpy refreshed(m_panel, &PreflightPanel::refreshed);
    // Six quick edits, as a drag or typing makes them: one check after the last.
    for (int i = 0; i < 5; ++i) {
        f.rect.setHeight(height - 10 * (i + 1));
        m_edition->undoStack()->push(FrameCommand::change(m_edition, f, QStringLiteral("edit")));
        QTest::qWait(20);
    }
    f.rect.setHeight(24);
    m_edition->undoStack()->push(FrameCommand::change(m_edition, f, QStringLiteral("edit")));
    QVERIFY(refreshed.wait(3000));
    QTest::qWait(PreflightPanel::kDelayMs + 100);
    QCOMPARE(refreshed.size(), 1);
    QCOMPARE(oversetFindings(m_panel, f.id), 1);
}

QTEST_MAIN(TestPreflightPanel)
#include "tst_preflightpanel.moc"
