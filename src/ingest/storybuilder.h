#pragma once

#include "core/diagnostic.h"
#include "ingest/parsedpage.h"
#include "model/story.h"

#include <QCoreApplication>
#include <QList>

namespace folio {
class Edition;
}

namespace folio::ingest {

struct BuiltStories
{
    QList<Story> stories;       // one per ParsedPage::stories, same order
    QList<Story> bannerStories; // one per ParsedPage::groups: the banner's text frame story
    Diagnostics diagnostics;
};

// Phase four of page import: turns parsed stories into model Story values. Paragraphs take the
// edition's style for their role (Edition::styleForRole); a run-in dateline and byline becomes
// a TextRun with the "电头署名" character style. Ids come from the edition; nothing is added
// to it (PageImporter does that, as one undo step).
class StoryBuilder
{
    Q_DECLARE_TR_FUNCTIONS(StoryBuilder)
public:
    static BuiltStories build(const ParsedPage &page, Edition &edition);

    // The character style used for run-in bylines, 0 when the edition has none.
    static ObjectId bylineCharacterStyle(const Edition &edition);
};

} // namespace folio::ingest
