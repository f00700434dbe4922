#pragma once

#include "core/ids.h"

#include <QCoreApplication>
#include <QList>

namespace folio {
class Edition;
namespace ingest {
struct ImportResult;
}
} // namespace folio

namespace folio::app {

// A late story (晚到稿件): story text in the page-import format (docs/ingest-format.md,
// markers or none) parsed exactly as a page import parses it (headline block, run-in
// dateline and byline, body, captions), named from its 主题, and set into empty text frames.
// The frames are chained in the order given: the story's headline paragraphs open the first
// frame as its headline block across the frame's columns, the body flows on through the rest.
// Without frames the story only joins the story list. One undo step (导入稿件). A 【图片】
// line is not read here (no picture frame is made); its caption stays in the story.
class LateStory
{
    Q_DECLARE_TR_FUNCTIONS(LateStory)
public:
    // Text from the clipboard or a drop. Returns the refusal in words, empty on success;
    // storyId gets the new story.
    static QString importText(Edition *edition, const QString &text,
                              const QList<ObjectId> &frameIds, ObjectId *storyId = nullptr);
    // A text file (any encoding the page import reads); refusals name the file.
    static QString importFile(Edition *edition, const QString &path,
                              const QList<ObjectId> &frameIds, ObjectId *storyId = nullptr);
    // Why these frames cannot take a late story (not empty text frames), empty when they can.
    static QString checkFrames(const Edition &edition, const QList<ObjectId> &frameIds);

private:
    static QString apply(Edition *edition, const ingest::ImportResult &result,
                         const QList<ObjectId> &frameIds, ObjectId *storyId);
};

} // namespace folio::app
