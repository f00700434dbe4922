#include "ingest/bandplanner.h"

#include <algorithm>
#include <cmath>
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

BandPlan BandPlanner::plan(int storyCount, int pageColumns, double gap, const ModuleHeight &height,
                           double slack, const ModuleGrowth &growth)
{
    BandPlan best;
    if (storyCount <= 0 || pageColumns <= 0)
        return best;
    const int n = std::min(storyCount, kMaxStories);
    // Stacks narrower than two columns only when the page itself is that narrow.
    const int minColumns = pageColumns >= 4 ? 2 : 1;
    const int maxStacks = std::min({kMaxStacks, n, pageColumns / minColumns});

    // Every arrangement, once to find the lowest, once to choose within the slack.
    const auto forEach = [&](const auto &visit) {
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
                        candidate.height = std::max(candidate.height, stack.height);
                        candidate.stacks.append(stack);
                    }
                    visit(candidate);
                }
            }
        }
    };
    double lowest = std::numeric_limits<double>::max();
    forEach([&](const BandPlan &c) { lowest = std::min(lowest, c.height); });

    // Blank: column-lengths under stacks shorter than the band that their pictures and
    // headline space cannot fill.
    const auto blank = [&](const BandPlan &c) {
        double sum = 0;
        for (const StackPlan &stack : c.stacks) {
            double grow = 0;
            if (growth)
                for (int s : stack.stories)
                    grow += growth(s, stack.columns);
            sum += stack.columns * std::max(0.0, c.height - stack.height - grow);
        }
        return sum;
    };
    const auto spread = [](const BandPlan &c) {
        double low = std::numeric_limits<double>::max();
        for (const StackPlan &stack : c.stacks)
            low = std::min(low, stack.height);
        return c.height - low;
    };
    double bestBlank = std::numeric_limits<double>::max();
    double bestSpread = std::numeric_limits<double>::max();
    const double limit = lowest + std::max(0.0, slack) + 0.5;
    forEach([&](const BandPlan &c) {
        if (c.height > limit)
            return;
        const double b = blank(c);
        const double s = spread(c);
        // Less blank first; among equally blank ones the lower, then the more even.
        bool better = b < bestBlank - 0.5;
        if (!better && std::abs(b - bestBlank) <= 0.5)
            better = c.height < best.height - 0.5 ||
                     (std::abs(c.height - best.height) <= 0.5 && s < bestSpread);
        if (better) {
            best = c;
            bestBlank = b;
            bestSpread = s;
        }
    });
    return best;
}

} // namespace folio::ingest
