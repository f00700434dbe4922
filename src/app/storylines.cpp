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
    QHash<QString, int> byKey;
    for (const PageItem &item : layout.items) {
        const auto *run = std::get_if<GlyphRun>(&item);
        if (!run || run->storyId != storyId || run->paragraph < 0 ||
            run->paragraph >= paragraphStarts.size())
            continue;
        const QString key = QStringLiteral("%1/%2/%3")
                                .arg(run->frameId)
                                .arg(run->column)
                                .arg(qRound64(run->origin.y() * 100));
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
        QList<double> pen(run->advances.size() + 1, run->origin.x());
        for (int g = 0; g < run->advances.size(); ++g)
            pen[g + 1] = pen[g] + run->advances[g];
        const int base = paragraphStarts[run->paragraph];
        for (const GlyphCluster &c : run->clusters) {
            if (c.offset < 0 || c.firstGlyph < 0 || c.firstGlyph >= pen.size())
                continue;
            const int last = qMin(int(pen.size()) - 1, c.firstGlyph + c.glyphCount);
            p.clusters.append({pen[c.firstGlyph], pen[last], base + c.offset,
                               base + c.offset + int(c.text.size())});
        }
    }
    QList<StoryLine> lines;
    for (Pending &p : pending) {
        if (p.clusters.isEmpty())
            continue;
        std::sort(p.clusters.begin(), p.clusters.end(),
                  [](const Boundary &a, const Boundary &b) { return a.start < b.start; });
        for (const Boundary &b : p.clusters) {
            p.line.positions.append(b.start);
            p.line.edges.append(b.left);
        }
        p.line.positions.append(p.clusters.last().end);
        p.line.edges.append(p.clusters.last().right);
        lines.append(p.line);
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
