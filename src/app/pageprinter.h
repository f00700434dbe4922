#pragma once

#include "core/ids.h"

#include <QList>
#include <QString>
#include <functional>

class QPrinter;
class QWidget;

namespace folio {
class Edition;
}

namespace folio::app {

class LayoutCache;

// Office printing of proofs through QPrinter: each page as the screen shows it without the
// screen-only markers, scaled down to fit the paper when the paper is smaller (a broadsheet
// on A3/A4), centred. Print-ready output is the PDF/X export, not this.
class PagePrinter
{
public:
    PagePrinter(const Edition *edition, LayoutCache *layouts);

    // Prints the pages in order, one sheet each; false with an error when the printer fails.
    bool print(QPrinter *printer, const QList<ObjectId> &pageIds, QString *error) const;
    // Every page of the edition, in order.
    QList<ObjectId> allPages() const;
    // The print preview of every page, modal over `parent`; a failed page's error goes to
    // `showError`.
    void preview(QWidget *parent, const std::function<void(const QString &)> &showError) const;

private:
    const Edition *m_edition;
    LayoutCache *m_layouts;
};

} // namespace folio::app
