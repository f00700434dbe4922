#pragma once

#include "core/cmykcolor.h"
#include "core/diagnostic.h"
#include "core/glyphrun.h"
#include "core/ids.h"

#include <QList>
#include <QMarginsF>
#include <QPointF>
#include <QRectF>
#include <QSizeF>
#include <QString>
#include <memory>
#include <variant>

namespace folio {

// The closed set of positioned items that layout/ produces and render/ and pdf/ consume.
// All geometry in pt, page coordinates, origin top-left of the trimmed page, y down.
// Renderers read these items only; they never call back into layout or text.

struct RuleItem
{
    QPointF from;
    QPointF to;
    double width = 0.5; // pt
    CmykColor color;
    ObjectId frameId = 0;
};

struct BoxItem
{
    QRectF rect;
    bool hasFill = false;
    CmykColor fill;
    bool hasStroke = true;
    CmykColor stroke;
    double strokeWidth = 0.5;
    ObjectId frameId = 0;
};

// An image asset drawn in imageRect, clipped to clipRect (the frame).
struct ImageItem
{
    QRectF clipRect;
    QRectF imageRect;
    ObjectId assetId = 0; // 0: no picture placed, draw a placeholder
    ObjectId frameId = 0;
};

// Screen-only annotations (overset marker, copyfit counts); print renderers skip them.
struct MarkerItem
{
    enum class Kind { Overset, Copyfit, Placeholder };
    Kind kind = Kind::Overset;
    QPointF position;
    QString text;
    ObjectId frameId = 0;
    ObjectId storyId = 0;
};

using PageItem = std::variant<GlyphRun, RuleItem, BoxItem, ImageItem, MarkerItem>;

// The laid-out page, immutable once built.
struct PageLayout
{
    int pageIndex = 0;
    QSizeF pageSize;       // trimmed page size, pt
    QList<PageItem> items; // in paint order (back to front)
    Diagnostics diagnostics;
};

} // namespace folio
