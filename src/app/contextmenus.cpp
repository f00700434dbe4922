#include "app/contextmenus.h"

#include "app/imageframes.h"
#include "app/layoutcache.h"
#include "app/mainwindow.h"
#include "app/objectactions.h"
#include "app/pageview.h"
#include "app/storyeditor.h"
#include "model/edition.h"

#include <QContextMenuEvent>
#include <QDockWidget>
#include <QMenu>

namespace folio::app {

ContextMenus::ContextMenus(MainWindow *window, const WindowActions &actions)
    : QObject(window), m_window(window), m_actions(actions)
{
    window->pageView()->viewport()->installEventFilter(this);
}

void ContextMenus::addTextFrameEntries(TextFrameEntries entries)
{
    m_textEntries.append(std::move(entries));
}

bool ContextMenus::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::ContextMenu || watched != m_window->pageView()->viewport())
        return false;
    auto *e = static_cast<QContextMenuEvent *>(event);
    QMenu *menu = menuAt(e->pos());
    menu->setAttribute(Qt::WA_DeleteOnClose);
    // Not exec(): the event loop keeps running, so the menu behaves like any popup.
    menu->popup(e->globalPos());
    return true;
}

QMenu *ContextMenus::menuAt(const QPointF &viewportPx)
{
    PageView *view = m_window->pageView();
    auto *menu = new QMenu(view);
    menu->setObjectName(QStringLiteral("pageContextMenu"));
    const ObjectId pageId = view->pageAt(viewportPx);
    if (pageId)
        view->switchPage(pageId);
    const ObjectId frameId = pageId ? view->frameAt(view->viewToPage(viewportPx)) : 0;
    if (!frameId) {
        addPasteboardEntries(menu);
        return menu;
    }
    if (!view->selection().contains(frameId))
        view->setSelection(view->withGroup(frameId));
    addFrameEntries(menu, frameId);
    return menu;
}

void ContextMenus::addFrameEntries(QMenu *menu, ObjectId frameId)
{
    Edition *edition = m_window->pageView()->edition();
    const Frame *frame = edition->frame(frameId);
    m_window->objectActions()->fillClipboardMenu(menu);
    if (frame->kind == FrameKind::Text) {
        for (const TextFrameEntries &entries : std::as_const(m_textEntries))
            entries(menu, frameId);
        addStyleEntries(menu);
    }
    menu->addSeparator();
    m_window->objectActions()->fillArrangeMenu(menu->addMenu(tr("排列")));
    if (frame->kind == FrameKind::Text) {
        menu->addAction(m_actions.link);
        menu->addAction(m_actions.unlink);
    }
    QMenu *fit = menu->addMenu(tr("适合"));
    fit->setEnabled(frame->kind == FrameKind::Image && frame->assetId);
    const QList<std::pair<QString, ImageFit>> fits = {{tr("图片适合框"), ImageFit::Fit},
                                                      {tr("图片填满框"), ImageFit::Fill},
                                                      {tr("图片原始大小"), ImageFit::Original}};
    for (const auto &[text, mode] : fits) {
        QAction *a = fit->addAction(text);
        a->setCheckable(true);
        a->setChecked(frame->fit == mode);
        connect(a, &QAction::triggered, this, [this, frameId, mode = mode] {
            Edition *e = m_window->pageView()->edition();
            const Page *page = e ? e->pageOfFrame(frameId) : nullptr;
            if (!page)
                return;
            const auto placed =
                ImageFrames::placedRect(*m_window->layouts()->layout(page->id), frameId);
            ImageFrames::setFit(e, frameId, mode, placed.value_or(QRectF()));
        });
    }
    menu->addSeparator();
    m_window->objectActions()->fillLockMenu(menu);
    menu->addAction(m_actions.remove);
    menu->addSeparator();
    QAction *properties = menu->addAction(tr("属性…"));
    connect(properties, &QAction::triggered, this, [this] {
        if (auto *dock = m_window->findChild<QDockWidget *>(QStringLiteral("propertiesDock"))) {
            dock->show();
            dock->raise();
        }
    });
}

void ContextMenus::addStyleEntries(QMenu *menu)
{
    const Edition *edition = m_window->pageView()->edition();
    StoryEditor *editor = m_window->storyEditor();
    QMenu *paragraph = menu->addMenu(tr("段落样式"));
    for (const ParagraphStyle &style : edition->paragraphStyles()) {
        const ObjectId id = style.id;
        connect(paragraph->addAction(style.name), &QAction::triggered, editor,
                [editor, id] { editor->applyParagraphStyle(id); });
    }
    QMenu *character = menu->addMenu(tr("字符样式"));
    connect(character->addAction(tr("（无）")), &QAction::triggered, editor,
            [editor] { editor->applyCharacterStyle(0); });
    for (const CharacterStyle &style : edition->characterStyles()) {
        const ObjectId id = style.id;
        connect(character->addAction(style.name), &QAction::triggered, editor,
                [editor, id] { editor->applyCharacterStyle(id); });
    }
}

void ContextMenus::addPasteboardEntries(QMenu *menu)
{
    menu->addAction(m_window->objectActions()->pasteAction());
    menu->addSeparator();
    QAction *text = menu->addAction(tr("新建文字框…"));
    connect(text, &QAction::triggered, m_actions.textTool, &QAction::trigger);
    menu->addAction(m_actions.fitPage);
}

} // namespace folio::app
