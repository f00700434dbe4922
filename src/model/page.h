#pragma once

#include "core/ids.h"
#include "model/frame.h"

#include <QList>
#include <QMarginsF>
#include <QSizeF>
#include <QString>

namespace folio {

enum class PageStatus { Layout, Proof, Approved, Sent }; // 排版中 / 待校 / 已签 / 已发

// The name of a page status as the newsroom says it (排版中/待校/已签/已发), translated: the
// page list, the status menu and the proof slug line all show the same words.
QString pageStatusName(PageStatus status);

// The page's column grid and optional character grid (字格) of the body size.
struct ColumnGrid
{
    int columns = 8;
    double gutter = 9.0; // pt
    bool characterGrid = false;
    double gridFontSize = 9.0; // pt: one cell per character
    double gridLeading = 13.5; // pt: one row per line
    bool operator==(const ColumnGrid &) const = default;
};

// A guide the editor dragged from a ruler onto the page: a line across the whole page, snapped
// to like the column guides, shown on screen only (never printed, never in a PDF).
struct Guide
{
    Qt::Orientation orientation = Qt::Horizontal; // Horizontal: the line y = position
    double position = 0; // pt from the page's top (horizontal) or left (vertical) edge
    bool operator==(const Guide &) const = default;
};

struct Page
{
    ObjectId id = 0;
    QString section;      // e.g. "A" or "要闻"
    int number = 1;       // 版次 as printed
    QString templateName; // "broadsheet8", "tabloid6" or a user template
    QSizeF size;          // trimmed size, pt
    QMarginsF margins;    // pt
    ColumnGrid grid;
    PageStatus status = PageStatus::Layout;
    QList<Frame> frames;
    QList<Guide> guides; // in the order they were made

    QRectF typeArea() const { return QRectF(QPointF(0, 0), size).marginsRemoved(margins); }
    // Left and right edges of column i (0-based) of the page grid.
    double columnWidth() const
    {
        const int n = qMax(1, grid.columns);
        return (typeArea().width() - (n - 1) * grid.gutter) / n;
    }
    double columnLeft(int i) const { return margins.left() + i * (columnWidth() + grid.gutter); }

    const Frame *frame(ObjectId id) const
    {
        for (const auto &f : frames)
            if (f.id == id)
                return &f;
        return nullptr;
    }
    bool operator==(const Page &) const = default;
};

} // namespace folio
