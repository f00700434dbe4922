// folio-cli notes import EDITION.folio PROOF.pdf: the notes a proofreader made on a Folio proof
// in any PDF reader, anchored to the story characters under them and saved in the edition.
// folio-cli notes list EDITION.folio [--json]: every note with its page, story and status.
// folio-cli notes check EDITION.folio --page N: 核红, each earlier note against the page's
// latest proof (已改对 / 未改 / 改得不同).
// A PDF that cannot be read (damaged, encrypted, not a proof of this edition) changes nothing.

#include "clicommand.h"

#include "model/edition.h"
#include "proof/notecheck.h"
#include "proof/noteformat.h"
#include "proof/noteimporter.h"
#include "store/editionstore.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTextStream>

namespace {

using namespace folio;

QString tr(const char *text)
{
    return QCoreApplication::translate("folio::cli::notes", text);
}

int importNotes(const QStringList &args, QTextStream &out, QTextStream &err)
{
    if (args.size() != 2) {
        err << tr("用法：folio-cli notes import EDITION.folio PROOF.pdf") << "\n";
        return 2;
    }
    // Read-only until there is something to save: a refused PDF leaves every byte as it was.
    OpenResult opened = EditionStore::open(args[0], EditionStore::OpenMode::ReadOnly);
    if (!opened.isOk()) {
        err << "folio-cli notes: " << opened.error << "\n";
        return 1;
    }
    if (EditionStore::isReadOnlyFile(args[0])) {
        err << "folio-cli notes: " << tr("%1 是只读文件，校对意见无法保存。").arg(args[0]) << "\n";
        return 1;
    }
    Edition &edition = *opened.edition;
    const proof::NoteImporter::Result result = proof::NoteImporter::read(edition, args[1]);
    if (!result.ok) {
        err << "folio-cli notes: " << result.error << "\n";
        return 1;
    }
    for (const QString &warning : result.warnings)
        err << "folio-cli notes: " << warning << "\n";
    for (const ProofNote &note : result.notes)
        edition.putNote(note);
    QString error;
    if (!result.notes.isEmpty() && !EditionStore::save(edition, args[0], &error)) {
        err << "folio-cli notes: " << error << "\n";
        return 1;
    }
    for (const ProofNote &note : result.notes)
        out << proof::NoteFormat::line(edition, note) << "\n";
    out << tr("导入 %1 条校对意见。").arg(result.notes.size()) << "\n";
    return 0;
}

int listNotes(const QStringList &args, QTextStream &out, QTextStream &err)
{
    const bool json = args.contains(QLatin1String("--json"));
    QStringList rest = args;
    rest.removeAll(QStringLiteral("--json"));
    if (rest.size() != 1) {
        err << tr("用法：folio-cli notes list EDITION.folio [--json]") << "\n";
        return 2;
    }
    const OpenResult opened = EditionStore::open(rest[0], EditionStore::OpenMode::ReadOnly);
    if (!opened.isOk()) {
        err << "folio-cli notes: " << opened.error << "\n";
        return 1;
    }
    const Edition &edition = *opened.edition;
    // By page, then story, in the order they were made.
    QList<ProofNote> notes = edition.notes();
    std::stable_sort(notes.begin(), notes.end(), [&](const ProofNote &a, const ProofNote &b) {
        const int pa = edition.pageIndex(a.pageId);
        const int pb = edition.pageIndex(b.pageId);
        return pa != pb ? pa < pb : a.storyId < b.storyId;
    });
    if (json) {
        QJsonArray array;
        for (const ProofNote &note : std::as_const(notes))
            array.append(proof::NoteFormat::json(edition, note));
        out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
        return 0;
    }
    for (const ProofNote &note : std::as_const(notes))
        out << proof::NoteFormat::line(edition, note) << "\n";
    return 0;
}

int checkNotes(const QStringList &args, QTextStream &out, QTextStream &err)
{
    const QString usage = tr("用法：folio-cli notes check EDITION.folio --page N");
    const int pageAt = int(args.indexOf(QStringLiteral("--page")));
    bool numberOk = false;
    const int number = pageAt >= 0 ? args.value(pageAt + 1).toInt(&numberOk) : 0;
    if (args.size() != 3 || pageAt < 0 || !numberOk) {
        err << usage << "\n";
        return 2;
    }
    const QString path = pageAt == 0 ? args[2] : args[0];
    const OpenResult opened = EditionStore::open(path, EditionStore::OpenMode::ReadOnly);
    if (!opened.isOk()) {
        err << "folio-cli notes: " << opened.error << "\n";
        return 1;
    }
    const Edition &edition = *opened.edition;
    if (number < 1 || number > edition.pages().size()) {
        err << "folio-cli notes: "
            << tr("没有第 %1 页（本期共 %2 页）。").arg(number).arg(edition.pages().size()) << "\n";
        return 1;
    }
    const Page &page = edition.pages()[number - 1];
    const ProofRecord *proof = edition.latestProof(page.id);
    if (!proof) {
        err << "folio-cli notes: " << tr("第 %1 页还没有出过校样。").arg(number) << "\n";
        return 1;
    }
    const QList<ProofNote> notes = proof::NoteCheck::notesBefore(edition, *proof);
    int open = 0;
    for (const ProofNote &note : notes) {
        const proof::NoteCheck::Result r = proof::NoteCheck::check(note, *proof);
        if (r.verdict == proof::NoteCheck::Verdict::Unchanged ||
            r.verdict == proof::NoteCheck::Verdict::Different)
            ++open;
        out << proof::NoteCheck::verdictName(r.verdict) << "  "
            << proof::NoteFormat::line(edition, note);
        if (r.verdict == proof::NoteCheck::Verdict::Different)
            out << "  " << tr("（应为“%1”，校样为“%2”）").arg(r.expected, r.found);
        out << "\n";
    }
    out << tr("第%1校：%2 条意见，%3 条未改对。").arg(proof->round).arg(notes.size()).arg(open)
        << "\n";
    return 0;
}

int runNotes(const QStringList &args, QTextStream &out, QTextStream &err)
{
    const QString action = args.value(0);
    if (action == QLatin1String("import"))
        return importNotes(args.mid(1), out, err);
    if (action == QLatin1String("list"))
        return listNotes(args.mid(1), out, err);
    if (action == QLatin1String("check"))
        return checkNotes(args.mid(1), out, err);
    err << tr("用法：folio-cli notes import EDITION.folio PROOF.pdf | notes list EDITION.folio "
              "[--json] | notes check EDITION.folio --page N")
        << "\n";
    return 2;
}

} // namespace

FOLIO_CLI_COMMAND(notes, QStringLiteral("notes"),
                  QStringLiteral("notes import EDITION.folio PROOF.pdf | notes list EDITION.folio "
                                 "[--json] | notes check EDITION.folio --page N"),
                  QStringLiteral("import a proofreader's PDF annotations as notes; list notes"),
                  &runNotes);
