#pragma once

#include "core/cmykcolor.h"

#include <QByteArray>
#include <QImage>
#include <QString>

namespace folio::pdf {

// Converts RGB pixels to the press's CMYK. With an output ICC profile (CMYK, N = 4) the
// conversion is LittleCMS from sRGB, relative colorimetric with black point compensation.
// Without one it is Folio's documented default, not colour-managed: sRGB values inverted to
// CMY, full grey component replacement into K, then C, M and Y scaled down so that the total
// stays within the ink limit. Good enough for layout proofs; set the printer's profile for print.
class CmykConverter
{
public:
    explicit CmykConverter(const QByteArray &iccProfile = {}, double inkLimit = 240.0);
    ~CmykConverter();
    CmykConverter(const CmykConverter &) = delete;
    CmykConverter &operator=(const CmykConverter &) = delete;

    // False when a profile was given but is not a usable CMYK output profile.
    bool isValid() const { return m_error.isEmpty(); }
    QString errorString() const { return m_error; }
    bool usesProfile() const { return m_transform != nullptr; }
    double inkLimit() const { return m_inkLimit; }

    // Interleaved 8-bit CMYK (0 = no ink, 255 = 100 %), row after row, for an opaque image;
    // the image is converted to RGB888 first.
    QByteArray convert(const QImage &image) const;
    CmykColor convert(QRgb rgb) const;

    // Checks that the bytes are an ICC profile with a CMYK data colour space.
    static bool isCmykProfile(const QByteArray &iccProfile, QString *error = nullptr);

private:
    void convertDefault(const uchar *rgb, uchar *cmyk, int pixels) const;

    void *m_transform = nullptr; // cmsHTRANSFORM
    double m_inkLimit = 240.0;
    QString m_error;
};

} // namespace folio::pdf
