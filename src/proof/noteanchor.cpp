#include "proof/noteanchor.h"

#include "model/story.h"

#include <cstdlib>

namespace folio::proof {

namespace {

// The occurrence of needle nearest to near, or -1.
int nearest(const QString &text, const QString &needle, int near)
{
    int best = -1;
    for (int at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + 1)) {
        if (best < 0 || std::abs(at - near) < std::abs(best - near))
            best = at;
        if (needle.isEmpty() || at > near)
            break;
    }
    return best;
}

} // namespace

void NoteAnchor::anchor(ProofNote *note, const QString &storyText, int offset, int length)
{
    offset = std::clamp(offset, 0, int(storyText.size()));
    length = std::clamp(length, 0, int(storyText.size()) - offset);
    note->offset = offset;
    note->length = length;
    note->markedText = storyText.mid(offset, length);
    const int from = std::max(0, offset - kContext);
    note->before = storyText.mid(from, offset - from);
    note->after = storyText.mid(offset + length, kContext);
}

NoteAnchor::Resolved NoteAnchor::resolve(const ProofNote &note, const Story &story)
{
    return resolve(note, story.plainText());
}

NoteAnchor::Resolved NoteAnchor::resolve(const ProofNote &note, const QString &text)
{
    const auto result = [&](State state, int offset, int length) {
        return Resolved{state, offset, length, text.mid(offset, length)};
    };
    const QString whole = note.before + note.markedText + note.after;
    if (text.mid(note.offset - note.before.size(), whole.size()) == whole)
        return result(State::Unchanged, note.offset, note.length);
    // The marked text with its context, nearest to where it was.
    int at = nearest(text, whole, note.offset - int(note.before.size()));
    if (at >= 0)
        return result(State::Moved, at + int(note.before.size()), note.length);
    // The context alone: the marked text between it was changed. A correction close by
    // (another note on the same sentence) may have changed the outer part of the context, so
    // its inner part is tried too, nearest to where the note was.
    for (const int keep : {int(kContext), 6, 3}) {
        const QString before = note.before.right(keep);
        const QString after = note.after.left(keep);
        if (before.isEmpty() && after.isEmpty())
            break;
        if (!before.isEmpty()) {
            at = nearest(text, before, note.offset - int(before.size()));
            if (at >= 0) {
                const int start = at + int(before.size());
                const int end = after.isEmpty() ? start : int(text.indexOf(after, start));
                if (end >= start && end - start <= note.length + 4 * kContext)
                    return result(State::TextChanged, start, end - start);
            }
        }
        if (!after.isEmpty()) {
            at = nearest(text, after, note.offset + note.length);
            if (at >= 0 && (before.isEmpty() || keep < kContext))
                return result(State::TextChanged, std::max(0, at - int(note.length)),
                              std::min(at, int(note.length)));
        }
    }
    // The marked text alone, when it says enough to be found.
    if (note.markedText.size() >= 2) {
        at = nearest(text, note.markedText, note.offset);
        if (at >= 0)
            return result(State::Moved, at, note.length);
    }
    return {};
}

} // namespace folio::proof
