#pragma once

#include "core/ids.h"

#include <QString>

namespace folio {
class Edition;
}

namespace folio::proof {

// What the page editor does with a note, each one undo step on the edition's stack:
// 采纳 applies the correction to the story and marks the note 已改; 不改 keeps a reply.
class NoteActions
{
public:
    // False with error set (nothing pushed) when the note cannot be applied: a query (疑), a
    // note whose marked text changed or is gone, a swap (调) without the order asked for.
    static bool apply(Edition *edition, ObjectId noteId, QString *error);
    static bool decline(Edition *edition, ObjectId noteId, const QString &reply,
                        QString *error = nullptr);
    // 重新打开: back to 待处理.
    static bool reopen(Edition *edition, ObjectId noteId, QString *error = nullptr);
};

} // namespace folio::proof
