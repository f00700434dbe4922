#pragma once

#include "core/cmykcolor.h"
#include "core/ids.h"

#include <QMarginsF>
#include <QPointF>
#include <QRectF>
#include <QString>

namespace folio {

enum class FrameKind { Text, Image, Rule, Box };
enum class ImageFit { Fill, Fit, Original, Manual };

// A frame on a page. Geometry in pt, page coordinates (origin top-left of the trimmed page).
// Only the fields of its kind matter; the others keep their defaults.
struct Frame
{
    ObjectId id = 0;
    FrameKind kind = FrameKind::Text;
    QString name;
    QRectF rect; // for rules: the line runs from rect.topLeft() to rect.bottomRight()
    int z = 0;   // paint order on the page, back to front
    bool locked = false;
    ObjectId groupId = 0;

    // Text frames: columns, gutter, insets, and their place in a story's chain.
    int columns = 1;
    double gutter = 9.0; // pt
    int columnChars = 0; // 栏宽 N 字: when > 0, each column is N em of the story's body size
    QMarginsF insets;
    ObjectId storyId = 0;
    int chainIndex = 0; // order of this frame in its story's chain

    // Image frames.
    ObjectId assetId = 0;
    ImageFit fit = ImageFit::Fit;
    QPointF imageOffset;     // pt, image origin relative to the frame (crop by moving)
    double imageScale = 1.0; // when fit is Manual
    ObjectId captionFrameId = 0;
    bool textWrap = false;   // text in other frames flows around this one
    double wrapOffset = 4.5; // pt

    // Rules and boxes (and optional frame borders).
    bool hasStroke = false;
    CmykColor strokeColor = CmykColor::black();
    double strokeWidth = 0.5; // pt
    bool hasFill = false;
    CmykColor fillColor = CmykColor::grey(0.1);

    bool operator==(const Frame &) const = default;
};

} // namespace folio
