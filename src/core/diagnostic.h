#pragma once

#include "core/ids.h"

#include <QList>
#include <QString>

namespace folio {

// A problem found while laying out, exporting or checking: never an exception, always data.
struct Diagnostic
{
    enum class Severity { Info, Warning, Error };

    Severity severity = Severity::Warning;
    QString code;    // stable machine-readable key, e.g. "missing-glyph", "overset"
    QString message; // human-readable, already translated where shown to users
    ObjectId storyId = 0;
    ObjectId frameId = 0;
    int pageIndex = -1;

    bool isError() const { return severity == Severity::Error; }
};

using Diagnostics = QList<Diagnostic>;

} // namespace folio
