// folio-cli galley STORY.txt -o OUT.pdf: a galley proof (小样) of plain text, every line a
// paragraph, in columns of N characters, as many pages as it takes, written as PDF/X-1a. The
// text is read by the same decoder as page import (GalleyComposer::readFile, text::TextDecoder).

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

    // The limit is checked before anything is read.
    if (const qint64 size = QFileInfo(input).size(); size > GalleyComposer::kMaxTextBytes) {
        err << "folio-cli galley: "
            << tr("%1 有 %2 MB，超过小样的上限 %3 MB；请把稿件分成几个文件。")
                   .arg(input)
                   .arg(double(size) / (1024 * 1024), 0, 'f', 1)
                   .arg(GalleyComposer::kMaxTextBytes / (1024 * 1024))
            << "\n";
        return 1;
    }
    Diagnostics diagnostics;
    QString text;
    if (!GalleyComposer::readFile(input, &text, &diagnostics)) {
        for (const Diagnostic &d : diagnostics)
            err << "folio-cli galley: " << d.message << "\n";
        return 1;
    }

    // Pages are set one at a time and each is dumped and written before the next is set, so
    // that a long text never has all its pages in memory.
    GalleyComposer composer(GalleyComposer::paragraphsOf(text), options);
    text.clear();
    const auto printDiagnostics = [&] {
        for (const Diagnostic &d : std::as_const(diagnostics))
            err << "folio-cli galley: " << d.message << "\n";
        diagnostics.clear();
    };
    if (composer.atEnd()) {
        printDiagnostics();
        err << "folio-cli galley: " << tr("%1 中没有文字。").arg(input) << "\n";
        return 1;
    }
    const auto nextPage = [&](PageLayout *page, pdf::PdfPageLabel *) {
        if (composer.atEnd())
            return false;
        *page = composer.nextPage(&diagnostics);
        if (dump)
            out << LayoutDump::dump(*page);
        return true;
    };
    if (output.isEmpty()) {
        PageLayout page;
        while (nextPage(&page, nullptr)) {
        }
        printDiagnostics();
        return 0;
    }

    pdf::PdfExportOptions pdfOptions;
    pdfOptions.title = tr("小样：%1").arg(QFileInfo(input).fileName());
    pdf::PdfxWriter writer(pdfOptions);
    const bool written = writer.writeFile(output, nextPage);
    printDiagnostics();
    if (!written) {
        err << "folio-cli galley: " << writer.errorString() << "\n";
        return 1;
    }
    for (const Diagnostic &d : writer.diagnostics())
        err << "folio-cli galley: " << d.message << "\n";
    if (!dump)
        out << tr("小样 %1 页 → %2").arg(composer.pagesComposed()).arg(output) << "\n";
    return 0;
}

} // namespace

FOLIO_CLI_COMMAND(galley, QStringLiteral("galley"),
                  QStringLiteral("galley STORY.txt -o OUT.pdf [--column-chars N] [--font-size PT] "
                                 "[--columns N] [--indent EM] [--kinsoku none|basic|strict] "
                                 "[--dump]"),
                  QStringLiteral("set plain text as a galley proof (小样) and write it as PDF"),
                  &runGalley);
