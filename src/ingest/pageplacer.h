#pragma once

#include "core/diagnostic.h"
#include "core/ids.h"
#include "ingest/parsedpage.h"
#include "ingest/storybuilder.h"
#include "model/page.h"
#include "model/pagetemplate.h"

#include <QCoreApplication>
#include <QList>
#include <QRectF>

namespace folio {
class Edition;
}

namespace folio::ingest {

class StoryMetrics;

// Where one imported story went and how well it fits.
struct StoryPlacement
{
    int story = -1; // index into the imported stories
    ObjectId storyId = 0;
    bool placed = false;
    int firstColumn = 0;
    int columns = 0;
    QRectF module;            // the story's whole area on the page
    QList<ObjectId> frameIds; // its text frames in chain order
    ObjectId imageFrameId = 0;
    int neededLines = 0;     // lines of body (or caption) text the story needs
    int capacityLines = 0;   // lines its frames hold
    int copyfit = 0;         // characters: > 0 room left (剩余), < 0 overset (超出)
    int headlineVariant = 0; // 0: the 主题 style; n: its n-th smaller variant
};

struct PagePlacement
{
    Page page; // the template's page with every frame placed (no id yet: the caller's)
    QList<StoryPlacement> stories;
    int spareLines = 0; // free body lines left at the foot of the page
    Diagnostics diagnostics;
};

// Phase five of page import: auto-placement on a page template. Stories are set in bands
// from the top of the type area: stories before any banner, then each banner's group under
// its banner text frame and rule. Inside a band, stories share the columns in side-by-side
// stacks (BandPlanner); each story is a module: a headline frame spanning its columns, the
// body in linked one-column frames of balanced height, a photo story's picture frame with its
// caption frame. Heights come from composing the text (StoryMetrics) and are snapped to the
// body line grid and balanced within each band. Spare page height goes to the bands: larger
// pictures and headline space first, then a few body lines each, so that stories end near the
// foot of the page; what is still spare stays free at the foot and is reported. Missing height
// is taken from pictures, then body frames. What does not fit is reported per story as
// copyfit, never cut.
class PagePlacer
{
    Q_DECLARE_TR_FUNCTIONS(PagePlacer)
public:
    explicit PagePlacer(StoryMetrics &metrics) : m_metrics(metrics) {}

    PagePlacement place(const PageTemplate &pageTemplate, const ParsedPage &parsed,
                        const BuiltStories &built, Edition &edition);

private:
    StoryMetrics &m_metrics;
};

} // namespace folio::ingest
