#pragma once

#include "core/cmykcolor.h"

#include <QColor>

namespace folio::render {

// CMYK ink to an sRGB colour for the screen and thumbnails only; print output stays CMYK.
// The conversion is the naive subtractive one, R = (1 - C)(1 - K) and likewise for G/M and
// B/Y: no ICC profile, so K 100 is pure black and paper is pure white. Good enough to tell
// colours apart on screen; it makes no claim about how the ink prints.
QColor screenColor(const CmykColor &color);

} // namespace folio::render
