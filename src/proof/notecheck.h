#pragma once

#include "model/proofnote.h"
#include "model/proofrecord.h"

#include <QList>
#include <QString>

namespace folio {
class Edition;
}

namespace folio::proof {

// 核红: on a new proof, whether the text under each note of the earlier proofs now reads as
// the note asked. The text is the one the new proof shows (rebuilt from its text map), so the
// answer is about the proof in the proofreader's hand, not about later edits.
class NoteCheck
{
public:
    enum class Verdict {
        Corrected, // 已改对: the note's words now read as it asked
        Unchanged, // 未改: the marked text is still there as it was
        Different, // 改得不同: changed, but not to what the note asked
        Lost,      // 找不到: neither the marked text nor its context is on the proof
        Query      // 疑: a question asks for no text
    };
    struct Result
    {
        Verdict verdict = Verdict::Lost;
        QString expected; // what the note asked the marked place to read
        QString found;    // what the proof shows there
    };

    // The check against a story's text.
    static Result check(const ProofNote &note, const QString &storyText);
    // The check against what a proof shows of the note's story.
    static Result check(const ProofNote &note, const ProofRecord &proof);
    // The notes a proof is checked for: those on its page made before it was issued.
    static QList<ProofNote> notesBefore(const Edition &edition, const ProofRecord &proof);
    // A story's text as the proof shows it: each cluster at its offset, the characters the
    // page does not show (paragraph breaks, text on other pages) as line feeds.
    static QString storyTextOn(const ProofRecord &proof, ObjectId storyId);
    // What the note asks the marked place to read (empty for 删; 增 keeps the marked text).
    static QString expectedText(const ProofNote &note);
    static QString verdictName(Verdict verdict); // 已改对 未改 改得不同 找不到 询问
};

} // namespace folio::proof
