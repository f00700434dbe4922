// Reading a PDF that comes back from a proofreader or a printer, as `folio-cli notes import`
// and `folio-cli compare` do: ProofDocument opens the bytes (PDF checks, Poppler, identity from
// Info /Keywords), NoteImporter reads the annotations into notes of a small edition, and
// ProofComparer compares the file with a fixed proof of that edition in both directions (text
// maps or text layers, 50 dpi renderings) and writes the diff PDF. The edition is made once:
// proofstory.txt imported and placed as `folio-cli page` does, one proof issued. The seed
// corpus was made from the same text by `folio-cli page --edition` and `folio-cli proof`, so
// its proofs carry the ids of this edition's proof and reach the text maps.
#include "fuzzsupport.h"
#include "ingest/pageimporter.h"
#include "model/edition.h"
#include "proof/noteimporter.h"
#include "proof/proofcomparer.h"
#include "proof/proofdocument.h"
#include "proof/proofwriter.h"

#include <QByteArray>
#include <QDateTime>
#include <QFile>
#include <QTemporaryDir>
#include <cstdio>
#include <memory>

using namespace folio;

namespace {

struct Fixture
{
    QTemporaryDir dir;
    std::unique_ptr<Edition> edition;
    QByteArray proofPdf;
    std::unique_ptr<proof::ProofDocument> proof;
};

Fixture *fixture()
{
    static Fixture f;
    return &f;
}

[[noreturn]] void fail(const char *what)
{
    std::fprintf(stderr, "fuzz_proofpdf: %s\n", what);
    __builtin_trap();
}

void makeFixture()
{
    Fixture *f = fixture();
    if (!f->dir.isValid())
        fail("no temporary folder");
    QFile story(QStringLiteral(FOLIO_FUZZ_PROOF_STORY));
    if (!story.open(QIODevice::ReadOnly))
        fail("cannot read the story text");
    // As `folio-cli page proofstory.txt --edition ...` builds it, so that the ids match.
    f->edition = Edition::createDefault();
    EditionInfo info;
    info.name = QStringLiteral("proofstory");
    f->edition->setInfo(info);
    const ingest::ImportResult imported =
        ingest::PageImporter::importBytes(story.readAll(), *f->edition, {});
    if (!imported.ok || !imported.hasPage)
        fail("the story does not import");
    ingest::PageImporter::apply(*f->edition, imported);
    proof::ProofWriter writer(f->edition.get());
    QString error;
    const ProofRecord *record =
        writer.issue(0, QStringLiteral("fuzz"), QDateTime(QDate(2025, 1, 20), QTime(9, 0)), &error);
    if (!record)
        fail("no proof issued");
    f->proofPdf = record->pdf;
    f->proof = proof::ProofDocument::fromData(f->proofPdf, QStringLiteral("fixed.pdf"), &error);
    if (!f->proof)
        fail("the fixed proof does not open");
#ifdef FOLIO_FUZZ_CORPUS_DIR
    // The replay checks that the seed proofs still name this edition's proof: if the import
    // numbered its objects differently, the seeds would stop reaching NoteImporter's text maps.
    const auto seed =
        proof::ProofDocument::open(QStringLiteral(FOLIO_FUZZ_CORPUS_DIR "/proof.pdf"), &error);
    if (!seed || seed->identity().proofId != record->id ||
        seed->identity().pageId != record->pageId)
        fail("corpus/fuzz_proofpdf/proof.pdf is not a proof of this edition: remake the seeds");
#endif
}

// A refusal without a reason is a defect as much as a crash.
void requireReason(const QString &error, const char *what)
{
    if (error.isEmpty())
        fail(what);
}

void compare(const proof::ProofDocument &before, const proof::ProofDocument &after,
             const QByteArray &afterPdf)
{
    Fixture *f = fixture();
    const proof::ProofComparer::Result result =
        proof::ProofComparer::compare(before, after, f->edition.get());
    if (!result.ok) {
        requireReason(result.error, "compare refused without a reason");
        return;
    }
    proof::ProofComparer::summary(result);
    const QString path = f->dir.filePath(QStringLiteral("diff.pdf"));
    QString error;
    if (!proof::ProofComparer::writeDiff(afterPdf, result, path, &error))
        requireReason(error, "writeDiff failed without a reason");
    QFile::remove(path);
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    fuzz::ensureApplication(argc, argv);
    makeFixture();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    Fixture *f = fixture();
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    QString error;
    const auto document =
        proof::ProofDocument::fromData(bytes, QStringLiteral("input.pdf"), &error);
    if (!document) {
        requireReason(error, "ProofDocument refused without a reason");
        return 0;
    }

    // notes import: the notes go into the edition and out again, so every input meets the
    // same edition (ids included).
    const proof::NoteImporter::Result notes = proof::NoteImporter::read(*f->edition, *document);
    if (notes.ok) {
        const ObjectId lastId = f->edition->lastId();
        for (const ProofNote &note : notes.notes)
            f->edition->putNote(note);
        for (const ProofNote &note : notes.notes)
            f->edition->eraseNote(note.id);
        f->edition->setLastId(lastId);
    } else {
        requireReason(notes.error, "NoteImporter refused without a reason");
    }

    // compare, with the input as the new version and as the old one.
    compare(*f->proof, *document, bytes);
    compare(*document, *f->proof, f->proofPdf);
    return 0;
}
