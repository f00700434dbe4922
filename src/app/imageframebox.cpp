#include "app/imageframebox.h"

#include "app/imageframes.h"
#include "app/layoutcache.h"
#include "model/edition.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>

namespace folio::app {

ImageFrameBox::ImageFrameBox(QWidget *parent)
    : QWidget(parent), m_picture(new QLabel(this)), m_fit(new QComboBox(this)),
      m_scale(new QDoubleSpinBox(this)), m_ppi(new QLabel(this)),
      m_caption(new QPushButton(tr("添加图片说明"), this))
{
    m_fit->addItem(tr("填满"), int(ImageFit::Fill));
    m_fit->addItem(tr("适合"), int(ImageFit::Fit));
    m_fit->addItem(tr("原始大小"), int(ImageFit::Original));
    m_fit->addItem(tr("手动"), int(ImageFit::Manual));
    m_scale->setRange(1, 2000);
    m_scale->setDecimals(1);
    m_scale->setSuffix(QStringLiteral(" %"));
    m_scale->setKeyboardTracking(false);
    m_picture->setWordWrap(true);

    auto *form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(tr("图片"), m_picture);
    form->addRow(tr("适合方式"), m_fit);
    form->addRow(tr("缩放"), m_scale);
    form->addRow(tr("有效分辨率"), m_ppi);
    form->addRow(m_caption);

    connect(m_fit, &QComboBox::activated, this, [this](int index) {
        if (m_edition)
            ImageFrames::setFit(m_edition, m_frameId, ImageFit(m_fit->itemData(index).toInt()),
                                placedRect());
    });
    connect(m_scale, &QDoubleSpinBox::valueChanged, this, [this](double percent) {
        if (!m_refreshing && m_edition)
            ImageFrames::setScale(m_edition, m_frameId, percent / 100.0, placedRect());
    });
    connect(m_caption, &QPushButton::clicked, this, [this] {
        if (!m_edition)
            return;
        const QString problem = ImageFrames::addCaption(m_edition, m_frameId);
        if (!problem.isEmpty())
            Q_EMIT message(problem);
    });
    refresh();
}

void ImageFrameBox::setEdition(Edition *edition, LayoutCache *layouts)
{
    m_edition = edition;
    m_layouts = layouts;
    m_frameId = 0;
    refresh();
}

void ImageFrameBox::setFrameId(ObjectId frameId)
{
    m_frameId = frameId;
    refresh();
}

QRectF ImageFrameBox::placedRect() const
{
    const Page *page = m_edition ? m_edition->pageOfFrame(m_frameId) : nullptr;
    if (!page || !m_layouts)
        return {};
    return ImageFrames::placedRect(*m_layouts->layout(page->id), m_frameId).value_or(QRectF());
}

void ImageFrameBox::refresh()
{
    m_refreshing = true;
    const Frame *f = m_edition ? m_edition->frame(m_frameId) : nullptr;
    const ImageAsset *asset = f ? m_edition->image(f->assetId) : nullptr;
    m_effectivePpi = 0.0;
    if (f && f->kind == FrameKind::Image) {
        m_fit->setCurrentIndex(m_fit->findData(int(f->fit)));
        m_caption->setEnabled(!f->captionFrameId || !m_edition->frame(f->captionFrameId));
        if (asset) {
            m_picture->setText(tr("%1，%2 × %3 像素")
                                   .arg(asset->name)
                                   .arg(asset->pixelSize.width())
                                   .arg(asset->pixelSize.height()));
            const QRectF placed = placedRect();
            m_effectivePpi = ImageFrames::effectivePpi(*asset, placed);
            const double natural = asset->pixelSize.width() * 72.0 / asset->dpi;
            m_scale->setValue(natural > 0 ? placed.width() / natural * 100 : 100);
            const bool low = m_effectivePpi < ImageFrames::kMinimumPpi;
            m_ppi->setText(low ? tr("%1 ppi（低于 %2，印刷会模糊）")
                                     .arg(m_effectivePpi, 0, 'f', 0)
                                     .arg(ImageFrames::kMinimumPpi, 0, 'f', 0)
                               : tr("%1 ppi").arg(m_effectivePpi, 0, 'f', 0));
            m_ppi->setStyleSheet(low ? QStringLiteral("color: #c0392b;") : QString());
        } else {
            m_picture->setText(tr("未置入图片"));
            m_ppi->clear();
        }
        m_fit->setEnabled(asset != nullptr);
        m_scale->setEnabled(asset != nullptr);
    }
    m_refreshing = false;
}

} // namespace folio::app
