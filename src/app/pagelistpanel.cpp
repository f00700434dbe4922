#include "app/pagelistpanel.h"

#include "app/layoutcache.h"
#include "model/edition.h"
#include "proof/exportguard.h"
#include "proof/signoff.h"
#include "proof/signoffformat.h"
#include "render/pagerenderer.h"

#include <QDropEvent>
#include <QListWidget>
#include <QMimeData>
#include <QPainter>
#include <QVBoxLayout>

namespace folio::app {

namespace {
const QSize kThumbSize(96, 136);
constexpr int kPageIdRole = Qt::UserRole + 1;
} // namespace

PageListPanel::PageListPanel(QWidget *parent) : QWidget(parent), m_list(new QListWidget(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_list);
    m_list->setViewMode(QListView::IconMode);
    m_list->setIconSize(kThumbSize);
    m_list->setFlow(QListView::TopToBottom);
    m_list->setWrapping(false);
    m_list->setMovement(QListView::Static);
    m_list->setResizeMode(QListView::Adjust);
    m_list->setSpacing(6);
    m_list->setUniformItemSizes(true);
    m_list->setGridSize(QSize(kThumbSize.width() + 40, kThumbSize.height() + 44));
    // Static keeps the icon layout a plain list; drags are enabled again after it (setMovement
    // turns them off) and the drop is handled here, as a move of the page in the edition.
    m_list->setDragEnabled(true);
    m_list->setDragDropMode(QAbstractItemView::DragDrop);
    m_list->setDefaultDropAction(Qt::MoveAction);
    m_list->viewport()->setAcceptDrops(true);
    m_list->viewport()->installEventFilter(this);
    m_refresh.setSingleShot(true);
    m_refresh.setInterval(250);
    connect(&m_refresh, &QTimer::timeout, this, &PageListPanel::rebuild);
    connect(m_list, &QListWidget::currentItemChanged, this, [this](QListWidgetItem *item) {
        if (item)
            Q_EMIT pageActivated(item->data(kPageIdRole).toLongLong());
    });
}

void PageListPanel::setEdition(Edition *edition, LayoutCache *layouts)
{
    if (m_edition)
        disconnect(m_edition, nullptr, this, nullptr);
    m_edition = edition;
    m_layouts = layouts;
    if (m_edition)
        connect(m_edition, &Edition::changed, &m_refresh, qOverload<>(&QTimer::start));
    rebuild();
}

ObjectId PageListPanel::currentPage() const
{
    const auto *item = m_list->currentItem();
    return item ? item->data(kPageIdRole).toLongLong() : 0;
}

void PageListPanel::setCurrentPage(ObjectId pageId)
{
    // A page added a moment ago is not listed until the delayed rebuild: list it now, or the
    // rebuild would keep the previous page chosen while the view shows the new one.
    const auto listed = [this](ObjectId id) {
        for (int i = 0; i < m_list->count(); ++i)
            if (m_list->item(i)->data(kPageIdRole).toLongLong() == id)
                return true;
        return false;
    };
    if (!listed(pageId) && m_edition && m_edition->page(pageId))
        rebuild();
    for (int i = 0; i < m_list->count(); ++i) {
        if (m_list->item(i)->data(kPageIdRole).toLongLong() == pageId) {
            m_list->setCurrentRow(i);
            return;
        }
    }
}

QImage PageListPanel::thumbnail(const Page &page) const
{
    render::PageRenderer renderer;
    if (m_layouts)
        renderer.setImageProvider([this](ObjectId id) { return m_layouts->image(id); });
    QImage image =
        m_layouts ? renderer.thumbnail(*m_layouts->layout(page.id), kThumbSize) : QImage();
    if (image.isNull())
        return image;
    // Frame outlines, so a page whose text is not composed still shows its plan.
    QPainter p(&image);
    const double s = image.width() / page.size.width();
    p.scale(s, s);
    p.setPen(QPen(QColor(170, 170, 170), 0));
    for (const auto &f : page.frames)
        if (f.kind == FrameKind::Text)
            p.drawRect(f.rect);
    p.resetTransform();
    p.setPen(QColor(90, 90, 90));
    p.drawRect(image.rect().adjusted(0, 0, -1, -1));
    return image;
}

bool PageListPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched != m_list->viewport())
        return QWidget::eventFilter(watched, event);
    const auto draggedPage = [this](const QDropEvent *drop) -> ObjectId {
        if (drop->mimeData()->hasFormat(pageMimeType()))
            return drop->mimeData()->data(pageMimeType()).toLongLong();
        return drop->source() == m_list ? currentPage() : 0;
    };
    switch (event->type()) {
    case QEvent::DragEnter:
    case QEvent::DragMove: {
        auto *drag = static_cast<QDragMoveEvent *>(event);
        if (draggedPage(drag)) {
            drag->setDropAction(Qt::MoveAction);
            drag->accept();
        } else {
            drag->ignore();
        }
        return true;
    }
    case QEvent::Drop: {
        auto *drop = static_cast<QDropEvent *>(event);
        const ObjectId pageId = draggedPage(drop);
        if (pageId && m_edition) {
            const QListWidgetItem *target = m_list->itemAt(drop->position().toPoint());
            const int to = target ? m_list->row(target) : m_list->count() - 1;
            Q_EMIT pageMoveRequested(pageId, to);
        }
        // Ignored as a move, so the view does not remove the dragged item itself: the list is
        // rebuilt from the edition.
        drop->setDropAction(Qt::IgnoreAction);
        drop->accept();
        return true;
    }
    default:
        return QWidget::eventFilter(watched, event);
    }
}

void PageListPanel::rebuild()
{
    const ObjectId current = currentPage();
    const QSignalBlocker block(m_list);
    m_list->clear();
    if (!m_edition)
        return;
    Edition *edition = m_edition;
    LayoutCache *layouts = m_layouts;
    const proof::SignOff signOff(m_edition, [edition, layouts](int index) {
        return *layouts->layout(edition->pages()[index].id);
    });
    for (const auto &page : m_edition->pages()) {
        auto *item = new QListWidgetItem(m_list);
        // The same picture when selected: the list's highlight must not tint the page.
        const QPixmap pixmap = QPixmap::fromImage(thumbnail(page));
        QIcon icon(pixmap);
        icon.addPixmap(pixmap, QIcon::Selected);
        item->setIcon(icon);
        QString text =
            tr("第 %1 版 %2\n%3").arg(page.number).arg(page.section, pageStatusName(page.status));
        // Sign-off (签版) once it is in force: 已签, 签版中 or 签后改动, who and when in the tip.
        if (proof::ExportGuard::isInForce(*m_edition)) {
            const proof::SignOff::PageState state = signOff.state(m_edition->pageIndex(page.id));
            text += QStringLiteral(" · ") + proof::SignOff::statusName(state.status);
            item->setToolTip(proof::SignOffFormat::levels(state).replace(QStringLiteral("  "),
                                                                         QStringLiteral("\n")));
            if (state.status == proof::SignOff::Status::ChangedSinceSigned)
                item->setForeground(QColor(176, 0, 0));
        }
        item->setText(text);
        item->setData(kPageIdRole, page.id);
        item->setTextAlignment(Qt::AlignHCenter);
        if (page.id == current)
            m_list->setCurrentItem(item);
    }
    if (!m_list->currentItem() && m_list->count() > 0)
        m_list->setCurrentRow(0);
}

} // namespace folio::app
