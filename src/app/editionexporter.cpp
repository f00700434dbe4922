#include "app/editionexporter.h"

#include "app/layoutcache.h"
#include "model/edition.h"
#include "pdf/filenamepattern.h"
#include "pdf/pdfxwriter.h"
#include "preflight/preflight.h"
#include "proof/exportguard.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>
#include <QUndoStack>

namespace folio::app {

namespace {
// The guard reads the window's layouts: what is checked is what the screen shows and the
// file prints.
proof::ExportGuard guardFor(Edition *edition, LayoutCache *layouts)
{
    return proof::ExportGuard(edition, [edition, layouts](int index) {
        return *layouts->layout(edition->pages()[index].id);
    });
}

QString paperName(const Edition *edition)
{
    return edition->info().paperName.isEmpty() ? edition->info().name : edition->info().paperName;
}
} // namespace

EditionExporter::EditionExporter(Edition *edition, LayoutCache *layouts)
    : m_edition(edition), m_layouts(layouts)
{}

QList<ObjectId> EditionExporter::parsePageRange(const Edition *edition, const QString &spec,
                                                QString *error)
{
    const int count = int(edition->pages().size());
    QList<ObjectId> ids;
    bool ok = !spec.trimmed().isEmpty();
    for (const QString &part :
         spec.split(QRegularExpression(QStringLiteral("[,，、\\s]+")), Qt::SkipEmptyParts)) {
        const QStringList ends = part.split(QRegularExpression(QStringLiteral("[-–—~～]")));
        bool ok1 = false;
        bool ok2 = true;
        const int first = ends.value(0).toInt(&ok1);
        const int last = ends.size() == 2 ? ends[1].toInt(&ok2) : first;
        if (!ok1 || !ok2 || ends.size() > 2 || first < 1 || last < first || last > count) {
            ok = false;
            break;
        }
        for (int p = first; p <= last; ++p)
            if (!ids.contains(edition->pages()[p - 1].id))
                ids.append(edition->pages()[p - 1].id);
    }
    if (!ok || ids.isEmpty()) {
        if (error)
            *error = tr("页码“%1”无效：本期共 %2 页（例：1,3-5）。").arg(spec).arg(count);
        return {};
    }
    return ids;
}

bool EditionExporter::prepare(const ExportSettings &settings, const QList<ObjectId> &pageIds,
                              const QString &folder, QString *error)
{
    const auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    m_settings = settings;
    m_pageIds.clear();
    m_paths.clear();
    m_written.clear();
    m_profile.clear();
    if (pageIds.isEmpty())
        return fail(tr("没有选择要导出的版面。"));
    if (folder.trimmed().isEmpty())
        return fail(tr("请选择导出文件夹。"));
    pdf::PdfExportOptions options;
    options.settings = settings;
    QString problem;
    if (!pdf::PdfxWriter::checkSettings(options, &m_profile, &problem))
        return fail(problem);

    const QDir dir(folder);
    QSet<QString> names;
    for (ObjectId id : pageIds) {
        const Page *page = m_edition->page(id);
        if (!page)
            continue;
        const pdf::FileNamePattern::Values values{paperName(m_edition), m_edition->info().date,
                                                  page->section, page->number, settings.version};
        const QString name =
            pdf::FileNamePattern::expand(settings.fileNamePattern, values, &problem);
        if (name.isEmpty())
            return fail(problem);
        // Two pages with one name would silently overwrite each other.
        if (names.contains(name))
            return fail(tr("文件名模式给两版起了同一个名字“%1”：请在模式里加上 {page} 或 "
                           "{section}，或改正重复的版次。")
                            .arg(name));
        names.insert(name);
        m_pageIds.append(id);
        m_paths.append(dir.filePath(name));
    }
    if (m_pageIds.isEmpty())
        return fail(tr("没有选择要导出的版面。"));
    return true;
}

QStringList EditionExporter::existingFiles() const
{
    QStringList out;
    for (const QString &path : m_paths)
        if (QFileInfo::exists(path))
            out << path;
    return out;
}

Diagnostics EditionExporter::preflight() const
{
    preflight::Preflight check(m_settings);
    check.setIccProfile(m_profile);
    Diagnostics out;
    for (ObjectId id : m_pageIds)
        out += check.checkPage(*m_layouts->layout(id), m_edition);
    return out;
}

QStringList EditionExporter::signOffProblems() const
{
    QStringList problems;
    const proof::ExportGuard guard = guardFor(m_edition, m_layouts);
    for (ObjectId id : m_pageIds) {
        const proof::ExportGuard::Verdict verdict = guard.check(m_edition->pageIndex(id));
        if (!verdict.allowed)
            problems.append(verdict.problem);
    }
    return problems;
}

void EditionExporter::setSender(const QString &user, const QString &overrideReason)
{
    m_user = user;
    m_overrideReason = overrideReason.trimmed();
}

bool EditionExporter::write(const Progress &progress, QString *error)
{
    proof::ExportGuard guard = guardFor(m_edition, m_layouts);
    m_written.clear();
    m_writerDiagnostics.clear();
    const QString folder = m_paths.isEmpty() ? QString() : QFileInfo(m_paths.first()).path();
    if (!folder.isEmpty() && !QDir().mkpath(folder)) {
        if (error)
            *error = tr("无法创建文件夹 %1。").arg(QDir::toNativeSeparators(folder));
        return false;
    }
    pdf::PdfExportOptions options;
    options.settings = m_settings;
    options.iccProfile = m_profile;
    options.paperName = paperName(m_edition);
    options.editionDate = m_edition->info().date;
    const Edition *edition = m_edition;
    options.images = [edition](ObjectId id) { return edition->image(id); };
    for (int i = 0; i < m_pageIds.size(); ++i) {
        if (progress && !progress(i, int(m_pageIds.size()), m_paths[i])) {
            if (error)
                *error = tr("已取消：写好了 %1 个文件，共 %2 个。")
                             .arg(m_written.size())
                             .arg(m_pageIds.size());
            return false;
        }
        const Page *page = m_edition->page(m_pageIds[i]);
        if (!page)
            continue;
        options.title =
            QStringLiteral("%1 %2 %3%4")
                .arg(options.paperName, options.editionDate.toString(QStringLiteral("yyyy-MM-dd")),
                     page->section)
                .arg(page->number, 2, 10, QLatin1Char('0'))
                .simplified();
        pdf::PdfxWriter writer(options);
        const bool ok = writer.writeFile(m_paths[i], {*m_layouts->layout(page->id)},
                                         {{page->section, page->number}});
        m_writerDiagnostics += writer.diagnostics();
        if (!ok) {
            if (error)
                *error = tr("第 %1 版没有导出：%2").arg(page->number).arg(writer.errorString());
            return false;
        }
        m_written.append(m_paths[i]);
        const int index = m_edition->pageIndex(page->id);
        guard.recordSent(index, QFileInfo(m_paths[i]).absoluteFilePath(), m_user,
                         QDateTime::currentDateTimeUtc(),
                         guard.check(index).allowed ? QString() : m_overrideReason);
        // The record is part of the edition: 保存 must write it.
        m_edition->undoStack()->resetClean();
    }
    if (progress)
        progress(int(m_pageIds.size()), int(m_pageIds.size()), QString());
    return true;
}

} // namespace folio::app
