#include "pdf/contentstreamwriter.h"

#include "pdf/fontembedder.h"
#include "pdf/imageembedder.h"
#include "pdf/pdfsyntax.h"

#include <QCoreApplication>
#include <cmath>

namespace folio::pdf {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("folio::pdf", text);
}
} // namespace

namespace {

QByteArray num(double v)
{
    return PdfSyntax::number(v, 4);
}

QByteArray cmyk(const CmykColor &c)
{
    return PdfSyntax::number(c.c) + ' ' + PdfSyntax::number(c.m) + ' ' + PdfSyntax::number(c.y) +
           ' ' + PdfSyntax::number(c.k);
}

QByteArray codeHex(quint16 code)
{
    return '<' + QByteArray::number(code, 16).rightJustified(4, '0').toUpper() + '>';
}

} // namespace

ContentStreamWriter::ContentStreamWriter(FontEmbedder *fonts, ImageEmbedder *images,
                                         ImageLookup lookup)
    : m_fontEmbedder(fonts), m_imageEmbedder(images), m_lookup(std::move(lookup))
{}

void ContentStreamWriter::setTrim(QPointF pdfOrigin, double pageHeight)
{
    m_origin = pdfOrigin;
    m_pageHeight = pageHeight;
}

QPointF ContentStreamWriter::toPdf(QPointF p) const
{
    return {m_origin.x() + p.x(), m_origin.y() + m_pageHeight - p.y()};
}

void ContentStreamWriter::addDiagnostic(Diagnostic::Severity severity, const QString &code,
                                        const QString &message, ObjectId frameId)
{
    Diagnostic d;
    d.severity = severity;
    d.code = code;
    d.message = message;
    d.frameId = frameId;
    d.pageIndex = m_pageIndex;
    m_diagnostics.append(d);
}

void ContentStreamWriter::setFill(const CmykColor &color)
{
    if (m_fill && *m_fill == color)
        return;
    m_fill = color;
    m_ops += cmyk(color) + " k\n";
}

void ContentStreamWriter::setStroke(const CmykColor &color)
{
    if (m_stroke && *m_stroke == color)
        return;
    m_stroke = color;
    m_ops += cmyk(color) + " K\n";
}

void ContentStreamWriter::setOverprint(bool on)
{
    if (m_overprint == on)
        return;
    m_overprint = on;
    m_usesOverprint = m_usesOverprint || on;
    m_ops += '/' + QByteArray(on ? kOverprintState : kKnockoutState) + " gs\n";
}

void ContentStreamWriter::setLineWidth(double width)
{
    if (m_lineWidth && std::abs(*m_lineWidth - width) < 1e-9)
        return;
    m_lineWidth = width;
    m_ops += num(width) + " w\n";
}

void ContentStreamWriter::writeLayout(const PageLayout &layout)
{
    m_pageIndex = layout.pageIndex;
    m_ops += "0 J 0 j\n"; // butt caps and mitre joins: rules end where the layout says
    for (const PageItem &item : layout.items) {
        if (const auto *run = std::get_if<GlyphRun>(&item))
            writeGlyphRun(*run);
        else if (const auto *rule = std::get_if<RuleItem>(&item))
            writeRule(*rule);
        else if (const auto *box = std::get_if<BoxItem>(&item))
            writeBox(*box);
        else if (const auto *image = std::get_if<ImageItem>(&item))
            writeImage(*image);
        // MarkerItem is screen-only.
    }
}

void ContentStreamWriter::writeGlyphRun(const GlyphRun &run)
{
    if (run.glyphs.isEmpty())
        return;
    if (!run.font) {
        addDiagnostic(Diagnostic::Severity::Error, QStringLiteral("font-missing"),
                      tr("一段文字没有字体"), run.frameId);
        return;
    }
    QString error;
    const int font = m_fontEmbedder->fontHandle(*run.font, &error);
    if (font < 0) {
        addDiagnostic(Diagnostic::Severity::Error, QStringLiteral("font-embed-failed"), error,
                      run.frameId);
        return;
    }
    if (run.size <= 0.0)
        return;
    const QByteArray resource = m_fontEmbedder->resourceName(font);
    m_fonts.insert(resource, m_fontEmbedder->objectNumber(font));

    // Each glyph's source text: a cluster's text goes to its first glyph.
    const int count = int(run.glyphs.size());
    QList<QString> texts(count);
    for (const auto &cluster : run.clusters) {
        if (cluster.firstGlyph >= 0 && cluster.firstGlyph < count)
            texts[cluster.firstGlyph] += cluster.text;
    }

    setFill(run.color);
    setOverprint(run.color.isKOnly() && run.color.k > 0.0);
    m_ops += "BT\n/" + resource + ' ' + num(run.size) + " Tf\n";

    const double size = run.size;
    double pen = run.origin.x();
    bool open = false;     // inside a TJ array
    double actualX = 0.0;  // where the text matrix actually puts the next glyph
    double segmentY = 0.0; // baseline offset of the open segment
    for (int i = 0; i < count; ++i) {
        const quint32 glyph = run.glyphs[i];
        const double width = m_fontEmbedder->width(font, glyph);
        const double advance = i < run.advances.size() ? run.advances[i] : width * size / 1000.0;
        const QPointF offset = i < run.offsets.size() ? run.offsets[i] : QPointF();
        const double x = pen + offset.x();
        const double y = run.origin.y() + offset.y();
        pen += advance;
        const bool mapped = m_fontEmbedder->use(font, glyph, texts[i]);
        const quint16 code = m_fontEmbedder->code(font, glyph);

        const bool newSegment = !open || std::abs(y - segmentY) > 1e-9 || !mapped;
        if (newSegment) {
            if (open)
                m_ops += "] TJ\n";
            const QPointF p = toPdf(QPointF(x, y));
            if (!mapped) // the glyph already stands for other text: say what this one means
                m_ops += "/Span << /ActualText " + PdfSyntax::textString(texts[i]) + " >> BDC\n";
            m_ops += "1 0 0 1 " + num(p.x()) + ' ' + num(p.y()) + " Tm\n[";
            actualX = x;
            segmentY = y;
            open = true;
        }
        m_ops += codeHex(code);
        // The adjustment after this glyph moves the pen from where the font's width leaves it
        // to the next glyph's target, measured from the actual (rounded) position.
        if (i + 1 < count) {
            const QPointF nextOffset = i + 1 < run.offsets.size() ? run.offsets[i + 1] : QPointF();
            const double nextX = pen + nextOffset.x();
            const double natural = actualX + width * size / 1000.0;
            const double adjust = (natural - nextX) * 1000.0 / size;
            const QByteArray adjustText = PdfSyntax::number(adjust, 3);
            const double rounded = adjustText.toDouble();
            if (rounded != 0.0)
                m_ops += ' ' + adjustText + ' ';
            actualX = natural - rounded * size / 1000.0;
        }
        if (!mapped) {
            m_ops += "] TJ\nEMC\n";
            open = false;
        }
    }
    if (open)
        m_ops += "] TJ\n";
    m_ops += "ET\n";
}

void ContentStreamWriter::writeRule(const RuleItem &rule)
{
    if (rule.width <= 0.0)
        return;
    setStroke(rule.color);
    setOverprint(rule.color.isKOnly() && rule.color.k > 0.0);
    setLineWidth(rule.width);
    const QPointF a = toPdf(rule.from);
    const QPointF b = toPdf(rule.to);
    m_ops += num(a.x()) + ' ' + num(a.y()) + " m " + num(b.x()) + ' ' + num(b.y()) + " l S\n";
}

void ContentStreamWriter::writeBox(const BoxItem &box)
{
    const QRectF r = box.rect.normalized();
    const QPointF bottomLeft = toPdf(r.bottomLeft());
    const QByteArray path = num(bottomLeft.x()) + ' ' + num(bottomLeft.y()) + ' ' + num(r.width()) +
                            ' ' + num(r.height()) + " re";
    if (box.hasFill) {
        setFill(box.fill);
        setOverprint(false);
        m_ops += path + " f\n";
    }
    if (box.hasStroke && box.strokeWidth > 0.0) {
        setStroke(box.stroke);
        setOverprint(box.stroke.isKOnly() && box.stroke.k > 0.0);
        setLineWidth(box.strokeWidth);
        m_ops += path + " S\n";
    }
}

void ContentStreamWriter::writeImage(const ImageItem &image)
{
    if (image.assetId == 0)
        return; // an empty frame prints nothing; preflight reports it
    const ImageAsset *asset = m_lookup ? m_lookup(image.assetId) : nullptr;
    if (!asset) {
        addDiagnostic(Diagnostic::Severity::Error, QStringLiteral("image-missing"),
                      tr("图片 %1 不在本期版面文件中").arg(image.assetId), image.frameId);
        return;
    }
    QString error;
    bool tooLarge = false;
    const auto *entry = m_imageEmbedder->embed(*asset, &error, &tooLarge);
    if (!entry) {
        if (tooLarge)
            addDiagnostic(Diagnostic::Severity::Error, QStringLiteral("image-decode-limit"),
                          tr("图片“%1”无法输出：%2").arg(asset->name, error), image.frameId);
        else
            addDiagnostic(Diagnostic::Severity::Error, QStringLiteral("image-broken"),
                          tr("图片“%1”：%2").arg(asset->name, error), image.frameId);
        return;
    }
    if (entry->large == PdfImage::LargeImage::Scaled)
        addDiagnostic(Diagnostic::Severity::Warning, QStringLiteral("image-decode-limit"),
                      tr("%1×%2 图片超出解码上限：“%3”已缩小为 %4×%5 输出")
                          .arg(entry->originalSize.width())
                          .arg(entry->originalSize.height())
                          .arg(asset->name)
                          .arg(entry->pixelSize.width())
                          .arg(entry->pixelSize.height()),
                      image.frameId);
    m_images.insert(entry->resourceName, entry->objectNumber);
    const QRectF clip = image.clipRect.normalized();
    const QRectF placed = image.imageRect.normalized();
    const QPointF clipCorner = toPdf(clip.bottomLeft());
    const QPointF imageCorner = toPdf(placed.bottomLeft());
    setOverprint(false);
    m_ops += "q\n" + num(clipCorner.x()) + ' ' + num(clipCorner.y()) + ' ' + num(clip.width()) +
             ' ' + num(clip.height()) + " re W n\n" + num(placed.width()) + " 0 0 " +
             num(placed.height()) + ' ' + num(imageCorner.x()) + ' ' + num(imageCorner.y()) +
             " cm\n/" + entry->resourceName + " Do\nQ\n";
}

void ContentStreamWriter::writePdfLine(QPointF from, QPointF to, double width,
                                       const CmykColor &color)
{
    setStroke(color);
    setOverprint(false);
    setLineWidth(width);
    m_ops +=
        num(from.x()) + ' ' + num(from.y()) + " m " + num(to.x()) + ' ' + num(to.y()) + " l S\n";
}

} // namespace folio::pdf
