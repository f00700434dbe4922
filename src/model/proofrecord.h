#pragma once

#include "core/ids.h"
#include "model/page.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QRectF>
#include <QString>

namespace folio {

// One glyph cluster of a proof, traced back to the story text it shows: characters
// [offset, offset + length) of the story's plainText() (paragraphs joined by '\n'), drawn in
// box (pt, proof page coordinates: origin top-left of the PDF page, y down).
struct TextMapEntry
{
    ObjectId storyId = 0;
    int offset = 0;
    int length = 1;
    QRectF box;
    QString text; // the characters as they were when the proof was made
    bool operator==(const TextMapEntry &) const = default;
};

// A proof (校样) of one page as it was issued: the PDF, who made it and when, its round
// (校次 1, 2, 3 … counted per page) and the text map that ties every place on it to the story
// text. Proofs are records of what was sent to the proofreaders and never change.
struct ProofRecord
{
    ObjectId id = 0;
    ObjectId pageId = 0;
    int round = 1;
    QDateTime time; // UTC, to the millisecond
    QString user;
    PageStatus pageStatus = PageStatus::Layout; // the page's status when the proof was made
    QByteArray pdf;
    QList<TextMapEntry> textMap;
    bool operator==(const ProofRecord &) const = default;
};

} // namespace folio
