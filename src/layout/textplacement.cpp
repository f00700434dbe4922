#include "layout/textplacement.h"

#include "model/story.h"

#include <algorithm>

namespace folio {

namespace {

constexpr double kAscent = 0.88; // of the size: the ideographic em box above the baseline
constexpr double kDescent = 0.12;

// The part of one run that shows [from, to) of its paragraph, or an empty rect.
QRectF runBox(const GlyphRun &run, int from, int to)
{
    QRectF box;
    double pen = run.origin.x();
    int glyph = 0;
    for (const GlyphCluster &c : run.clusters) {
        while (glyph < c.firstGlyph && glyph < run.advances.size())
            pen += run.advances[glyph++];
        double width = 0;
        for (int g = c.firstGlyph; g < c.firstGlyph + c.glyphCount && g < run.advances.size(); ++g)
            width += run.advances[g];
        const int start = c.offset;
        const int end = c.offset + int(c.text.size());
        if (start >= 0 && start < to && end > from) {
            const QRectF r(pen, run.origin.y() - kAscent * run.size, width,
                           (kAscent + kDescent) * run.size);
            box = box.isNull() ? r : box.united(r);
        }
    }
    return box;
}

} // namespace

bool TextPlacement::paragraphOffset(const Story &story, int offset, int *paragraph, int *at)
{
    int start = 0;
    for (int i = 0; i < story.paragraphs.size(); ++i) {
        const int length = story.paragraphs[i].length();
        if (offset >= start && offset <= start + length) {
            *paragraph = i;
            *at = offset - start;
            return true;
        }
        start += length + 1;
    }
    return false;
}

QList<TextPlacement::Box> TextPlacement::boxes(const PageLayout &layout, const Story &story,
                                               int offset, int length)
{
    QList<Box> out;
    int firstParagraph = 0;
    int firstAt = 0;
    int lastParagraph = 0;
    int lastAt = 0;
    if (length <= 0 || !paragraphOffset(story, offset, &firstParagraph, &firstAt) ||
        !paragraphOffset(story, offset + length, &lastParagraph, &lastAt))
        return out;
    for (const PageItem &item : layout.items) {
        const auto *run = std::get_if<GlyphRun>(&item);
        if (!run || run->storyId != story.id || run->paragraph < firstParagraph ||
            run->paragraph > lastParagraph)
            continue;
        const int from = run->paragraph == firstParagraph ? firstAt : 0;
        const int to =
            run->paragraph == lastParagraph ? lastAt : story.paragraphs[run->paragraph].length();
        const QRectF box = runBox(*run, from, to);
        if (!box.isNull())
            out.append(Box{run->frameId, box});
    }
    return out;
}

} // namespace folio
