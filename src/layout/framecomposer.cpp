#include "layout/framecomposer.h"

#include "layout/paragraphcache.h"
#include "layout/wraparea.h"
#include "text/preparedparagraph.h"

#include <cmath>
#include <functional>

namespace folio {

namespace {
constexpr double kEpsilon = 1e-6;
// A line beside a wrapped frame needs room for a few characters; a narrower gap stays empty
// and the line goes below it (a line of one or two characters reads as a mistake).
constexpr double kMinWrapEms = 3.0;

// A paragraph's lines, composed through the paragraph cache.
struct ParagraphLines
{
    ParagraphCache *cache = nullptr;
    quint64 fingerprint = 0;
    std::shared_ptr<const text::ParagraphComposer> composer;

    text::ComposedLine line(int offset, double width, Diagnostics *diagnostics) const
    {
        return cache->line(fingerprint, composer, offset, width, diagnostics);
    }
};

struct FittedLine
{
    text::ComposedLine line;
    double left = 0.0;  // pt, page x of the measure the line was set to
    double width = 0.0; // pt, that measure
    double baseline = 0.0;
};

// Sets the line that starts at `offset` into [left, left + width] at its natural baseline,
// then keeps it clear of the wrap: shortened to the free part of its band (the composer takes
// one width per line, so a shortened line is set and justified to that width), or moved down
// in whole leading steps, so that columns stay on one baseline grid, until a band has room.
// Gives up below `bottom`, where the caller ends the column.
FittedLine fitLine(const ParagraphLines &paragraph, int offset, double left, double width,
                   const std::function<double(const text::ComposedLine &)> &naturalBaseline,
                   const WrapArea &wrap, double bottom, Diagnostics *diagnostics)
{
    Diagnostics lineDiagnostics;
    FittedLine f{paragraph.line(offset, width, &lineDiagnostics), left, width, 0.0};
    f.baseline = naturalBaseline(f.line);
    if (!wrap.isEmpty()) {
        double drop = 0.0;
        // Each round passes an obstacle or settles the measure; bounded all the same.
        const int rounds = 2 * int(wrap.obstacles().size()) + 4;
        for (int round = 0; round < rounds; ++round) {
            f.baseline = naturalBaseline(f.line) + drop;
            const double top = f.baseline - f.line.ascent;
            if (top > bottom)
                break;
            const double em = f.line.ascent + f.line.descent;
            const WrapArea::Slot slot =
                wrap.slot(left, width, top, f.baseline + f.line.descent, kMinWrapEms * em);
            if (slot.blocked) {
                const double step = std::max(1.0, f.line.leading);
                drop += std::max(1.0, std::ceil((slot.below - top) / step - kEpsilon)) * step;
                continue;
            }
            if (std::abs(slot.left - f.left) < kEpsilon &&
                std::abs(slot.width - f.width) < kEpsilon)
                break;
            f.left = slot.left;
            f.width = slot.width;
            lineDiagnostics.clear();
            f.line = paragraph.line(offset, f.width, &lineDiagnostics);
        }
    }
    if (diagnostics)
        *diagnostics += lineDiagnostics;
    return f;
}

// The text a line shows: one slice of the paragraph (the clusters are contiguous).
QString lineText(const ParagraphLines &paragraph, const text::ComposedLine &line)
{
    return paragraph.composer->prepared()->text.mid(line.start, line.end - line.start);
}

void placeRuns(FrameLayout &out, const StoryFlow &story, const FlowFrame &frame,
               const text::ComposedLine &line, int paragraph, int column, double left,
               double baseline)
{
    for (GlyphRun run : line.runs) {
        run.paragraph = paragraph;
        run.origin += QPointF(left, baseline);
        run.frameId = frame.id;
        run.storyId = story.storyId;
        run.column = column;
        out.runs.append(std::move(run));
    }
}
} // namespace

FrameComposer::FrameComposer(ParagraphCache *cache) : m_cache(cache) {}

double FrameComposer::columnWidth(const StoryFlow &story, const FlowFrame &frame)
{
    const int n = std::max(1, frame.columns);
    if (frame.columnChars > 0)
        return frame.columnChars * story.bodySize;
    return std::max(0.0, (frame.innerRect().width() - (n - 1) * frame.gutter) / n);
}

FrameLayout FrameComposer::compose(const StoryFlow &story, const FlowFrame &frame,
                                   const BreakToken &start,
                                   const QList<quint64> *fingerprints) const
{
    FrameLayout out;
    out.frameId = frame.id;
    out.pageIndex = frame.pageIndex;
    out.start = start;
    const QRectF inner = frame.innerRect();
    const int columns = std::max(1, frame.columns);
    const double colWidth = columnWidth(story, frame);
    out.columnWidth = colWidth;
    const double blockWidth = columns * colWidth + (columns - 1) * frame.gutter;
    if (blockWidth > inner.width() + 0.01) {
        out.diagnostics.append({Diagnostic::Severity::Warning, QStringLiteral("columns-too-wide"),
                                QStringLiteral("%1 columns of %2 pt do not fit the frame's %3 pt")
                                    .arg(columns)
                                    .arg(colWidth)
                                    .arg(inner.width()),
                                story.storyId, frame.id, frame.pageIndex});
    }
    const int paragraphCount = int(story.paragraphs.size());
    // A paragraph's lines follow each other: look its composer up (a hash of its whole text
    // and styles) once, not once per line.
    int cachedParagraph = -1;
    ParagraphLines lines{m_cache, 0, nullptr};
    const auto linesOf = [&](int paragraph) -> const ParagraphLines & {
        if (paragraph != cachedParagraph) {
            const FlowParagraph &para = story.paragraphs[paragraph];
            lines.fingerprint = fingerprints && paragraph < fingerprints->size()
                                    ? fingerprints->at(paragraph)
                                    : para.fingerprint();
            lines.composer = m_cache->composer(para, lines.fingerprint);
            cachedParagraph = paragraph;
        }
        return lines;
    };
    BreakToken token = start;
    double top = inner.top();
    // Each column (and the headline block) looks only at the wraps that reach into it.
    const WrapArea wrap = WrapArea(frame.wrap).within(inner);
    const WrapArea blockWrap =
        wrap.within(QRectF(inner.left(), inner.top(), blockWidth, inner.height()));
    QList<WrapArea> columnWraps;
    for (int column = 0; column < columns; ++column)
        columnWraps.append(wrap.within(QRectF(inner.left() + column * (colWidth + frame.gutter),
                                              inner.top(), colWidth, inner.height())));

    // The headline block: 引题/主题/副题 across all columns, above the body.
    if (token.offset == 0 && token.paragraph < paragraphCount &&
        story.paragraphs[token.paragraph].inHeadlineBlock) {
        double y = top;
        double prevBaseline = 0;
        bool firstLine = true;
        while (token.paragraph < paragraphCount &&
               story.paragraphs[token.paragraph].inHeadlineBlock) {
            const FlowParagraph &para = story.paragraphs[token.paragraph];
            const ParagraphLines &paragraph = linesOf(token.paragraph);
            int offset = 0;
            double lastDescent = 0.0;
            for (bool last = false; !last;) {
                const FittedLine f = fitLine(
                    paragraph, offset, inner.left(), blockWidth,
                    [&](const text::ComposedLine &line) {
                        return firstLine ? y + line.ascent : prevBaseline + line.leading;
                    },
                    blockWrap, inner.bottom(), &out.diagnostics);
                firstLine = false;
                prevBaseline = f.baseline;
                lastDescent = f.line.descent;
                placeRuns(out, story, frame, f.line, token.paragraph, -1, f.left, f.baseline);
                out.lines.append({token.paragraph, -1, f.line.start, f.line.end, f.left, f.baseline,
                                  f.width, f.line.isLast, lineText(paragraph, f.line)});
                last = f.line.isLast;
                offset = f.line.end;
            }
            y = prevBaseline + lastDescent + para.spaceAfter;
            ++token.paragraph;
            prevBaseline = y;
        }
        // One body line of air between the block and the body.
        top = y + story.bodyLeading - story.bodySize;
    }

    for (int column = 0; column < columns && token.paragraph < paragraphCount; ++column) {
        const double left = inner.left() + column * (colWidth + frame.gutter);
        double prevBaseline = 0.0;
        bool first = true;
        int placedInColumn = 0;
        while (token.paragraph < paragraphCount) {
            const FlowParagraph &para = story.paragraphs[token.paragraph];
            const ParagraphLines &paragraph = linesOf(token.paragraph);
            const FittedLine fitted = fitLine(
                paragraph, token.offset, left, colWidth,
                [&](const text::ComposedLine &l) {
                    if (first)
                        return top + l.ascent;
                    return prevBaseline + l.leading + (token.offset == 0 ? para.spaceBefore : 0.0);
                },
                columnWraps[column], inner.bottom(), &out.diagnostics);
            const text::ComposedLine &line = fitted.line;
            const double baseline = fitted.baseline;
            if (baseline + line.descent > inner.bottom() + kEpsilon) {
                // Rule 18: a column should not start with a paragraph's single last line;
                // move this column's last line down with it when that leaves two behind.
                if (line.isLast && token.offset > 0 && placedInColumn > 2) {
                    const PlacedLine &prev = out.lines.last();
                    if (prev.paragraph == token.paragraph && prev.column == column &&
                        prev.start > 0) {
                        token.offset = prev.start;
                        out.lines.removeLast();
                        while (!out.runs.isEmpty() && out.runs.last().column == column &&
                               std::abs(out.runs.last().origin.y() - prev.baseline) < kEpsilon)
                            out.runs.removeLast();
                        prevBaseline -= line.leading;
                    }
                }
                break;
            }
            placeRuns(out, story, frame, line, token.paragraph, column, fitted.left, baseline);
            out.lines.append({token.paragraph, column, line.start, line.end, fitted.left, baseline,
                              fitted.width, line.isLast, lineText(paragraph, line)});
            ++placedInColumn;
            first = false;
            prevBaseline = baseline;
            if (line.isLast) {
                prevBaseline += para.spaceAfter;
                token = {token.paragraph + 1, 0};
            } else {
                token.offset = line.end;
            }
        }
    }

    // Copyfit: the body lines still free in this frame's columns.
    const double leading = std::max(1.0, story.bodyLeading);
    const double ascent = 0.88 * story.bodySize;
    const double descent = 0.12 * story.bodySize;
    for (int column = 0; column < columns; ++column) {
        double lastBaseline = -1;
        for (const PlacedLine &l : std::as_const(out.lines)) {
            if (l.column == column)
                lastBaseline = std::max(lastBaseline, l.baseline);
        }
        if (const WrapArea &columnWrap = columnWraps[column]; !columnWrap.isEmpty()) {
            // A line the wrap leaves no room on is not free.
            const double columnLeft = inner.left() + column * (colWidth + frame.gutter);
            for (double b = lastBaseline < 0 ? top + ascent : lastBaseline + leading;
                 b + descent <= inner.bottom() + kEpsilon; b += leading) {
                if (!columnWrap
                         .slot(columnLeft, colWidth, b - ascent, b + descent,
                               kMinWrapEms * story.bodySize)
                         .blocked)
                    ++out.freeLines;
            }
        } else if (lastBaseline < 0) {
            const double room = inner.bottom() - (top + ascent + descent);
            out.freeLines += room >= 0 ? int(std::floor(room / leading + kEpsilon)) + 1 : 0;
        } else {
            const double room = inner.bottom() - (lastBaseline + descent);
            out.freeLines += std::max(0, int(std::floor(room / leading + kEpsilon)));
        }
    }
    out.end = token;
    return out;
}

} // namespace folio
