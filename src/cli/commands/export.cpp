// folio-cli export EDITION.folio -o DIR_OR_FILE: the print-ready PDF/X files, one per page,
// named by the edition's pattern. Preflight runs first; its errors stop the export unless
// --force is given. Where sign-off is in force (proof::ExportGuard), a page not signed at every
// level, or changed since it was signed, is refused unless --override REASON is given. Each
// file written is recorded in the edition (a sent file: page, time, path, fingerprint, text
// map; with the override reason), under the edition's lock; --diff-sent prints the text
// difference from the file sent before. An edition another Folio edits, or a read-only one,
// is exported without the record, and refused where sign-off is in force.

#include "clicommand.h"
#include "commandline.h"

#include "layout/layoutengine.h"
#include "model/edition.h"
#include "pdf/filenamepattern.h"
#include "pdf/pdfxwriter.h"
#include "preflight/preflight.h"
#include "proof/exportguard.h"
#include "proof/signoffformat.h"
#include "store/editionlock.h"
#include "store/editionstore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <QTextStream>

namespace {

using namespace folio;

QString tr(const char *text)
{
    return QCoreApplication::translate("folio::cli::export", text);
}

int runExport(const QStringList &args, QTextStream &out, QTextStream &err)
{
    const QString usage = tr("用法：folio-cli export EDITION.folio -o DIR_OR_FILE [--pages 1,3-5] "
                             "[--pdfx x1a|x4] [--icc FILE] [--force] [--override 理由] "
                             "[--user NAME] [--diff-sent]");
    cli::CommandLine line;
    if (!line.parse(args,
                    {QStringLiteral("--output"), QStringLiteral("--pages"),
                     QStringLiteral("--pdfx"), QStringLiteral("--icc"),
                     QStringLiteral("--override"), QStringLiteral("--user")},
                    {QStringLiteral("--force"), QStringLiteral("--diff-sent")})) {
        err << usage << "\n";
        return 2;
    }
    const QString input = line.positional().value(0);
    const QString output = line.value(QStringLiteral("--output"));
    const QString pageSpec = line.value(QStringLiteral("--pages"));
    const QString standard = line.value(QStringLiteral("--pdfx"));
    const QString icc = line.value(QStringLiteral("--icc"));
    const bool force = line.isSet(QStringLiteral("--force"));
    const QString overrideReason = line.value(QStringLiteral("--override")).trimmed();
    const QString user = line.value(QStringLiteral("--user"), qEnvironmentVariable("USER"));
    const bool diffSent = line.isSet(QStringLiteral("--diff-sent"));
    if (input.isEmpty() || output.isEmpty() ||
        (!line.value(QStringLiteral("--override")).isNull() && overrideReason.isEmpty()) ||
        (!standard.isEmpty() && standard != QLatin1String("x1a") &&
         standard != QLatin1String("x4"))) {
        err << usage << "\n";
        return 2;
    }

    // The sent files are recorded in the edition: under its lock, unless another Folio edits it.
    store::EditionLock lock(input);
    const bool locked = lock.tryLock();
    const OpenResult opened = EditionStore::open(input, locked ? EditionStore::OpenMode::ReadWrite
                                                               : EditionStore::OpenMode::ReadOnly);
    if (!opened.isOk()) {
        err << "folio-cli export: " << opened.error << "\n";
        return 1;
    }
    const bool recordable = locked && !opened.readOnly;
    const QString whyNotRecorded =
        !locked ? lock.errorString()
                : (opened.readOnlyReason.isEmpty() ? tr("只读文件") : opened.readOnlyReason);
    Edition &edition = *opened.edition;
    const int pageCount = int(edition.pages().size());
    if (pageCount == 0) {
        err << "folio-cli export: " << tr("这期没有版面，没有可导出的内容。") << "\n";
        return 1;
    }
    QList<int> pages;
    QString pageError;
    if (!cli::selectPages(pageSpec, pageCount, &pages, &pageError)) {
        err << "folio-cli export: " << pageError << "\n";
        return 2;
    }

    pdf::PdfExportOptions options;
    options.settings = edition.exportSettings();
    if (standard == QLatin1String("x4"))
        options.settings.standard = PdfxStandard::X4;
    else if (standard == QLatin1String("x1a"))
        options.settings.standard = PdfxStandard::X1a2001;
    if (!icc.isEmpty())
        options.settings.iccProfilePath = icc;
    options.paperName =
        edition.info().paperName.isEmpty() ? edition.info().name : edition.info().paperName;
    options.editionDate = edition.info().date;
    options.images = [&edition](ObjectId id) { return edition.image(id); };
    QByteArray profile;
    QString error;
    if (!pdf::PdfxWriter::checkSettings(options, &profile, &error)) {
        err << "folio-cli export: " << error << "\n";
        return 1;
    }
    options.iccProfile = profile;

    // One file for one page when -o names a .pdf; otherwise a folder of files by pattern.
    const bool toFile =
        output.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive) && !QFileInfo(output).isDir();
    if (toFile && pages.size() > 1) {
        err << "folio-cli export: "
            << tr("导出 %1 页需要一个文件夹（每页一个文件），不能写入一个文件 %2。")
                   .arg(pages.size())
                   .arg(output)
            << "\n";
        return 2;
    }
    if (!toFile && !QDir().mkpath(output)) {
        err << "folio-cli export: " << tr("无法创建文件夹 %1。").arg(output) << "\n";
        return 1;
    }

    LayoutEngine engine(&edition);
    QList<PageLayout> layouts;
    for (int index : pages)
        layouts.append(engine.layoutPage(index));

    // The export guarantee, decided before anything is written.
    proof::ExportGuard guard(&edition, [&engine](int index) { return engine.layoutPage(index); });
    QSet<int> overridden;
    for (int index : std::as_const(pages)) {
        const proof::ExportGuard::Verdict verdict = guard.check(index);
        if (!verdict.allowed) {
            err << "folio-cli export: " << verdict.problem << "\n";
            overridden.insert(index);
        }
    }
    if (!overridden.isEmpty()) {
        if (overrideReason.isEmpty()) {
            err << "folio-cli export: "
                << tr("未导出。签版后再导出，或用 --override 理由 强行发厂（理由记入这期）。")
                << "\n";
            return 1;
        }
        err << "folio-cli export: "
            << tr("按 --override 仍然导出，理由记入这期：%1").arg(overrideReason) << "\n";
    }
    if (!recordable && proof::ExportGuard::isInForce(edition)) {
        err << "folio-cli export: "
            << tr("这期须签版发厂，但发厂记录无法写入 %1（%2），未导出。")
                   .arg(input, whyNotRecorded)
            << "\n";
        return 1;
    }

    preflight::Preflight preflight(options.settings);
    preflight.setIccProfile(profile);
    const Diagnostics findings = preflight.checkPages(layouts, &edition);
    for (const Diagnostic &d : findings)
        err << preflight::Preflight::format(d) << "\n";
    if (preflight::Preflight::hasErrors(findings)) {
        if (!force) {
            err << "folio-cli export: "
                << tr("预检发现错误，未导出。改正后再导出，或用 --force 强制导出。") << "\n";
            return 1;
        }
        err << "folio-cli export: " << tr("预检有错误，按 --force 仍然导出。") << "\n";
    }

    int failures = 0;
    for (int i = 0; i < layouts.size(); ++i) {
        const Page &page = edition.pages()[pages[i]];
        QString path = output;
        if (!toFile) {
            const pdf::FileNamePattern::Values values{options.paperName, edition.info().date,
                                                      page.section, page.number,
                                                      options.settings.version};
            const QString name =
                pdf::FileNamePattern::expand(options.settings.fileNamePattern, values, &error);
            if (name.isEmpty()) {
                err << "folio-cli export: " << error << "\n";
                return 1;
            }
            path = QDir(output).filePath(name);
        }
        options.title =
            QStringLiteral("%1 %2 %3%4")
                .arg(options.paperName, edition.info().date.toString(QStringLiteral("yyyy-MM-dd")),
                     page.section)
                .arg(page.number, 2, 10, QLatin1Char('0'))
                .simplified();
        pdf::PdfxWriter writer(options);
        const bool ok = writer.writeFile(path, {layouts[i]}, {{page.section, page.number}});
        const QString label = page.section.isEmpty()
                                  ? tr("第 %1 版").arg(page.number)
                                  : tr("%1 第 %2 版").arg(page.section).arg(page.number);
        out << tr("[%1/%2] 第 %3 页（%4）→ %5：%6")
                   .arg(i + 1)
                   .arg(layouts.size())
                   .arg(pages[i] + 1)
                   .arg(label, path, ok ? tr("完成") : tr("失败"))
            << "\n";
        out.flush();
        if (!ok) {
            err << "folio-cli export: " << writer.errorString() << "\n";
            ++failures;
        }
        for (const Diagnostic &d : writer.diagnostics())
            err << preflight::Preflight::format(d) << "\n";
        if (!ok)
            continue;
        guard.recordSent(pages[i], QFileInfo(path).absoluteFilePath(), user,
                         QDateTime::currentDateTimeUtc(),
                         overridden.contains(pages[i]) ? overrideReason : QString());
        proof::ProofComparer::Result sent;
        if (diffSent && proof::ExportGuard::compareSent(edition, page.id, &sent, nullptr)) {
            out << tr("与上次发厂的文件相比：%1").arg(proof::ProofComparer::summary(sent)) << "\n";
            for (const proof::ProofComparer::Change &c : std::as_const(sent.changes))
                out << "  " << proof::SignOffFormat::change(c) << "\n";
        }
    }
    if (!recordable) {
        err << "folio-cli export: " << tr("发厂记录没有写入 %1：%2").arg(input, whyNotRecorded)
            << "\n";
    } else if (failures < layouts.size()) {
        QString saveError;
        if (!EditionStore::save(edition, input, &saveError)) {
            err << "folio-cli export: " << tr("文件已写出，但发厂记录没有保存：%1").arg(saveError)
                << "\n";
            return 1;
        }
    }
    return failures ? 1 : 0;
}

} // namespace

FOLIO_CLI_COMMAND(export, QStringLiteral("export"),
                  QStringLiteral("export EDITION.folio -o DIR_OR_FILE [--pages 1,3-5] "
                                 "[--pdfx x1a|x4] [--icc FILE] [--force] [--override REASON] "
                                 "[--user NAME] [--diff-sent]"),
                  QStringLiteral("write print-ready PDF/X files, one per page, after preflight"),
                  &runExport);
