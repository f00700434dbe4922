#pragma once

#include <QString>
#include <optional>

namespace folio::units {

// All geometry in Folio is in PostScript points (1/72 inch).
constexpr double kMmPerPt = 25.4 / 72.0;

constexpr double ptFromMm(double mm)
{
    return mm / kMmPerPt;
}
constexpr double mmFromPt(double pt)
{
    return pt * kMmPerPt;
}
// 1 级 (Q) = 0.25 mm, the unit of Chinese phototypesetting sizes.
constexpr double ptFromQ(double q)
{
    return ptFromMm(q * 0.25);
}
constexpr double qFromPt(double pt)
{
    return mmFromPt(pt) / 0.25;
}

// Chinese size names (号) to points: 初号 42 … 八号 5 (CJK-RULES.md rule 20).
std::optional<double> ptFromChineseSize(const QString &name);
// The size name for an exact point size, or an empty string.
QString chineseSizeName(double pt);
// Parses "9", "9pt", "小五", "13Q", "3.5mm" into points.
std::optional<double> parseSize(const QString &text);
// Formats a size the way the UI shows it: the 号 name when there is one, else "N pt".
QString formatSize(double pt);

struct ChineseSize
{
    const char16_t *name;
    double pt;
};
// The 16 size names in order from largest to smallest.
const ChineseSize *chineseSizes(int *count);

} // namespace folio::units
