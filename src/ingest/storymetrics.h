#pragma once

#include "core/ids.h"
#include "layout/storylayouter.h"
#include "model/page.h"
#include "model/paragraphstyle.h"
#include "model/story.h"

#include <QHash>
#include <QList>
#include <memory>

namespace folio {
class Edition;
struct Story;
} // namespace folio

namespace folio::ingest {

struct BuiltStories;

// Measures imported stories for placement with the layout module's own composer, so that
// frame sizes are the ones the page will really need. The stories live in a private scratch
// edition (same styles as the target edition) until the import is applied.
class StoryMetrics
{
public:
    // headlineStyles: the 主题 style and smaller variants of it, largest first; placement sets
    // the largest that keeps a narrow module's headline on one line.
    StoryMetrics(const Edition &styles, const BuiltStories &built,
                 const QList<ParagraphStyle> &headlineStyles = {});
    ~StoryMetrics();

    double bodySize() const { return m_bodySize; }
    double bodyLeading() const { return m_bodyLeading; }

    // The page's type area in body lines per column and its columns: no story can use more
    // lines than that, so measuring stops a margin past it and estimates the rest from its
    // characters (placement only learns "more than the page"; copyfit stays exact). 0: no
    // bound (measure everything).
    void setPageCapacity(int linesPerColumn, int columns);
    // Lines composed by the measuring so far (each (paragraph, offset, width) once), for tests.
    int linesComposed() const;

    // Height from the top of a frame `width` wide to where the body would start under the
    // story's headline block (the block plus one line of air); 0 without a block.
    double headBlockHeight(ObjectId storyId, double width, int variant = 0);
    int headlineVariants() const { return std::max(1, int(m_headlineStyles.size())); }
    // Lines of the story's 主题 at `width` with headline style `variant`.
    int headlineLines(ObjectId storyId, double width, int variant);
    // Sets the variant used from now on for the story (copyfit and layoutOn).
    void setHeadlineVariant(ObjectId storyId, int variant);
    // Lines per column (of `columnWidth`) that `columns` linked frames need so that the body,
    // from paragraph `first` to the end or to the first paragraph in `stopRoles`, is not overset.
    int balancedLines(ObjectId storyId, int first, int last, int columns, double columnWidth);
    // Body lines the paragraphs [first, last) need in one column of `columnWidth`.
    int lines(ObjectId storyId, int first, int last, double columnWidth);
    // Height of one paragraph set `width` wide (banners).
    double paragraphHeight(ObjectId storyId, int paragraph, double width);

    // The composer's copyfit of a story on a placed page.
    StoryLayout layoutOn(const Page &page, ObjectId storyId);

private:
    StoryFlow flow(ObjectId storyId, int first, int last, int variant = 0);
    Story variantStory(ObjectId storyId, int variant) const;
    int linesIn(const FrameLayout &layout) const;
    double probeHeight() const;
    int estimatedLines(const StoryFlow &flow, const BreakToken &from, double width) const;

    std::unique_ptr<Edition> m_scratch;
    StoryLayouter m_layouter;
    QHash<QPair<ObjectId, int>, StoryFlow> m_flows;
    QHash<ObjectId, Story> m_stories;
    QList<ParagraphStyle> m_headlineStyles;
    double m_bodySize = 9.0;
    double m_bodyLeading = 13.5;
    int m_pageLines = 0;
    int m_pageColumns = 0;
    ObjectId m_pageId = 0;
};

} // namespace folio::ingest
