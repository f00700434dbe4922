#include "../pdf/largeimages.h"
#include "layout/layoutengine.h"
#include "model/edition.h"
#include "model/pagetemplate.h"
#include "render/markergeometry.h"
#include "render/pagerenderer.h"
#include "render/previewimage.h"
#include "render/screencolor.h"

#include <QFont>
#include <QRawFont>
#include <QtTest>

using namespace folio;
using namespace folio::render;

namespace {
bool isInk(QRgb p)
{
    return qGray(p) < 128;
}

int inkIn(const QImage &image, const QRect &rect)
{
    int n = 0;
    const QRect r = rect.intersected(image.rect());
    for (int y = r.top(); y <= r.bottom(); ++y)
        for (int x = r.left(); x <= r.right(); ++x)
            n += isInk(image.pixel(x, y)) ? 1 : 0;
    return n;
}

std::shared_ptr<const FontRef> serif()
{
    auto ref = std::make_shared<FontRef>();
    ref->family = QStringLiteral("Noto Serif CJK SC");
    ref->style = QStringLiteral("Regular");
    ref->weight = 400;
    return ref;
}

// A run of `text` in Noto Serif CJK SC with the font's own advances, as the composer would
// produce for unjustified Han text.
GlyphRun hanRun(const QString &text, double size, QPointF origin)
{
    QFont font(QStringLiteral("Noto Serif CJK SC"));
    font.setPixelSize(100);
    const QRawFont raw = QRawFont::fromFont(font);
    GlyphRun run;
    run.font = serif();
    run.size = size;
    run.origin = origin;
    run.color = CmykColor::black();
    const auto ids = raw.glyphIndexesForString(text);
    for (int i = 0; i < ids.size(); ++i) {
        run.glyphs.append(ids[i]);
        run.advances.append(size); // Han glyphs are 1 em wide
        run.clusters.append({i, 1, text.mid(i, 1)});
    }
    return run;
}

// A body column as the composer sets it: `lines` lines of 13 Han characters, 9 pt on 13.5 pt,
// justified flush to the frame's 117 pt measure, in frame `frameId` of story `storyId`.
QList<GlyphRun> columnLines(const QRectF &frame, int lines, ObjectId frameId, ObjectId storyId)
{
    QList<GlyphRun> runs;
    for (int i = 0; i < lines; ++i) {
        GlyphRun run = hanRun(QStringLiteral("职工服务驿站建在职工身边了"), 9,
                              QPointF(frame.left(), frame.top() + 9 * 0.88 + i * 13.5));
        run.frameId = frameId;
        run.storyId = storyId;
        run.column = 0;
        runs << run;
    }
    return runs;
}

// Device pixels where the screen rendering differs from the print rendering: the markers.
QList<QPoint> markerPixels(const QImage &screen, const QImage &print)
{
    QList<QPoint> out;
    for (int y = 0; y < screen.height(); ++y)
        for (int x = 0; x < screen.width(); ++x)
            if (screen.pixel(x, y) != print.pixel(x, y))
                out << QPoint(x, y);
    return out;
}

bool isMarkerRed(QRgb p)
{
    const QColor c(p);
    return c.red() > 150 && c.green() < 130 && c.blue() < 130;
}
} // namespace

class TestPageRenderer : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void screenColor_data();
    void screenColor();
    void boxAndRule_data();
    void boxAndRule();
    void glyphsInkInsideTheirAdvances();
    void glyphsFollowLayoutAdvancesNotFontAdvances();
    void markersOnlyOnScreen();
    void copyfitLabelInsideItsFrame_data();
    void copyfitLabelInsideItsFrame();
    void exactFitShowsNoLabel();
    void oversetMarksTheChainsLastFrame();
    void frameRectFromItsItems();
    void composedPageMarkersStayInTheirFrames_data();
    void composedPageMarkersStayInTheirFrames();
    void missingFontIsVisibleOnScreen();
    void imagePlaceholderAndProvider();
    void largePictureShowsAPreview_data();
    void largePictureShowsAPreview();
    void thumbnailKeepsAspect();
};

void TestPageRenderer::screenColor_data()
{
    QTest::addColumn<double>("c");
    QTest::addColumn<double>("m");
    QTest::addColumn<double>("y");
    QTest::addColumn<double>("k");
    QTest::addColumn<QColor>("rgb");
    QTest::newRow("K100 black") << 0.0 << 0.0 << 0.0 << 1.0 << QColor(0, 0, 0);
    QTest::newRow("paper") << 0.0 << 0.0 << 0.0 << 0.0 << QColor(255, 255, 255);
    QTest::newRow("报头红 M100 Y100") << 0.0 << 1.0 << 1.0 << 0.0 << QColor(255, 0, 0);
    QTest::newRow("cyan") << 1.0 << 0.0 << 0.0 << 0.0 << QColor(0, 255, 255);
    QTest::newRow("K50") << 0.0 << 0.0 << 0.0 << 0.5 << QColor(128, 128, 128);
    QTest::newRow("out of range clamps") << -1.0 << 2.0 << 0.0 << 0.0 << QColor(255, 0, 255);
}

void TestPageRenderer::screenColor()
{
    QFETCH(double, c);
    QFETCH(double, m);
    QFETCH(double, y);
    QFETCH(double, k);
    QFETCH(QColor, rgb);
    const QColor got = render::screenColor(CmykColor{c, m, y, k});
    QVERIFY2(qAbs(got.red() - rgb.red()) <= 1 && qAbs(got.green() - rgb.green()) <= 1 &&
                 qAbs(got.blue() - rgb.blue()) <= 1,
             qPrintable(got.name()));
}

void TestPageRenderer::boxAndRule_data()
{
    QTest::addColumn<double>("scale");
    QTest::newRow("100%") << 1.0;
    QTest::newRow("200%") << 2.0;
    QTest::newRow("37.5%") << 0.375;
}

void TestPageRenderer::boxAndRule()
{
    QFETCH(double, scale);
    PageLayout layout;
    layout.pageSize = QSizeF(400, 200);
    BoxItem box;
    box.rect = QRectF(20, 20, 100, 60);
    box.hasFill = true;
    box.fill = CmykColor::black();
    box.hasStroke = false;
    layout.items.append(box);
    BoxItem red;
    red.rect = QRectF(200, 20, 100, 60);
    red.hasFill = true;
    red.fill = CmykColor{0, 1, 1, 0};
    red.hasStroke = false;
    layout.items.append(red);
    RuleItem rule;
    rule.from = QPointF(20, 150);
    rule.to = QPointF(380, 150);
    rule.width = 4;
    layout.items.append(rule);

    PageRenderer renderer;
    const QImage image = renderer.render(layout, scale);
    QCOMPARE(image.size(), QSize(qCeil(400 * scale), qCeil(200 * scale)));
    const auto px = [&](double x, double y) { return image.pixel(int(x * scale), int(y * scale)); };
    QCOMPARE(QColor(px(70, 50)), QColor(Qt::black));
    QCOMPARE(QColor(px(250, 50)), QColor(Qt::red));
    QCOMPARE(QColor(px(150, 50)), QColor(Qt::white));  // between the boxes
    QCOMPARE(QColor(px(10, 50)), QColor(Qt::white));   // left of the black box
    QCOMPARE(QColor(px(200, 150)), QColor(Qt::black)); // on the rule
    QCOMPARE(QColor(px(200, 140)), QColor(Qt::white)); // 10 pt above it
    QCOMPARE(QColor(px(200, 160)), QColor(Qt::white)); // 10 pt below it
    QCOMPARE(QColor(px(10, 150)), QColor(Qt::white));  // flat caps: nothing before the start
}

void TestPageRenderer::glyphsInkInsideTheirAdvances()
{
    PageLayout layout;
    layout.pageSize = QSizeF(300, 100);
    const QString text = QStringLiteral("昌平区总工会");
    const double size = 24;
    const QPointF origin(30, 60);
    layout.items.append(hanRun(text, size, origin));

    PageRenderer renderer;
    const double scale = 2.0;
    const QImage image = renderer.render(layout, scale);
    // Each glyph draws ink inside its own em box (advance wide, ascent 0.88 em, descent 0.12 em).
    for (int i = 0; i < text.size(); ++i) {
        const QRectF em(origin.x() + i * size, origin.y() - 0.88 * size, size, size);
        const QRect px = QRectF(em.topLeft() * scale, em.size() * scale).toRect();
        QVERIFY2(inkIn(image, px) > 20, qPrintable(QStringLiteral("no ink for %1").arg(text[i])));
    }
    // Nothing outside the run's box.
    const QRectF all(origin.x(), origin.y() - 0.88 * size, text.size() * size, size);
    const QRect allPx =
        QRectF(all.topLeft() * scale, all.size() * scale).toRect().adjusted(-2, -2, 2, 2);
    QCOMPARE(inkIn(image, image.rect()), inkIn(image, allPx));
}

// Regression guard: the renderer must place glyphs at the layout's advances (after
// justification), never re-shape or use the font's own metrics.
void TestPageRenderer::glyphsFollowLayoutAdvancesNotFontAdvances()
{
    PageLayout layout;
    layout.pageSize = QSizeF(400, 100);
    GlyphRun run = hanRun(QStringLiteral("国国"), 20, QPointF(20, 60));
    run.advances = {200, 20}; // the second glyph is pushed 200 pt to the right
    layout.items.append(run);
    PageRenderer renderer;
    const QImage image = renderer.render(layout, 1.0);
    QVERIFY(inkIn(image, QRect(20, 40, 20, 22)) > 10);
    QCOMPARE(inkIn(image, QRect(45, 30, 170, 40)), 0); // the gap the advance made
    QVERIFY(inkIn(image, QRect(220, 40, 20, 22)) > 10);
}

void TestPageRenderer::markersOnlyOnScreen()
{
    PageLayout layout;
    layout.pageSize = QSizeF(100, 100);
    MarkerItem marker;
    marker.kind = MarkerItem::Kind::Overset;
    marker.position = QPointF(50, 50);
    layout.items.append(marker);

    PageRenderer renderer;
    const QImage print = renderer.render(layout, 1.0);
    QCOMPARE(inkIn(print, print.rect()), 0);
    QCOMPARE(QColor(print.pixel(50, 46)), QColor(Qt::white));

    renderer.setScreen(true);
    const QImage screen = renderer.render(layout, 1.0);
    // Without a frame to read, the ⊞ sits up and to the left of its anchor (the corner of the
    // frame): its red frame on pixels 38 and 48, the cross through pixel 43.
    QVERIFY(isMarkerRed(screen.pixel(43, 38)));
    QVERIFY(isMarkerRed(screen.pixel(38, 43)));
    QVERIFY(isMarkerRed(screen.pixel(43, 43)));
    QCOMPARE(QColor(screen.pixel(50, 50)), QColor(Qt::white));
    QCOMPARE(QColor(screen.pixel(44, 50)), QColor(Qt::white));
}

void TestPageRenderer::copyfitLabelInsideItsFrame_data()
{
    QTest::addColumn<double>("scale");
    QTest::addColumn<QString>("count");
    QTest::addColumn<QString>("label");
    // 41 % on a 96 dpi screen, 100 %, 200 %, 800 %.
    QTest::newRow("41% 剩余") << 0.41 * 96 / 72 << QStringLiteral("剩余 26 字，2 行")
                              << QStringLiteral("剩余 26 字");
    QTest::newRow("100% 剩余") << 96.0 / 72 << QStringLiteral("剩余 26 字，2 行")
                               << QStringLiteral("剩余 26 字，2 行");
    QTest::newRow("200% 剩余") << 2 * 96.0 / 72 << QStringLiteral("剩余 130 字，10 行")
                               << QStringLiteral("剩余 130 字，10 行");
    QTest::newRow("800% 剩余") << 8 * 96.0 / 72 << QStringLiteral("剩余 13 字，1 行")
                               << QStringLiteral("剩余 13 字，1 行");
    QTest::newRow("100% 超出") << 96.0 / 72 << QStringLiteral("超出 120 字，9 行")
                               << QStringLiteral("超出 120 字");
    QTest::newRow("41% 超出") << 0.41 * 96 / 72 << QStringLiteral("超出 7 字，1 行")
                              << QStringLiteral("超出 7 字");
}

// Regression: the copyfit count hung below its frame and covered the next module's headline.
// It now sits small inside the frame's bottom-right corner: no marker pixel leaves the frame.
void TestPageRenderer::copyfitLabelInsideItsFrame()
{
    QFETCH(double, scale);
    QFETCH(QString, count);
    QFETCH(QString, label);
    const QRectF frame(40, 30, 117, 13.5 * 12);
    const ObjectId frameId = 7;
    const ObjectId storyId = 5;
    PageLayout layout;
    layout.pageSize = QSizeF(240, 260);
    const bool overset = count.startsWith(QStringLiteral("超出"));
    for (const GlyphRun &run : columnLines(frame, overset ? 12 : 10, frameId, storyId))
        layout.items.append(run);
    // The next module's headline directly under the frame.
    layout.items.append(hanRun(QStringLiteral("下一篇主题"), 20, QPointF(40, frame.bottom() + 19)));
    layout.items.append(
        MarkerItem{MarkerItem::Kind::Copyfit, frame.bottomLeft(), count, frameId, storyId});
    if (overset)
        layout.items.append(
            MarkerItem{MarkerItem::Kind::Overset, frame.bottomRight(), count, frameId, storyId});

    PageRenderer renderer;
    const QImage print = renderer.render(layout, scale);
    renderer.setScreen(true);
    const QImage screen = renderer.render(layout, scale);
    const QRectF device(frame.topLeft() * scale, frame.size() * scale);
    const QList<QPoint> marker = markerPixels(screen, print);
    QVERIFY(!marker.isEmpty());
    int red = 0;
    for (const QPoint &p : marker) {
        QVERIFY2(device.contains(QPointF(p) + QPointF(0.5, 0.5)),
                 qPrintable(QStringLiteral("marker pixel at %1,%2").arg(p.x()).arg(p.y())));
        // In the frame's bottom-right corner.
        QVERIFY(p.y() > device.bottom() - 20);
        QVERIFY(p.x() > device.center().x() - 1 || device.width() < 100);
        red += isMarkerRed(screen.pixel(p)) ? 1 : 0;
    }
    QVERIFY(red > 10);

    const MarkerGeometry geometry(layout);
    const MarkerItem &copyfit =
        std::get<MarkerItem>(layout.items[layout.items.size() - (overset ? 2 : 1)]);
    const MarkerGeometry::Shape shape =
        geometry.shape(copyfit, QTransform::fromScale(scale, scale));
    QCOMPARE(shape.text, label);
    QVERIFY(device.contains(shape.label));
    // What a partial repaint must cover holds every marker pixel.
    QRect bounds = geometry.deviceBounds(copyfit, QTransform::fromScale(scale, scale));
    if (overset)
        bounds |= geometry.deviceBounds(std::get<MarkerItem>(layout.items.last()),
                                        QTransform::fromScale(scale, scale));
    for (const QPoint &p : marker)
        QVERIFY(bounds.contains(p));
}

void TestPageRenderer::exactFitShowsNoLabel()
{
    const QRectF frame(40, 30, 117, 13.5 * 6);
    PageLayout layout;
    layout.pageSize = QSizeF(200, 140);
    for (const GlyphRun &run : columnLines(frame, 6, 7, 5))
        layout.items.append(run);
    layout.items.append(MarkerItem{MarkerItem::Kind::Copyfit, frame.bottomLeft(),
                                   QStringLiteral("剩余 0 字，0 行"), 7, 5});
    PageRenderer renderer;
    const QImage print = renderer.render(layout, 2.0);
    renderer.setScreen(true);
    QCOMPARE(markerPixels(renderer.render(layout, 2.0), print).size(), 0);
    QVERIFY(MarkerGeometry::labelText(QStringLiteral("剩余 0 字，0 行"), false).isEmpty());
    QCOMPARE(MarkerGeometry::labelText(QStringLiteral("剩余 0 字，1 行"), false),
             QStringLiteral("剩余 0 字，1 行"));
}

void TestPageRenderer::oversetMarksTheChainsLastFrame()
{
    // Two frames of one story; the second is the chain's last and carries both markers.
    const QRectF first(20, 20, 117, 13.5 * 8);
    const QRectF last(146, 20, 117, 13.5 * 8);
    PageLayout layout;
    layout.pageSize = QSizeF(300, 160);
    for (const GlyphRun &run : columnLines(first, 8, 1, 5) + columnLines(last, 8, 2, 5))
        layout.items.append(run);
    const QString count = QStringLiteral("超出 120 字，9 行");
    layout.items.append(MarkerItem{MarkerItem::Kind::Copyfit, last.bottomLeft(), count, 2, 5});
    layout.items.append(MarkerItem{MarkerItem::Kind::Overset, last.bottomRight(), count, 2, 5});
    const double scale = 2.0;
    PageRenderer renderer;
    const QImage print = renderer.render(layout, scale);
    renderer.setScreen(true);
    const QImage screen = renderer.render(layout, scale);
    const QRectF device(last.topLeft() * scale, last.size() * scale);
    for (const QPoint &p : markerPixels(screen, print))
        QVERIFY(device.contains(QPointF(p) + QPointF(0.5, 0.5)));
    // The ⊞ in the bottom-right corner: its red outline 2 px in from the frame's edges.
    const int right = int(std::floor(device.right() - 1)) - 1;
    const int bottom = int(std::floor(device.bottom() - 1)) - 1;
    QVERIFY(isMarkerRed(screen.pixel(right, bottom - 4)));
    QVERIFY(isMarkerRed(screen.pixel(right - 4, bottom)));
    QVERIFY(isMarkerRed(screen.pixel(right - 5, bottom - 5))); // the cross
    // The label left of it; nothing drawn in the first frame.
    const MarkerGeometry::Shape label =
        MarkerGeometry(layout).shape(std::get<MarkerItem>(layout.items[layout.items.size() - 2]),
                                     QTransform::fromScale(scale, scale));
    QCOMPARE(label.text, QStringLiteral("超出 120 字"));
    QVERIFY(label.label.right() < right - MarkerGeometry::kBoxPixels);
    QVERIFY(label.label.left() > device.left());
}

void TestPageRenderer::frameRectFromItsItems()
{
    const QRectF frame(40, 30, 117, 13.5 * 12);
    PageLayout layout;
    layout.pageSize = QSizeF(240, 260);
    for (const GlyphRun &run : columnLines(frame, 4, 7, 5))
        layout.items.append(run);
    layout.items.append(MarkerItem{MarkerItem::Kind::Copyfit, frame.bottomLeft(),
                                   QStringLiteral("剩余 104 字，8 行"), 7, 5});
    // Read from its justified lines and its copyfit corner: the frame's full width, its
    // bottom, and at least as high as its first line.
    const QRectF r = MarkerGeometry(layout).frameRect(7);
    QCOMPARE(r.left(), frame.left());
    QCOMPARE(r.right(), frame.right());
    QCOMPARE(r.bottom(), frame.bottom());
    QVERIFY(r.top() >= frame.top() - 0.01 && r.top() < frame.top() + 13.5);
    // A box gives the exact rect.
    BoxItem box;
    box.rect = frame;
    box.frameId = 7;
    layout.items.prepend(box);
    QCOMPARE(MarkerGeometry(layout).frameRect(7), frame);
    QVERIFY(MarkerGeometry(layout).frameRect(99).isNull());
}

void TestPageRenderer::composedPageMarkersStayInTheirFrames_data()
{
    QTest::addColumn<double>("scale");
    QTest::addColumn<int>("lastLines"); // height of the story's last frame in lines
    QTest::newRow("剩余 at 41%") << 0.41 * 96 / 72 << 20;
    QTest::newRow("剩余 at 150%") << 1.5 * 96 / 72 << 20;
    QTest::newRow("超出 at 100%") << 96.0 / 72 << 4;
}

// A real page through the layout engine: a story in two linked columns with the next
// story's headline frame directly below; the markers stay inside the last column's frame.
void TestPageRenderer::composedPageMarkersStayInTheirFrames()
{
    QFETCH(double, scale);
    QFETCH(int, lastLines);
    auto edition = Edition::createDefault();
    Page page = PageTemplate::broadsheet8().makePage();
    page.id = edition->newId();
    edition->insertPage(0, page);
    const auto story = [&](ParagraphRole role, const QString &text) {
        Story s;
        s.id = edition->newId();
        Paragraph p;
        p.styleId = edition->styleForRole(role)->id;
        p.runs = {{text, 0}};
        s.paragraphs = {p, p};
        edition->putStory(s);
        return s.id;
    };
    const QString body = QStringLiteral(
        "走出写字楼步行十分钟，就能找到一处可以歇脚、热饭、充电的职工之家。记者近日从区总工会"
        "了解到，该区已在街道、园区和商圈建成各类职工服务驿站，全年服务职工四十余万人次。");
    const ObjectId text = story(ParagraphRole::Body, body + body);
    const ObjectId next = story(ParagraphRole::Headline, QStringLiteral("下一篇稿件的主题"));
    const double top = page.typeArea().top();
    const double line = 13.5;
    QList<Frame> frames;
    for (int i = 0; i < 2; ++i) {
        Frame f;
        f.id = edition->newId();
        f.rect = QRectF(page.columnLeft(i), top, page.columnWidth(), (i ? lastLines : 12) * line);
        f.storyId = text;
        f.chainIndex = i;
        edition->putFrame(page.id, f);
        frames << f;
    }
    Frame head;
    head.id = edition->newId();
    head.rect = QRectF(page.columnLeft(0), top + std::max(12, lastLines) * line,
                       2 * page.columnWidth() + 9, 60);
    head.storyId = next;
    edition->putFrame(page.id, head);

    LayoutEngine engine(edition.get());
    const PageLayout layout = engine.layoutPage(0);
    const StoryLayout copyfit = engine.storyLayout(text);
    QCOMPARE(copyfit.overset, lastLines < 12);
    QVERIFY(copyfit.overset || copyfit.remainingChars > 0);
    PageRenderer renderer;
    const QImage print = renderer.render(layout, scale);
    renderer.setScreen(true);
    const QImage screen = renderer.render(layout, scale);
    const QRectF last = frames.last().rect;
    const QRectF device(last.topLeft() * scale, last.size() * scale);
    const QList<QPoint> marker = markerPixels(screen, print);
    QVERIFY(!marker.isEmpty());
    for (const QPoint &p : marker)
        QVERIFY2(device.contains(QPointF(p) + QPointF(0.5, 0.5)),
                 qPrintable(QStringLiteral("marker pixel at %1,%2 outside %3,%4 %5×%6")
                                .arg(p.x())
                                .arg(p.y())
                                .arg(device.x())
                                .arg(device.y())
                                .arg(device.width())
                                .arg(device.height())));
}

void TestPageRenderer::missingFontIsVisibleOnScreen()
{
    PageLayout layout;
    layout.pageSize = QSizeF(100, 50);
    GlyphRun run = hanRun(QStringLiteral("国"), 20, QPointF(10, 30));
    auto bogus = std::make_shared<FontRef>();
    bogus->family = QStringLiteral("No Such Family Folio");
    bogus->file = QStringLiteral("/nonexistent/font.ttc");
    run.font = bogus;
    layout.items.append(run);

    PageRenderer renderer;
    renderer.setScreen(true);
    const QImage image = renderer.render(layout, 1.0);
    int red = 0;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            red += QColor(image.pixel(x, y)).red() > 150 && QColor(image.pixel(x, y)).green() < 120;
    QVERIFY(red > 10);
    QVERIFY(!renderer.fonts().problem(*bogus).isEmpty());
}

void TestPageRenderer::imagePlaceholderAndProvider()
{
    PageLayout layout;
    layout.pageSize = QSizeF(200, 100);
    ImageItem empty;
    empty.clipRect = QRectF(10, 10, 80, 80);
    empty.imageRect = empty.clipRect;
    layout.items.append(empty);
    ImageItem placed;
    placed.assetId = 7;
    placed.clipRect = QRectF(110, 10, 80, 80);
    placed.imageRect = QRectF(110, 10, 160, 80); // twice as wide: the right half is cropped
    layout.items.append(placed);

    QImage picture(20, 10, QImage::Format_RGB32);
    picture.fill(Qt::blue);
    PageRenderer renderer;
    renderer.setImageProvider([&](ObjectId id) { return id == 7 ? picture : QImage(); });
    const QImage image = renderer.render(layout, 1.0);
    const QColor grey(image.pixel(20, 50));
    QCOMPARE(grey.red(), grey.blue());
    QVERIFY(grey.red() > 150 && grey.red() < 240);
    QCOMPARE(QColor(image.pixel(150, 50)), QColor(Qt::blue));
    QCOMPARE(QColor(image.pixel(195, 50)), QColor(Qt::white)); // clipped to the frame
}

void TestPageRenderer::thumbnailKeepsAspect()
{
    PageLayout layout;
    layout.pageSize = QSizeF(1105.5, 1544.9); // 对开 390 × 545 mm
    PageRenderer renderer;
    const QImage thumb = renderer.thumbnail(layout, QSize(120, 200));
    QCOMPARE(thumb.width(), 120);
    QVERIFY(qAbs(thumb.height() - 168) <= 1);
    QVERIFY(renderer.thumbnail(PageLayout{}, QSize(120, 200)).isNull());
}

void TestPageRenderer::largePictureShowsAPreview_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::newRow("6000×6000 JPEG") << largeimages::rgbJpeg();
    QTest::newRow("6000×6000 PNG") << largeimages::png();
}

// A picture Qt refuses to decode in one piece shows on screen as a reduced preview, its
// quadrants in place, instead of an empty grey frame.
void TestPageRenderer::largePictureShowsAPreview()
{
    QFETCH(QByteArray, data);
    QVERIFY(QImage::fromData(data).isNull()); // what a plain decode gives
    const QImage preview = PreviewImage::decode(data);
    QCOMPARE(preview.size(), QSize(PreviewImage::kMaxPreviewSide, PreviewImage::kMaxPreviewSide));
    const QImage small(16, 16, QImage::Format_RGB32);
    QCOMPARE(PreviewImage::previewSize(small.size()), small.size()); // small pictures: whole

    PageLayout layout;
    layout.pageSize = QSizeF(200, 200);
    ImageItem placed;
    placed.assetId = 7;
    placed.clipRect = QRectF(0, 0, 200, 200);
    placed.imageRect = placed.clipRect;
    layout.items.append(placed);
    PageRenderer renderer;
    renderer.setImageProvider([&](ObjectId id) { return id == 7 ? preview : QImage(); });
    const QImage image = renderer.render(layout, 1.0);
    const QSize big = largeimages::bigSize();
    for (const QPoint &p : {QPoint(50, 50), QPoint(150, 50), QPoint(50, 150), QPoint(150, 150)}) {
        const QColor want(largeimages::quadrantColour(p.x() * 30, p.y() * 30, big));
        const QColor got(image.pixel(p));
        QVERIFY2(qAbs(got.red() - want.red()) < 16 && qAbs(got.green() - want.green()) < 16 &&
                     qAbs(got.blue() - want.blue()) < 16,
                 qPrintable(got.name() + QLatin1String(" for ") + want.name()));
    }
}

QTEST_MAIN(TestPageRenderer)
#include "tst_pagerenderer.moc"
