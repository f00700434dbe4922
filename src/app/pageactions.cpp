#include "app/pageactions.h"

#include "app/editactions.h"
#include "app/editiondocument.h"
#include "app/pagelistpanel.h"
#include "app/pageview.h"
#include "app/templatedialog.h"
#include "model/edition.h"

#include <QAction>
#include <QActionGroup>
#include <QGuiApplication>
#include <QMenu>
#include <QMessageBox>

namespace folio::app {

PageActions::PageActions(QWidget *window, EditionDocument *document, PageView *view,
                         PageListPanel *pages)
    : QObject(window), m_window(window), m_document(document), m_view(view), m_pages(pages)
{
    m_addPage = new QAction(tr("添加版面"), this);
    connect(m_addPage, &QAction::triggered, this, &PageActions::addPage);
    m_removePage = new QAction(tr("删除版面"), this);
    connect(m_removePage, &QAction::triggered, this, &PageActions::removeCurrentPage);
    m_pageUp = new QAction(tr("上移版面"), this);
    m_pageUp->setShortcut(QKeySequence(QStringLiteral("Ctrl+Alt+Up")));
    connect(m_pageUp, &QAction::triggered, this, [this] {
        movePage(m_view->pageId(), m_document->edition()->pageIndex(m_view->pageId()) - 1);
    });
    m_pageDown = new QAction(tr("下移版面"), this);
    m_pageDown->setShortcut(QKeySequence(QStringLiteral("Ctrl+Alt+Down")));
    connect(m_pageDown, &QAction::triggered, this, [this] {
        movePage(m_view->pageId(), m_document->edition()->pageIndex(m_view->pageId()) + 1);
    });
    m_statusGroup = new QActionGroup(this);
    for (PageStatus s :
         {PageStatus::Layout, PageStatus::Proof, PageStatus::Approved, PageStatus::Sent}) {
        auto *action = new QAction(pageStatusName(s), m_statusGroup);
        action->setCheckable(true);
        action->setData(int(s));
        connect(action, &QAction::triggered, this, [this, s] {
            EditActions::setPageStatus(m_document->edition(), m_view->pageId(), s);
        });
    }
}

void PageActions::fillPageMenu(QMenu *menu) const
{
    menu->addAction(m_addPage);
    menu->addAction(m_removePage);
    menu->addAction(m_pageUp);
    menu->addAction(m_pageDown);
    menu->addSeparator();
    connect(menu->addAction(tr("版式模板(&T)…")), &QAction::triggered, m_window,
            [this] { TemplateDialog(m_window).exec(); });
    QMenu *status = menu->addMenu(tr("版面状态"));
    status->addActions(m_statusGroup->actions());
}

void PageActions::updateActions()
{
    const Edition *edition = m_document->edition();
    m_removePage->setEnabled(edition->pages().size() > 1);
    const int pageIndex = edition->pageIndex(m_view->pageId());
    m_pageUp->setEnabled(pageIndex > 0);
    m_pageDown->setEnabled(pageIndex >= 0 && pageIndex + 1 < edition->pages().size());
    if (const Page *page = edition->page(m_view->pageId()))
        for (QAction *a : m_statusGroup->actions())
            a->setChecked(a->data().toInt() == int(page->status));
}

void PageActions::addPage()
{
    const ObjectId id = EditActions::addPageAfter(m_document->edition(), m_view->pageId());
    m_view->setPageId(id);
    m_pages->setCurrentPage(id);
    Q_EMIT pageShown(id);
}

bool PageActions::movePage(ObjectId pageId, int to)
{
    const QString problem = EditActions::movePage(m_document->edition(), pageId, to);
    if (!problem.isEmpty()) {
        Q_EMIT message(problem);
        return false;
    }
    // The page keeps its id but not its place in the stack: follow it.
    m_view->scrollToPage(pageId);
    m_pages->setCurrentPage(pageId);
    Q_EMIT pageShown(pageId);
    return true;
}

void PageActions::removeCurrentPage()
{
    const Page *page = m_document->edition()->page(m_view->pageId());
    if (page && !page->frames.isEmpty() &&
        QGuiApplication::platformName() != QLatin1String("offscreen") &&
        QMessageBox::question(m_window, tr("删除版面"),
                              tr("第 %1 版上有 %2 个框，确定删除？（可撤销）")
                                  .arg(page->number)
                                  .arg(page->frames.size())) != QMessageBox::Yes)
        return;
    const QString problem = EditActions::removePage(m_document->edition(), m_view->pageId());
    if (!problem.isEmpty())
        Q_EMIT message(problem);
}

} // namespace folio::app
