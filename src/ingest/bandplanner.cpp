#include "ingest/bandplanner.h"

#include <algorithm>
#include <limits>

namespace folio::ingest {

namespace {

// Every way to write `total` as `parts` ordered widths of at least `minimum`.
void compositions(int total, int parts, int minimum, QList<int> &current, QList<QList<int>> &out)
{
    if (parts == 1) {
        if (total >= minimum) {
            current.append(total);
            out.append(current);
            current.removeLast();
        }
        return;
    }
    for (int w = minimum; w <= total - minimum * (parts - 1); ++w) {
        current.append(w);
        compositions(total - w, parts - 1, minimum, current, out);
        current.removeLast();
    }
}

// Every way to cut stories 0..n-1 into `parts` non-empty runs: the sizes of the runs.
void cuts(int n, int parts, QList<int> &current, QList<QList<int>> &out)
{
    compositions(n, parts, 1, current, out);
}

} // namespace

BandPlan BandPlanner::plan(int storyCount, int pageColumns, double gap, const ModuleHeight &height)
{
    BandPlan best;
    if (storyCount <= 0 || pageColumns <= 0)
        return best;
    const int n = std::min(storyCount, kMaxStories);
    // Stacks narrower than two columns only when the page itself is that narrow.
    const int minColumns = pageColumns >= 4 ? 2 : 1;
    const int maxStacks = std::min({kMaxStacks, n, pageColumns / minColumns});
    double bestHeight = std::numeric_limits<double>::max();
    double bestSpread = std::numeric_limits<double>::max();

    for (int k = 1; k <= maxStacks; ++k) {
        QList<QList<int>> widths;
        QList<int> scratch;
        compositions(pageColumns, k, minColumns, scratch, widths);
        QList<QList<int>> sizes;
        cuts(n, k, scratch, sizes);
        for (const auto &w : widths) {
            for (const auto &s : sizes) {
                BandPlan candidate;
                int column = 0;
                int story = 0;
                double tallest = 0;
                double lowest = std::numeric_limits<double>::max();
                for (int i = 0; i < k; ++i) {
                    StackPlan stack;
                    stack.firstColumn = column;
                    stack.columns = w[i];
                    for (int j = 0; j < s[i]; ++j) {
                        stack.stories.append(story);
                        stack.height += height(story, w[i]) + (j > 0 ? gap : 0.0);
                        ++story;
                    }
                    column += w[i];
                    tallest = std::max(tallest, stack.height);
                    lowest = std::min(lowest, stack.height);
                    candidate.stacks.append(stack);
                }
                candidate.height = tallest;
                const double spread = tallest - lowest;
                // Prefer the lower band; among nearly equal ones, the more even.
                const bool lower = tallest < bestHeight - 0.5;
                const bool asLow = std::abs(tallest - bestHeight) <= 0.5;
                if (lower || (asLow && spread < bestSpread)) {
                    best = candidate;
                    bestHeight = tallest;
                    bestSpread = spread;
                }
            }
        }
    }
    return best;
}

} // namespace folio::ingest
