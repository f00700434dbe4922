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
// PDF/X file per page through pdf/'s PdfxWriter, each written whole or not at all, and recorded
// as sent). Pages come
// from the window's LayoutCache, so the export is exactly what the screen shows.
class EditionExporter
{
    Q_DECLARE_TR_FUNCTIONS(EditionExporter)
public:
    EditionExporter(Edition *edition, LayoutCache *layouts);

    // "1,3-5" (positions in the edition, 1-based) → page ids; empty and an error when wrong.
    static QList<ObjectId> parsePageRange(const Edition *edition, const QString &spec,
                                          QString *error);

    bool prepare(const ExportSettings &settings, const QList<ObjectId> &pageIds,
                 const QString &folder, QString *error);
    // Where each chosen page will go, in order; valid after prepare().
    const QStringList &filePaths() const { return m_paths; }
    QStringList existingFiles() const;

    Diagnostics preflight() const;

    // The export guarantee (proof::ExportGuard): why each chosen page may not go to the plant
    // (not signed at every level, or changed since signing); empty when all may. Valid after
    // prepare().
    QStringList signOffProblems() const;
    // Who exports, and the reason given to send refused pages anyway: each file written is
    // recorded in the edition as a sent file (saved with the edition's next 保存).
    void setSender(const QString &user, const QString &overrideReason);

    // Returns false to stop before the next page.
    using Progress = std::function<bool(int done, int total, const QString &path)>;
    // Writes every page; false when a page failed or the user stopped (then written() says
    // which files were finished).
    bool write(const Progress &progress, QString *error);
    const QStringList &written() const { return m_written; }
    // Problems that did not stop the writer (a skipped slug line, a broken picture).
    const Diagnostics &writerDiagnostics() const { return m_writerDiagnostics; }

private:
    Edition *m_edition;
    LayoutCache *m_layouts;
    ExportSettings m_settings;
    QByteArray m_profile;
    QList<ObjectId> m_pageIds;
    QStringList m_paths;
    QStringList m_written;
    Diagnostics m_writerDiagnostics;
    QString m_user;
    QString m_overrideReason;
};

} // namespace folio::app
