#pragma once

#include "core/diagnostic.h"
#include "layout/pagelayout.h"
#include "model/exportsettings.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace folio {
class Edition;
}

namespace folio::preflight {

// Checks laid-out pages against what the printer needs before a PDF is written: overset text,
// missing fonts and glyphs, broken or low-resolution pictures, RGB pictures, ink over the
// limit, small text in several inks, empty frames. Every finding is a Diagnostic with its page
// and frame; errors stop an export unless it is forced.
class Preflight
{
public:
    explicit Preflight(const ExportSettings &settings);

    // The output profile used for the RGB → CMYK ink estimate (empty: Folio's default).
    void setIccProfile(const QByteArray &profile) { m_iccProfile = profile; }

    // One page; the edition supplies its frames, stories and pictures (may be null: then only
    // what the layout itself shows is checked).
    Diagnostics checkPage(const PageLayout &layout, const Edition *edition) const;
    Diagnostics checkPages(const QList<PageLayout> &layouts, const Edition *edition) const;

    static bool hasErrors(const Diagnostics &diagnostics);
    // "错误 第 3 版 框 12: …" for command lines and logs.
    static QString format(const Diagnostic &diagnostic);

    static constexpr double kMinimumPpi = 150.0;
    static constexpr double kMultiInkTextSize = 10.0; // pt

private:
    ExportSettings m_settings;
    QByteArray m_iccProfile;
};

} // namespace folio::preflight
