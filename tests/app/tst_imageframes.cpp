#include "app/cmykfield.h"
#include "app/editiondocument.h"
#include "app/framestylebox.h"
#include "app/imageframebox.h"
#include "app/imageframes.h"
#include "app/layoutcache.h"
#include "app/mainwindow.h"
#include "app/objectactions.h"
#include "app/pageview.h"
#include "app/propertiespanel.h"
#include "apptesthelpers.h"
#include "model/edition.h"
#include "model/framecommand.h"
#include "model/pagetemplate.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QImage>
#include <QLabel>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QUndoStack>
#include <QtTest>

using namespace folio;
using namespace folio::app;
using namespace folio::app::test;

namespace {
constexpr double kDotsPerMetreAt300 = 300 / 0.0254;

// A 600 × 400 px picture recorded at 300 ppi: 144 × 96 pt at its own size.
QByteArray makePng(int width = 600, int height = 400)
{
    QImage image(width, height, QImage::Format_RGB32);
    image.fill(QColor(40, 120, 200));
    image.setDotsPerMeterX(qRound(kDotsPerMetreAt300));
    image.setDotsPerMeterY(qRound(kDotsPerMetreAt300));
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

QRectF imageItemRect(const PageLayout &layout, ObjectId frameId)
{
    return ImageFrames::placedRect(layout, frameId).value_or(QRectF());
}
} // namespace

class TestImageFrames : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void createFrameByDrag_data();
    void createFrameByDrag();
    void ruleToolDrawsAStraightRule();
    void placePngStoresAssetAndShowsPpi();
    void placeIntoNothingMakesAFrameAtPictureSize();
    void largePicturePlacesAtItsOwnSize();
    void brokenPictureLosesNothing_data();
    void brokenPictureLosesNothing();
    void fitModes_data();
    void fitModes();
    void contentDragCropsInOneStep();
    void captionFrameUnderPhoto();
    void wrapAndCmykColours();

private:
    ObjectId addImageFrame(const QRectF &rect);
    QString writeFile(const QString &name, const QByteArray &bytes);

    QTemporaryDir m_dir;
    MainWindow *m_window = nullptr;
    PageView *m_view = nullptr;
    Edition *m_edition = nullptr;
    ObjectId m_pageId = 0;
};

void TestImageFrames::initTestCase()
{
    isolateSettings(m_dir.filePath("settings"), QStringLiteral("tst_imageframes"));
}

void TestImageFrames::init()
{
    auto edition = Edition::createDefault();
    Page page = PageTemplate::broadsheet8().makePage();
    page.id = edition->newId();
    edition->insertPage(0, page);
    m_window = new MainWindow;
    m_window->document()->reset(std::move(edition));
    m_window->resize(1400, 900);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
    m_view = m_window->pageView();
    m_edition = m_window->document()->edition();
    m_pageId = m_edition->pages().first().id;
    m_view->setZoom(1.0);
}

void TestImageFrames::cleanup()
{
    delete m_window;
    m_window = nullptr;
}

ObjectId TestImageFrames::addImageFrame(const QRectF &rect)
{
    Frame f;
    f.id = m_edition->newId();
    f.kind = FrameKind::Image;
    f.name = QStringLiteral("图片");
    f.rect = rect;
    m_edition->undoStack()->push(FrameCommand::add(m_edition, m_pageId, f));
    m_view->setSelection({f.id});
    return f.id;
}

QString TestImageFrames::writeFile(const QString &name, const QByteArray &bytes)
{
    const QString path = m_dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write(bytes);
    return path;
}

void TestImageFrames::createFrameByDrag_data()
{
    QTest::addColumn<PageView::Tool>("tool");
    QTest::addColumn<FrameKind>("kind");
    QTest::addColumn<bool>("hasStroke");
    QTest::newRow("image") << PageView::Tool::ImageFrame << FrameKind::Image << false;
    QTest::newRow("box") << PageView::Tool::Box << FrameKind::Box << true;
}

void TestImageFrames::createFrameByDrag()
{
    QFETCH(PageView::Tool, tool);
    QFETCH(FrameKind, kind);
    QFETCH(bool, hasStroke);
    const Page &page = m_edition->pages().first();
    const QPoint from =
        reveal(m_view, QPointF(page.columnLeft(2) + 2.5, page.typeArea().top() + 40));
    const double ppp = m_view->pixelsPerPt();
    // 3 px short of column 4's right edge: inside the snapping distance.
    const QPoint to =
        from +
        QPointF((page.columnLeft(3) + page.columnWidth() - page.columnLeft(2) - 2.5) * ppp - 3,
                150 * ppp)
            .toPoint();
    m_view->setTool(tool);
    QSignalSpy created(m_view, &PageView::frameCreated);
    drag(m_view->viewport(), from, to);
    QCOMPARE(created.size(), 1);
    const ObjectId id = created.first().first().value<ObjectId>();
    const Frame *f = m_edition->frame(id);
    QVERIFY(f);
    QCOMPARE(f->kind, kind);
    QCOMPARE(f->hasStroke, hasStroke);
    QCOMPARE(f->rect.left(), page.columnLeft(2));
    QCOMPARE(f->rect.right(), page.columnLeft(3) + page.columnWidth());
    QCOMPARE(m_view->tool(), PageView::Tool::Select);
    QCOMPARE(m_edition->undoStack()->count(), 1);
    m_edition->undoStack()->undo();
    QVERIFY(!m_edition->frame(id));
    m_edition->undoStack()->redo();
    QCOMPARE(m_edition->frame(id)->kind, kind);
}

void TestImageFrames::ruleToolDrawsAStraightRule()
{
    const Page &page = m_edition->pages().first();
    // From just inside column 2's left edge (snaps) along a slightly slanted drag.
    const QPoint from =
        reveal(m_view, QPointF(page.columnLeft(1) + 2.5, page.typeArea().top() + 300));
    const QPoint to = from + QPoint(qRound(200 * m_view->pixelsPerPt()), 12);
    m_view->setTool(PageView::Tool::Rule);
    QSignalSpy created(m_view, &PageView::frameCreated);
    drag(m_view->viewport(), from, to);
    QCOMPARE(created.size(), 1);
    const Frame *f = m_edition->frame(created.first().first().value<ObjectId>());
    QCOMPARE(f->kind, FrameKind::Rule);
    QVERIFY(f->hasStroke);
    QCOMPARE(f->rect.left(), page.columnLeft(1));
    // Horizontal, through the point where the drag began.
    QCOMPARE(f->rect.height(), 0.0);
    QCOMPARE(f->rect.top(), m_view->viewToPage(from).y());
    // The page draws it as a rule item.
    bool drawn = false;
    for (const PageItem &item : m_window->layouts()->layout(m_pageId)->items)
        if (const auto *rule = std::get_if<RuleItem>(&item); rule && rule->frameId == f->id)
            drawn = rule->from.y() == rule->to.y();
    QVERIFY(drawn);
}

void TestImageFrames::placePngStoresAssetAndShowsPpi()
{
    // Two columns wide, tall enough that the width decides the fit.
    const Page &page = m_edition->pages().first();
    const double width = 2 * page.columnWidth() + page.grid.gutter;
    const QRectF rect(page.columnLeft(0), page.typeArea().top(), width, 400);
    const ObjectId frameId = addImageFrame(rect);
    const QByteArray png = makePng();
    const QString path = writeFile(QStringLiteral("photo.png"), png);
    const int before = m_edition->undoStack()->count();

    QCOMPARE(m_window->objectActions()->placeImage(path), QString());
    QCOMPARE(m_edition->undoStack()->count(), before + 1);
    QCOMPARE(m_edition->images().size(), 1);
    const ImageAsset &asset = m_edition->images().first();
    QCOMPARE(asset.data, png);
    QCOMPARE(asset.format, QStringLiteral("png"));
    QCOMPARE(asset.name, QStringLiteral("photo.png"));
    QCOMPARE(asset.pixelSize, QSize(600, 400));
    QCOMPARE(asset.dpi, 300.0);
    const Frame *f = m_edition->frame(frameId);
    QCOMPARE(f->assetId, asset.id);
    QCOMPARE(f->fit, ImageFit::Fit);

    // Fit: the picture spans the frame's width, so ppi = 600 px over the width in inches.
    const QRectF placed = imageItemRect(*m_window->layouts()->layout(m_pageId), frameId);
    QVERIFY(qAbs(placed.width() - width) < 1e-6);
    const double expected = 600 / (width / 72.0);
    ImageFrameBox *box = m_window->properties()->imageBox();
    QVERIFY(box->isVisibleTo(m_window->properties()));
    QVERIFY(qAbs(box->effectivePpi() - expected) < 1e-6);
    QVERIFY(box->ppiLabel()->text().contains(QString::number(qRound(expected))));
    QCOMPARE(box->fitBox()->currentData().toInt(), int(ImageFit::Fit));

    // One undo takes the picture out of the frame and the edition.
    m_edition->undoStack()->undo();
    QCOMPARE(m_edition->images().size(), 0);
    QCOMPARE(m_edition->frame(frameId)->assetId, ObjectId(0));
    QCOMPARE(box->effectivePpi(), 0.0);
    m_edition->undoStack()->redo();
    QCOMPARE(m_edition->images().size(), 1);
    QCOMPARE(m_edition->frame(frameId)->assetId, m_edition->images().first().id);
}

void TestImageFrames::placeIntoNothingMakesAFrameAtPictureSize()
{
    m_view->setSelection({});
    const QString path = writeFile(QStringLiteral("small.png"), makePng(300, 150));
    QCOMPARE(m_window->objectActions()->placeImage(path), QString());
    QCOMPARE(m_view->selection().size(), 1);
    const Frame *f = m_edition->frame(m_view->currentFrameId());
    QCOMPARE(f->kind, FrameKind::Image);
    // 300 × 150 px at 300 ppi is 72 × 36 pt.
    QVERIFY(qAbs(f->rect.width() - 72) < 0.01);
    QVERIFY(qAbs(f->rect.height() - 36) < 0.01);
    QCOMPARE(f->rect.topLeft(), m_edition->pages().first().typeArea().topLeft());
    m_edition->undoStack()->undo();
    QVERIFY(m_edition->pages().first().frames.isEmpty());
    QVERIFY(m_edition->images().isEmpty());
}

// Regression: a 6000 × 6000 photo (over Qt's one-piece decode limit) was refused as 已损坏.
void TestImageFrames::largePicturePlacesAtItsOwnSize()
{
    QImage photo(6000, 6000, QImage::Format_RGB32);
    photo.fill(QColor(40, 120, 200));
    photo.setDotsPerMeterX(11811);
    photo.setDotsPerMeterY(11811);
    QByteArray jpeg;
    QBuffer buffer(&jpeg);
    buffer.open(QIODevice::WriteOnly);
    QVERIFY(photo.save(&buffer, "JPEG", 60));
    const ObjectId frameId = addImageFrame(QRectF(100, 100, 200, 150));
    const QString path = writeFile(QStringLiteral("big.jpg"), jpeg);
    const QString problem = m_window->objectActions()->placeImage(path);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QCOMPARE(m_edition->images().size(), 1);
    QCOMPARE(m_edition->images().first().pixelSize, QSize(6000, 6000));
    QCOMPARE(m_edition->images().first().data, jpeg);
    QCOMPARE(m_edition->frame(frameId)->assetId, m_edition->images().first().id);
}

void TestImageFrames::brokenPictureLosesNothing_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("expect");
    QTest::newRow("empty") << QByteArray() << QStringLiteral("空");
    QTest::newRow("text") << QByteArray("not a picture at all") << QStringLiteral("JPEG 或 PNG");
    QTest::newRow("truncated png") << makePng().left(200) << QStringLiteral("损坏");
    QImage gif(20, 20, QImage::Format_RGB32);
    gif.fill(Qt::red);
    QByteArray bmp;
    QBuffer buffer(&bmp);
    buffer.open(QIODevice::WriteOnly);
    gif.save(&buffer, "BMP");
    QTest::newRow("bmp") << bmp << QStringLiteral("JPEG 或 PNG");
}

void TestImageFrames::brokenPictureLosesNothing()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, expect);
    const ObjectId frameId = addImageFrame(QRectF(100, 100, 200, 150));
    const QString path = writeFile(QStringLiteral("broken.png"), bytes);
    const int commands = m_edition->undoStack()->count();
    const QString problem = m_window->objectActions()->placeImage(path);
    QVERIFY2(problem.contains(expect), qPrintable(problem));
    QVERIFY(problem.contains(QStringLiteral("broken.png")));
    QCOMPARE(m_edition->undoStack()->count(), commands);
    QVERIFY(m_edition->images().isEmpty());
    QCOMPARE(m_edition->frame(frameId)->assetId, ObjectId(0));
    // A missing file says so too.
    QVERIFY(!m_window->objectActions()->placeImage(m_dir.filePath("missing.jpg")).isEmpty());
    QCOMPARE(m_edition->undoStack()->count(), commands);
}

void TestImageFrames::fitModes_data()
{
    QTest::addColumn<ImageFit>("fit");
    QTest::addColumn<QRectF>("expected");
    // Frame 200 × 200 pt at (100, 100); picture 144 × 96 pt at its own size.
    QTest::newRow("fill") << ImageFit::Fill << QRectF(50, 100, 300, 200);
    QTest::newRow("fit") << ImageFit::Fit
                         << QRectF(100, 100 + (200 - 400.0 / 3) / 2, 200, 400.0 / 3);
    QTest::newRow("original") << ImageFit::Original << QRectF(100, 100, 144, 96);
}

void TestImageFrames::fitModes()
{
    QFETCH(ImageFit, fit);
    QFETCH(QRectF, expected);
    const ObjectId frameId = addImageFrame(QRectF(100, 100, 200, 200));
    QCOMPARE(ImageFrames::placeData(m_edition, m_pageId, frameId, makePng(), "p.png"), QString());
    ImageFrameBox *box = m_window->properties()->imageBox();
    const int index = box->fitBox()->findData(int(fit));
    box->fitBox()->setCurrentIndex(index);
    Q_EMIT box->fitBox()->activated(index);
    QCOMPARE(m_edition->frame(frameId)->fit, fit);
    const QRectF placed = imageItemRect(*m_window->layouts()->layout(m_pageId), frameId);
    QVERIFY2(qAbs(placed.left() - expected.left()) < 1e-6 &&
                 qAbs(placed.top() - expected.top()) < 1e-6 &&
                 qAbs(placed.width() - expected.width()) < 1e-6 &&
                 qAbs(placed.height() - expected.height()) < 1e-6,
             qPrintable(QStringLiteral("%1,%2 %3×%4")
                            .arg(placed.left())
                            .arg(placed.top())
                            .arg(placed.width())
                            .arg(placed.height())));

    // Manual keeps the picture exactly where the mode before it put it.
    const int manual = box->fitBox()->findData(int(ImageFit::Manual));
    box->fitBox()->setCurrentIndex(manual);
    Q_EMIT box->fitBox()->activated(manual);
    QCOMPARE(m_edition->frame(frameId)->fit, ImageFit::Manual);
    const QRectF kept = imageItemRect(*m_window->layouts()->layout(m_pageId), frameId);
    QVERIFY(qAbs(kept.left() - placed.left()) < 1e-6 && qAbs(kept.top() - placed.top()) < 1e-6);
    QVERIFY(qAbs(kept.width() - placed.width()) < 1e-6);
    // The manual scale field: 50 % of the picture's own size.
    box->scaleField()->setValue(50);
    QVERIFY(qAbs(imageItemRect(*m_window->layouts()->layout(m_pageId), frameId).width() - 72) <
            1e-6);
    QVERIFY(qAbs(box->effectivePpi() - 600) < 1e-6);
}

void TestImageFrames::contentDragCropsInOneStep()
{
    const ObjectId frameId = addImageFrame(QRectF(100, 100, 200, 200));
    QCOMPARE(ImageFrames::placeData(m_edition, m_pageId, frameId, makePng(), "p.png"), QString());
    const QRectF before = imageItemRect(*m_window->layouts()->layout(m_pageId), frameId);
    const int commands = m_edition->undoStack()->count();
    m_view->setTool(PageView::Tool::Content);
    const QPoint from = reveal(m_view, QPointF(200, 200));
    drag(m_view->viewport(), from, from + QPoint(40, -20));
    QCOMPARE(m_edition->undoStack()->count(), commands + 1);
    const Frame *f = m_edition->frame(frameId);
    QCOMPARE(f->fit, ImageFit::Manual);
    QCOMPARE(f->rect, QRectF(100, 100, 200, 200)); // the frame stays, the picture moves
    const QRectF after = imageItemRect(*m_window->layouts()->layout(m_pageId), frameId);
    const double ppp = m_view->pixelsPerPt();
    QVERIFY(qAbs(after.left() - (before.left() + 40 / ppp)) < 1e-6);
    QVERIFY(qAbs(after.top() - (before.top() - 20 / ppp)) < 1e-6);
    QVERIFY(qAbs(after.width() - before.width()) < 1e-6);
    m_edition->undoStack()->undo();
    QCOMPARE(m_edition->frame(frameId)->fit, ImageFit::Fit);
    QCOMPARE(imageItemRect(*m_window->layouts()->layout(m_pageId), frameId), before);
}

void TestImageFrames::captionFrameUnderPhoto()
{
    const ObjectId frameId = addImageFrame(QRectF(100, 100, 200, 150));
    const int stories = int(m_edition->stories().size());
    QCOMPARE(m_window->objectActions()->addCaption(), QString());
    const Frame *photo = m_edition->frame(frameId);
    const Frame *caption = m_edition->frame(photo->captionFrameId);
    QVERIFY(caption);
    QCOMPARE(caption->kind, FrameKind::Text);
    QCOMPARE(caption->rect.left(), 100.0);
    QCOMPARE(caption->rect.width(), 200.0);
    QVERIFY(caption->rect.top() > 250.0 && caption->rect.top() < 260.0);
    const Story *story = m_edition->story(caption->storyId);
    QVERIFY(story);
    QCOMPARE(m_edition->stories().size(), stories + 1);
    QCOMPARE(m_edition->paragraphStyle(story->paragraphs.first().styleId)->role,
             ParagraphRole::Caption);
    QCOMPARE(m_view->selection(), QList<ObjectId>{caption->id});
    // A second caption for the same photo is refused.
    m_view->setSelection({frameId});
    QVERIFY(!m_window->objectActions()->addCaption().isEmpty());
    // One undo step removes frame, story and link.
    const ObjectId captionId = caption->id;
    m_edition->undoStack()->undo();
    QVERIFY(!m_edition->frame(captionId));
    QCOMPARE(m_edition->stories().size(), stories);
    QCOMPARE(m_edition->frame(frameId)->captionFrameId, ObjectId(0));
}

void TestImageFrames::wrapAndCmykColours()
{
    const ObjectId frameId = addImageFrame(QRectF(100, 100, 200, 150));
    FrameStyleBox *box = m_window->properties()->styleBox();
    QVERIFY(box->wrapCheck()->isVisibleTo(box));
    box->wrapCheck()->setChecked(true);
    QVERIFY(m_edition->frame(frameId)->textWrap);
    box->wrapOffsetField()->setValue(9);
    QCOMPARE(m_edition->frame(frameId)->wrapOffset, 9.0);
    box->strokeCheck()->setChecked(true);
    box->strokeColorField()->inkField(0)->setValue(100); // C 100, K stays 100
    const Frame *f = m_edition->frame(frameId);
    QVERIFY(f->hasStroke);
    QCOMPARE(f->strokeColor, (CmykColor{1, 0, 0, 1}));
    // The untouched fill kept its exact inks.
    QCOMPARE(f->fillColor, CmykColor::grey(0.1));
    box->fillCheck()->setChecked(true);
    box->fillColorField()->inkField(2)->setValue(40);
    QCOMPARE(m_edition->frame(frameId)->fillColor, (CmykColor{0, 0, 0.4, 0.1}));
    // Each finished edit is its own undo step.
    for (int i = 0; i < 6; ++i)
        m_edition->undoStack()->undo();
    f = m_edition->frame(frameId);
    QVERIFY(!f->textWrap);
    QVERIFY(!f->hasStroke);
    QVERIFY(!f->hasFill);
    QCOMPARE(f->strokeColor, CmykColor::black());
    QVERIFY(!box->wrapCheck()->isChecked());
    QCOMPARE(box->strokeColorField()->inkField(0)->value(), 0);
}

QTEST_MAIN(TestImageFrames)
#include "tst_imageframes.moc"
