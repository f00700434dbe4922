#include "render/screencolor.h"

#include <algorithm>

namespace folio::render {

QColor screenColor(const CmykColor &color)
{
    const auto ink = [](double v) { return std::clamp(v, 0.0, 1.0); };
    const double k = 1.0 - ink(color.k);
    return QColor::fromRgbF(float((1.0 - ink(color.c)) * k), float((1.0 - ink(color.m)) * k),
                            float((1.0 - ink(color.y)) * k));
}

} // namespace folio::render
