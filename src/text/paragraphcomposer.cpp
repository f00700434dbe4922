#include "text/paragraphcomposer.h"

#include "text/fontcatalog.h"
#include "text/justifier.h"
#include "text/linebreaker.h"
#include "text/preparedparagraph.h"
#include "text/shaper.h"
#include "text/textsanitizer.h"

namespace folio::text {

ParagraphComposer::ParagraphComposer(FontCatalog *catalog, Shaper *shaper)
    : m_catalog(catalog ? catalog : FontCatalog::instance()),
      m_shaper(shaper ? shaper : Shaper::instance())
{
    setParagraph(QString(), TextStyle{}, ParagraphOptions{});
}

ParagraphComposer::~ParagraphComposer() = default;

void ParagraphComposer::setParagraph(const QString &text, const QList<StyleRun> &runs,
                                     const ParagraphOptions &options)
{
    m_diagnostics.clear();
    QList<StyleRun> cleanRuns = runs;
    const QString clean = TextSanitizer::sanitize(text, &cleanRuns, &m_diagnostics);
    m_prepared = PreparedParagraph::build(clean, cleanRuns, options, m_catalog, m_shaper);
    m_diagnostics += m_prepared->diagnostics;
}

void ParagraphComposer::setParagraph(const QString &text, const TextStyle &style,
                                     const ParagraphOptions &options)
{
    setParagraph(text, QList<StyleRun>{{0, int(text.size()), style}}, options);
}

QString ParagraphComposer::text() const
{
    return m_prepared->text;
}
int ParagraphComposer::length() const
{
    return int(m_prepared->text.size());
}
bool ParagraphComposer::isEmpty() const
{
    return m_prepared->clusters.empty();
}
ParagraphOptions ParagraphComposer::options() const
{
    return m_prepared->options;
}
QList<StyleRun> ParagraphComposer::styleRuns() const
{
    return m_prepared->runs;
}
Diagnostics ParagraphComposer::diagnostics() const
{
    return m_diagnostics;
}

ComposedLine ParagraphComposer::composeLine(int offset, double width,
                                            Diagnostics *diagnostics) const
{
    const PreparedParagraph &p = *m_prepared;
    const int n = p.clusterCount();
    const int first = p.clusterAtOffset(std::max(0, offset));
    const bool isFirst = first == 0;
    if (first >= n) {
        // An empty paragraph (or a resume past its end) still has one line's height.
        ComposedLine line;
        line.start = line.end = int(p.text.size());
        line.availableWidth = width;
        line.isFirst = isFirst;
        line.isLast = true;
        const TextStyle &style = p.runs.first().style;
        auto face = m_catalog->face(style.family, style.style);
        line.ascent = (face ? face->emBoxAscent() : 0.88) * style.size;
        line.descent = (face ? face->emBoxDescent() : 0.12) * style.size;
        line.leading = p.options.leading.lineHeight(style.size);
        return line;
    }
    const Alignment a = p.options.alignment;
    const bool indents = isFirst && (a == Alignment::Justify || a == Alignment::Left);
    const double indent = indents ? std::max(0.0, p.options.firstLineIndent) * p.baseSize : 0.0;
    const double measure = std::isfinite(width) ? std::max(0.0, width - indent) : 0.0;
    const LineBreak brk = LineBreaker::breakLine(p, first, measure, isFirst, diagnostics);
    Justifier::Request req;
    req.first = first;
    req.end = brk.end;
    req.width = measure;
    req.indent = indent;
    req.isFirstLine = isFirst;
    req.isLastLine = brk.end >= n;
    req.hangs = brk.hangs;
    ComposedLine line = Justifier::justify(p, req, diagnostics);
    line.availableWidth = width;
    line.squeezed = brk.squeezed;
    line.pushed = brk.pushed;
    return line;
}

QList<ComposedLine> ParagraphComposer::composeLines(const WidthFunction &widthAt, int offset,
                                                    int maxLines, Diagnostics *diagnostics) const
{
    QList<ComposedLine> lines;
    int pos = std::max(0, offset);
    for (int i = 0; maxLines < 0 || i < maxLines; ++i) {
        ComposedLine line = composeLine(pos, widthAt(i), diagnostics);
        const bool last = line.isLast;
        // Every line but an empty paragraph's advances: composing always terminates.
        pos = line.end;
        lines.append(std::move(line));
        if (last)
            break;
    }
    return lines;
}

QList<ComposedLine> ParagraphComposer::compose(double width, Diagnostics *diagnostics) const
{
    return composeLines([width](int) { return width; }, 0, -1, diagnostics);
}

} // namespace folio::text
