#include "pdf/cmykconverter.h"

#include <QCoreApplication>
#include <algorithm>
#include <lcms2.h>

namespace folio::pdf {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("folio::pdf", text);
}
} // namespace

CmykConverter::CmykConverter(const QByteArray &iccProfile, double inkLimit)
    : m_inkLimit(std::clamp(inkLimit, 100.0, 400.0))
{
    if (iccProfile.isEmpty())
        return;
    if (!isCmykProfile(iccProfile, &m_error))
        return;
    cmsHPROFILE input = cmsCreate_sRGBProfile();
    cmsHPROFILE output =
        cmsOpenProfileFromMem(iccProfile.constData(), cmsUInt32Number(iccProfile.size()));
    if (input && output) {
        m_transform =
            cmsCreateTransform(input, TYPE_RGB_8, output, TYPE_CMYK_8, INTENT_RELATIVE_COLORIMETRIC,
                               cmsFLAGS_BLACKPOINTCOMPENSATION);
    }
    if (!m_transform)
        m_error = tr("输出特性文件无法从 sRGB 转换");
    if (input)
        cmsCloseProfile(input);
    if (output)
        cmsCloseProfile(output);
}

CmykConverter::~CmykConverter()
{
    if (m_transform)
        cmsDeleteTransform(static_cast<cmsHTRANSFORM>(m_transform));
}

bool CmykConverter::isCmykProfile(const QByteArray &iccProfile, QString *error)
{
    cmsHPROFILE profile =
        cmsOpenProfileFromMem(iccProfile.constData(), cmsUInt32Number(iccProfile.size()));
    if (!profile) {
        if (error)
            *error = tr("不是 ICC 特性文件");
        return false;
    }
    const bool cmyk = cmsGetColorSpace(profile) == cmsSigCmykData;
    const auto deviceClass = cmsGetDeviceClass(profile);
    const bool output = deviceClass == cmsSigOutputClass;
    cmsCloseProfile(profile);
    if (!cmyk || !output) {
        if (error)
            *error = tr("该 ICC 特性文件不是 CMYK 输出特性文件");
        return false;
    }
    return true;
}

QByteArray CmykConverter::convert(const QImage &image) const
{
    const QImage rgb = image.convertToFormat(QImage::Format_RGB888);
    const int w = rgb.width();
    const int h = rgb.height();
    QByteArray out(qsizetype(w) * h * 4, Qt::Uninitialized);
    for (int y = 0; y < h; ++y) {
        const uchar *src = rgb.constScanLine(y);
        auto *dst = reinterpret_cast<uchar *>(out.data()) + qsizetype(y) * w * 4;
        if (m_transform)
            cmsDoTransform(static_cast<cmsHTRANSFORM>(m_transform), src, dst, cmsUInt32Number(w));
        else
            convertDefault(src, dst, w);
    }
    return out;
}

CmykColor CmykConverter::convert(QRgb rgb) const
{
    const uchar src[3] = {uchar(qRed(rgb)), uchar(qGreen(rgb)), uchar(qBlue(rgb))};
    uchar dst[4] = {};
    if (m_transform)
        cmsDoTransform(static_cast<cmsHTRANSFORM>(m_transform), src, dst, 1);
    else
        convertDefault(src, dst, 1);
    return {dst[0] / 255.0, dst[1] / 255.0, dst[2] / 255.0, dst[3] / 255.0};
}

void CmykConverter::convertDefault(const uchar *rgb, uchar *cmyk, int pixels) const
{
    const double limit = m_inkLimit / 100.0;
    for (int i = 0; i < pixels; ++i, rgb += 3, cmyk += 4) {
        double c = 1.0 - rgb[0] / 255.0;
        double m = 1.0 - rgb[1] / 255.0;
        double y = 1.0 - rgb[2] / 255.0;
        const double k = std::min({c, m, y});
        if (k >= 1.0) {
            c = m = y = 0.0;
        } else {
            c = (c - k) / (1.0 - k);
            m = (m - k) / (1.0 - k);
            y = (y - k) / (1.0 - k);
        }
        const double cmy = c + m + y;
        if (cmy + k > limit && cmy > 0.0) {
            const double f = std::max(0.0, limit - k) / cmy;
            c *= f;
            m *= f;
            y *= f;
        }
        cmyk[0] = uchar(std::lround(c * 255.0));
        cmyk[1] = uchar(std::lround(m * 255.0));
        cmyk[2] = uchar(std::lround(y * 255.0));
        cmyk[3] = uchar(std::lround(k * 255.0));
    }
}

} // namespace folio::pdf
