#include "render/pagerenderer.h"
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
    void missingFontIsVisibleOnScreen();
    void imagePlaceholderAndProvider();
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
    // The red frame of the ⊞ runs 4.5 px above its centre, the cross through it.
    const QColor edge(screen.pixel(47, 45));
    QVERIFY2(edge.red() > 150 && edge.green() < 120, qPrintable(edge.name()));
    const QColor cross(screen.pixel(50, 50));
    QVERIFY2(cross.red() > 150 && cross.green() < 150, qPrintable(cross.name()));
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

QTEST_MAIN(TestPageRenderer)
#include "tst_pagerenderer.moc"
