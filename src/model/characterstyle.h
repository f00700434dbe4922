#pragma once

#include "core/cmykcolor.h"
#include "core/ids.h"

#include <QString>

namespace folio {

// A character style overrides parts of the paragraph style for an inline run (a run-in byline
// in 楷体, a bold lead-in). Empty strings and zero sizes mean "as the paragraph".
struct CharacterStyle
{
    ObjectId id = 0;
    QString name;
    ObjectId basedOnId = 0;
    QString fontFamily;
    QString fontStyle;
    double size = 0.0; // pt; 0 inherits
    bool hasColor = false;
    CmykColor color = CmykColor::black();
    double letterSpacing = 0.0; // em

    bool operator==(const CharacterStyle &) const = default;
};

} // namespace folio
