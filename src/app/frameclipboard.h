#pragma once

#include "core/ids.h"
#include "model/frame.h"
#include "model/imageasset.h"
#include "model/story.h"

#include <QCoreApplication>
#include <QList>
#include <QPointer>

namespace folio {
class Edition;
}

namespace folio::app {

// Copied frames, held in the application (within and across pages and editions of one
// session). A copy keeps what the frames need to stand on their own: the stories of text
// frames and the pictures of image frames, so a paste into another edition is complete.
class FrameClipboard
{
    Q_DECLARE_TR_FUNCTIONS(FrameClipboard)
public:
    static FrameClipboard &instance();

    bool isEmpty() const { return m_frames.isEmpty(); }
    int size() const { return int(m_frames.size()); }
    void clear();
    // Copies the frames (in the given order) and what they refer to.
    void copy(const Edition *edition, const QList<ObjectId> &frameIds);

    // Pastes onto the page as one undo step and returns the new frames' ids. Every frame gets
    // a new id; a group gets a new group id; a text frame's story is pasted as a new copy
    // (frames of one story stay chained in their order); a caption stays tied to its photo
    // when both are pasted. On the page they were copied from, the copies sit 10 pt lower
    // right so they are seen; on another page they keep their place.
    QList<ObjectId> paste(Edition *edition, ObjectId pageId);

private:
    FrameClipboard() = default;

    QPointer<const Edition> m_source;
    ObjectId m_sourcePageId = 0;
    QList<Frame> m_frames;
    QList<Story> m_stories;
    QList<ImageAsset> m_images;
};

} // namespace folio::app
