#pragma once

#include "core/diagnostic.h"
#include "layout/pagelayout.h"
#include "pdf/pdfexportoptions.h"

#include <QByteArray>
#include <QRectF>

namespace folio::pdf {

class FontEmbedder;
class ImageEmbedder;
class PdfObjectWriter;

// Writes one page: its boxes (MediaBox ⊇ BleedBox ⊇ TrimBox), content stream, resources,
// and, outside the bleed, crop marks and the slug line when the settings ask for them.
class PageExporter
{
public:
    // PDF-space page boxes; the trim box is the newspaper page.
    struct Boxes
    {
        QRectF media;
        QRectF bleed;
        QRectF trim;
    };
    // Room outside the bleed for crop marks and the slug line.
    static constexpr double kMarkArea = 36.0;
    static constexpr double kCropMarkOffset = 3.0; // gap between the bleed and a crop mark
    static constexpr double kCropMarkLength = 18.0;

    static Boxes boxesFor(QSizeF pageSize, const ExportSettings &settings);

    PageExporter(PdfObjectWriter *writer, FontEmbedder *fonts, ImageEmbedder *images,
                 const PdfExportOptions &options);

    // The shared ExtGState objects for overprint on and off.
    void setGraphicsStates(int overprint, int knockout);

    // Writes the page and returns its object number; problems go to diagnostics.
    int writePage(const PageLayout &layout, const PdfPageLabel &label, int parent,
                  Diagnostics *diagnostics);

    // The slug line's text: paper, edition date, page and export time.
    QString slugText(const PdfPageLabel &label) const;

private:
    void writeCropMarks(class ContentStreamWriter &content, const Boxes &boxes) const;
    void writeSlug(class ContentStreamWriter &content, const Boxes &boxes, const PageLayout &layout,
                   const PdfPageLabel &label, Diagnostics *diagnostics) const;

    PdfObjectWriter *m_writer = nullptr;
    FontEmbedder *m_fonts = nullptr;
    ImageEmbedder *m_images = nullptr;
    const PdfExportOptions &m_options;
    int m_overprintState = 0;
    int m_knockoutState = 0;
};

} // namespace folio::pdf
