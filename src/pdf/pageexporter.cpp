#include "pdf/pageexporter.h"

#include "pdf/contentstreamwriter.h"
#include "pdf/fontembedder.h"
#include "pdf/imageembedder.h"
#include "pdf/pdfobjectwriter.h"
#include "pdf/pdfsyntax.h"

#include <QCoreApplication>

namespace folio::pdf {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("folio::pdf", text);
}
} // namespace

namespace {

QByteArray box(const QRectF &r)
{
    return PdfSyntax::rect(r.left(), r.top(), r.right(), r.bottom());
}

QByteArray resourceDict(const QMap<QByteArray, int> &entries)
{
    QByteArray out = "<<";
    for (auto it = entries.cbegin(); it != entries.cend(); ++it)
        out += ' ' + PdfSyntax::name(it.key()) + ' ' + QByteArray::number(it.value()) + " 0 R";
    return out + " >>";
}

} // namespace

PageExporter::Boxes PageExporter::boxesFor(QSizeF pageSize, const ExportSettings &settings)
{
    // Rects here are in PDF space: top() is the lower y, bottom() the upper.
    const double bleed = qMax(0.0, settings.bleed);
    const double marks = settings.cropMarks || settings.slugLine ? kMarkArea : 0.0;
    const double outer = bleed + marks;
    Boxes b;
    b.media = QRectF(0, 0, pageSize.width() + 2 * outer, pageSize.height() + 2 * outer);
    b.trim = QRectF(outer, outer, pageSize.width(), pageSize.height());
    b.bleed = b.trim.adjusted(-bleed, -bleed, bleed, bleed);
    return b;
}

PageExporter::PageExporter(PdfObjectWriter *writer, FontEmbedder *fonts, ImageEmbedder *images,
                           const PdfExportOptions &options)
    : m_writer(writer), m_fonts(fonts), m_images(images), m_options(options)
{}

void PageExporter::setGraphicsStates(int overprint, int knockout)
{
    m_overprintState = overprint;
    m_knockoutState = knockout;
}

QString PageExporter::slugText(const PdfPageLabel &label) const
{
    if (!m_options.slugText.isEmpty())
        return m_options.slugText;
    QString page = label.section.isEmpty()
                       ? QStringLiteral("第%1版").arg(label.number)
                       : QStringLiteral("%1 第%2版").arg(label.section).arg(label.number);
    return QStringLiteral("%1  %2  %3  导出 %4")
        .arg(m_options.paperName, m_options.editionDate.toString(QStringLiteral("yyyy-MM-dd")),
             page, m_options.exportTime.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")))
        .trimmed();
}

int PageExporter::writePage(const PageLayout &layout, const PdfPageLabel &label, int parent,
                            Diagnostics *diagnostics)
{
    const Boxes boxes = boxesFor(layout.pageSize, m_options.settings);
    ContentStreamWriter content(m_fonts, m_images, m_options.images);
    content.setTrim(boxes.trim.topLeft(), layout.pageSize.height());
    content.writeLayout(layout);
    if (m_options.settings.cropMarks)
        writeCropMarks(content, boxes);
    if (m_options.settings.slugLine)
        writeSlug(content, boxes, layout, label, diagnostics);
    if (diagnostics)
        diagnostics->append(content.diagnostics());

    const int page = m_writer->reserveObject();
    const int contents = m_writer->reserveObject();
    m_writer->writeStream(contents, QByteArray(), content.content());

    QMap<QByteArray, int> states;
    states.insert(ContentStreamWriter::kOverprintState, m_overprintState);
    states.insert(ContentStreamWriter::kKnockoutState, m_knockoutState);
    QByteArray resources =
        "<< /ProcSet [/PDF /Text /ImageB /ImageC] /ExtGState " + resourceDict(states);
    if (!content.fontResources().isEmpty())
        resources += " /Font " + resourceDict(content.fontResources());
    if (!content.imageResources().isEmpty())
        resources += " /XObject " + resourceDict(content.imageResources());
    resources += " >>";

    m_writer->writeObject(page, "<< /Type /Page /Parent " + QByteArray::number(parent) +
                                    " 0 R /MediaBox " + box(boxes.media) + " /BleedBox " +
                                    box(boxes.bleed) + " /TrimBox " + box(boxes.trim) +
                                    " /Contents " + QByteArray::number(contents) +
                                    " 0 R /Resources " + resources + " >>");
    return page;
}

void PageExporter::writeCropMarks(ContentStreamWriter &content, const Boxes &boxes) const
{
    // Registration colour: the marks appear on every plate.
    const CmykColor registration{1, 1, 1, 1};
    const double bleed = boxes.trim.left() - boxes.bleed.left();
    const double near = bleed + kCropMarkOffset;
    const double far = near + kCropMarkLength;
    const QRectF &t = boxes.trim;
    for (double x : {t.left(), t.right()}) {
        const double outward = x == t.left() ? -1.0 : 1.0;
        for (double y : {t.top(), t.bottom()}) {
            const double away = y == t.top() ? -1.0 : 1.0;
            content.writePdfLine(QPointF(x + outward * near, y), QPointF(x + outward * far, y),
                                 0.25, registration);
            content.writePdfLine(QPointF(x, y + away * near), QPointF(x, y + away * far), 0.25,
                                 registration);
        }
    }
}

void PageExporter::writeSlug(ContentStreamWriter &content, const Boxes &boxes,
                             const PageLayout &layout, const PdfPageLabel &label,
                             Diagnostics *diagnostics) const
{
    std::shared_ptr<const FontRef> font = m_options.slugFont;
    for (int i = 0; !font && i < layout.items.size(); ++i) {
        if (const auto *run = std::get_if<GlyphRun>(&layout.items[i]))
            font = run->font;
    }
    const auto warn = [&](const QString &message) {
        if (!diagnostics)
            return;
        Diagnostic d;
        d.severity = Diagnostic::Severity::Warning;
        d.code = QStringLiteral("slug-skipped");
        d.message = message;
        d.pageIndex = layout.pageIndex;
        diagnostics->append(d);
    };
    if (!font) {
        warn(tr("没有可用于版边信息的字体，已省略版边信息"));
        return;
    }
    QString error;
    const int handle = m_fonts->fontHandle(*font, &error);
    if (handle < 0) {
        warn(tr("已省略版边信息：%1").arg(error));
        return;
    }
    const double size = 6.0;
    GlyphRun run;
    run.font = font;
    run.size = size;
    run.color = CmykColor::black();
    const double bleed = boxes.trim.left() - boxes.bleed.left();
    run.origin =
        QPointF(0, layout.pageSize.height() + bleed + kCropMarkOffset + kCropMarkLength + 2 * size);
    const QString text = slugText(label);
    for (qsizetype i = 0; i < text.size();) {
        const char32_t c = text.at(i).isHighSurrogate() && i + 1 < text.size()
                               ? QChar::surrogateToUcs4(text.at(i), text.at(i + 1))
                               : char32_t(text.at(i).unicode());
        const int units = c > 0xffff ? 2 : 1;
        const quint32 glyph = m_fonts->nominalGlyph(handle, c);
        run.clusters.append({int(run.glyphs.size()), 1, text.mid(i, units)});
        run.glyphs.append(glyph);
        run.advances.append(m_fonts->width(handle, glyph) * size / 1000.0);
        i += units;
    }
    content.writeGlyphRun(run);
}

} // namespace folio::pdf
