#pragma once

#include "core/ids.h"

#include <QDateTime>
#include <QString>

namespace folio {

// 改 (replace with …), 删 (delete), 增 (insert …), 调 (swap order), 疑 (query).
enum class NoteKind { Replace, Delete, Insert, Swap, Query };
// 待处理 / 已改 / 不改.
enum class NoteStatus { Open, Done, Declined };

// A proofreader's note (校对意见), anchored to story characters: [offset, offset + length) of
// the story's plainText() when the note was made (length 0: an insertion point), with the
// marked text and some text on each side, so that the note finds its words again after edits
// elsewhere in the story (NoteAnchor).
struct ProofNote
{
    ObjectId id = 0;
    ObjectId pageId = 0;
    ObjectId proofId = 0; // the proof it was marked on; 0 when marked in the page view
    ObjectId storyId = 0;
    int offset = 0;
    int length = 0;
    QString markedText;
    QString before; // up to NoteAnchor::kContext characters before the marked text
    QString after;  // and after it
    NoteKind kind = NoteKind::Query;
    QString replacement; // 改/增/调: the text asked for
    QString comment;
    QString author;
    QDateTime time;
    NoteStatus status = NoteStatus::Open;
    QString reply; // the page editor's answer, kept with 不改
    bool operator==(const ProofNote &) const = default;
};

} // namespace folio
