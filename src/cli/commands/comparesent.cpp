// folio-cli compare-sent EDITION.folio --page N: the text difference between the file the
// plant received before for page N and its replacement (the last two files sent), through the
// text maps recorded at export, so a reflowed paragraph shows as its edit. Exit status 0 the
// same, 1 different, 2 trouble (no such page, fewer than two files sent).

#include "clicommand.h"
#include "commandline.h"

#include "model/edition.h"
#include "proof/exportguard.h"
#include "proof/signoffformat.h"
#include "store/editionstore.h"

#include <QCoreApplication>
#include <QTextStream>

namespace {

using namespace folio;

QString tr(const char *text)
{
    return QCoreApplication::translate("folio::cli::comparesent", text);
}

int runCompareSent(const QStringList &args, QTextStream &out, QTextStream &err)
{
    const QString usage = tr("用法：folio-cli compare-sent EDITION.folio --page N");
    cli::CommandLine line;
    if (!line.parse(args, {QStringLiteral("--page")})) {
        err << usage << "\n";
        return 2;
    }
    const QString input = line.positional().value(0);
    bool numberOk = false;
    const int pageNumber = line.value(QStringLiteral("--page")).toInt(&numberOk);
    if (input.isEmpty() || !numberOk) {
        err << usage << "\n";
        return 2;
    }
    const OpenResult opened = EditionStore::open(input, EditionStore::OpenMode::ReadOnly);
    if (!opened.isOk()) {
        err << "folio-cli compare-sent: " << opened.error << "\n";
        return 2;
    }
    const Edition &edition = *opened.edition;
    if (pageNumber < 1 || pageNumber > edition.pages().size()) {
        err << "folio-cli compare-sent: "
            << tr("没有第 %1 页（本期共 %2 页）。").arg(pageNumber).arg(edition.pages().size())
            << "\n";
        return 2;
    }
    const ObjectId pageId = edition.pages()[pageNumber - 1].id;
    proof::ProofComparer::Result result;
    QString error;
    if (!proof::ExportGuard::compareSent(edition, pageId, &result, &error)) {
        err << "folio-cli compare-sent: " << error << "\n";
        return 2;
    }
    const QList<const SentFile *> sent = proof::ExportGuard::sentFiles(edition, pageId);
    const SentFile &before = *sent[sent.size() - 2];
    const SentFile &after = *sent.last();
    const auto describe = [](const SentFile &s) {
        return tr("%1（%2，%3）")
            .arg(s.path, s.time.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")), s.user);
    };
    out << tr("%1：原发 %2")
               .arg(proof::ExportGuard::pageLabel(edition, pageNumber - 1), describe(before))
        << "\n"
        << tr("替换 %1").arg(describe(after)) << "\n";
    for (const proof::ProofComparer::Change &c : std::as_const(result.changes))
        out << proof::SignOffFormat::change(c) << "\n";
    out << proof::ProofComparer::summary(result) << "\n";
    if (result.changes.isEmpty() && before.fingerprint != after.fingerprint)
        out << tr("文字相同，版面其他内容（位置、样式、图片、线条）有改动。") << "\n";
    return before.fingerprint != after.fingerprint || !result.changes.isEmpty() ? 1 : 0;
}

} // namespace

FOLIO_CLI_COMMAND(comparesent, QStringLiteral("compare-sent"),
                  QStringLiteral("compare-sent EDITION.folio --page N"),
                  QStringLiteral("text difference between the last two files sent for a page"),
                  &runCompareSent);
