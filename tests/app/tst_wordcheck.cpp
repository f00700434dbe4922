// 用字检查 in the window: a wrong word planted in the seed story is listed with its 版 and
// suggestion, underlined with a red wavy line in the page view (and only there: the exported
// PDF/X page has no red), and one click on 替换 fixes it as one undo step. Extra lists come
// from the preferences.
#include "app/editiondocument.h"
#include "app/editionexporter.h"
#include "app/hitlocator.h"
#include "app/mainwindow.h"
#include "app/pageview.h"
#include "app/settingsdialog.h"
#include "app/textchecks.h"
#include "app/wordcheckmarks.h"
#include "app/wordcheckpanel.h"
#include "apptesthelpers.h"
#include "model/edition.h"
#include "seededition.h"

#include <QAction>
#include <QDir>
#include <QFile>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTreeWidget>
#include <QUndoStack>
#include <QtTest>
#include <poppler-qt6.h>

using namespace folio;
using namespace folio::app;

namespace {

const QString kWrong = QStringLiteral("按装");
const QString kRight = QStringLiteral("安装");

bool isRed(QRgb c)
{
    return qRed(c) > 170 && qGreen(c) < 100 && qBlue(c) < 100;
}

int redPixels(const QImage &image, const QRect &area)
{
    int n = 0;
    const QRect r = area.intersected(image.rect());
    for (int y = r.top(); y <= r.bottom(); ++y)
        for (int x = r.left(); x <= r.right(); ++x)
            n += isRed(image.pixel(x, y));
    return n;
}

int darkPixels(const QImage &image, const QRect &area)
{
    int n = 0;
    const QRect r = area.intersected(image.rect());
    for (int y = r.top(); y <= r.bottom(); ++y)
        for (int x = r.left(); x <= r.right(); ++x)
            n += qGray(image.pixel(x, y)) < 100;
    return n;
}

} // namespace

class TestWordCheck : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void wavyLineOnScreenOnlyAndReplaceFixes();
    void extraListFromPreferences();

private:
    int hitIndex(const QString &word) const;
    // The strip just under the hit's glyphs in the page view, in viewport pixels.
    QRect underline(const StoryHit &hit) const;

    QTemporaryDir m_dir;
    MainWindow *m_window = nullptr;
    Edition *m_edition = nullptr;
    WordCheckPanel *m_panel = nullptr;
    ObjectId m_story = 0;
    int m_offset = 0;
};

void TestWordCheck::initTestCase()
{
    QVERIFY(m_dir.isValid());
    test::isolateSettings(m_dir.filePath("settings"), QStringLiteral("tst_wordcheck"));
}

void TestWordCheck::init()
{
    // The seed story with 按装 planted in its first body paragraph.
    auto edition = test::createSeedEdition();
    Story story = edition->stories().first();
    Paragraph &body = story.paragraphs[3];
    QString text = body.text();
    const QString after = QStringLiteral("本报讯（记者 周美玉）");
    QVERIFY(text.startsWith(after));
    text.insert(after.size(), QStringLiteral("设备%1完毕，").arg(kWrong));
    body.runs = {TextRun{text, 0}};
    edition->putStory(story);
    edition->undoStack()->clear();
    m_story = story.id;
    m_offset = int(story.plainText().indexOf(kWrong));

    m_window = new MainWindow;
    m_window->document()->reset(std::move(edition));
    m_window->resize(1400, 900);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
    m_edition = m_window->document()->edition();
    m_panel = m_window->textChecks()->wordCheckPanel();
    m_window->textChecks()->wordCheckAction()->trigger();
    QVERIFY(m_panel->isVisible());
    QTRY_VERIFY(hitIndex(kWrong) >= 0);
}

void TestWordCheck::cleanup()
{
    delete m_window;
    m_window = nullptr;
    SettingsDialog::setWordListFiles({});
}

int TestWordCheck::hitIndex(const QString &word) const
{
    for (int i = 0; i < m_panel->hits().size(); ++i)
        if (m_panel->hits()[i].found == word)
            return i;
    return -1;
}

QRect TestWordCheck::underline(const StoryHit &hit) const
{
    const auto where = HitLocator(m_edition, m_window->layouts()).locate(hit);
    if (where.boxes.isEmpty())
        return {};
    PageView *view = m_window->pageView();
    const QRectF box = where.boxes.first();
    const QPointF left = view->pageToView(box.bottomLeft());
    const QPointF right = view->pageToView(box.bottomRight());
    return QRect(QPoint(qRound(left.x()), qRound(left.y())),
                 QPoint(qRound(right.x()), qRound(right.y()) + 6));
}

void TestWordCheck::wavyLineOnScreenOnlyAndReplaceFixes()
{
    int index = hitIndex(kWrong);
    const StoryHit hit = m_panel->hits()[index];
    QCOMPARE(hit.storyId, m_story);
    QCOMPARE(hit.offset, m_offset);
    QCOMPARE(hit.replacement, kRight);
    QTreeWidgetItem *item = m_panel->results()->topLevelItem(index);
    QCOMPARE(item->text(0), QStringLiteral("第1版 要闻"));
    QCOMPARE(item->text(1), QStringLiteral("昌平工会"));
    QCOMPARE(item->text(2), kWrong);
    QCOMPARE(item->text(3), kRight);

    // A click on the row shows the hit in the middle of the page view, here at 300 %.
    PageView *view = m_window->pageView();
    view->setZoom(3.0);
    QWidget *rows = m_panel->results()->viewport();
    QTest::mouseClick(rows, Qt::LeftButton, {}, m_panel->results()->visualItemRect(item).center());
    QCOMPARE(m_panel->results()->currentItem(), item);
    const QRect strip = underline(hit);
    QVERIFY(!strip.isEmpty());
    QVERIFY(view->viewport()->rect().contains(strip));
    QVERIFY(strip.width() > 40); // two characters of 9 pt body text at 300 %

    // The wavy line is on the screen under the word, and goes with 标出用字问题 off.
    QImage screen = view->viewport()->grab().toImage();
    QVERIFY2(redPixels(screen, strip) > strip.width() / 2,
             qPrintable(QString::number(redPixels(screen, strip))));
    m_window->textChecks()->marksAction()->trigger();
    QVERIFY(!m_window->textChecks()->marks()->isEnabled());
    screen = view->viewport()->grab().toImage();
    QCOMPARE(redPixels(screen, strip), 0);
    m_window->textChecks()->marksAction()->trigger();
    screen = view->viewport()->grab().toImage();
    QVERIFY(redPixels(screen, strip) > strip.width() / 2);

    // The exported PDF/X page has the word but nothing red: the marks are screen only.
    const ObjectId pageId = m_edition->pages().first().id;
    EditionExporter exporter(m_edition, m_window->layouts());
    QString error;
    const QString folder = m_dir.filePath(QStringLiteral("pdf"));
    QVERIFY(QDir().mkpath(folder));
    QVERIFY2(exporter.prepare(m_edition->exportSettings(), {pageId}, folder, &error),
             qPrintable(error));
    QVERIFY2(exporter.write([](int, int, const QString &) { return true; }, &error),
             qPrintable(error));
    QCOMPARE(exporter.written().size(), 1);
    std::unique_ptr<Poppler::Document> pdf(Poppler::Document::load(exporter.written().first()));
    QVERIFY(pdf && !pdf->isLocked());
    std::unique_ptr<Poppler::Page> page(pdf->page(0));
    QVERIFY(page->text(QRectF()).contains(kWrong));
    const double dpi = 216; // 3 px per pt, as on screen
    const QImage printed = page->renderToImage(dpi, dpi);
    const auto where = HitLocator(m_edition, m_window->layouts()).locate(hit);
    // The trim box is the page here (no bleed): page pt × 3 is the rendered pixel.
    const QRectF box = where.boxes.first();
    const QRect glyphs(QPoint(int(box.left() * 3), int(box.top() * 3)),
                       QPoint(int(box.right() * 3), int(box.bottom() * 3) + 6));
    QVERIFY(darkPixels(printed, glyphs) > 50); // the word is printed there
    QCOMPARE(redPixels(printed, glyphs), 0);
    QCOMPARE(redPixels(printed, printed.rect()), 0);

    // One click on 替换 puts 安装 in: one undo step; the hit and its line are gone.
    const int steps = m_edition->undoStack()->count();
    QVERIFY(m_panel->replaceButton()->isEnabled());
    QTest::mouseClick(m_panel->replaceButton(), Qt::LeftButton);
    QCOMPARE(m_edition->undoStack()->count(), steps + 1);
    QCOMPARE(m_edition->story(m_story)->plainText().mid(m_offset, 2), kRight);
    QCOMPARE(hitIndex(kWrong), -1);
    QTRY_COMPARE(redPixels(view->viewport()->grab().toImage(), strip), 0);
    m_edition->undoStack()->undo();
    QCOMPARE(m_edition->story(m_story)->plainText().mid(m_offset, 2), kWrong);
    QTRY_VERIFY(hitIndex(kWrong) >= 0);
}

void TestWordCheck::extraListFromPreferences()
{
    const QString list = m_dir.filePath(QStringLiteral("newsroom.txt"));
    QFile file(list);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("# 本报自己的词表\n周美玉   # 署名核对\n全方位 -> 全面\n");
    file.close();
    const QString missing = m_dir.filePath(QStringLiteral("不存在.txt"));
    SettingsDialog::setWordListFiles({list, missing});
    m_window->textChecks()->applySettings();
    QCOMPARE(m_panel->listErrors().size(), 1);
    QVERIFY(m_panel->listErrors().first().contains(missing));
    QVERIFY(hitIndex(kWrong) >= 0); // the default list still counts
    const int flagged = hitIndex(QStringLiteral("周美玉"));
    QVERIFY(flagged >= 0);
    QVERIFY(m_panel->hits()[flagged].replacement.isEmpty());
    QCOMPARE(m_panel->results()->topLevelItem(flagged)->text(3), QStringLiteral("（请核实）"));
    m_panel->results()->setCurrentItem(m_panel->results()->topLevelItem(flagged));
    QVERIFY(!m_panel->replaceButton()->isEnabled()); // nothing to put in for a flagged word
    QVERIFY(hitIndex(QStringLiteral("全方位")) >= 0);

    // Without the extra list only the default one is used again.
    SettingsDialog::setWordListFiles({});
    m_window->textChecks()->applySettings();
    QVERIFY(m_panel->listErrors().isEmpty());
    QCOMPARE(hitIndex(QStringLiteral("周美玉")), -1);
}

QTEST_MAIN(TestWordCheck)
#include "tst_wordcheck.moc"
