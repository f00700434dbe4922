#include "app/zoombox.h"

#include "app/pageview.h"

#include <QLineEdit>

namespace folio::app {

namespace {
const QList<int> kZoomPercents = {25, 50, 75, 100, 150, 200, 300, 400, 600, 800};
enum ZoomChoice { FitPage = -1, FitWidth = -2 };
} // namespace

ZoomBox::ZoomBox(PageView *view, QWidget *parent) : QComboBox(parent), m_view(view)
{
    setEditable(true);
    setInsertPolicy(QComboBox::NoInsert);
    setMinimumContentsLength(6);
    addItem(tr("适合页面"), int(FitPage));
    addItem(tr("适合宽度"), int(FitWidth));
    for (int percent : kZoomPercents)
        addItem(QStringLiteral("%1%").arg(percent), percent);
    connect(this, &QComboBox::activated, this, [this](int index) {
        const int choice = itemData(index).toInt();
        if (choice == FitPage)
            m_view->setZoomMode(PageView::ZoomMode::FitPage);
        else if (choice == FitWidth)
            m_view->setZoomMode(PageView::ZoomMode::FitWidth);
        else
            m_view->setZoom(choice / 100.0);
        m_view->setFocus();
    });
    connect(lineEdit(), &QLineEdit::returnPressed, this, [this] {
        QString text = currentText();
        text.remove(QLatin1Char('%'));
        bool ok = false;
        const double percent = text.trimmed().toDouble(&ok);
        if (ok && percent > 0)
            m_view->setZoom(percent / 100.0);
        refresh();
    });
    connect(m_view, &PageView::zoomChanged, this, &ZoomBox::refresh);
}

void ZoomBox::refresh()
{
    const QSignalBlocker block(this);
    setEditText(QStringLiteral("%1%").arg(qRound(m_view->zoom() * 100)));
}

} // namespace folio::app
