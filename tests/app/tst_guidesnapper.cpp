#include "app/framegesture.h"
#include "app/guidesnapper.h"
#include "model/pagetemplate.h"

#include <QtTest>

using namespace folio;
using namespace folio::app;

class TestGuideSnapper : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void snapX_data();
    void snapX();
    void columnsSpanned_data();
    void columnsSpanned();
    void gridRowsOnlyWhenShown();
    void moveSnapsNearerEdge();
    void resizeNeverInvertsFrame();
    void clickIsNotAMove();
    void shiftMoveKeepsMainAxis_data();
    void shiftMoveKeepsMainAxis();
};

namespace {
Page broadsheet()
{
    return PageTemplate::broadsheet8().makePage();
}
} // namespace

void TestGuideSnapper::snapX_data()
{
    const Page p = broadsheet();
    QTest::addColumn<double>("x");
    QTest::addColumn<double>("tolerance");
    QTest::addColumn<double>("expected");
    QTest::addColumn<bool>("snapped");
    const double c1 = p.columnLeft(1);
    QTest::newRow("on a column edge") << c1 << 5.0 << c1 << true;
    QTest::newRow("near a column edge") << c1 + 3 << 5.0 << c1 << true;
    QTest::newRow("beyond tolerance") << c1 + 6 << 5.0 << c1 + 6 << false;
    QTest::newRow("gutter: nearer edge wins") << c1 - 2 << 5.0 << c1 << true;
    QTest::newRow("left margin") << p.margins.left() - 1 << 5.0 << p.margins.left() << true;
    QTest::newRow("page edge") << 2.0 << 5.0 << 0.0 << true;
    QTest::newRow("zero tolerance") << c1 + 0.5 << 0.0 << c1 + 0.5 << false;
}

void TestGuideSnapper::snapX()
{
    QFETCH(double, x);
    QFETCH(double, tolerance);
    QFETCH(double, expected);
    QFETCH(bool, snapped);
    const GuideSnapper s(broadsheet());
    bool did = false;
    QCOMPARE(s.snapX(x, tolerance, &did), expected);
    QCOMPARE(did, snapped);
}

void TestGuideSnapper::columnsSpanned_data()
{
    const Page p = broadsheet();
    const double w = p.columnWidth();
    QTest::addColumn<double>("left");
    QTest::addColumn<double>("right");
    QTest::addColumn<int>("columns");
    QTest::newRow("one column") << p.columnLeft(0) << p.columnLeft(0) + w << 1;
    QTest::newRow("three columns") << p.columnLeft(2) << p.columnLeft(4) + w << 3;
    QTest::newRow("whole type area 通栏") << p.columnLeft(0) << p.columnLeft(7) + w << 8;
    QTest::newRow("left edge off grid") << p.columnLeft(0) + 1 << p.columnLeft(0) + w << 0;
    QTest::newRow("right edge in gutter") << p.columnLeft(0) << p.columnLeft(1) - 1 << 0;
}

void TestGuideSnapper::columnsSpanned()
{
    QFETCH(double, left);
    QFETCH(double, right);
    QFETCH(int, columns);
    QCOMPARE(GuideSnapper(broadsheet()).columnsSpanned(left, right), columns);
}

void TestGuideSnapper::gridRowsOnlyWhenShown()
{
    const Page p = broadsheet();
    const double row = p.typeArea().top() + 3 * p.grid.gridLeading;
    QCOMPARE(GuideSnapper(p, false).snapY(row + 1, 2), row + 1);
    QCOMPARE(GuideSnapper(p, true).snapY(row + 1, 2), row);
    // 102 rows of body text: 101 row lines inside plus top and bottom margins and page edges.
    QCOMPARE(GuideSnapper(p, true).yGuides().size(), 4 + 101);
}

void TestGuideSnapper::moveSnapsNearerEdge()
{
    const Page p = broadsheet();
    const GuideSnapper s(p);
    const double w = p.columnWidth();
    // Right edge 2 pt from column 2's right edge, left edge 7 pt from anything: right wins.
    const QRectF r(p.columnLeft(1) + 7, 300, w + 2 - 7 + w + p.grid.gutter, 100);
    const QRectF snapped = s.snapMove(r, 5);
    QCOMPARE(snapped.right(), p.columnLeft(2) + w);
    QCOMPARE(snapped.size(), r.size());
}

void TestGuideSnapper::shiftMoveKeepsMainAxis_data()
{
    QTest::addColumn<QPointF>("drag");
    QTest::addColumn<bool>("constrained");
    QTest::addColumn<QPointF>("expectedMove");
    QTest::newRow("free diagonal") << QPointF(31, 12) << false << QPointF(31, 12);
    QTest::newRow("shift, mostly across") << QPointF(31, 12) << true << QPointF(31, 0);
    QTest::newRow("shift, mostly down") << QPointF(-8, 40) << true << QPointF(0, 40);
    QTest::newRow("shift, mostly left") << QPointF(-25, -3) << true << QPointF(-25, 0);
}

void TestGuideSnapper::shiftMoveKeepsMainAxis()
{
    QFETCH(QPointF, drag);
    QFETCH(bool, constrained);
    QFETCH(QPointF, expectedMove);
    const Page p = broadsheet();
    const GuideSnapper s(p);
    // Well inside a column and away from every guide, so snapping cannot move it.
    const QRectF start(p.columnLeft(3) + 30, 400.3, 40, 40);
    const QPointF press = start.center();
    FrameGesture g(FrameGesture::Kind::Move, FrameHandle::Body, start, press, s, 0);
    g.update(press + drag, true, constrained);
    QCOMPARE(g.rect().topLeft() - start.topLeft(), expectedMove);
    QCOMPARE(g.rect().size(), start.size());
}

void TestGuideSnapper::resizeNeverInvertsFrame()
{
    const Page p = broadsheet();
    const GuideSnapper s(p);
    const QRectF start(200, 200, 100, 100);
    FrameGesture g(FrameGesture::Kind::Resize, FrameHandle::Right, start, QPointF(300, 250), s, 0);
    g.update(QPointF(50, 250)); // dragged far past the left edge
    QVERIFY(g.rect().width() >= 4);
    QCOMPARE(g.rect().left(), 200.0);
}

void TestGuideSnapper::clickIsNotAMove()
{
    const GuideSnapper s(broadsheet());
    FrameGesture g(FrameGesture::Kind::Move, FrameHandle::Body, QRectF(100, 100, 50, 50),
                   QPointF(120, 120), s, 6);
    g.update(QPointF(121, 120.5));
    QVERIFY(!g.hasMoved());
    QCOMPARE(g.rect(), QRectF(100, 100, 50, 50));
    g.update(QPointF(130, 120));
    QVERIFY(g.hasMoved());
}

QTEST_MAIN(TestGuideSnapper)
#include "tst_guidesnapper.moc"
