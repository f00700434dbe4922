#pragma once

#include <QString>

namespace folio::text {

// Word boundaries for selecting a word on double-click. ICU's word rules with its CJK
// dictionary split Chinese into words (新闻 / 发布会), which Qt's QTextBoundaryFinder cannot:
// it treats every Han character as a word of its own.
class WordBoundary
{
public:
    struct Range
    {
        int start = 0;
        int end = 0;
    };

    // The word (or run of spaces or punctuation) that holds UTF-16 offset `position` of `text`;
    // a position at the very end gives the word before it. Empty text gives {0, 0}.
    static Range wordAt(const QString &text, int position);
};

} // namespace folio::text
