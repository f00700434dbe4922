#pragma once

#include "model/proofnote.h"
#include "model/proofrecord.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace folio::proof {

// Writes notes into a proof PDF as standard annotations, so any PDF reader shows them: 改 and
// 删 as strike-outs, 增 as a caret, 调 as an underline, 疑 as a highlight, each with the
// note's words as its contents and the note's author. Written by Poppler as an incremental
// update of the proof; each annotation is named after its note, so importing the proof again
// does not bring the notes back twice.
class NoteAnnotator
{
public:
    struct Placed
    {
        ProofNote note;
        int offset = 0; // where its characters are in the story text the proof shows
        int length = 0;
    };
    // False with error set, pdf unchanged, when Poppler cannot read or write the PDF.
    static bool annotate(QByteArray *pdf, const QList<TextMapEntry> &map,
                         const QList<Placed> &notes, QString *error);
    // The annotation contents for a note: "改为：X", "删", "增：X", "调：X", "疑：…".
    static QString contents(const ProofNote &note);
};

} // namespace folio::proof
