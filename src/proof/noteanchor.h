#pragma once

#include "model/proofnote.h"

#include <QString>

namespace folio {
struct Story;
}

namespace folio::proof {

// Where a note's characters are in a story's text now. The stored offsets are right until the
// story is edited; after that the note finds its words again by the text around them.
class NoteAnchor
{
public:
    static constexpr int kContext = 12; // characters kept on each side of the marked text

    enum class State {
        Unchanged,   // the marked text is where it was
        Moved,       // the marked text was found again, elsewhere (text before it changed)
        TextChanged, // the text around is there, the marked text between it is not (已改?)
        Lost         // neither the marked text nor its context is in the story any more
    };
    struct Resolved
    {
        State state = State::Lost;
        int offset = 0;
        int length = 0;
        QString text; // what the story says there now
        bool isFound() const { return state != State::Lost; }
    };

    // Fills a note's anchor (offset, length, marked text, context) from the story text.
    static void anchor(ProofNote *note, const QString &storyText, int offset, int length);
    static Resolved resolve(const ProofNote &note, const QString &storyText);
    static Resolved resolve(const ProofNote &note, const Story &story);
};

} // namespace folio::proof
