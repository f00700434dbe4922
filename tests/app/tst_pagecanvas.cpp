#include "app/pagecanvas.h"
#include "layout/layoutengine.h"
#include "model/edition.h"
#include "model/pagetemplate.h"
#include "render/pagerenderer.h"

#include <QPainter>
#include <QtTest>

using namespace folio;
using namespace folio::app;

namespace {
constexpr QSize kViewport(900, 700);

// Paints through `canvas` onto a fresh viewport-sized picture.
QImage paintWith(PageCanvas &canvas, render::PageRenderer &renderer,
                 const std::shared_ptr<const PageLayout> &layout, const QTransform &t)
{
    QImage image(kViewport, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    QPainter p(&image);
    canvas.paint(&p, renderer, layout, t, kViewport, 1.0);
    return image;
}
} // namespace

class TestPageCanvas : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void unchangedLayoutIsACopy();
    void editRepaintsOnlyWhatChanged_data();
    void editRepaintsOnlyWhatChanged();
    void zoomPaintsEverything();

private:
    std::shared_ptr<const PageLayout> relayout();
    void type(int paragraph, int at, const QString &text);

    std::unique_ptr<Edition> m_edition;
    std::unique_ptr<LayoutEngine> m_engine;
    render::PageRenderer m_renderer;
    ObjectId m_storyId = 0;
    QTransform m_transform;
};

void TestPageCanvas::init()
{
    m_edition = Edition::createDefault();
    Edition &e = *m_edition;
    Page page = PageTemplate::tabloid6().makePage();
    page.id = e.newId();
    e.insertPage(0, page);
    Story story;
    story.id = m_storyId = e.newId();
    const ObjectId body = e.styleForRole(ParagraphRole::Body)->id;
    for (int i = 0; i < 12; ++i)
        story.paragraphs.append(
            {body,
             {{QStringLiteral("记者近日从区总工会了解到，该区已在街道、园区和商圈建成各类职工服务"
                              "驿站%1个，全年服务职工四十余万人次，十分钟职工服务圈初步成形。")
                   .arg(100 + i),
               0}}});
    e.putStory(story);
    for (int i = 0; i < 2; ++i) {
        Frame f;
        f.id = e.newId();
        f.kind = FrameKind::Text;
        const double left = page.columnLeft(3 * i);
        f.rect = QRectF(left, page.typeArea().top(),
                        page.columnLeft(3 * i + 2) + page.columnWidth() - left, 500);
        f.columns = 3;
        f.storyId = story.id;
        f.chainIndex = i;
        e.putFrame(page.id, f);
    }
    Frame rule;
    rule.id = e.newId();
    rule.kind = FrameKind::Rule;
    rule.rect = QRectF(QPointF(page.margins.left(), 700), QPointF(page.size.width() - 40, 700));
    e.putFrame(page.id, rule);
    m_engine = std::make_unique<LayoutEngine>(m_edition.get());
    m_renderer.setScreen(true);
    m_renderer.setPaintsPaper(false);
    const double scale = double(kViewport.height()) / page.size.height();
    m_transform = QTransform::fromTranslate(20, 0).scale(scale, scale);
}

std::shared_ptr<const PageLayout> TestPageCanvas::relayout()
{
    return std::make_shared<const PageLayout>(m_engine->layoutPage(0));
}

void TestPageCanvas::type(int paragraph, int at, const QString &text)
{
    Story story = *m_edition->story(m_storyId);
    story.paragraphs[paragraph].runs[0].text.insert(at, text);
    m_edition->putStory(story);
}

void TestPageCanvas::unchangedLayoutIsACopy()
{
    PageCanvas canvas;
    const auto layout = relayout();
    const QImage first = paintWith(canvas, m_renderer, layout, m_transform);
    QCOMPARE(canvas.lastPaint(), PageCanvas::LastPaint::Full);
    const QImage second = paintWith(canvas, m_renderer, layout, m_transform);
    QCOMPARE(canvas.lastPaint(), PageCanvas::LastPaint::Copy);
    QCOMPARE(second, first);
}

void TestPageCanvas::editRepaintsOnlyWhatChanged_data()
{
    QTest::addColumn<int>("paragraph");
    QTest::addColumn<int>("at");
    QTest::addColumn<QString>("text");
    QTest::addColumn<double>("maxShare"); // of the viewport's pixels
    QTest::newRow("one character") << 3 << 10 << QStringLiteral("字") << 0.15;
    QTest::newRow("a line's worth")
        << 3 << 10 << QStringLiteral("工会服务驿站建在职工身边的地方") << 0.8;
    QTest::newRow("last paragraph") << 11 << 5 << QStringLiteral("新") << 0.15;
}

void TestPageCanvas::editRepaintsOnlyWhatChanged()
{
    QFETCH(int, paragraph);
    QFETCH(int, at);
    QFETCH(QString, text);
    QFETCH(double, maxShare);
    PageCanvas canvas;
    paintWith(canvas, m_renderer, relayout(), m_transform);
    type(paragraph, at, text);
    const auto edited = relayout();
    const QImage partial = paintWith(canvas, m_renderer, edited, m_transform);
    QCOMPARE(canvas.lastPaint(), PageCanvas::LastPaint::Partial);
    QVERIFY(canvas.lastRepaintedPixels() > 0);
    QVERIFY2(canvas.lastRepaintedPixels() <= maxShare * kViewport.width() * kViewport.height(),
             qPrintable(QString::number(canvas.lastRepaintedPixels())));
    // Pixel for pixel what painting the whole page gives.
    PageCanvas fresh;
    const QImage full = paintWith(fresh, m_renderer, edited, m_transform);
    QCOMPARE(partial, full);
}

void TestPageCanvas::zoomPaintsEverything()
{
    PageCanvas canvas;
    const auto layout = relayout();
    paintWith(canvas, m_renderer, layout, m_transform);
    paintWith(canvas, m_renderer, layout, m_transform * QTransform::fromScale(1.25, 1.25));
    QCOMPARE(canvas.lastPaint(), PageCanvas::LastPaint::Full);
    QCOMPARE(canvas.lastRepaintedPixels(), qint64(kViewport.width()) * kViewport.height());
}

QTEST_MAIN(TestPageCanvas)
#include "tst_pagecanvas.moc"
