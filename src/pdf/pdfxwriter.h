#pragma once

#include "core/diagnostic.h"
#include "layout/pagelayout.h"
#include "pdf/pdfexportoptions.h"

#include <QList>
#include <QString>
#include <functional>

class QIODevice;

namespace folio::pdf {

// The document phase: writes PageLayouts as one PDF/X-1a:2001 or PDF/X-4 file. Header
// version, the one GTS_PDFX OutputIntent (with the CMYK output profile, required for X-4),
// Info (Title, dates, Trapped /False, GTS_PDFXVersion), XMP metadata for X-4, the page tree,
// the fonts once per file, and a trailer /ID. A file is written completely or not at all.
class PdfxWriter
{
public:
    explicit PdfxWriter(PdfExportOptions options);

    // Writes all pages into one file, atomically (a failed export leaves any old file intact).
    bool writeFile(const QString &path, const QList<PageLayout> &pages,
                   const QList<PdfPageLabel> &labels = {});
    bool write(QIODevice *device, const QList<PageLayout> &pages,
               const QList<PdfPageLabel> &labels = {});

    // The next page to write: fills *page and *label and returns true, or returns false after
    // the last page. Pages come one at a time, so that a long document (a galley of thousands
    // of pages) is never held whole: each is written before the next is asked for.
    using PageSource = std::function<bool(PageLayout *page, PdfPageLabel *label)>;
    bool writeFile(const QString &path, const PageSource &next);
    bool write(QIODevice *device, const PageSource &next);

    QString errorString() const { return m_error; }
    // Problems that did not stop the export (broken images, skipped slug line, ...).
    const Diagnostics &diagnostics() const { return m_diagnostics; }

    // Checks the settings before anything is written: an X-4 export without a usable CMYK
    // profile, an unreadable profile file. On success the profile's bytes are in profile.
    static bool checkSettings(const PdfExportOptions &options, QByteArray *profile, QString *error);

    static QByteArray headerVersion(PdfxStandard standard);
    static QString pdfxVersion(PdfxStandard standard); // GTS_PDFXVersion

private:
    QByteArray xmpMetadata(const QString &title, const QByteArray &documentId) const;

    PdfExportOptions m_options;
    QString m_error;
    Diagnostics m_diagnostics;
};

} // namespace folio::pdf
