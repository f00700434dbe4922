#include "layout/framecomposer.h"

#include "layout/paragraphcache.h"

#include <cmath>

namespace folio {

namespace {
constexpr double kEpsilon = 1e-6;

void placeRuns(FrameLayout &out, const StoryFlow &story, const FlowFrame &frame,
               const text::ComposedLine &line, int column, double left, double baseline)
{
    for (GlyphRun run : line.runs) {
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
                                   const BreakToken &start) const
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
    BreakToken token = start;
    double top = inner.top();

    // The headline block: 引题/主题/副题 across all columns, above the body.
    if (token.offset == 0 && token.paragraph < paragraphCount &&
        story.paragraphs[token.paragraph].inHeadlineBlock) {
        double y = top;
        double prevBaseline = 0;
        bool firstLine = true;
        while (token.paragraph < paragraphCount &&
               story.paragraphs[token.paragraph].inHeadlineBlock) {
            const FlowParagraph &para = story.paragraphs[token.paragraph];
            const auto composer = m_cache->composer(para);
            const auto lines = composer->compose(blockWidth, &out.diagnostics);
            for (const auto &line : lines) {
                const double baseline = firstLine ? y + line.ascent : prevBaseline + line.leading;
                firstLine = false;
                prevBaseline = baseline;
                placeRuns(out, story, frame, line, -1, inner.left(), baseline);
                out.lines.append({token.paragraph, -1, line.start, line.end, inner.left(), baseline,
                                  blockWidth, line.isLast, line.text()});
            }
            if (!lines.isEmpty())
                y = prevBaseline + lines.last().descent + para.spaceAfter;
            ++token.paragraph;
            prevBaseline = y;
        }
        // One body line of air between the block and the body.
        top = y + story.bodyLeading - story.bodySize;
    }

    for (int column = 0; column < columns && token.paragraph < paragraphCount; ++column) {
        const double left = inner.left() + column * (colWidth + frame.gutter);
        double prevBaseline = 0.0;
        double prevDescent = 0.0;
        bool first = true;
        int placedInColumn = 0;
        while (token.paragraph < paragraphCount) {
            const FlowParagraph &para = story.paragraphs[token.paragraph];
            const auto composer = m_cache->composer(para);
            const text::ComposedLine line =
                composer->composeLine(token.offset, colWidth, &out.diagnostics);
            double baseline = 0.0;
            if (first) {
                baseline = top + line.ascent;
            } else {
                baseline = prevBaseline + line.leading;
                if (token.offset == 0)
                    baseline += para.spaceBefore;
            }
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
            placeRuns(out, story, frame, line, column, left, baseline);
            out.lines.append({token.paragraph, column, line.start, line.end, left, baseline,
                              colWidth, line.isLast, line.text()});
            ++placedInColumn;
            first = false;
            prevBaseline = baseline;
            prevDescent = line.descent;
            if (line.isLast) {
                prevBaseline += para.spaceAfter;
                token = {token.paragraph + 1, 0};
            } else {
                token.offset = line.end;
            }
        }
        Q_UNUSED(prevDescent);
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
        if (lastBaseline < 0) {
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
