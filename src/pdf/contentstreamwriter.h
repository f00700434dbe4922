#pragma once

#include "core/diagnostic.h"
#include "layout/pagelayout.h"
#include "model/imageasset.h"

#include <QByteArray>
#include <QMap>
#include <QPointF>
#include <functional>
#include <optional>

namespace folio::pdf {

class FontEmbedder;
class ImageEmbedder;

using ImageLookup = std::function<const ImageAsset *(ObjectId assetId)>;

// Turns the items of one PageLayout into a page content stream. Glyphs are placed at the
// exact positions the layout computed (TJ adjustments recomputed from the target positions,
// so rounding never accumulates). Page coordinates (y down, origin at the trim's top left) are
// mapped to PDF space (y up). Colours are DeviceCMYK; K-only text, rules and strokes
// overprint, fills knock out.
class ContentStreamWriter
{
public:
    ContentStreamWriter(FontEmbedder *fonts, ImageEmbedder *images, ImageLookup images_);

    // Where the trim box's bottom left corner is in PDF space, and the trimmed page height.
    void setTrim(QPointF pdfOrigin, double pageHeight);

    void writeLayout(const PageLayout &layout);
    void writeGlyphRun(const GlyphRun &run);
    void writeRule(const RuleItem &rule);
    void writeBox(const BoxItem &box);
    void writeImage(const ImageItem &image);
    // A stroked line in PDF space, for printer's marks outside the trim.
    void writePdfLine(QPointF from, QPointF to, double width, const CmykColor &color);

    QByteArray content() const { return m_ops; }
    // Resource name -> object number.
    const QMap<QByteArray, int> &fontResources() const { return m_fonts; }
    const QMap<QByteArray, int> &imageResources() const { return m_images; }
    bool usesOverprint() const { return m_usesOverprint; }
    const Diagnostics &diagnostics() const { return m_diagnostics; }

    static constexpr const char *kOverprintState = "GSop";
    static constexpr const char *kKnockoutState = "GSko";

private:
    QPointF toPdf(QPointF p) const;
    void setFill(const CmykColor &color);
    void setStroke(const CmykColor &color);
    void setOverprint(bool on);
    void setLineWidth(double width);
    void addDiagnostic(Diagnostic::Severity severity, const QString &code, const QString &message,
                       ObjectId frameId);

    FontEmbedder *m_fontEmbedder = nullptr;
    ImageEmbedder *m_imageEmbedder = nullptr;
    ImageLookup m_lookup;
    QPointF m_origin;
    double m_pageHeight = 0.0;
    int m_pageIndex = -1;

    QByteArray m_ops;
    QMap<QByteArray, int> m_fonts;
    QMap<QByteArray, int> m_images;
    std::optional<CmykColor> m_fill;
    std::optional<CmykColor> m_stroke;
    std::optional<double> m_lineWidth;
    bool m_overprint = false; // the initial graphics state has overprint off
    bool m_usesOverprint = false;
    Diagnostics m_diagnostics;
};

} // namespace folio::pdf
