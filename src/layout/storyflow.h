#pragma once

#include "core/ids.h"
#include "text/textstyle.h"

#include <QList>
#include <QMarginsF>
#include <QRectF>
#include <QString>

namespace folio {

// Layout's own input, independent of the model: what a story says and where it may go.
// The model adapter and the galley composer build these.

struct FlowParagraph
{
    QString text;
    QList<text::StyleRun> runs;
    text::ParagraphOptions options;
    double spaceBefore = 0.0; // pt
    double spaceAfter = 0.0;  // pt
    // 引题/主题/副题 at the start of a story: set as one block above the body, across columns.
    bool inHeadlineBlock = false;

    // Identifies the content and formatting, for caches.
    quint64 fingerprint() const;
};

struct FlowFrame
{
    ObjectId id = 0;
    int pageIndex = 0;
    QRectF rect; // pt, page coordinates
    int columns = 1;
    double gutter = 9.0; // pt
    int columnChars = 0; // 栏宽 N 字: > 0 sets the column width to N em of the body size
    QMarginsF insets;
    // Text wrap: rectangles (page pt, grown by their wrap offset) the lines keep clear of.
    QList<QRectF> wrap;

    QRectF innerRect() const { return rect.marginsRemoved(insets); }
    // Everything that places the frame's lines, the wrap included, for the frame cache.
    quint64 geometryKey() const;
};

struct StoryFlow
{
    ObjectId storyId = 0;
    QList<FlowParagraph> paragraphs;
    QList<FlowFrame> frames;   // the chain, in order
    double bodySize = 9.0;     // pt, the em of 栏宽 N 字 and of copyfit counts
    double bodyLeading = 13.5; // pt

    int characterCount() const;
};

} // namespace folio
