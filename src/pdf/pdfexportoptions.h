#pragma once

#include "layout/pagelayout.h"
#include "model/exportsettings.h"
#include "pdf/contentstreamwriter.h"

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QString>
#include <memory>

namespace folio::pdf {

// Everything the writer needs besides the page layouts.
struct PdfExportOptions
{
    ExportSettings settings;
    // The output profile's bytes; when empty and settings.iccProfilePath is set, the writer
    // reads that file.
    QByteArray iccProfile;
    QString title;     // Info /Title and dc:title; a default is made from paper and page
    QString paperName; // for the slug line
    QDate editionDate;
    QDateTime exportTime = QDateTime::currentDateTime();
    // The face for the slug line; when null, the first face used on the page.
    std::shared_ptr<const FontRef> slugFont;
    ImageLookup images;
    // When set, the slug line says this instead of paper, date, page and time (proofs).
    QString slugText;
    // Info /Keywords when set (a proof names itself there).
    QString keywords;
};

// How a page is named in the slug line and in file names.
struct PdfPageLabel
{
    QString section;
    int number = 0; // 版次; 0: use the page's position in the file
};

} // namespace folio::pdf
