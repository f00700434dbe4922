#pragma once

#include "model/proofnote.h"

#include <QJsonObject>
#include <QString>

namespace folio {
class Edition;
}

namespace folio::proof {

// Notes as people read them: the kind and status words, the page and story they are on, one
// line per note for the command line, and a JSON object for scripts.
class NoteFormat
{
public:
    static QString kindName(NoteKind kind);                           // 改 删 增 调 疑
    static QString statusName(NoteStatus status);                     // 待处理 已改 不改
    static QString pageName(const Edition &edition, ObjectId pageId); // 第1版 A
    // The story's 主题 (headline), else its slug, else its first words.
    static QString storyTitle(const Edition &edition, ObjectId storyId);
    // 第1版 A  《标题》  “marked”  删  …, with where the note stands now.
    static QString line(const Edition &edition, const ProofNote &note);
    static QJsonObject json(const Edition &edition, const ProofNote &note);
};

} // namespace folio::proof
