#pragma once

#include "model/story.h"

namespace folio {

// Edits a story by plainText() offsets (paragraphs joined by '\n'), keeping the character
// styles of the runs around the edit.
class StoryText
{
public:
    // Replaces [offset, offset + length) with text (no '\n' in it); a range that crosses a
    // paragraph end joins the two paragraphs. False, story unchanged, when the range is
    // outside the text.
    static bool replace(Story *story, int offset, int length, const QString &text);
};

} // namespace folio
