#include "model/pagetemplate.h"

#include "core/units.h"

namespace folio {

using units::ptFromMm;

// Column widths are whole characters of 9 pt body text with a gutter of one character, so the
// type area is (columns * N + columns - 1) characters wide (CJK-RULES.md rule 14).
PageTemplate PageTemplate::broadsheet8()
{
    PageTemplate t;
    t.key = QStringLiteral("broadsheet8");
    t.name = QStringLiteral("对开 8 栏");
    t.size = QSizeF(ptFromMm(390), ptFromMm(545));
    t.grid.columns = 8;
    t.grid.gutter = 9;
    t.grid.gridFontSize = 9;
    t.grid.gridLeading = 13.5;
    // 8 columns of 13 characters + 7 gutters of 1 character = 111 characters = 999 pt.
    const double typeWidth = 111 * 9.0;
    const double side = (t.size.width() - typeWidth) / 2;
    const double typeHeight = 102 * 13.5; // 102 lines of body text
    const double top = ptFromMm(28);
    t.margins = QMarginsF(side, top, side, t.size.height() - top - typeHeight);
    return t;
}

PageTemplate PageTemplate::tabloid6()
{
    PageTemplate t;
    t.key = QStringLiteral("tabloid6");
    t.name = QStringLiteral("四开 6 栏");
    t.size = QSizeF(ptFromMm(272), ptFromMm(390));
    t.grid.columns = 6;
    t.grid.gutter = 9;
    // 6 columns of 12 characters + 5 gutters = 77 characters = 693 pt.
    const double typeWidth = 77 * 9.0;
    const double side = (t.size.width() - typeWidth) / 2;
    const double typeHeight = 72 * 13.5;
    const double top = ptFromMm(20);
    t.margins = QMarginsF(side, top, side, t.size.height() - top - typeHeight);
    return t;
}

QList<PageTemplate> PageTemplate::builtIns()
{
    return {broadsheet8(), tabloid6()};
}

PageTemplate PageTemplate::byKey(const QString &key, bool *ok)
{
    for (const auto &t : builtIns()) {
        if (t.key == key) {
            if (ok)
                *ok = true;
            return t;
        }
    }
    if (ok)
        *ok = false;
    return broadsheet8();
}

Page PageTemplate::makePage() const
{
    Page p;
    p.templateName = key;
    p.size = size;
    p.margins = margins;
    p.grid = grid;
    return p;
}

} // namespace folio
