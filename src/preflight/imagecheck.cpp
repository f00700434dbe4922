#include "preflight/imagecheck.h"

#include "model/edition.h"
#include "pdf/cmykconverter.h"
#include "pdf/imagedecoder.h"
#include "preflight/preflight.h"

#include <QCoreApplication>

namespace folio::preflight {

namespace {
const char *kContext = "folio::preflight::ImageCheck";
}

ImageCheck::ImageCheck(const ExportSettings &settings, const QByteArray &iccProfile)
    : m_settings(settings), m_iccProfile(iccProfile)
{}

void ImageCheck::check(const PageLayout &layout, const Edition *edition, Diagnostics *out) const
{
    const pdf::CmykConverter converter(m_iccProfile, m_settings.inkLimit);
    const auto add = [&](Diagnostic::Severity severity, const char *code, ObjectId frameId,
                         const QString &message) {
        Diagnostic d;
        d.severity = severity;
        d.code = QString::fromLatin1(code);
        d.message = message;
        d.frameId = frameId;
        d.pageIndex = layout.pageIndex;
        out->append(d);
    };

    for (const PageItem &item : layout.items) {
        const auto *image = std::get_if<ImageItem>(&item);
        if (!image || image->assetId == 0)
            continue;
        const ImageAsset *asset = edition ? edition->image(image->assetId) : nullptr;
        if (!asset) {
            if (edition)
                add(Diagnostic::Severity::Error, "image-missing", image->frameId,
                    QCoreApplication::translate(kContext, "图片 %1 不在本期版面文件中")
                        .arg(image->assetId));
            continue;
        }
        pdf::PdfImage decoded;
        QString error;
        if (!pdf::ImageDecoder::decode(*asset, converter, &decoded, &error,
                                       pdf::ImageDecoder::Purpose::Check)) {
            if (decoded.large == pdf::PdfImage::LargeImage::Refused)
                add(Diagnostic::Severity::Error, "image-decode-limit", image->frameId,
                    QCoreApplication::translate(kContext, "图片“%1”无法输出：%2")
                        .arg(asset->name, error));
            else
                add(Diagnostic::Severity::Error, "image-broken", image->frameId,
                    QCoreApplication::translate(kContext, "图片“%1”已损坏，无法输出：%2")
                        .arg(asset->name, error));
            continue;
        }
        const QString sizeText = QStringLiteral("%1×%2")
                                     .arg(decoded.originalSize.width())
                                     .arg(decoded.originalSize.height());
        if (decoded.large == pdf::PdfImage::LargeImage::InBands)
            add(Diagnostic::Severity::Warning, "image-decode-limit", image->frameId,
                QCoreApplication::translate(kContext,
                                            "%1 图片超出解码上限：“%2”将分段转换后输出（导出较慢，"
                                            "屏幕上显示缩小的预览）")
                    .arg(sizeText, asset->name));
        else if (decoded.large == pdf::PdfImage::LargeImage::Scaled)
            add(Diagnostic::Severity::Warning, "image-decode-limit", image->frameId,
                QCoreApplication::translate(kContext,
                                            "%1 图片超出解码上限：“%2”将缩小为 %3×%4 输出")
                    .arg(sizeText, asset->name)
                    .arg(decoded.width)
                    .arg(decoded.height));
        const QRectF placed = image->imageRect.normalized();
        if (placed.width() > 0 && placed.height() > 0) {
            const double ppi = qMin(decoded.width / (placed.width() / 72.0),
                                    decoded.height / (placed.height() / 72.0));
            if (ppi < Preflight::kMinimumPpi)
                add(Diagnostic::Severity::Warning, "image-low-resolution", image->frameId,
                    QCoreApplication::translate(kContext,
                                                "图片“%1”按置入尺寸只有 %2 ppi（应不低于 %3）")
                        .arg(asset->name)
                        .arg(ppi, 0, 'f', 0)
                        .arg(Preflight::kMinimumPpi, 0, 'f', 0));
        }
        if (decoded.source == pdf::PdfImage::Source::Rgb) {
            if (converter.usesProfile())
                add(Diagnostic::Severity::Info, "image-rgb", image->frameId,
                    QCoreApplication::translate(kContext, "RGB 图片“%1”将按输出特性文件转换为 CMYK")
                        .arg(asset->name));
            else
                add(Diagnostic::Severity::Warning, "image-rgb", image->frameId,
                    QCoreApplication::translate(kContext,
                                                "RGB 图片“%1”将按 Folio 默认公式转换为 CMYK"
                                                "（未设置印厂的输出特性文件，颜色未经色彩管理）")
                        .arg(asset->name));
        }
        if (decoded.flattenedAlpha)
            add(Diagnostic::Severity::Info, "image-transparency", image->frameId,
                QCoreApplication::translate(kContext, "图片“%1”的透明部分将以白色合并")
                    .arg(asset->name));
        if (decoded.maxInk > m_settings.inkLimit + 0.5)
            add(Diagnostic::Severity::Warning, "ink-limit", image->frameId,
                QCoreApplication::translate(kContext, "图片“%1”最高墨量约 %2%，超过上限 %3%")
                    .arg(asset->name)
                    .arg(decoded.maxInk, 0, 'f', 0)
                    .arg(m_settings.inkLimit, 0, 'f', 0));
    }
}

} // namespace folio::preflight
