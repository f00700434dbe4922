#pragma once

#include "core/diagnostic.h"
#include "ingest/sourceblock.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace folio::ingest {

// Phase two of page import: splits decoded text into blocks, one per non-empty line, and
// normalises each: invisible characters dropped, every run of whitespace (tabs, U+3000
// full-width and no-break spaces included) collapsed to one space, ends trimmed. Marker lines
// and === separators become blocks of their own kind.
class BlockSplitter
{
    Q_DECLARE_TR_FUNCTIONS(BlockSplitter)
public:
    static QList<SourceBlock> split(const QString &text, Diagnostics *diagnostics = nullptr);

    // The normalisation applied to each line; removed counts invisible characters dropped.
    static QString normalizeLine(const QString &line, int *removed = nullptr);
    // The marker a line starts with, and the rest of the line after it.
    static Marker parseMarker(const QString &line, QString *rest);
};

} // namespace folio::ingest
