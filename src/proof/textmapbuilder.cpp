#include "proof/textmapbuilder.h"

#include "model/edition.h"

#include <QHash>

namespace folio::proof {

QList<TextMapEntry> TextMapBuilder::build(const PageLayout &layout, const Edition &edition,
                                          QPointF origin)
{
    // Start offset of each paragraph in plainText(), per story, computed once.
    QHash<ObjectId, QList<int>> starts;
    const auto paragraphStarts = [&](ObjectId storyId) -> const QList<int> & {
        auto it = starts.find(storyId);
        if (it == starts.end()) {
            QList<int> list;
            if (const Story *story = edition.story(storyId)) {
                int at = 0;
                for (const Paragraph &p : story->paragraphs) {
                    list.append(at);
                    at += p.length() + 1;
                }
            }
            it = starts.insert(storyId, list);
        }
        return *it;
    };

    QList<TextMapEntry> map;
    for (const PageItem &item : layout.items) {
        const auto *run = std::get_if<GlyphRun>(&item);
        if (!run || run->storyId == 0 || run->paragraph < 0)
            continue;
        const QList<int> &paragraphs = paragraphStarts(run->storyId);
        if (run->paragraph >= paragraphs.size())
            continue;
        const int base = paragraphs[run->paragraph];
        double pen = run->origin.x();
        int glyph = 0;
        for (const GlyphCluster &c : run->clusters) {
            for (; glyph < c.firstGlyph && glyph < run->advances.size(); ++glyph)
                pen += run->advances[glyph];
            double width = 0.0;
            for (int g = c.firstGlyph; g < c.firstGlyph + c.glyphCount && g < run->advances.size();
                 ++g)
                width += run->advances[g];
            if (c.offset >= 0 && !c.text.isEmpty()) {
                const QRectF box(pen + origin.x(),
                                 run->origin.y() - kAscent * run->size + origin.y(), width,
                                 (kAscent + kDescent) * run->size);
                map.append({run->storyId, base + c.offset, int(c.text.size()), box, c.text});
            }
        }
    }
    return map;
}

} // namespace folio::proof
