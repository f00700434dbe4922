#include "app/nightdeskactions.h"

#include "app/framefitting.h"
#include "app/latestory.h"
#include "app/pageview.h"
#include "app/paragraphtracking.h"
#include "app/storyblock.h"
#include "app/storyeditor.h"
#include "app/storylistpanel.h"
#include "model/edition.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QInputDialog>
#include <QMainWindow>
#include <QMenu>
#include <QMimeData>
#include <QStatusBar>

namespace folio::app {

NightDeskActions::NightDeskActions(QMainWindow *window, PageView *view, StoryEditor *editor,
                                   StoryListPanel *stories)
    : QObject(window), m_window(window), m_view(view), m_editor(editor), m_stories(stories)
{
    m_squeeze = action(tr("挤字"), QStringLiteral("Alt+Left"));
    m_squeeze->setStatusTip(tr("光标所在段落（或选中的段落）字距减 1/100 字"));
    connect(m_squeeze, &QAction::triggered, this, [this] { track(-ParagraphTracking::kStep); });
    m_spread = action(tr("扩字"), QStringLiteral("Alt+Right"));
    m_spread->setStatusTip(tr("光标所在段落（或选中的段落）字距加 1/100 字"));
    connect(m_spread, &QAction::triggered, this, [this] { track(ParagraphTracking::kStep); });
    m_clearTracking = action(tr("取消挤扩"));
    connect(m_clearTracking, &QAction::triggered, this, [this] {
        const auto [first, last] = m_editor->paragraphRange();
        report(ParagraphTracking::set(m_view->edition(), m_editor->storyId(), first, last, 0));
    });
    m_fitHeight = action(tr("按内容调整框高"), QStringLiteral("Ctrl+Alt+C"));
    connect(m_fitHeight, &QAction::triggered, this, [this] { fitSelectedFrame(); });
    m_span = action(tr("宽度跨栏(&N)…"));
    connect(m_span, &QAction::triggered, this, &NightDeskActions::spanDialog);
    m_selectBlock = action(tr("选择稿件块"));
    connect(m_selectBlock, &QAction::triggered, this, [this] {
        const QList<ObjectId> blocks = selectedBlocks();
        selectBlock(blocks.isEmpty() ? m_stories->currentStory() : blocks.first());
    });
    m_moveBlock = action(tr("移到第 N 版…"));
    connect(m_moveBlock, &QAction::triggered, this, &NightDeskActions::moveBlockDialog);
    m_swapBlocks = action(tr("两个稿件块互换位置"));
    connect(m_swapBlocks, &QAction::triggered, this, [this] { swapSelectedBlocks(); });
    m_importStory = action(tr("导入稿件(&S)…"));
    connect(m_importStory, &QAction::triggered, this, &NightDeskActions::importStoryDialog);
    m_pasteStory = action(tr("粘贴稿件"), QStringLiteral("Ctrl+Shift+V"));
    connect(m_pasteStory, &QAction::triggered, this, [this] { pasteStory(); });

    // The story list's context menu selects a story's block on the page.
    auto *listBlock = new QAction(tr("选择稿件块"), this);
    connect(listBlock, &QAction::triggered, this,
            [this] { selectBlock(m_stories->currentStory()); });
    m_stories->addContextAction(listBlock);

    m_view->viewport()->setAcceptDrops(true);
    m_view->viewport()->installEventFilter(this);
    connect(m_view, &PageView::selectionChanged, this, &NightDeskActions::updateActions);
    updateActions();
}

QAction *NightDeskActions::action(const QString &text, const QString &shortcut)
{
    auto *a = new QAction(text, this);
    if (!shortcut.isEmpty())
        a->setShortcut(QKeySequence(shortcut));
    m_window->addAction(a);
    return a;
}

void NightDeskActions::fillTextMenu(QMenu *menu) const
{
    menu->addAction(m_squeeze);
    menu->addAction(m_spread);
    menu->addAction(m_clearTracking);
}

void NightDeskActions::fillObjectMenu(QMenu *menu) const
{
    menu->addSeparator();
    menu->addAction(m_fitHeight);
    menu->addAction(m_span);
}

void NightDeskActions::fillBlockMenu(QMenu *menu) const
{
    menu->addAction(m_selectBlock);
    menu->addAction(m_moveBlock);
    menu->addAction(m_swapBlocks);
}

void NightDeskActions::updateActions()
{
    const Edition *edition = m_view->edition();
    const Frame *current = edition ? edition->frame(m_view->currentFrameId()) : nullptr;
    m_fitHeight->setEnabled(current && current->kind == FrameKind::Text && current->storyId);
    m_span->setEnabled(current && current->kind != FrameKind::Rule);
    const int blocks = int(selectedBlocks().size());
    m_moveBlock->setEnabled(blocks == 1);
    m_swapBlocks->setEnabled(blocks == 2);
}

QString NightDeskActions::report(const QString &problem, const QString &done)
{
    if (!problem.isEmpty())
        m_window->statusBar()->showMessage(problem, 8000);
    else if (!done.isEmpty())
        m_window->statusBar()->showMessage(done, 6000);
    return problem;
}

QString NightDeskActions::track(int delta)
{
    const auto [first, last] = m_editor->paragraphRange();
    const ObjectId storyId = m_editor->storyId();
    const QString problem =
        ParagraphTracking::adjust(m_view->edition(), storyId, first, last, delta);
    const Story *story = m_view->edition() ? m_view->edition()->story(storyId) : nullptr;
    const int now =
        story && first < story->paragraphs.size() ? story->paragraphs[first].tracking : 0;
    return report(problem, tr("段落字距 %1/100 字").arg(now));
}

QString NightDeskActions::fitSelectedFrame()
{
    QString note;
    const QString problem =
        FrameFitting::fitChainToText(m_view->edition(), m_view->currentFrameId(), &note);
    return report(problem, note);
}

QString NightDeskActions::spanSelectedFrame(int columns)
{
    return report(FrameFitting::spanColumns(m_view->edition(), m_view->currentFrameId(), columns));
}

QList<ObjectId> NightDeskActions::selectedBlocks() const
{
    QList<ObjectId> out;
    const Edition *edition = m_view->edition();
    for (ObjectId id : m_view->selection())
        if (const ObjectId s = edition ? StoryBlock::storyOfFrame(*edition, id) : 0;
            s && !out.contains(s))
            out.append(s);
    return out;
}

QString NightDeskActions::selectBlock(ObjectId storyId)
{
    const Edition *edition = m_view->edition();
    const QList<ObjectId> ids =
        edition ? StoryBlock::frameIds(*edition, storyId) : QList<ObjectId>();
    if (ids.isEmpty())
        return report(tr("这篇稿件尚未置入版面，没有稿件块。"));
    m_view->setPageId(edition->pageOfFrame(ids.first())->id);
    m_view->setSelection(StoryBlock::blockOnPage(*edition, ids.first()));
    return {};
}

QString NightDeskActions::moveSelectedBlock(ObjectId pageId)
{
    const QList<ObjectId> blocks = selectedBlocks();
    if (blocks.size() != 1)
        return report(tr("请选中一个稿件块（Ctrl+单击其中任一个框）。"));
    const QString problem = StoryBlock::moveToPage(m_view->edition(), blocks.first(), pageId);
    if (problem.isEmpty())
        selectBlock(blocks.first());
    return report(problem);
}

QString NightDeskActions::swapSelectedBlocks()
{
    const QList<ObjectId> blocks = selectedBlocks();
    if (blocks.size() != 2)
        return report(tr("请选中两个稿件块（Ctrl+单击一个，再 Shift+单击另一个）。"));
    return report(StoryBlock::swap(m_view->edition(), blocks[0], blocks[1]));
}

QString NightDeskActions::pasteStory()
{
    ObjectId storyId = 0;
    const QString problem = LateStory::importText(
        m_view->edition(), QApplication::clipboard()->text(), m_view->selection(), &storyId);
    if (problem.isEmpty())
        m_stories->setCurrentStory(storyId);
    return report(problem, problem.isEmpty() ? tr("已导入稿件") : QString());
}

QString NightDeskActions::importStoryFile(const QString &path)
{
    ObjectId storyId = 0;
    const QString problem =
        LateStory::importFile(m_view->edition(), path, m_view->selection(), &storyId);
    if (problem.isEmpty())
        m_stories->setCurrentStory(storyId);
    return report(problem, problem.isEmpty() ? tr("已导入稿件") : QString());
}

void NightDeskActions::spanDialog()
{
    const Edition *edition = m_view->edition();
    const Page *page = edition ? edition->pageOfFrame(m_view->currentFrameId()) : nullptr;
    if (!page)
        return;
    bool ok = false;
    const int columns = QInputDialog::getInt(m_window, tr("宽度跨栏"), tr("跨几栏："), 2, 1,
                                             qMax(1, page->grid.columns), 1, &ok);
    if (ok)
        spanSelectedFrame(columns);
}

void NightDeskActions::moveBlockDialog()
{
    const Edition *edition = m_view->edition();
    if (!edition || selectedBlocks().size() != 1)
        return;
    QStringList names;
    for (const Page &p : edition->pages())
        names << tr("第 %1 版 %2").arg(p.number).arg(p.section);
    bool ok = false;
    const QString choice =
        QInputDialog::getItem(m_window, tr("稿件块移到"), tr("版面："), names, 0, false, &ok);
    if (ok && names.contains(choice))
        moveSelectedBlock(edition->pages()[names.indexOf(choice)].id);
}

void NightDeskActions::importStoryDialog()
{
    const QString path = QFileDialog::getOpenFileName(m_window, tr("导入稿件"), QString(),
                                                      tr("稿件文字 (*.txt *.md);;所有文件 (*)"));
    if (!path.isEmpty())
        importStoryFile(path);
}

ObjectId NightDeskActions::emptyTextFrameAt(const QPointF &px) const
{
    const Edition *edition = m_view->edition();
    const Page *page = edition ? edition->page(m_view->pageAt(px)) : nullptr;
    if (!page || page->id != m_view->pageId())
        return 0;
    const QPointF pt = m_view->viewToPage(px);
    ObjectId hit = 0;
    int z = std::numeric_limits<int>::min();
    for (const Frame &f : page->frames)
        if (f.kind == FrameKind::Text && f.rect.normalized().contains(pt) && f.z >= z) {
            hit = f.storyId ? 0 : f.id;
            z = f.z;
        }
    return hit;
}

bool NightDeskActions::eventFilter(QObject *watched, QEvent *event)
{
    // A text file dropped on an empty text frame becomes a late story there.
    if (event->type() == QEvent::DragEnter || event->type() == QEvent::DragMove) {
        auto *drag = static_cast<QDropEvent *>(event);
        const QMimeData *mime = drag->mimeData();
        if (mime->hasUrls() && mime->urls().size() == 1 && mime->urls().first().isLocalFile() &&
            emptyTextFrameAt(drag->position())) {
            drag->acceptProposedAction();
            return true;
        }
    } else if (event->type() == QEvent::Drop) {
        auto *drop = static_cast<QDropEvent *>(event);
        const QMimeData *mime = drop->mimeData();
        const ObjectId frameId = emptyTextFrameAt(drop->position());
        if (frameId && mime->hasUrls() && mime->urls().first().isLocalFile()) {
            ObjectId storyId = 0;
            const QString problem = LateStory::importFile(
                m_view->edition(), mime->urls().first().toLocalFile(), {frameId}, &storyId);
            report(problem, problem.isEmpty() ? tr("已导入稿件") : QString());
            if (problem.isEmpty())
                m_view->setSelection({frameId});
            drop->acceptProposedAction();
            return true;
        }
    }
    return QObject::eventFilter(watched, event);
}

} // namespace folio::app
