#include "app/storylines.h"

#include <QHash>
#include <algorithm>
#include <cmath>

namespace folio::app {

namespace {
// The ideographic em box around a baseline: 0.88 em above, 0.12 em below.
constexpr double kAscent = 0.88;
constexpr double kDescent = 0.12;

struct Boundary
{
    double left;
    double right;
    int start;
    int end;
};

// A line is the runs of one frame column on one baseline.
struct LineKey
{
    ObjectId frameId;
    int column;
    qint64 baseline; // 1/100 pt
    bool operator==(const LineKey &) const = default;
};

size_t qHash(const LineKey &key, size_t seed = 0)
{
    return qHashMulti(seed, key.frameId, key.column, key.baseline);
}
} // namespace

double StoryLine::xOf(int position) const
{
    for (int i = 0; i + 1 < positions.size(); ++i)
        if (position >= positions[i] && position < positions[i + 1])
            return edges[i];
    return position < start() ? left() : right();
}

int StoryLine::positionAt(double x) const
{
    int best = 0;
    for (int i = 1; i < edges.size(); ++i)
        if (std::abs(edges[i] - x) < std::abs(edges[best] - x))
            best = i;
    return positions.isEmpty() ? 0 : positions[best];
}

QList<StoryLine> StoryLines::build(const PageLayout &layout, ObjectId pageId, ObjectId storyId,
                                   const QList<int> &paragraphStarts)
{
    struct Pending
    {
        StoryLine line;
        QList<Boundary> clusters;
    };
    QList<Pending> pending;
    QHash<LineKey, int> byKey;
    for (const PageItem &item : layout.items) {
        const auto *run = std::get_if<GlyphRun>(&item);
        if (!run || run->storyId != storyId || run->paragraph < 0 ||
            run->paragraph >= paragraphStarts.size())
            continue;
        const LineKey key{run->frameId, run->column, qRound64(run->origin.y() * 100)};
        auto found = byKey.find(key);
        if (found == byKey.end()) {
            Pending p;
            p.line.pageId = pageId;
            p.line.frameId = run->frameId;
            p.line.column = run->column;
            p.line.baseline = run->origin.y();
            p.line.top = run->origin.y() - run->size * kAscent;
            p.line.bottom = run->origin.y() + run->size * kDescent;
            pending.append(p);
            found = byKey.insert(key, int(pending.size()) - 1);
        }
        Pending &p = pending[*found];
        p.line.top = qMin(p.line.top, run->origin.y() - run->size * kAscent);
        p.line.bottom = qMax(p.line.bottom, run->origin.y() + run->size * kDescent);
        // Pen positions walked along the clusters, which come in glyph order.
        const int base = paragraphStarts[run->paragraph];
        const int glyphs = int(run->advances.size());
        double x = run->origin.x();
        int glyph = 0;
        p.clusters.reserve(p.clusters.size() + run->clusters.size());
        for (const GlyphCluster &c : run->clusters) {
            if (c.firstGlyph < glyph) { // out of order: start again from the run's origin
                x = run->origin.x();
                glyph = 0;
            }
            for (; glyph < c.firstGlyph && glyph < glyphs; ++glyph)
                x += run->advances[glyph];
            double right = x;
            for (int g = glyph; g < c.firstGlyph + c.glyphCount && g < glyphs; ++g)
                right += run->advances[g];
            if (c.offset >= 0)
                p.clusters.append(
                    {x, right, base + c.offset, base + c.offset + int(c.text.size())});
        }
    }
    QList<StoryLine> lines;
    lines.reserve(pending.size());
    for (Pending &p : pending) {
        if (p.clusters.isEmpty())
            continue;
        std::sort(p.clusters.begin(), p.clusters.end(),
                  [](const Boundary &a, const Boundary &b) { return a.start < b.start; });
        p.line.positions.reserve(p.clusters.size() + 1);
        p.line.edges.reserve(p.clusters.size() + 1);
        for (const Boundary &b : p.clusters) {
            p.line.positions.append(b.start);
            p.line.edges.append(b.left);
        }
        p.line.positions.append(p.clusters.last().end);
        p.line.edges.append(p.clusters.last().right);
        lines.append(std::move(p.line));
    }
    std::sort(lines.begin(), lines.end(),
              [](const StoryLine &a, const StoryLine &b) { return a.start() < b.start(); });
    return lines;
}

int StoryLines::lineOf(const QList<StoryLine> &lines, int position, bool upstream,
                       const QString &plainText, bool *exact)
{
    if (exact)
        *exact = false;
    int last = -1;
    for (int i = 0; i < lines.size(); ++i) {
        const StoryLine &line = lines[i];
        if (line.start() > position)
            break;
        last = i;
        if (position < line.end()) {
            if (exact)
                *exact = true;
            return i;
        }
        const bool paragraphEnd =
            position >= plainText.size() || plainText.at(position) == QLatin1Char('\n');
        if (position == line.end() && (upstream || paragraphEnd)) {
            if (exact)
                *exact = true;
            return i;
        }
    }
    return last;
}

int StoryLines::lineAt(const QList<StoryLine> &lines, const QPointF &pt, ObjectId frameId)
{
    int best = -1;
    double bestDistance = 0;
    for (int i = 0; i < lines.size(); ++i) {
        const StoryLine &line = lines[i];
        if (frameId && line.frameId != frameId)
            continue;
        // Distance to the line's box, vertical distance weighing more: a click beside a short
        // line still belongs to it, a click between columns to the nearer column.
        const double dy = pt.y() < line.top      ? line.top - pt.y()
                          : pt.y() > line.bottom ? pt.y() - line.bottom
                                                 : 0.0;
        const double dx = pt.x() < line.left()    ? line.left() - pt.x()
                          : pt.x() > line.right() ? pt.x() - line.right()
                                                  : 0.0;
        const double distance = dy * 4 + dx;
        if (best < 0 || distance < bestDistance) {
            best = i;
            bestDistance = distance;
        }
    }
    return best;
}

} // namespace folio::app
