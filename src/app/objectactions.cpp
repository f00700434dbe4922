#include "app/objectactions.h"

#include "app/frameclipboard.h"
#include "app/imageframes.h"
#include "app/pageview.h"
#include "model/edition.h"

#include <QAction>
#include <QActionGroup>
#include <QFileDialog>
#include <QMenu>

namespace folio::app {

ObjectActions::ObjectActions(QWidget *window, PageView *view, QActionGroup *tools)
    : QObject(window), m_window(window), m_view(view)
{
    m_tools = {
        toolAction(tr("图片框工具"), QStringLiteral("F"), int(PageView::Tool::ImageFrame), tools),
        toolAction(tr("线工具"), QStringLiteral("N"), int(PageView::Tool::Rule), tools),
        toolAction(tr("方框工具"), QStringLiteral("M"), int(PageView::Tool::Box), tools),
        toolAction(tr("内容工具（裁切图片）"), QStringLiteral("A"), int(PageView::Tool::Content),
                   tools)};
    connect(view, &PageView::toolChanged, this, [this](PageView::Tool tool) {
        for (QAction *a : std::as_const(m_tools))
            if (a->data().toInt() == int(tool))
                a->setChecked(true);
    });

    m_placeImage = action(tr("置入图片(&I)…"), QStringLiteral("Ctrl+Shift+D"));
    connect(m_placeImage, &QAction::triggered, this, &ObjectActions::placeImageDialog);
    m_caption = action(tr("添加图片说明"));
    connect(m_caption, &QAction::triggered, this, [this] { report(addCaption()); });

    const QList<std::pair<QString, AlignEdge>> edges = {
        {tr("左对齐"), AlignEdge::Left},
        {tr("水平居中"), AlignEdge::HorizontalCentre},
        {tr("右对齐"), AlignEdge::Right},
        {tr("顶对齐"), AlignEdge::Top},
        {tr("垂直居中"), AlignEdge::VerticalCentre},
        {tr("底对齐"), AlignEdge::Bottom}};
    for (const auto &[text, edge] : edges) {
        QAction *a = action(text);
        connect(a, &QAction::triggered, this, [this, edge] { report(align(edge)); });
        m_align.append(a);
    }
    m_distributeH = action(tr("水平分布"));
    connect(m_distributeH, &QAction::triggered, this,
            [this] { report(distribute(Qt::Horizontal)); });
    m_distributeV = action(tr("垂直分布"));
    connect(m_distributeV, &QAction::triggered, this, [this] { report(distribute(Qt::Vertical)); });

    const auto onSelection = [this](auto operation) {
        return [this, operation] {
            if (Edition *e = m_view->edition())
                report(operation(e, m_view->selection()));
        };
    };
    m_front = action(tr("移到最前"), QStringLiteral("Ctrl+Shift+]"));
    connect(m_front, &QAction::triggered, this, onSelection(&FrameOperations::bringToFront));
    m_back = action(tr("移到最后"), QStringLiteral("Ctrl+Shift+["));
    connect(m_back, &QAction::triggered, this, onSelection(&FrameOperations::sendToBack));
    m_lock = action(tr("锁定位置"), QStringLiteral("Ctrl+Alt+L"));
    connect(m_lock, &QAction::triggered, this,
            onSelection([](Edition *e, const QList<ObjectId> &ids) {
                return FrameOperations::setLocked(e, ids, true);
            }));
    m_unlock = action(tr("解除锁定"), QStringLiteral("Ctrl+Alt+Shift+L"));
    connect(m_unlock, &QAction::triggered, this,
            onSelection([](Edition *e, const QList<ObjectId> &ids) {
                return FrameOperations::setLocked(e, ids, false);
            }));
    m_group = action(tr("编组"), QStringLiteral("Ctrl+G"));
    connect(m_group, &QAction::triggered, this, onSelection(&FrameOperations::group));
    m_ungroup = action(tr("取消编组"), QStringLiteral("Ctrl+Shift+G"));
    connect(m_ungroup, &QAction::triggered, this, onSelection(&FrameOperations::ungroup));

    // The clipboard keys belong to the page view only: in the story editor they copy text.
    m_copy = action(tr("复制框"));
    m_copy->setShortcut(QKeySequence::Copy);
    connect(m_copy, &QAction::triggered, this, &ObjectActions::copy);
    m_cut = action(tr("剪切框"));
    m_cut->setShortcut(QKeySequence::Cut);
    connect(m_cut, &QAction::triggered, this, &ObjectActions::cut);
    m_paste = action(tr("粘贴框"));
    m_paste->setShortcut(QKeySequence::Paste);
    connect(m_paste, &QAction::triggered, this, [this] { paste(); });
    for (QAction *a : {m_copy, m_cut, m_paste}) {
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        m_view->addAction(a);
    }
    updateActions();
}

QAction *ObjectActions::action(const QString &text, const QString &shortcut)
{
    auto *a = new QAction(text, this);
    if (!shortcut.isEmpty())
        a->setShortcut(QKeySequence(shortcut));
    return a;
}

QAction *ObjectActions::toolAction(const QString &text, const QString &shortcut, int tool,
                                   QActionGroup *tools)
{
    auto *a = new QAction(text, tools);
    a->setShortcut(QKeySequence(shortcut));
    a->setCheckable(true);
    a->setData(tool);
    connect(a, &QAction::triggered, this, [this, tool] { m_view->setTool(PageView::Tool(tool)); });
    return a;
}

QList<QAction *> ObjectActions::toolActions() const
{
    return m_tools;
}

void ObjectActions::fillObjectMenu(QMenu *menu) const
{
    menu->addAction(m_placeImage);
    menu->addAction(m_caption);
    menu->addSeparator();
    QMenu *align = menu->addMenu(tr("对齐"));
    align->addActions(m_align);
    align->addSeparator();
    align->addAction(m_distributeH);
    align->addAction(m_distributeV);
    fillArrangeMenu(menu->addMenu(tr("排列")));
    menu->addSeparator();
    fillLockMenu(menu);
    menu->addAction(m_group);
    menu->addAction(m_ungroup);
}

void ObjectActions::fillArrangeMenu(QMenu *menu) const
{
    menu->addAction(m_front);
    menu->addAction(m_back);
}

void ObjectActions::fillLockMenu(QMenu *menu) const
{
    menu->addAction(m_lock);
    menu->addAction(m_unlock);
}

void ObjectActions::fillClipboardMenu(QMenu *menu) const
{
    menu->addAction(m_cut);
    menu->addAction(m_copy);
    menu->addAction(m_paste);
}

void ObjectActions::fillEditMenu(QMenu *menu) const
{
    fillClipboardMenu(menu);
}

void ObjectActions::updateActions()
{
    const Edition *edition = m_view->edition();
    const auto &sel = m_view->selection();
    const Frame *current = edition ? edition->frame(m_view->currentFrameId()) : nullptr;
    m_placeImage->setEnabled(edition && edition->page(m_view->pageId()));
    m_caption->setEnabled(current && current->kind == FrameKind::Image);
    for (QAction *a : std::as_const(m_align))
        a->setEnabled(sel.size() >= 2);
    m_distributeH->setEnabled(sel.size() >= 3);
    m_distributeV->setEnabled(sel.size() >= 3);
    for (QAction *a : {m_front, m_back, m_lock, m_unlock, m_copy, m_cut})
        a->setEnabled(!sel.isEmpty());
    m_group->setEnabled(sel.size() >= 2);
    m_ungroup->setEnabled(current && current->groupId);
    m_paste->setEnabled(!FrameClipboard::instance().isEmpty() && edition &&
                        edition->page(m_view->pageId()));
}

void ObjectActions::report(const QString &problem)
{
    if (!problem.isEmpty())
        Q_EMIT message(problem);
}

void ObjectActions::placeImageDialog()
{
    const QString path = QFileDialog::getOpenFileName(m_window, tr("置入图片"), QString(),
                                                      tr("图片 (*.jpg *.jpeg *.png)"));
    if (path.isEmpty())
        return;
    const QString problem = placeImage(path);
    if (!problem.isEmpty())
        Q_EMIT failed(tr("无法置入图片"), problem);
}

QString ObjectActions::placeImage(const QString &path)
{
    Edition *edition = m_view->edition();
    if (!edition)
        return tr("没有打开的版面。");
    ObjectId placed = 0;
    const QString problem =
        ImageFrames::placeFile(edition, m_view->pageId(), m_view->currentFrameId(), path, &placed);
    if (problem.isEmpty())
        m_view->setSelection({placed});
    return problem;
}

QString ObjectActions::addCaption()
{
    Edition *edition = m_view->edition();
    if (!edition)
        return tr("没有打开的版面。");
    ObjectId caption = 0;
    const QString problem = ImageFrames::addCaption(edition, m_view->currentFrameId(), &caption);
    if (problem.isEmpty())
        m_view->setSelection({caption});
    return problem;
}

QString ObjectActions::align(AlignEdge edge)
{
    Edition *edition = m_view->edition();
    return edition ? FrameOperations::align(edition, m_view->selection(), edge) : QString();
}

QString ObjectActions::distribute(Qt::Orientation orientation)
{
    Edition *edition = m_view->edition();
    return edition ? FrameOperations::distribute(edition, m_view->selection(), orientation)
                   : QString();
}

void ObjectActions::copy()
{
    if (Edition *edition = m_view->edition(); edition && !m_view->selection().isEmpty()) {
        FrameClipboard::instance().copy(edition, m_view->selection());
        Q_EMIT message(tr("已复制 %1 个框").arg(m_view->selection().size()));
    }
    updateActions();
}

void ObjectActions::cut()
{
    if (m_view->selection().isEmpty())
        return;
    copy();
    m_view->deleteSelection();
}

QList<ObjectId> ObjectActions::paste()
{
    Edition *edition = m_view->edition();
    if (!edition)
        return {};
    const QList<ObjectId> ids = FrameClipboard::instance().paste(edition, m_view->pageId());
    if (!ids.isEmpty())
        m_view->setSelection(ids);
    return ids;
}

} // namespace folio::app
