#pragma once

#include "core/ids.h"

#include <QCoreApplication>
#include <QList>
#include <QRectF>

namespace folio {
class Edition;
}

namespace folio::app {

// A story block (稿件块): what the page importer places for one story and the night desk
// moves as one unit. Its frames are the story's chain (the headline frame, the body frames
// and the caption frame, which the importer links in that order) and the picture frames whose
// caption is one of them (Frame::captionFrameId). Both relations are stored already, so a
// block needs no id of its own and a block made by hand (frames linked, a caption added to a
// picture) is one too. Moves are one undo step each; they keep the chain, so the story's text
// and copyfit follow. Functions return the refusal in words, empty on success.
class StoryBlock
{
    Q_DECLARE_TR_FUNCTIONS(StoryBlock)
public:
    // The block's frames in page order (chain frames, then pictures), on every page.
    static QList<ObjectId> frameIds(const Edition &edition, ObjectId storyId);
    // The story whose block holds a frame: a text frame's story, a picture's caption's story;
    // 0 for anything else.
    static ObjectId storyOfFrame(const Edition &edition, ObjectId frameId);
    // The block of the frame's story on the frame's page (what Ctrl+click selects), or just
    // the frame when it belongs to no block.
    static QList<ObjectId> blockOnPage(const Edition &edition, ObjectId frameId);
    // The union of the block's frame rectangles, and the page holding it (0 when its frames
    // are not all on one page).
    static QRectF bounds(const Edition &edition, ObjectId storyId, ObjectId *pageId = nullptr);

    // Every frame of the block goes to the page with pageId at the same place (移到第 N 版).
    static QString moveToPage(Edition *edition, ObjectId storyId, ObjectId pageId);
    // Each block takes the other's place: it moves so that its bounding box's top-left corner
    // is where the other's was (on the other's page); frame sizes are kept.
    static QString swap(Edition *edition, ObjectId storyA, ObjectId storyB);

private:
    static QString checkMovable(const Edition &edition, ObjectId storyId);
};

} // namespace folio::app
