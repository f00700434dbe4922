// 文件 → 导入版面 through the code path the menu action uses (MainWindow::importPage), and the
// sample edition `folio` starts with, which the importer builds from the project's sample text.

#include "app/editiondocument.h"
#include "app/importreportdialog.h"
#include "app/mainwindow.h"
#include "app/pagelistpanel.h"
#include "app/pageview.h"
#include "model/edition.h"

#include <QSettings>
#include <QTemporaryDir>
#include <QTreeWidget>
#include <QUndoStack>
#include <QtTest>

using namespace folio;
using namespace folio::app;

namespace {
const QString kSamplePage =
    QStringLiteral(FOLIO_TEST_DATA_DIR "/../../resources/samples/sample-page.txt");

int textFramesWithStory(const Page &page)
{
    int n = 0;
    for (const Frame &f : page.frames)
        n += f.kind == FrameKind::Text && f.storyId != 0;
    return n;
}
} // namespace

class TestImportPage : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void sampleEditionIsTheImportedSamplePage();
    void importAddsOnePageAsOneUndoStep_data();
    void importAddsOnePageAsOneUndoStep();
    void badFileChangesNothing_data();
    void badFileChangesNothing();
    void addedPageIsChosenInThePageList();

private:
    QTemporaryDir m_dir;
};

void TestImportPage::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.filePath("settings"));
    QCoreApplication::setOrganizationName("FolioTest");
    QCoreApplication::setApplicationName("tst_importpage");
    QVERIFY2(QFile::exists(kSamplePage), qPrintable(kSamplePage));
}

void TestImportPage::sampleEditionIsTheImportedSamplePage()
{
    MainWindow window;
    window.openSample();
    const Edition *e = window.document()->edition();
    // A paper, a date, a section and 版次: what export file names are made of.
    QCOMPARE(e->info().paperName, QStringLiteral("晨光日报"));
    QCOMPARE(e->info().date, QDate(2025, 1, 20));
    QCOMPARE(e->pages().size(), 1);
    const Page &page = e->pages().first();
    QCOMPARE(page.templateName, QStringLiteral("broadsheet8"));
    QCOMPARE(page.grid.columns, 8);
    QCOMPARE(page.section, QStringLiteral("要闻"));
    QCOMPARE(page.number, 1);
    // The seven stories of the sample text and its one 栏目 banner, each placed in a frame.
    QVERIFY2(e->stories().size() >= 8, qPrintable(QString::number(e->stories().size())));
    QVERIFY(e->stories().first().plainText().startsWith(QStringLiteral("聚焦一线需求")));
    for (const Story &s : e->stories())
        QVERIFY2(!e->storyChain(s.id).isEmpty(), qPrintable(s.slug));
    QVERIFY(textFramesWithStory(page) >= 8);
    // Not the seed text: that one is a test input only.
    for (const Story &s : e->stories())
        QVERIFY(!s.plainText().contains(QStringLiteral("昌平区总工会")));
    QVERIFY(!window.document()->isModified());
    QCOMPARE(e->undoStack()->count(), 0);
}

void TestImportPage::importAddsOnePageAsOneUndoStep_data()
{
    QTest::addColumn<QString>("templateKey");
    QTest::addColumn<int>("columns");
    QTest::newRow("对开 8 栏") << QStringLiteral("broadsheet8") << 8;
    QTest::newRow("四开 6 栏") << QStringLiteral("tabloid6") << 6;
}

void TestImportPage::importAddsOnePageAsOneUndoStep()
{
    QFETCH(QString, templateKey);
    QFETCH(int, columns);
    MainWindow window;
    window.openSample();
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    Edition *e = window.document()->edition();
    const qsizetype storiesBefore = e->stories().size();
    const ObjectId firstPage = e->pages().first().id;

    PageImport::Request request;
    request.path = kSamplePage;
    request.templateKey = templateKey;
    request.section = QStringLiteral("工会");
    const PageImport::Outcome outcome = window.importPage(request);
    QVERIFY2(outcome.ok, qPrintable(outcome.error));

    QCOMPARE(e->pages().size(), 2);
    const Page *page = e->page(outcome.pageId);
    QVERIFY(page);
    QCOMPARE(page->templateName, templateKey);
    QCOMPARE(page->grid.columns, columns);
    QCOMPARE(page->section, QStringLiteral("工会"));
    QCOMPARE(page->number, 2); // after the sample's 第 1 版
    // Every recognised story is in the edition; the placed ones flow through frames on the new
    // page (a tabloid cannot hold the whole broadsheet sample: the rest is listed, not lost).
    QCOMPARE(outcome.report.stories.size(), 10);
    QCOMPARE(outcome.report.banners.size(), 2);
    QCOMPARE(e->stories().size(),
             storiesBefore + outcome.report.stories.size() + outcome.report.banners.size());
    int placed = 0;
    for (const auto &s : outcome.report.stories) {
        QVERIFY(e->story(s.storyId));
        if (!s.placed)
            continue;
        ++placed;
        const auto chain = e->storyChain(s.storyId);
        QVERIFY2(!chain.isEmpty(), qPrintable(s.headline));
        QCOMPARE(e->pageOfFrame(chain.first()->id)->id, outcome.pageId);
    }
    QVERIFY(placed >= 4);
    QVERIFY(textFramesWithStory(*page) >= placed);

    // The new page is the one shown and chosen in the page list.
    QCOMPARE(window.pageView()->pageId(), outcome.pageId);
    QCOMPARE(window.pageList()->currentPage(), outcome.pageId);
    // The report lists each story with its fit.
    auto *report = window.findChild<ImportReportDialog *>();
    QVERIFY(report);
    QVERIFY(report->isVisible());
    QCOMPARE(report->stories()->topLevelItemCount(), outcome.report.stories.size());
    QVERIFY(report->stories()->topLevelItem(0)->text(5).contains(u'字') ||
            report->stories()->topLevelItem(0)->text(5) == QStringLiteral("正好"));

    // One undo step takes it all back; redo restores it.
    QCOMPARE(e->undoStack()->count(), 1);
    e->undoStack()->undo();
    QCOMPARE(e->pages().size(), 1);
    QCOMPARE(e->stories().size(), storiesBefore);
    QVERIFY(!e->page(outcome.pageId));
    QCOMPARE(window.pageView()->pageId(), firstPage);
    e->undoStack()->redo();
    QCOMPARE(e->pages().size(), 2);
    QCOMPARE(e->page(outcome.pageId)->frames.size(), page->frames.size());
}

void TestImportPage::badFileChangesNothing_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<bool>("create");
    QTest::newRow("missing") << QByteArray() << false;
    QTest::newRow("empty") << QByteArray() << true;
    QTest::newRow("binary") << QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0", 18) << true;
}

void TestImportPage::badFileChangesNothing()
{
    QFETCH(QByteArray, bytes);
    QFETCH(bool, create);
    const QString path = m_dir.filePath(QStringLiteral("bad-%1.txt").arg(QTest::currentDataTag()));
    if (create) {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(bytes);
    }
    MainWindow window;
    window.openSample();
    Edition *e = window.document()->edition();
    const qsizetype stories = e->stories().size();
    PageImport::Request request;
    request.path = path;
    const PageImport::Outcome outcome = window.importPage(request);
    QVERIFY(!outcome.ok);
    QVERIFY(!outcome.error.isEmpty());
    QCOMPARE(e->pages().size(), 1);
    QCOMPARE(e->stories().size(), stories);
    QCOMPARE(e->undoStack()->count(), 0);
    QVERIFY(!window.document()->isModified());
    QVERIFY(!window.findChild<ImportReportDialog *>());
}

// Regression: a page added a moment ago was not yet in the page list (rebuilt 250 ms after an
// edit), so choosing it did nothing and the list kept 第 1 版 chosen while the view showed the
// new page.
void TestImportPage::addedPageIsChosenInThePageList()
{
    MainWindow window;
    window.openSample();
    window.addPage();
    const ObjectId added = window.document()->edition()->pages().last().id;
    QCOMPARE(window.pageView()->pageId(), added);
    QCOMPARE(window.pageList()->currentPage(), added);
    QTest::qWait(400); // past the delayed rebuild
    QCOMPARE(window.pageList()->currentPage(), added);
    QCOMPARE(window.pageView()->pageId(), added);
}

QTEST_MAIN(TestImportPage)
#include "tst_importpage.moc"
