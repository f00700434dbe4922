#pragma once

#include "core/ids.h"

#include <QByteArray>
#include <QSize>
#include <QString>

namespace folio {

// A picture stored inside the edition file, so that an edition travels as one file.
struct ImageAsset
{
    ObjectId id = 0;
    QString name;    // original file name
    QString format;  // "jpeg", "png", ...
    QByteArray data; // the original file bytes, untouched
    QSize pixelSize;
    double dpi = 72.0; // resolution recorded in the file (for the "original" fit mode)

    bool operator==(const ImageAsset &) const = default;
};

} // namespace folio
