// folio-cli compare OLD.pdf NEW.pdf -o DIFF.pdf [--edition EDITION.folio]: what changed
// between two versions of a page. Prints each text change and the summary "N 个字符改动，共
// M 处"; DIFF.pdf is the new file with the changes marked. Two Folio proofs of the edition given
// with --edition are compared through their text maps (a reflowed paragraph shows as its real
// edit). Exit status: 0 the same, 1 different, 2 trouble (like diff).

#include "clicommand.h"
#include "commandline.h"

#include "model/edition.h"
#include "proof/proofcomparer.h"
#include "proof/proofdocument.h"
#include "store/editionstore.h"

#include <QCoreApplication>
#include <QFile>
#include <QTextStream>

namespace {

using namespace folio;

QString tr(const char *text)
{
    return QCoreApplication::translate("folio::cli::compare", text);
}

int runCompare(const QStringList &args, QTextStream &out, QTextStream &err)
{
    const QString usage =
        tr("用法：folio-cli compare OLD.pdf NEW.pdf -o DIFF.pdf [--edition EDITION.folio]");
    cli::CommandLine line;
    if (!line.parse(args, {QStringLiteral("--output"), QStringLiteral("--edition")}, {}, -1)) {
        err << usage << "\n";
        return 2;
    }
    const QStringList files = line.positional();
    const QString output = line.value(QStringLiteral("--output"));
    const QString editionPath = line.value(QStringLiteral("--edition"));
    if (files.size() != 2 || output.isEmpty()) {
        err << usage << "\n";
        return 2;
    }
    std::unique_ptr<Edition> edition;
    if (!editionPath.isEmpty()) {
        OpenResult opened = EditionStore::open(editionPath, EditionStore::OpenMode::ReadOnly);
        if (!opened.isOk()) {
            err << "folio-cli compare: " << opened.error << "\n";
            return 2;
        }
        edition = std::move(opened.edition);
    }
    QString error;
    const auto before = proof::ProofDocument::open(files[0], &error);
    if (!before) {
        err << "folio-cli compare: " << error << "\n";
        return 2;
    }
    const auto after = proof::ProofDocument::open(files[1], &error);
    if (!after) {
        err << "folio-cli compare: " << error << "\n";
        return 2;
    }
    const proof::ProofComparer::Result result =
        proof::ProofComparer::compare(*before, *after, edition.get());
    if (!result.ok) {
        err << "folio-cli compare: " << result.error << "\n";
        return 2;
    }
    QFile newFile(files[1]);
    if (!newFile.open(QIODevice::ReadOnly) ||
        !proof::ProofComparer::writeDiff(newFile.readAll(), result, output, &error)) {
        err << "folio-cli compare: " << (error.isEmpty() ? newFile.errorString() : error) << "\n";
        return 2;
    }
    for (const proof::ProofComparer::Change &c : result.changes) {
        if (c.oldText.isEmpty())
            out << tr("第 %1 页 增：“%2”").arg(c.page + 1).arg(c.newText) << "\n";
        else if (c.newText.isEmpty())
            out << tr("第 %1 页 删：“%2”").arg(c.page + 1).arg(c.oldText) << "\n";
        else
            out << tr("第 %1 页 改：“%2” → “%3”").arg(c.page + 1).arg(c.oldText, c.newText) << "\n";
    }
    out << proof::ProofComparer::summary(result)
        << (result.throughTextMaps ? tr("（按校样文字对照表比较）") : QString()) << "\n";
    return result.differs() ? 1 : 0;
}

} // namespace

FOLIO_CLI_COMMAND(compare, QStringLiteral("compare"),
                  QStringLiteral("compare OLD.pdf NEW.pdf -o DIFF.pdf [--edition EDITION.folio]"),
                  QStringLiteral("text and pixel difference of two versions of a page; exit 1 "
                                 "when they differ"),
                  &runCompare);
