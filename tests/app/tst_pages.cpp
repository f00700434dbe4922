#include "app/editiondocument.h"
#include "app/mainwindow.h"
#include "app/pagelistpanel.h"
#include "app/pageview.h"
#include "app/templatedialog.h"
#include "app/usertemplates.h"
#include "core/units.h"
#include "model/edition.h"
#include "model/framecommand.h"
#include "model/pagetemplate.h"
#include "seededition.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLineEdit>
#include <QListWidget>
#include <QMimeData>
#include <QScrollBar>
#include <QSettings>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QUndoStack>
#include <QtTest>

using namespace folio;
using namespace folio::app;

namespace {
// Broadsheet pages numbered 1, 2, 3…, sections A, B, C….
std::unique_ptr<Edition> threePages(int count = 3)
{
    auto edition = Edition::createDefault();
    const QStringList sections = {QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C")};
    for (int i = 0; i < count; ++i) {
        Page page = PageTemplate::broadsheet8().makePage();
        page.id = edition->newId();
        page.section = sections[i];
        page.number = i + 1;
        edition->insertPage(i, page);
    }
    return edition;
}

QString order(const Edition *edition)
{
    QString out;
    for (const Page &p : edition->pages())
        out += QStringLiteral("%1%2 ").arg(p.section).arg(p.number);
    return out.trimmed();
}
} // namespace

class TestPages : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void moveActionsReorderAndUndo_data();
    void moveActionsReorderAndUndo();
    void droppedThumbnailMovesThePage();
    void moveBeyondTheEndsIsRefused();
    void userTemplateRoundTripsAndMakesItsPage();
    void builtInTemplatesAreReadOnly();
    void baselineGridAndChainsChangePixels_data();
    void baselineGridAndChainsChangePixels();
    void viewScrollsThroughAllPages();

private:
    QTemporaryDir m_dir;
};

void TestPages::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.filePath("settings"));
    QCoreApplication::setOrganizationName("FolioTest");
    QCoreApplication::setApplicationName("tst_pages");
}

void TestPages::init()
{
    QSettings().clear();
}

void TestPages::moveActionsReorderAndUndo_data()
{
    QTest::addColumn<int>("page");
    QTest::addColumn<QString>("action");
    QTest::addColumn<QString>("after");
    QTest::newRow("second up") << 1 << QStringLiteral("上移版面") << QStringLiteral("B1 A2 C3");
    QTest::newRow("first down") << 0 << QStringLiteral("下移版面") << QStringLiteral("B1 A2 C3");
    QTest::newRow("second down") << 1 << QStringLiteral("下移版面") << QStringLiteral("A1 C2 B3");
}

void TestPages::moveActionsReorderAndUndo()
{
    QFETCH(int, page);
    QFETCH(QString, action);
    QFETCH(QString, after);
    MainWindow window;
    window.document()->reset(threePages());
    Edition *edition = window.document()->edition();
    const ObjectId id = edition->pages()[page].id;
    window.showFrame(id, 0);
    QAction *move = nullptr;
    for (QAction *a : window.findChildren<QAction *>())
        if (a->text() == action)
            move = a;
    QVERIFY(move);
    QVERIFY(move->isEnabled());
    move->trigger();
    // 版次 follow the new order; the moved page stays shown.
    QCOMPARE(order(edition), after);
    QCOMPARE(window.pageView()->pageId(), id);
    QCOMPARE(window.pageList()->currentPage(), id);
    // One undo step brings back order and numbers.
    edition->undoStack()->undo();
    QCOMPARE(order(edition), QStringLiteral("A1 B2 C3"));
    edition->undoStack()->redo();
    QCOMPARE(order(edition), after);
}

void TestPages::droppedThumbnailMovesThePage()
{
    MainWindow window;
    window.resize(1400, 900);
    window.show();
    window.document()->reset(threePages());
    Edition *edition = window.document()->edition();
    const ObjectId first = edition->pages()[0].id;
    QListWidget *list = window.pageList()->findChild<QListWidget *>();
    QVERIFY(list);
    QTRY_COMPARE(list->count(), 3);
    // Drop page A on the last thumbnail, as a drag from the list does.
    QMimeData mime;
    mime.setData(PageListPanel::pageMimeType(), QByteArray::number(first));
    const QPoint at = list->visualItemRect(list->item(2)).center();
    QDragEnterEvent enter(at, Qt::MoveAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(list->viewport(), &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(at, Qt::MoveAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(list->viewport(), &drop);
    QCOMPARE(order(edition), QStringLiteral("B1 C2 A3"));
    QCOMPARE(window.pageView()->pageId(), first);
    // The list follows the edition: its last thumbnail is page A.
    QTRY_COMPARE(list->item(2)->data(Qt::UserRole + 1).toLongLong(), first);
    edition->undoStack()->undo();
    QCOMPARE(order(edition), QStringLiteral("A1 B2 C3"));
}

void TestPages::moveBeyondTheEndsIsRefused()
{
    MainWindow window;
    window.document()->reset(threePages());
    Edition *edition = window.document()->edition();
    const int steps = edition->undoStack()->count();
    QVERIFY(!window.movePage(edition->pages()[0].id, -1));
    QVERIFY(!window.movePage(edition->pages()[2].id, 3));
    QVERIFY(!window.movePage(9999, 0));
    QCOMPARE(order(edition), QStringLiteral("A1 B2 C3"));
    QCOMPARE(edition->undoStack()->count(), steps);
}

void TestPages::userTemplateRoundTripsAndMakesItsPage()
{
    {
        TemplateDialog dialog;
        dialog.selectTemplate(PageTemplate::tabloid6().key);
        dialog.addCopy();
        QVERIFY(UserTemplates::isUserKey(dialog.currentKey()));
        auto *name = dialog.findChild<QLineEdit *>(QStringLiteral("name"));
        name->setText(QStringLiteral("周刊 5 栏"));
        Q_EMIT name->textEdited(name->text());
        dialog.findChild<QDoubleSpinBox *>(QStringLiteral("width"))->setValue(250);
        dialog.findChild<QDoubleSpinBox *>(QStringLiteral("height"))->setValue(350);
        dialog.findChild<QDoubleSpinBox *>(QStringLiteral("marginTop"))->setValue(20);
        dialog.findChild<QDoubleSpinBox *>(QStringLiteral("marginBottom"))->setValue(15);
        dialog.findChild<QDoubleSpinBox *>(QStringLiteral("marginLeft"))->setValue(12);
        dialog.findChild<QDoubleSpinBox *>(QStringLiteral("marginRight"))->setValue(12);
        dialog.findChild<QSpinBox *>(QStringLiteral("columns"))->setValue(5);
        dialog.findChild<QDoubleSpinBox *>(QStringLiteral("gridFontSize"))->setValue(10);
        dialog.findChild<QDoubleSpinBox *>(QStringLiteral("gridLeading"))->setValue(15);
        // The gutter in characters of the grid's size: 1.5 字 of 10 pt = 15 pt.
        dialog.findChild<QComboBox *>(QStringLiteral("gutterUnit"))->setCurrentIndex(1);
        dialog.findChild<QDoubleSpinBox *>(QStringLiteral("gutter"))->setValue(1.5);
        dialog.accept();
    }
    const QList<PageTemplate> stored = UserTemplates::load();
    QCOMPARE(stored.size(), 1);
    const PageTemplate t = stored.first();
    QCOMPARE(t.name, QStringLiteral("周刊 5 栏"));
    QCOMPARE(t.size, QSizeF(units::ptFromMm(250), units::ptFromMm(350)));
    QCOMPARE(t.margins, QMarginsF(units::ptFromMm(12), units::ptFromMm(20), units::ptFromMm(12),
                                  units::ptFromMm(15)));
    QCOMPARE(t.grid.columns, 5);
    QCOMPARE(t.grid.gutter, 15.0);
    QCOMPARE(t.grid.gridFontSize, 10.0);
    QCOMPARE(t.grid.gridLeading, 15.0);

    // Offered after the built-ins; a new edition of it has its page and grid.
    const QList<PageTemplate> all = UserTemplates::all();
    QCOMPARE(all.size(), 3);
    QCOMPARE(all.last().key, t.key);
    QSettings().setValue(QStringLiteral("newEdition/template"), t.key);
    MainWindow window;
    QAction *newAction = nullptr;
    for (QAction *a : window.findChildren<QAction *>())
        if (a->shortcut() == QKeySequence(QKeySequence::New))
            newAction = a;
    QVERIFY(newAction);
    newAction->trigger();
    const Page &page = window.document()->edition()->pages().first();
    QCOMPARE(page.templateName, t.key);
    QCOMPARE(page.size, t.size);
    QCOMPARE(page.margins, t.margins);
    QCOMPARE(page.grid, t.grid);
    // Column width follows: (type width − 4 gutters) / 5.
    const double typeWidth = units::ptFromMm(250 - 24);
    QCOMPARE(page.columnWidth(), (typeWidth - 4 * 15.0) / 5);
}

void TestPages::builtInTemplatesAreReadOnly()
{
    TemplateDialog dialog;
    dialog.selectTemplate(PageTemplate::broadsheet8().key);
    QVERIFY(!dialog.findChild<QDoubleSpinBox *>(QStringLiteral("width"))->isEnabled());
    dialog.accept();
    QVERIFY(UserTemplates::load().isEmpty());
}

void TestPages::baselineGridAndChainsChangePixels_data()
{
    QTest::addColumn<bool>("baselines");
    QTest::addColumn<bool>("chains");
    QTest::newRow("baseline grid") << true << false;
    QTest::newRow("story chains") << false << true;
}

void TestPages::baselineGridAndChainsChangePixels()
{
    QFETCH(bool, baselines);
    QFETCH(bool, chains);
    MainWindow window;
    window.resize(1400, 900);
    window.show();
    window.document()->reset(test::createSeedEdition());
    PageView *view = window.pageView();
    view->setSelection({}); // the selected frame's chain is drawn anyway
    const QImage plain = view->viewport()->grab().toImage();
    view->setShowsBaselineGrid(baselines);
    view->setShowsChains(chains);
    const QImage shown = view->viewport()->grab().toImage();
    QCOMPARE(shown.size(), plain.size());
    qint64 changed = 0;
    for (int y = 0; y < plain.height(); ++y)
        for (int x = 0; x < plain.width(); ++x)
            changed += plain.pixel(x, y) != shown.pixel(x, y);
    // A line per body line across the type area, or an arrow between the two chained frames.
    QVERIFY2(changed > (baselines ? 5000 : 100), qPrintable(QString::number(changed)));
    view->setShowsBaselineGrid(false);
    view->setShowsChains(false);
    QCOMPARE(view->viewport()->grab().toImage(), plain);
}

void TestPages::viewScrollsThroughAllPages()
{
    MainWindow window;
    window.resize(1400, 900);
    window.show();
    window.document()->reset(threePages(2));
    Edition *edition = window.document()->edition();
    const ObjectId first = edition->pages()[0].id;
    const ObjectId second = edition->pages()[1].id;
    // A frame near the top of page 2, reachable while page 1 is still under the centre.
    Frame frame;
    frame.id = edition->newId();
    frame.kind = FrameKind::Text;
    frame.name = QStringLiteral("第二版框");
    frame.rect = QRectF(100, 30, 300, 120);
    edition->undoStack()->push(FrameCommand::add(edition, second, frame));
    Frame onFirst = frame;
    onFirst.id = edition->newId();
    onFirst.name = QStringLiteral("第一版框");
    edition->undoStack()->push(FrameCommand::add(edition, first, onFirst));
    PageView *view = window.pageView();
    // A frame already selected, so the properties dock keeps its size when the click selects
    // another and the view's geometry stays put between press and release.
    view->setSelection({onFirst.id});
    QCoreApplication::processEvents();
    QListWidget *list = window.pageList()->findChild<QListWidget *>();
    QVERIFY(list);
    QTRY_COMPARE(list->count(), 2);
    QCOMPARE(view->pageId(), first);
    const double centre = view->viewport()->height() / 2.0;

    // Both pages are stacked: page 2 below page 1, with a gap.
    const QRectF page1 = view->pageRectInView(first);
    const QRectF page2 = view->pageRectInView(second);
    QVERIFY(page2.top() > page1.bottom());
    QCOMPARE(page2.left(), page1.left());

    // Scrolling to the end brings page 2 under the centre: current, and chosen in the list.
    QScrollBar *bar = view->verticalScrollBar();
    bar->setValue(bar->maximum());
    QCOMPARE(view->pageId(), second);
    QCOMPARE(window.pageList()->currentPage(), second);
    QVERIFY(view->pageRectInView(second).contains(QPointF(page2.center().x(), centre)));

    // Scrolled back so page 1's foot sits below the centre and page 2's head shows.
    bar->setValue(qRound(page1.bottom() - view->viewport()->height() * 0.6));
    QCOMPARE(view->pageId(), first);
    QCOMPARE(window.pageList()->currentPage(), first);
    const QRectF shown2 = view->pageRectInView(second);
    const QRectF placed = edition->page(second)->frame(frame.id)->rect;
    const QPointF click = shown2.topLeft() + placed.center() * view->pixelsPerPt();
    QVERIFY(view->viewport()->rect().contains(click.toPoint()));
    QCOMPARE(view->pageAt(click), second);
    // A click there selects page 2's frame: the page under the pointer becomes current.
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, click.toPoint());
    QCOMPARE(view->pageId(), second);
    QCOMPARE(view->selection(), QList<ObjectId>{frame.id});
    QCOMPARE(window.pageList()->currentPage(), second);
    QCOMPARE(edition->page(second)->frame(frame.id)->rect, placed); // a click moves nothing

    // Choosing a page in the list scrolls the view to it.
    bar->setValue(0);
    QCOMPARE(view->pageId(), first);
    list->setCurrentRow(1);
    QCOMPARE(view->pageId(), second);
    QVERIFY(bar->value() > 0);
    QVERIFY(view->pageRectInView(second).contains(QPointF(page2.center().x(), centre)));
    list->setCurrentRow(0);
    QCOMPARE(view->pageId(), first);
    QCOMPARE(bar->value(), 0);
}

QTEST_MAIN(TestPages)
#include "tst_pages.moc"
