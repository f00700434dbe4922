#include "app/pageprinter.h"

#include "app/layoutcache.h"
#include "model/edition.h"
#include "render/pagerenderer.h"

#include <QCoreApplication>
#include <QPainter>
#include <QPrintPreviewDialog>
#include <QPrinter>

namespace folio::app {

PagePrinter::PagePrinter(const Edition *edition, LayoutCache *layouts)
    : m_edition(edition), m_layouts(layouts)
{}

bool PagePrinter::print(QPrinter *printer, const QList<ObjectId> &pageIds, QString *error) const
{
    const auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    if (pageIds.isEmpty())
        return fail(QCoreApplication::translate("folio::app::PagePrinter", "没有要打印的版面。"));
    QPainter painter;
    if (!painter.begin(printer))
        return fail(QCoreApplication::translate("folio::app::PagePrinter", "无法开始打印。"));
    render::PageRenderer renderer;
    renderer.setImageProvider([this](ObjectId id) { return m_layouts->image(id); });
    bool first = true;
    for (ObjectId id : pageIds) {
        const Page *page = m_edition->page(id);
        if (!page)
            continue;
        if (!first && !printer->newPage()) {
            painter.end();
            return fail(
                QCoreApplication::translate("folio::app::PagePrinter", "打印机拒绝了新的一页。"));
        }
        first = false;
        const QRectF paper = printer->pageRect(QPrinter::DevicePixel);
        const double dotsPerPt = printer->resolution() / 72.0;
        const double fit = qMin(paper.width() / (page->size.width() * dotsPerPt),
                                paper.height() / (page->size.height() * dotsPerPt));
        const double scale = dotsPerPt * qMin(1.0, fit);
        const QSizeF drawn = page->size * scale;
        painter.save();
        painter.translate((paper.width() - drawn.width()) / 2,
                          (paper.height() - drawn.height()) / 2);
        painter.scale(scale, scale);
        renderer.paint(&painter, *m_layouts->layout(id));
        painter.restore();
    }
    painter.end();
    return true;
}

QList<ObjectId> PagePrinter::allPages() const
{
    QList<ObjectId> pages;
    for (const auto &page : m_edition->pages())
        pages << page.id;
    return pages;
}

void PagePrinter::preview(QWidget *parent,
                          const std::function<void(const QString &)> &showError) const
{
    QPrinter printer(QPrinter::HighResolution);
    QPrintPreviewDialog dialog(&printer, parent);
    dialog.setWindowTitle(QCoreApplication::translate("folio::app::MainWindow", "打印预览"));
    QObject::connect(&dialog, &QPrintPreviewDialog::paintRequested,
                     [this, &showError](QPrinter *p) {
                         QString error;
                         if (!print(p, allPages(), &error))
                             showError(error);
                     });
    dialog.exec();
}

} // namespace folio::app
