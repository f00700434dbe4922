// folio-cli page PAGE.txt -o OUT.pdf: imports a page of story text (docs/ingest-format.md),
// places it on a page template, writes the print PDF and prints the import report. With
// --edition the built edition is saved too, for the editor to open and correct.

#include "clicommand.h"

#include "ingest/pageimporter.h"
#include "layout/layoutengine.h"
#include "model/edition.h"
#include "pdf/pdfxwriter.h"
#include "store/editionlock.h"
#include "store/editionstore.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QTextStream>

namespace {

using namespace folio;

QString tr(const char *text)
{
    return QCoreApplication::translate("folio::cli::page", text);
}

int runPage(const QStringList &args, QTextStream &out, QTextStream &err)
{
    const QString usage =
        tr("用法：folio-cli page PAGE.txt -o OUT.pdf [--template broadsheet8|tabloid6] "
           "[--edition FILE.folio]");
    QString input;
    QString output;
    QString editionPath;
    ingest::ImportOptions options;
    for (int i = 0; i < args.size(); ++i) {
        const QString &a = args[i];
        const bool hasValue = i + 1 < args.size();
        if ((a == QLatin1String("-o") || a == QLatin1String("--output")) && hasValue) {
            output = args[++i];
        } else if (a == QLatin1String("--template") && hasValue) {
            options.templateKey = args[++i];
        } else if (a == QLatin1String("--edition") && hasValue) {
            editionPath = args[++i];
        } else if (!a.startsWith(QLatin1Char('-')) && input.isEmpty()) {
            input = a;
        } else {
            err << usage << "\n";
            return 2;
        }
    }
    if (input.isEmpty() || output.isEmpty()) {
        err << usage << "\n";
        return 2;
    }
    bool known = false;
    PageTemplate::byKey(options.templateKey, &known);
    if (!known) {
        err << "folio-cli page: "
            << tr("没有版式模板“%1”（可用 broadsheet8、tabloid6）。").arg(options.templateKey)
            << "\n";
        return 2;
    }

    // Held until the edition is written: no Folio opens it for writing meanwhile, and one that
    // edits it now is never written over.
    store::EditionLock lock(editionPath);
    if (!editionPath.isEmpty() && !lock.tryLock() && lock.isHeldByOther()) {
        err << "folio-cli page: " << tr("不能写入：%1").arg(lock.errorString()) << "\n";
        return 1;
    }

    auto edition = Edition::createDefault();
    EditionInfo info;
    info.name = QFileInfo(input).completeBaseName();
    edition->setInfo(info);
    const ingest::ImportResult result = ingest::PageImporter::importFile(input, *edition, options);
    if (!result.ok) {
        err << "folio-cli page: " << result.error << "\n";
        return 1;
    }
    ingest::PageImporter::apply(*edition, result);
    out << result.report.toText();

    LayoutEngine engine(edition.get());
    const int pageIndex = edition->pageIndex(result.page.id);
    const PageLayout layout = engine.layoutPage(pageIndex);

    pdf::PdfExportOptions pdfOptions;
    pdfOptions.settings = edition->exportSettings();
    pdfOptions.title = info.name;
    const Edition *e = edition.get();
    pdfOptions.images = [e](ObjectId id) { return e->image(id); };
    pdf::PdfxWriter writer(pdfOptions);
    if (!writer.writeFile(output, {layout}, {{result.page.section, result.page.number}})) {
        err << "folio-cli page: " << writer.errorString() << "\n";
        return 1;
    }
    for (const Diagnostic &d : writer.diagnostics())
        err << "folio-cli page: " << d.message << "\n";

    if (!editionPath.isEmpty()) {
        QString error;
        if (!EditionStore::save(*edition, editionPath, &error)) {
            err << "folio-cli page: " << error << "\n";
            return 1;
        }
    }
    return 0;
}

} // namespace

FOLIO_CLI_COMMAND(page, QStringLiteral("page"),
                  QStringLiteral("page PAGE.txt -o OUT.pdf [--template T] [--edition FILE.folio]"),
                  QStringLiteral("import a page of story text, place it and write the print PDF"),
                  &runPage);
