#pragma once

#include <QList>
#include <functional>

namespace folio::ingest {

// One vertical stack of story modules inside a band: which columns it spans, which stories.
struct StackPlan
{
    int firstColumn = 0;
    int columns = 0;
    QList<int> stories; // indices into the band's story list, top to bottom
    double height = 0;  // natural height, pt
};

struct BandPlan
{
    QList<StackPlan> stacks;
    double height = 0; // the tallest stack
};

// Chooses how a band's stories share the page's columns: the band is cut into side-by-side
// stacks of whole columns, stories keep their reading order (left to right, top to bottom),
// and the arrangement with the lowest tallest stack wins, then the most even one. A band of
// few stories tries every split; the search is bounded (at most 4 stacks, 8 stories).
class BandPlanner
{
public:
    // Natural height in pt of story i of the band set across `columns` columns.
    using ModuleHeight = std::function<double(int story, int columns)>;

    static constexpr int kMaxStacks = 4;
    static constexpr int kMaxStories = 8;

    static BandPlan plan(int storyCount, int pageColumns, double gap, const ModuleHeight &height);
};

} // namespace folio::ingest
