#pragma once

#include "core/diagnostic.h"
#include "layout/pagelayout.h"
#include "model/exportsettings.h"

#include <QByteArray>

namespace folio {
class Edition;
}

namespace folio::preflight {

// Pictures as the PDF writer will see them (its decoder and CMYK conversion): broken or
// missing data, resolution under 150 ppi at the placed size, RGB pictures (converted: info
// with the printer's profile, warning with Folio's default conversion), estimated ink over the
// limit.
class ImageCheck
{
public:
    ImageCheck(const ExportSettings &settings, const QByteArray &iccProfile);

    void check(const PageLayout &layout, const Edition *edition, Diagnostics *out) const;

private:
    ExportSettings m_settings;
    QByteArray m_iccProfile;
};

} // namespace folio::preflight
