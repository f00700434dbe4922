#pragma once

#include "core/diagnostic.h"
#include "text/composedline.h"
#include "text/textstyle.h"

#include <QList>
#include <QString>
#include <functional>
#include <memory>

namespace folio::text {

class FontCatalog;
class Shaper;
struct PreparedParagraph;

// The text module's façade: composes one paragraph into lines, one line width at a time.
//
//   ParagraphComposer composer;
//   composer.setParagraph(text, runs, options);          // itemize, shape, find breaks: once
//   ComposedLine line = composer.composeLine(0, 108.0);  // first line in a 12-em column
//   line = composer.composeLine(line.end, 108.0);        // resume where it ended
//
// Offsets are UTF-16 positions in text(), the sanitized paragraph text. Composing never
// fails: problems (missing fonts or glyphs, lines too narrow) are diagnostics.
class ParagraphComposer
{
public:
    using WidthFunction = std::function<double(int lineIndex)>;

    // nullptr: the process-wide FontCatalog and Shaper.
    explicit ParagraphComposer(FontCatalog *catalog = nullptr, Shaper *shaper = nullptr);
    ~ParagraphComposer();

    void setParagraph(const QString &text, const QList<StyleRun> &runs,
                      const ParagraphOptions &options);
    void setParagraph(const QString &text, const TextStyle &style, const ParagraphOptions &options);

    QString text() const;
    int length() const;
    bool isEmpty() const;
    ParagraphOptions options() const;
    QList<StyleRun> styleRuns() const;
    // Problems found while preparing the paragraph (bad input, fonts, glyphs).
    Diagnostics diagnostics() const;
    std::shared_ptr<const PreparedParagraph> prepared() const { return m_prepared; }

    // The line that starts at `offset` (0: the paragraph's first line, indented) in `width`
    // pt. An empty paragraph has one empty line.
    ComposedLine composeLine(int offset, double width, Diagnostics *diagnostics = nullptr) const;
    // Lines from `offset` to the paragraph end (or maxLines), line i in widthAt(i) pt.
    QList<ComposedLine> composeLines(const WidthFunction &widthAt, int offset = 0,
                                     int maxLines = -1, Diagnostics *diagnostics = nullptr) const;
    QList<ComposedLine> compose(double width, Diagnostics *diagnostics = nullptr) const;

private:
    FontCatalog *m_catalog;
    Shaper *m_shaper;
    std::shared_ptr<const PreparedParagraph> m_prepared;
    Diagnostics m_diagnostics;
};

} // namespace folio::text
