#pragma once

#include "core/cmykcolor.h"
#include "core/ids.h"

#include <QString>

namespace folio {

// A named colour of the edition (all colours are CMYK process colours).
struct Swatch
{
    ObjectId id = 0;
    QString name;
    CmykColor color;
    bool operator==(const Swatch &) const = default;
};

} // namespace folio
