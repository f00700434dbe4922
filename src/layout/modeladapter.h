#pragma once

#include "layout/storyflow.h"

namespace folio {

class Edition;
struct Frame;
struct Page;
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
    // The text wrap of a text frame: the grown rects of the wrapping frames above it that
    // reach into it.
    static QList<QRectF> wrapObstacles(const Page &page, const Frame &textFrame);
};

} // namespace folio
