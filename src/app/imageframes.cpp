#include "app/imageframes.h"

#include "app/framefactory.h"
#include "model/edition.h"
#include "model/framecommand.h"
#include "model/resourcecommand.h"
#include "model/storycommand.h"
#include "render/previewimage.h"

#include <QBuffer>
#include <QFile>
#include <QFileInfo>
#include <QImageReader>
#include <QUndoStack>
#include <cmath>

namespace folio::app {

namespace {
constexpr double kInchesPerMetre = 1.0 / 0.0254;
constexpr double kCaptionGap = 4.0; // pt between the photo and its caption
constexpr int kCaptionLines = 2;

QSizeF naturalSize(const ImageAsset &asset)
{
    const double dpi = asset.dpi > 0 ? asset.dpi : 72.0;
    return QSizeF(asset.pixelSize.width() * 72.0 / dpi, asset.pixelSize.height() * 72.0 / dpi);
}
} // namespace

std::optional<ImageAsset> ImageFrames::readAsset(const QByteArray &data, const QString &name,
                                                 QString *error)
{
    const auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return std::nullopt;
    };
    if (data.isEmpty())
        return fail(tr("图片文件“%1”是空的。").arg(name));
    QBuffer buffer;
    buffer.setData(data);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer);
    const QByteArray format = reader.format().toLower();
    if (format != "jpeg" && format != "png")
        return fail(tr("“%1”不是 JPEG 或 PNG 图片，无法置入。").arg(name));
    // Decode it all now: a picture that fails here would fail again in print. A picture over
    // Qt's one-piece decode limit is read reduced (print embeds it at full size in strips); its
    // pixel size is the file's own.
    const QSize fileSize = reader.size();
    const QImage image = render::PreviewImage::decode(data);
    if (image.isNull())
        return fail(tr("图片“%1”已损坏，无法读取：%2").arg(name, reader.errorString()));
    ImageAsset asset;
    asset.name = name;
    asset.format = QString::fromLatin1(format);
    asset.data = data;
    asset.pixelSize = fileSize.isValid() ? fileSize : image.size();
    // Files record whole ppi, but PNG stores dots per metre as an integer (300 ppi becomes
    // 11811, 299.9994 ppi): a tenth of a ppi is the resolution the file really states.
    const double dpi = std::round(image.dotsPerMeterX() / kInchesPerMetre * 10) / 10;
    asset.dpi = dpi >= 1.0 ? dpi : 72.0;
    return asset;
}

QString ImageFrames::placeFile(Edition *edition, ObjectId pageId, ObjectId frameId,
                               const QString &path, ObjectId *placedFrame)
{
    QFile file(path);
    const QString name = QFileInfo(path).fileName();
    if (!file.open(QIODevice::ReadOnly))
        return tr("无法打开图片“%1”：%2").arg(name, file.errorString());
    return placeData(edition, pageId, frameId, file.readAll(), name, placedFrame);
}

QString ImageFrames::placeData(Edition *edition, ObjectId pageId, ObjectId frameId,
                               const QByteArray &data, const QString &name, ObjectId *placedFrame)
{
    const Page *page = edition->page(pageId);
    if (!page)
        return tr("没有可置入图片的版面。");
    QString error;
    std::optional<ImageAsset> asset = readAsset(data, name, &error);
    if (!asset)
        return error;
    asset->id = edition->newId();

    Frame frame;
    const Frame *target = page->frame(frameId);
    const bool isNew = !target || target->kind != FrameKind::Image;
    if (isNew) {
        // The picture's own size, shrunk to the type area if larger.
        const QRectF type = page->typeArea();
        QSizeF size = naturalSize(*asset);
        if (size.width() > type.width() || size.height() > type.height())
            size.scale(type.size(), Qt::KeepAspectRatio);
        frame = FrameFactory::create(edition, *page, FrameKind::Image, QRectF(type.topLeft(), size),
                                     type.topLeft());
    } else {
        frame = *target;
    }
    frame.assetId = asset->id;
    frame.imageOffset = QPointF();
    frame.imageScale = 1.0;
    if (frame.fit == ImageFit::Manual)
        frame.fit = ImageFit::Fit;

    QUndoStack *stack = edition->undoStack();
    stack->beginMacro(tr("置入图片"));
    stack->push(ResourceCommand::put(edition, *asset, tr("置入图片")));
    stack->push(isNew ? FrameCommand::add(edition, pageId, frame)
                      : FrameCommand::change(edition, frame, tr("置入图片")));
    stack->endMacro();
    if (placedFrame)
        *placedFrame = frame.id;
    return {};
}

std::optional<QRectF> ImageFrames::placedRect(const PageLayout &layout, ObjectId frameId)
{
    for (const PageItem &item : layout.items)
        if (const auto *image = std::get_if<ImageItem>(&item);
            image && image->frameId == frameId && image->assetId)
            return image->imageRect.normalized();
    return std::nullopt;
}

double ImageFrames::effectivePpi(const ImageAsset &asset, const QRectF &placed)
{
    if (asset.pixelSize.isEmpty() || placed.width() <= 0 || placed.height() <= 0)
        return 0.0;
    return qMin(asset.pixelSize.width() / (placed.width() / 72.0),
                asset.pixelSize.height() / (placed.height() / 72.0));
}

Frame ImageFrames::manualAt(const Frame &frame, const ImageAsset &asset, const QRectF &placed)
{
    Frame f = frame;
    const QSizeF natural = naturalSize(asset);
    f.fit = ImageFit::Manual;
    if (natural.width() > 0 && placed.width() > 0)
        f.imageScale = placed.width() / natural.width();
    f.imageOffset = placed.topLeft() - frame.rect.topLeft();
    return f;
}

void ImageFrames::setFit(Edition *edition, ObjectId frameId, ImageFit fit, const QRectF &placed)
{
    const Frame *current = edition->frame(frameId);
    if (!current || current->kind != FrameKind::Image || current->fit == fit)
        return;
    Frame f = *current;
    const ImageAsset *asset = edition->image(f.assetId);
    if (fit == ImageFit::Manual && asset && placed.isValid()) {
        f = manualAt(f, *asset, placed);
    } else {
        f.fit = fit;
        // Original places the picture at the frame's corner; a crop made by hand is undone.
        if (fit == ImageFit::Original)
            f.imageOffset = QPointF();
    }
    edition->undoStack()->push(FrameCommand::change(edition, f, tr("图片适合方式")));
}

void ImageFrames::setScale(Edition *edition, ObjectId frameId, double scale, const QRectF &placed)
{
    const Frame *current = edition->frame(frameId);
    const ImageAsset *asset = current ? edition->image(current->assetId) : nullptr;
    if (!asset || scale <= 0)
        return;
    Frame f = current->fit == ImageFit::Manual ? *current : manualAt(*current, *asset, placed);
    if (qFuzzyCompare(f.imageScale, scale) && current->fit == ImageFit::Manual)
        return;
    f.imageScale = scale;
    edition->undoStack()->push(FrameCommand::change(edition, f, tr("图片缩放")));
}

void ImageFrames::moveContent(Edition *edition, ObjectId frameId, const QPointF &delta,
                              const QRectF &placed)
{
    const Frame *current = edition->frame(frameId);
    const ImageAsset *asset = current ? edition->image(current->assetId) : nullptr;
    if (!asset || delta.isNull() || !placed.isValid())
        return;
    Frame f = manualAt(*current, *asset, placed);
    f.imageOffset += delta;
    edition->undoStack()->push(FrameCommand::change(edition, f, tr("裁切图片")));
}

QString ImageFrames::addCaption(Edition *edition, ObjectId imageFrameId, ObjectId *captionFrame)
{
    const Frame *image = edition->frame(imageFrameId);
    const Page *page = edition->pageOfFrame(imageFrameId);
    if (!image || !page || image->kind != FrameKind::Image)
        return tr("请先选择一个图片框。");
    if (image->captionFrameId && edition->frame(image->captionFrameId))
        return tr("这张图片已有说明框。");
    const ParagraphStyle *style = edition->styleForRole(ParagraphRole::Caption);
    if (!style)
        style = edition->styleForRole(ParagraphRole::Body);

    Story story;
    story.id = edition->newId();
    story.slug = tr("%1 图片说明").arg(image->name);
    Paragraph paragraph;
    paragraph.styleId = style ? style->id : 0;
    story.paragraphs.append(paragraph);

    const double leading = style ? style->leadingPt() : 13.5;
    const QRectF rect(image->rect.left(), image->rect.bottom() + kCaptionGap, image->rect.width(),
                      kCaptionLines * leading);
    Frame caption = FrameFactory::create(edition, *page, FrameKind::Text, rect, rect.topLeft());
    caption.name = tr("%1 说明").arg(image->name);
    caption.columns = 1;
    caption.storyId = story.id;

    Frame photo = *image;
    photo.captionFrameId = caption.id;

    QUndoStack *stack = edition->undoStack();
    stack->beginMacro(tr("添加图片说明"));
    stack->push(StoryCommand::add(edition, story));
    stack->push(FrameCommand::add(edition, page->id, caption));
    stack->push(FrameCommand::change(edition, photo, tr("添加图片说明")));
    stack->endMacro();
    if (captionFrame)
        *captionFrame = caption.id;
    return {};
}

} // namespace folio::app
