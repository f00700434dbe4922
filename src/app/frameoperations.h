#pragma once

#include "core/ids.h"
#include "model/frame.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace folio {
class Edition;
}

namespace folio::app {

enum class AlignEdge { Left, HorizontalCentre, Right, Top, VerticalCentre, Bottom };

// Operations on several selected frames of a page, each one undo step (a macro when it
// changes more than one frame). Locked frames never move; they still count as the reference
// an alignment measures from. On refusal nothing changes and a sentence says why.
class FrameOperations
{
    Q_DECLARE_TR_FUNCTIONS(FrameOperations)
public:
    // Aligns the frames' edges or centres on those of their common bounds.
    static QString align(Edition *edition, const QList<ObjectId> &frameIds, AlignEdge edge);
    // Equal gaps between the frames along `orientation`; the outermost two stay.
    static QString distribute(Edition *edition, const QList<ObjectId> &frameIds,
                              Qt::Orientation orientation);
    static QString bringToFront(Edition *edition, const QList<ObjectId> &frameIds);
    static QString sendToBack(Edition *edition, const QList<ObjectId> &frameIds);
    static QString setLocked(Edition *edition, const QList<ObjectId> &frameIds, bool locked);
    // Frames of one group move and select together; the group id is a fresh edition id.
    static QString group(Edition *edition, const QList<ObjectId> &frameIds);
    static QString ungroup(Edition *edition, const QList<ObjectId> &frameIds);

    // Pushes the changed frames as one undo step labelled `label`; unchanged ones are skipped.
    static void pushChanges(Edition *edition, const QList<Frame> &frames, const QString &label);

private:
    static QList<Frame> framesOf(const Edition *edition, const QList<ObjectId> &frameIds);
};

} // namespace folio::app
