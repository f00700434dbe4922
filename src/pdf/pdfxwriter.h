#pragma once

#include "core/diagnostic.h"
#include "layout/pagelayout.h"
#include "pdf/pdfexportoptions.h"

#include <QList>
#include <QString>
#include <functional>

class QIODevice;

namespace folio::pdf {

class PdfObjectWriter;

// The document phase: writes PageLayouts as one PDF/X-1a:2001 or PDF/X-4 file. Header
// version, the one GTS_PDFX OutputIntent (with the CMYK output profile, required for X-4),
// Info (Title, dates, Trapped /False, GTS_PDFXVersion), XMP metadata for X-4, the page tree,
// the fonts once per file, and a trailer /ID. A file is written completely or not at all.
class PdfxWriter
{
public:
    explicit PdfxWriter(PdfExportOptions options);

    // Writes all pages into one file, atomically, through a temporary file renamed into place
    // (QSaveFile): a failed export leaves no partial file and any old file intact, and its
    // error names the file and the system's reason ("写入 X 失败：磁盘空间不足").
    bool writeFile(const QString &path, const QList<PageLayout> &pages,
                   const QList<PdfPageLabel> &labels = {});
    // A picture too large to embed (LargeImageDecoder refuses it) fails the whole write: a
    // page is never written without one of its pictures because of its size.
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
    void takeDeviceFailure(const PdfObjectWriter &writer);

    QString m_error;
    bool m_deviceFailed = false; // the device refused bytes: m_systemError, m_deviceError
    int m_systemError = 0;
    QString m_deviceError;
    Diagnostics m_diagnostics;
};

} // namespace folio::pdf
