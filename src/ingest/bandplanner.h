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
// stacks of whole columns, stories keep their reading order (left to right, top to bottom).
// Among the arrangements no taller than the lowest one plus `slack`, the one that leaves the
// least blank wins: a stack shorter than the band leaves its columns empty below it, except
// for what its pictures and headline space can grow. Then the lower, then the more even one.
// A band of few stories tries every split; the search is bounded (at most 4 stacks, 8 stories).
class BandPlanner
{
public:
    // Natural height in pt of story i of the band set across `columns` columns.
    using ModuleHeight = std::function<double(int story, int columns)>;
    // How much taller the module can grow without emptying body columns (pictures, headline
    // space).
    using ModuleGrowth = std::function<double(int story, int columns)>;

    static constexpr int kMaxStacks = 4;
    static constexpr int kMaxStories = 8;

    static BandPlan plan(int storyCount, int pageColumns, double gap, const ModuleHeight &height,
                         double slack = 0, const ModuleGrowth &growth = {});
};

} // namespace folio::ingest
