#pragma once

#include <QString>

namespace folio {

enum class PdfxStandard { X1a2001, X4 };

// Print export settings stored in the edition (PRINT-PDF.md).
struct ExportSettings
{
    PdfxStandard standard = PdfxStandard::X1a2001;
    QString outputConditionIdentifier = QStringLiteral("IFRA26");
    QString outputCondition = QStringLiteral("ISO 12647-3:2013 newspaper, IFRA26");
    QString iccProfilePath; // a CMYK output profile chosen by the user; required for X-4
    double bleed = 0.0;     // pt
    bool cropMarks = false;
    bool slugLine = false;
    QString fileNamePattern = QStringLiteral("{paper}_{yyyymmdd}_{section}{page:02}_{version}.pdf");
    int version = 1;
    double inkLimit = 240.0; // percent

    bool operator==(const ExportSettings &) const = default;
};

} // namespace folio
