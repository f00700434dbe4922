#pragma once

#include "core/ids.h"

#include <QCoreApplication>

namespace folio {
class Edition;
}

namespace folio::app {

// 挤字/扩字: the night desk's fitting of single paragraphs. A paragraph's tracking
// (Paragraph::tracking, 1/100 em after every character) pulls a lone last character back or
// takes up a short line without touching the style. Each call is one undo step; the story
// editor's 文字 menu and the on-page text caret both go through here with a story and a
// paragraph range.
class ParagraphTracking
{
    Q_DECLARE_TR_FUNCTIONS(ParagraphTracking)
public:
    static constexpr int kStep = 1; // 1/100 em per 挤字 or 扩字

    // Adds delta (1/100 em) to the tracking of paragraphs first..last (inclusive) of a story,
    // each kept within Paragraph::kMinTracking..kMaxTracking. Returns the refusal in words,
    // empty on success.
    static QString adjust(Edition *edition, ObjectId storyId, int first, int last, int delta);
    // Sets paragraphs first..last to exactly `tracking` (0: 取消挤扩).
    static QString set(Edition *edition, ObjectId storyId, int first, int last, int tracking);
    // Paragraphs of the story with tracking, for the story list.
    static int trackedParagraphs(const Edition &edition, ObjectId storyId);

private:
    static QString apply(Edition *edition, ObjectId storyId, int first, int last, int value,
                         bool relative);
};

} // namespace folio::app
