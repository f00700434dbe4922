#pragma once

#include <QString>
#include <QStringList>

namespace folio {

// A process colour in the model and in every layout item: ink fractions 0..1.
struct CmykColor
{
    double c = 0.0;
    double m = 0.0;
    double y = 0.0;
    double k = 1.0;

    static constexpr CmykColor black() { return {0, 0, 0, 1}; }
    static constexpr CmykColor white() { return {0, 0, 0, 0}; }
    static constexpr CmykColor grey(double k) { return {0, 0, 0, k}; }

    // K-only colours overprint in print output (newspaper practice for black text and rules).
    bool isKOnly() const { return c == 0.0 && m == 0.0 && y == 0.0; }
    // Total ink coverage in percent (0..400).
    double inkPercent() const { return (c + m + y + k) * 100.0; }
    bool operator==(const CmykColor &) const = default;

    // "c,m,y,k" in percent, the form shown to users and accepted on the command line.
    QString toString() const
    {
        return QStringLiteral("%1,%2,%3,%4").arg(c * 100).arg(m * 100).arg(y * 100).arg(k * 100);
    }
    static CmykColor fromString(const QString &text, bool *ok = nullptr)
    {
        const auto parts = text.split(QLatin1Char(','));
        CmykColor color;
        bool good = parts.size() == 4;
        double v[4] = {0, 0, 0, 0};
        for (int i = 0; good && i < 4; ++i) {
            v[i] = parts[i].trimmed().toDouble(&good) / 100.0;
            good = good && v[i] >= 0.0 && v[i] <= 1.0;
        }
        if (good)
            color = {v[0], v[1], v[2], v[3]};
        if (ok)
            *ok = good;
        return color;
    }
};

} // namespace folio
