#pragma once

#include <QString>

namespace folio::ingest {

// An explicit marker at the start of a line: 【主题】…, 【栏目】…, [引题] …
// (docs/ingest-format.md).
enum class Marker {
    None,
    Banner,   // 【栏目】 starts a group of stories under a section banner
    EndGroup, // 【栏目结束】 ends the group
    Kicker,   // 【引题】
    Headline, // 【主题】
    Subhead,  // 【副题】
    Body,     // 【正文】 a body paragraph, never taken for a headline or rejoined
    Caption,  // 【图片说明】 / 【图说】
    Credit,   // 【摄影】 / 【图】
    Byline,   // 【署名】 a byline on its own line
    Dateline, // 【电头】 run-in for the next body paragraph
    Image,    // 【图片】 a picture file, relative to the text file
};

enum class BlockKind { Text, Marker, Separator };

// One non-empty line of the source after normalisation, with where it came from.
struct SourceBlock
{
    BlockKind kind = BlockKind::Text;
    Marker marker = Marker::None;
    QString text;
    int line = 0;             // 1-based line number in the source
    int blankLinesBefore = 0; // empty lines between this block and the previous one
};

} // namespace folio::ingest
