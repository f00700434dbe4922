#include "core/units.h"

#include <cmath>

namespace folio::units {

namespace {
constexpr ChineseSize kSizes[] = {
    {u"初号", 42},  {u"小初", 36},  {u"一号", 26},  {u"小一", 24}, {u"二号", 22},   {u"小二", 18},
    {u"三号", 16},  {u"小三", 15},  {u"四号", 14},  {u"小四", 12}, {u"五号", 10.5}, {u"小五", 9},
    {u"六号", 7.5}, {u"小六", 6.5}, {u"七号", 5.5}, {u"八号", 5},
};
constexpr int kSizeCount = int(sizeof(kSizes) / sizeof(kSizes[0]));
} // namespace

const ChineseSize *chineseSizes(int *count)
{
    if (count)
        *count = kSizeCount;
    return kSizes;
}

std::optional<double> ptFromChineseSize(const QString &name)
{
    const QString n = name.trimmed();
    for (const auto &s : kSizes) {
        if (n == QString::fromUtf16(s.name))
            return s.pt;
    }
    return std::nullopt;
}

QString chineseSizeName(double pt)
{
    for (const auto &s : kSizes) {
        if (std::abs(s.pt - pt) < 1e-6)
            return QString::fromUtf16(s.name);
    }
    return {};
}

std::optional<double> parseSize(const QString &text)
{
    QString t = text.trimmed();
    if (t.isEmpty())
        return std::nullopt;
    if (auto named = ptFromChineseSize(t))
        return named;
    double factor = 1.0;
    const auto strip = [&t](const QString &suffix) {
        if (t.endsWith(suffix, Qt::CaseInsensitive)) {
            t.chop(suffix.size());
            t = t.trimmed();
            return true;
        }
        return false;
    };
    if (strip(QStringLiteral("pt")) || strip(QStringLiteral("磅")))
        factor = 1.0;
    else if (strip(QStringLiteral("mm")) || strip(QStringLiteral("毫米")))
        factor = 1.0 / kMmPerPt;
    else if (strip(QStringLiteral("Q")) || strip(QStringLiteral("级")))
        factor = ptFromQ(1.0);
    bool ok = false;
    const double v = t.toDouble(&ok);
    if (!ok || !std::isfinite(v) || v <= 0.0)
        return std::nullopt;
    return v * factor;
}

QString formatSize(double pt)
{
    const QString name = chineseSizeName(pt);
    if (!name.isEmpty())
        return name;
    return QStringLiteral("%1 pt").arg(pt);
}

} // namespace folio::units
