#pragma once

#include "model/story.h"

#include <QList>
#include <QString>

namespace folio::app {

// A story's text addressed by one flat UTF-16 position, as in Story::plainText(): the
// paragraphs one after another with one separator position between two of them (the same
// numbering as the 稿件编辑 dock's QTextDocument). Every function returns a new story; runs
// keep their character styles, adjacent runs of one style are merged, empty runs dropped.
class StoryText
{
public:
    struct Place
    {
        int paragraph = 0;
        int offset = 0;
    };

    static int length(const Story &story);
    static Place place(const Story &story, int position);
    static int position(const Story &story, int paragraph, int offset);
    // Where each paragraph starts.
    static QList<int> paragraphStarts(const Story &story);

    // Inserts text at position; '\n' starts a new paragraph in the same paragraph style. The
    // text takes the character style of the character before it (as typing does).
    static Story insert(const Story &story, int position, const QString &text);
    // Removes [from, to); removing a separator joins two paragraphs (the first one's style).
    static Story remove(const Story &story, int from, int to);
    // The paragraphs of [from, to) with their styles and runs (the first and last cut).
    static QList<Paragraph> fragment(const Story &story, int from, int to);
    // Inserts a fragment: its first paragraph joins the paragraph at position, each further
    // one starts a paragraph of its own style. Returns the position after the inserted text.
    static Story insertFragment(const Story &story, int position, const QList<Paragraph> &fragment,
                                int *end = nullptr);
    static Story setCharacterStyle(const Story &story, int from, int to, ObjectId styleId);
    static Story setParagraphStyle(const Story &story, int from, int to, ObjectId styleId);
    static QString plainText(const QList<Paragraph> &fragment);

private:
    static void normalize(Paragraph &paragraph);
    // Splits the runs of a paragraph at offset and returns the index of the first run after it.
    static int splitAt(Paragraph &paragraph, int offset);
};

} // namespace folio::app
