#pragma once

#include "layout/storyflow.h"

namespace folio {

class Edition;
struct ParagraphStyle;
struct CharacterStyle;

// Resolves the model's styles into the text module's values and builds a story's flow.
class ModelAdapter
{
public:
    static StoryFlow storyFlow(const Edition &edition, ObjectId storyId);
    static text::TextStyle textStyle(const ParagraphStyle &paragraph,
                                     const CharacterStyle *character = nullptr);
    static text::ParagraphOptions paragraphOptions(const ParagraphStyle &style);
};

} // namespace folio
