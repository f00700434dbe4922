#pragma once

#include "core/ids.h"
#include "model/page.h"

#include <QCoreApplication>
#include <QString>

namespace folio {
class Edition;
}

namespace folio::app {

// Edits the window offers from menus, each as one undo step on the edition's stack. On
// refusal they change nothing and return a sentence saying why, for the status bar.
class EditActions
{
    Q_DECLARE_TR_FUNCTIONS(EditActions)
public:
    // `to` continues the story of `from` after the last frame of its chain.
    static QString linkFrames(Edition *edition, ObjectId from, ObjectId to);
    // The frame leaves its story's chain and becomes empty; the rest of the chain stays linked.
    static QString unlinkFrame(Edition *edition, ObjectId frameId);
    // Puts the story in an empty text frame as the first frame of its chain if it has none,
    // else after its last frame.
    static QString placeStory(Edition *edition, ObjectId storyId, ObjectId frameId);
    // Adds a page of the same template after `afterPageId` (or at the end); returns its id.
    static ObjectId addPageAfter(Edition *edition, ObjectId afterPageId);
    static QString removePage(Edition *edition, ObjectId pageId);
    // Moves the page to position `to` (0-based) as one undo step; pages numbered 1, 2, 3… in
    // order keep that numbering (版次 follow the new order), other numbers are left alone.
    static QString movePage(Edition *edition, ObjectId pageId, int to);
    static void setPageStatus(Edition *edition, ObjectId pageId, PageStatus status);
};
} // namespace folio::app
