#pragma once

#include "model/proofnote.h"
#include "model/proofrecord.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace folio {
class Edition;
}

namespace folio::proof {

class ProofDocument;

// Turns the annotations a proofreader made on a Folio proof in any PDF reader into notes
// anchored to story characters: highlight, squiggly, underline and strike-out through their
// quads, caret at its insertion point, sticky note and free text at the character under them,
// each traced through the proof's text map. Annotations Folio wrote itself are skipped.
class NoteImporter
{
public:
    struct Result
    {
        bool ok = false;
        QString error;          // why nothing was imported
        QList<ProofNote> notes; // not yet in the edition; ids assigned
        QStringList warnings;   // annotations that were not on any story text
    };

    // Reads the notes of a PDF; the edition is not changed (ids are taken from lastId + 1).
    static Result read(const Edition &edition, const QString &pdfPath);
    static Result read(const Edition &edition, const ProofDocument &document);

    // The kind, replacement and comment a note's text asks for: "改为：X", "改：X", "删",
    // "增：X", "调", "疑：…"; anything else is a comment with the fallback kind.
    static void parseContents(const QString &contents, NoteKind fallback, ProofNote *note);
    // Unique name of the PDF annotation Folio writes for a note.
    static QString annotationName(ObjectId noteId);
};

} // namespace folio::proof
