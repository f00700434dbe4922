#pragma once

#include "model/page.h"

#include <QList>
#include <QString>

namespace folio {

// A page format: trimmed size, margins and column grid (NEWSROOM.md page formats).
struct PageTemplate
{
    QString key;  // "broadsheet8", "tabloid6", or a user template's key
    QString name; // shown to users, e.g. "对开 8 栏"
    QSizeF size;  // pt
    QMarginsF margins;
    ColumnGrid grid;

    static PageTemplate broadsheet8();
    static PageTemplate tabloid6();
    static QList<PageTemplate> builtIns();
    static PageTemplate byKey(const QString &key, bool *ok = nullptr);

    // A page of this template with no frames (the caller gives it an id).
    Page makePage() const;
};

} // namespace folio
