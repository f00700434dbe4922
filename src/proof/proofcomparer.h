#pragma once

#include "model/proofrecord.h"

#include <QByteArray>
#include <QImage>
#include <QList>
#include <QRectF>
#include <QString>

namespace folio {
class Edition;
}

namespace folio::proof {

class ProofDocument;

// Compares two versions of a page (校样 1 → 2, or a printer's resent file): the text
// difference, character by character in reading order, and what else moved, pixel by pixel.
// Two Folio proofs of one edition are compared through their recorded text maps, story by
// story, so a reflowed paragraph shows as the edit that caused it; any other PDFs through
// their text layers.
class ProofComparer
{
public:
    struct Change
    {
        int page = 0;
        QString oldText;     // what the old version said here (empty: an insertion)
        QString newText;     // what the new one says (empty: a deletion)
        QList<QRectF> boxes; // on the new page, pt, y down: one per line, or a caret
    };
    struct Result
    {
        bool ok = false;
        QString error;
        bool throughTextMaps = false;
        QList<Change> changes;
        int changedCharacters = 0;
        int differingPixels = 0; // at the compare resolution
        QList<QImage> overlays;  // per page of the new file: differing pixels in red, else clear
        bool differs() const { return !changes.isEmpty() || differingPixels > 0; }
    };

    static constexpr double kOverlayDpi = 50.0;

    // edition: where to find the text maps of two Folio proofs; may be null.
    static Result compare(const ProofDocument &oldDocument, const ProofDocument &newDocument,
                          const Edition *edition = nullptr);
    // The text difference between two text maps of a page (a signed page and the page now, a
    // file sent to the plant and its replacement), story by story in reading order.
    static Result compareTextMaps(const QList<TextMapEntry> &oldMap,
                                  const QList<TextMapEntry> &newMap);
    // The new PDF with the changes as coloured annotations (the old text in each one's note)
    // and the pixel overlay as a stamp, written to path (complete or not at all).
    static bool writeDiff(const QByteArray &newPdf, const Result &result, const QString &path,
                          QString *error);
    // "N 个字符改动，共 M 处".
    static QString summary(const Result &result);
};

} // namespace folio::proof
