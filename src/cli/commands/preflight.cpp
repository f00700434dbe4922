// folio-cli preflight EDITION.folio: lays out the pages and lists what the printer would
// reject or regret, one finding per line. Exit 1 when there are errors.

#include "clicommand.h"

#include "layout/layoutengine.h"
#include "model/edition.h"
#include "pdf/pdfxwriter.h"
#include "preflight/preflight.h"
#include "store/editionstore.h"

#include <QCoreApplication>
#include <QTextStream>

namespace {

using namespace folio;

QString tr(const char *text)
{
    return QCoreApplication::translate("folio::cli::preflight", text);
}

int runPreflight(const QStringList &args, QTextStream &out, QTextStream &err)
{
    QString input;
    QString icc;
    for (int i = 0; i < args.size(); ++i) {
        if (args[i] == QLatin1String("--icc") && i + 1 < args.size())
            icc = args[++i];
        else if (!args[i].startsWith(QLatin1Char('-')) && input.isEmpty())
            input = args[i];
        else
            input.clear(), i = int(args.size());
    }
    if (input.isEmpty()) {
        err << tr("用法：folio-cli preflight EDITION.folio [--icc FILE]") << "\n";
        return 2;
    }
    const OpenResult opened = EditionStore::open(input, EditionStore::OpenMode::ReadOnly);
    if (!opened.isOk()) {
        err << "folio-cli preflight: " << opened.error << "\n";
        return 1;
    }
    const Edition &edition = *opened.edition;
    pdf::PdfExportOptions options;
    options.settings = edition.exportSettings();
    if (!icc.isEmpty())
        options.settings.iccProfilePath = icc;
    QByteArray profile;
    QString error;
    Diagnostics findings;
    if (!pdf::PdfxWriter::checkSettings(options, &profile, &error)) {
        Diagnostic d;
        d.severity = Diagnostic::Severity::Error;
        d.code = QStringLiteral("export-settings");
        d.message = error;
        findings.append(d);
    }

    preflight::Preflight preflight(options.settings);
    preflight.setIccProfile(profile);
    LayoutEngine engine(&edition);
    for (int i = 0; i < edition.pages().size(); ++i)
        findings += preflight.checkPage(engine.layoutPage(i), &edition);

    int errors = 0;
    int warnings = 0;
    for (const Diagnostic &d : findings) {
        out << preflight::Preflight::format(d) << "\n";
        errors += d.severity == Diagnostic::Severity::Error;
        warnings += d.severity == Diagnostic::Severity::Warning;
    }
    out << tr("预检 %1 页：%2 个错误，%3 个警告。")
               .arg(edition.pages().size())
               .arg(errors)
               .arg(warnings)
        << "\n";
    return errors ? 1 : 0;
}

} // namespace

FOLIO_CLI_COMMAND(preflight, QStringLiteral("preflight"),
                  QStringLiteral("preflight EDITION.folio [--icc FILE]"),
                  QStringLiteral("check the pages for print: list findings, exit 1 on errors"),
                  &runPreflight);
