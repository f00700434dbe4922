#pragma once

// A small CMYK output ICC profile made with LittleCMS for the tests: no newspaper profile ships
// with the system, and PDF/X-4 needs one. CMYK -> Lab by a simple subtractive model through
// sRGB, Lab -> CMYK by inverting sRGB with full grey component replacement.

#include <QByteArray>
#include <algorithm>
#include <lcms2.h>

namespace testprofile {

struct Transforms
{
    cmsHTRANSFORM rgbToLab = nullptr;
    cmsHTRANSFORM labToRgb = nullptr;
};

inline int cmykToLab(const cmsUInt16Number in[], cmsUInt16Number out[], void *cargo)
{
    auto *t = static_cast<Transforms *>(cargo);
    const double c = in[0] / 65535.0, m = in[1] / 65535.0, y = in[2] / 65535.0, k = in[3] / 65535.0;
    const double rgb[3] = {(1 - c) * (1 - k), (1 - m) * (1 - k), (1 - y) * (1 - k)};
    cmsCIELab lab;
    cmsDoTransform(t->rgbToLab, rgb, &lab, 1);
    cmsFloat2LabEncoded(out, &lab);
    return TRUE;
}

inline int labToCmyk(const cmsUInt16Number in[], cmsUInt16Number out[], void *cargo)
{
    auto *t = static_cast<Transforms *>(cargo);
    cmsCIELab lab;
    cmsLabEncoded2Float(&lab, in);
    double rgb[3];
    cmsDoTransform(t->labToRgb, &lab, rgb, 1);
    double c = 1 - std::clamp(rgb[0], 0.0, 1.0), m = 1 - std::clamp(rgb[1], 0.0, 1.0),
           y = 1 - std::clamp(rgb[2], 0.0, 1.0);
    const double k = std::min({c, m, y});
    if (k < 1.0) {
        c = (c - k) / (1 - k);
        m = (m - k) / (1 - k);
        y = (y - k) / (1 - k);
    } else {
        c = m = y = 0;
    }
    const double v[4] = {c, m, y, k};
    for (int i = 0; i < 4; ++i)
        out[i] = cmsUInt16Number(std::lround(std::clamp(v[i], 0.0, 1.0) * 65535.0));
    return TRUE;
}

inline QByteArray makeCmykProfile()
{
    cmsHPROFILE srgb = cmsCreate_sRGBProfile();
    cmsHPROFILE labProfile = cmsCreateLab4Profile(nullptr);
    Transforms t;
    t.rgbToLab = cmsCreateTransform(srgb, TYPE_RGB_DBL, labProfile, TYPE_Lab_DBL,
                                    INTENT_RELATIVE_COLORIMETRIC, cmsFLAGS_NOCACHE);
    t.labToRgb = cmsCreateTransform(labProfile, TYPE_Lab_DBL, srgb, TYPE_RGB_DBL,
                                    INTENT_RELATIVE_COLORIMETRIC, cmsFLAGS_NOCACHE);

    cmsHPROFILE p = cmsCreateProfilePlaceholder(nullptr);
    cmsSetProfileVersion(p, 4.3);
    cmsSetDeviceClass(p, cmsSigOutputClass);
    cmsSetColorSpace(p, cmsSigCmykData);
    cmsSetPCS(p, cmsSigLabData);
    cmsWriteTag(p, cmsSigMediaWhitePointTag, cmsD50_XYZ());
    cmsMLU *description = cmsMLUalloc(nullptr, 1);
    cmsMLUsetASCII(description, "en", "US", "Folio test CMYK");
    cmsWriteTag(p, cmsSigProfileDescriptionTag, description);
    cmsWriteTag(p, cmsSigCopyrightTag, description);
    cmsMLUfree(description);

    cmsPipeline *aToB = cmsPipelineAlloc(nullptr, 4, 3);
    cmsStage *forward = cmsStageAllocCLut16bit(nullptr, 9, 4, 3, nullptr);
    cmsStageSampleCLut16bit(forward, cmykToLab, &t, 0);
    cmsPipelineInsertStage(aToB, cmsAT_BEGIN, forward);
    // mAB/mBA need curves around the grid; identity ones.
    cmsPipelineInsertStage(aToB, cmsAT_BEGIN, cmsStageAllocToneCurves(nullptr, 4, nullptr));
    cmsPipelineInsertStage(aToB, cmsAT_END, cmsStageAllocToneCurves(nullptr, 3, nullptr));
    cmsWriteTag(p, cmsSigAToB0Tag, aToB);
    cmsPipelineFree(aToB);

    cmsPipeline *bToA = cmsPipelineAlloc(nullptr, 3, 4);
    cmsStage *backward = cmsStageAllocCLut16bit(nullptr, 17, 3, 4, nullptr);
    cmsStageSampleCLut16bit(backward, labToCmyk, &t, 0);
    cmsPipelineInsertStage(bToA, cmsAT_BEGIN, backward);
    cmsPipelineInsertStage(bToA, cmsAT_BEGIN, cmsStageAllocToneCurves(nullptr, 3, nullptr));
    cmsPipelineInsertStage(bToA, cmsAT_END, cmsStageAllocToneCurves(nullptr, 4, nullptr));
    for (cmsTagSignature tag : {cmsSigBToA0Tag, cmsSigBToA1Tag, cmsSigBToA2Tag})
        cmsWriteTag(p, tag, bToA);
    cmsPipelineFree(bToA);

    cmsUInt32Number size = 0;
    cmsSaveProfileToMem(p, nullptr, &size);
    QByteArray bytes(qsizetype(size), '\0');
    cmsSaveProfileToMem(p, bytes.data(), &size);
    cmsCloseProfile(p);
    cmsDeleteTransform(t.rgbToLab);
    cmsDeleteTransform(t.labToRgb);
    cmsCloseProfile(srgb);
    cmsCloseProfile(labProfile);
    return bytes;
}

} // namespace testprofile
