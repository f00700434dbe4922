// folio-cli galley STORY.txt -o OUT.pdf: a galley proof (小样) of plain text, every line a
// paragraph, in columns of N characters, as many pages as it takes, written as PDF/X-1a.

#include "clicommand.h"

#include "layout/galleycomposer.h"
#include "layout/layoutdump.h"
#include "pdf/pdfxwriter.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QTextStream>

namespace {

using namespace folio;

QString tr(const char *text)
{
    return QCoreApplication::translate("folio::cli::galley", text);
}

int runGalley(const QStringList &args, QTextStream &out, QTextStream &err)
{
    const QString usage =
        tr("用法：folio-cli galley STORY.txt -o OUT.pdf [--column-chars N] [--font-size PT] "
           "[--columns N] [--indent EM] [--kinsoku none|basic|strict] [--dump]");
    GalleyOptions options;
    QString input;
    QString output;
    bool dump = false;
    bool leadingSet = false;
    for (int i = 0; i < args.size(); ++i) {
        const QString &a = args[i];
        const bool hasValue = i + 1 < args.size();
        bool ok = true;
        if ((a == QLatin1String("-o") || a == QLatin1String("--output")) && hasValue) {
            output = args[++i];
        } else if (a == QLatin1String("--column-chars") && hasValue) {
            options.columnChars = args[++i].toInt(&ok);
            ok = ok && options.columnChars >= 1 && options.columnChars <= 200;
        } else if (a == QLatin1String("--font-size") && hasValue) {
            options.fontSize = args[++i].toDouble(&ok);
            ok = ok && options.fontSize >= 4 && options.fontSize <= 200;
        } else if (a == QLatin1String("--leading") && hasValue) {
            options.leading = args[++i].toDouble(&ok);
            ok = ok && options.leading > 0;
            leadingSet = true;
        } else if (a == QLatin1String("--columns") && hasValue) {
            options.columns = args[++i].toInt(&ok);
            ok = ok && options.columns >= 1 && options.columns <= 20;
        } else if (a == QLatin1String("--indent") && hasValue) {
            options.indent = args[++i].toDouble(&ok);
            ok = ok && options.indent >= 0 && options.indent <= 10;
        } else if (a == QLatin1String("--kinsoku") && hasValue) {
            const QString k = args[++i];
            if (k == QLatin1String("none"))
                options.kinsoku = text::Kinsoku::None;
            else if (k == QLatin1String("basic"))
                options.kinsoku = text::Kinsoku::Basic;
            else if (k == QLatin1String("strict"))
                options.kinsoku = text::Kinsoku::Strict;
            else
                ok = false;
        } else if (a == QLatin1String("--dump")) {
            dump = true;
        } else if (!a.startsWith(QLatin1Char('-')) && input.isEmpty()) {
            input = a;
        } else {
            ok = false;
        }
        if (!ok) {
            err << usage << "\n";
            return 2;
        }
    }
    if (input.isEmpty() || (output.isEmpty() && !dump)) {
        err << usage << "\n";
        return 2;
    }
    if (!leadingSet)
        options.leading = options.fontSize * 1.5; // 9 pt on 13.5 pt

    Diagnostics diagnostics;
    const QList<PageLayout> pages = GalleyComposer::composeFile(input, options, &diagnostics);
    bool failed = false;
    for (const Diagnostic &d : diagnostics) {
        err << "folio-cli galley: " << d.message << "\n";
        failed = failed || d.code == QLatin1String("file-unreadable");
    }
    if (failed)
        return 1;
    if (pages.isEmpty()) {
        err << "folio-cli galley: " << tr("%1 中没有文字。").arg(input) << "\n";
        return 1;
    }
    if (dump) {
        for (const PageLayout &page : pages)
            out << LayoutDump::dump(page);
    }
    if (output.isEmpty())
        return 0;

    pdf::PdfExportOptions pdfOptions;
    pdfOptions.title = tr("小样：%1").arg(QFileInfo(input).fileName());
    pdf::PdfxWriter writer(pdfOptions);
    if (!writer.writeFile(output, pages)) {
        err << "folio-cli galley: " << writer.errorString() << "\n";
        return 1;
    }
    for (const Diagnostic &d : writer.diagnostics())
        err << "folio-cli galley: " << d.message << "\n";
    if (!dump)
        out << tr("小样 %1 页 → %2").arg(pages.size()).arg(output) << "\n";
    return 0;
}

} // namespace

FOLIO_CLI_COMMAND(galley, QStringLiteral("galley"),
                  QStringLiteral("galley STORY.txt -o OUT.pdf [--column-chars N] [--font-size PT] "
                                 "[--columns N] [--indent EM] [--kinsoku none|basic|strict] "
                                 "[--dump]"),
                  QStringLiteral("set plain text as a galley proof (小样) and write it as PDF"),
                  &runGalley);
