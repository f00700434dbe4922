#pragma once

#include "core/diagnostic.h"
#include "core/ids.h"
#include "model/exportsettings.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>
#include <functional>

namespace folio {
class Edition;
}

namespace folio::app {

class LayoutCache;

// The print export behind 导出 PDF/X, in three phases so the dialog can ask between them:
// prepare (settings and output profile checked, one file name per page from the pattern,
// clashing names refused), preflight (the chosen pages against the settings), write (one
// PDF/X file per page through pdf/'s PdfxWriter, each written whole or not at all). Pages come
// from the window's LayoutCache, so the export is exactly what the screen shows.
class EditionExporter
{
    Q_DECLARE_TR_FUNCTIONS(EditionExporter)
public:
    EditionExporter(const Edition *edition, LayoutCache *layouts);

    // "1,3-5" (positions in the edition, 1-based) → page ids; empty and an error when wrong.
    static QList<ObjectId> parsePageRange(const Edition *edition, const QString &spec,
                                          QString *error);

    bool prepare(const ExportSettings &settings, const QList<ObjectId> &pageIds,
                 const QString &folder, QString *error);
    // Where each chosen page will go, in order; valid after prepare().
    const QStringList &filePaths() const { return m_paths; }
    QStringList existingFiles() const;

    Diagnostics preflight() const;

    // Returns false to stop before the next page.
    using Progress = std::function<bool(int done, int total, const QString &path)>;
    // Writes every page; false when a page failed or the user stopped (then written() says
    // which files were finished).
    bool write(const Progress &progress, QString *error);
    const QStringList &written() const { return m_written; }
    // Problems that did not stop the writer (a skipped slug line, a broken picture).
    const Diagnostics &writerDiagnostics() const { return m_writerDiagnostics; }

private:
    const Edition *m_edition;
    LayoutCache *m_layouts;
    ExportSettings m_settings;
    QByteArray m_profile;
    QList<ObjectId> m_pageIds;
    QStringList m_paths;
    QStringList m_written;
    Diagnostics m_writerDiagnostics;
};

} // namespace folio::app
