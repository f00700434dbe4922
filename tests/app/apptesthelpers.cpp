#include "apptesthelpers.h"

#include "app/pageview.h"
#include "model/edition.h"

#include <QCoreApplication>
#include <QScrollBar>
#include <QSettings>
#include <QtTest>

namespace folio::app::test {

const Frame *frameNamed(const Edition *edition, const QString &name)
{
    for (const auto &page : edition->pages())
        for (const auto &f : page.frames)
            if (f.name == name)
                return &f;
    return nullptr;
}

QPoint reveal(PageView *view, const QPointF &pt)
{
    const QPointF px = view->pageToView(pt);
    view->horizontalScrollBar()->setValue(view->horizontalScrollBar()->value() + int(px.x()) -
                                          view->viewport()->width() / 2);
    view->verticalScrollBar()->setValue(view->verticalScrollBar()->value() + int(px.y()) -
                                        view->viewport()->height() / 2);
    return view->pageToView(pt).toPoint();
}

void drag(QWidget *w, QPoint from, QPoint to, Qt::KeyboardModifiers modifiers)
{
    QTest::mousePress(w, Qt::LeftButton, modifiers, from);
    QTest::mouseMove(w, (from + to) / 2);
    QTest::mouseMove(w, to);
    QTest::mouseRelease(w, Qt::LeftButton, modifiers, to);
}

void isolateSettings(const QString &settingsDir, const QString &applicationName)
{
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, settingsDir);
    QCoreApplication::setOrganizationName(QStringLiteral("FolioTest"));
    QCoreApplication::setApplicationName(applicationName);
}

} // namespace folio::app::test
