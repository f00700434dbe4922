#include "app/pagelistpanel.h"

#include "app/layoutcache.h"
#include "model/edition.h"
#include "render/pagerenderer.h"

#include <QListWidget>
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
    m_refresh.setSingleShot(true);
    m_refresh.setInterval(250);
    connect(&m_refresh, &QTimer::timeout, this, &PageListPanel::rebuild);
    connect(m_list, &QListWidget::currentItemChanged, this, [this](QListWidgetItem *item) {
        if (item)
            Q_EMIT pageActivated(item->data(kPageIdRole).toLongLong());
    });
}

QString PageListPanel::statusName(PageStatus status)
{
    switch (status) {
    case PageStatus::Layout:
        return tr("排版中");
    case PageStatus::Proof:
        return tr("待校");
    case PageStatus::Approved:
        return tr("已签");
    case PageStatus::Sent:
        return tr("已发");
    }
    return {};
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

void PageListPanel::rebuild()
{
    const ObjectId current = currentPage();
    const QSignalBlocker block(m_list);
    m_list->clear();
    if (!m_edition)
        return;
    for (const auto &page : m_edition->pages()) {
        auto *item = new QListWidgetItem(m_list);
        // The same picture when selected: the list's highlight must not tint the page.
        const QPixmap pixmap = QPixmap::fromImage(thumbnail(page));
        QIcon icon(pixmap);
        icon.addPixmap(pixmap, QIcon::Selected);
        item->setIcon(icon);
        item->setText(
            tr("第 %1 版 %2\n%3").arg(page.number).arg(page.section, statusName(page.status)));
        item->setData(kPageIdRole, page.id);
        item->setTextAlignment(Qt::AlignHCenter);
        if (page.id == current)
            m_list->setCurrentItem(item);
    }
    if (!m_list->currentItem() && m_list->count() > 0)
        m_list->setCurrentRow(0);
}

} // namespace folio::app
