#include "model/edition.h"
#include "model/storytext.h"
#include "proof/noteactions.h"
#include "proof/noteanchor.h"
#include "proofseed.h"
#include "store/editionstore.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>
#include <poppler-qt6.h>

using namespace folio;

// folio-cli proof, run as a separate process: one PDF per page, each recorded in the edition.
class tst_CliProof : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void proofsAreWrittenAndRecorded();
    void readOnlyEditionRefused();
    void badPagesRefused();
    void notesImportAndList();
    void damagedPdfChangesNothing();
    void compareExitStatus();
    void notesCheck();

private:
    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
    };
    Run run(const QStringList &args);
    QString saveSeed(const QString &name);
    QTemporaryDir m_dir;
};

tst_CliProof::Run tst_CliProof::run(const QStringList &args)
{
    QProcess process;
    process.start(QStringLiteral(FOLIO_CLI_BINARY), args);
    Run r;
    if (!process.waitForFinished(120000)) {
        process.kill();
        process.waitForFinished();
        return r;
    }
    r.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    r.out = QString::fromUtf8(process.readAllStandardOutput());
    r.err = QString::fromUtf8(process.readAllStandardError());
    return r;
}

QString tst_CliProof::saveSeed(const QString &name)
{
    const auto edition = proof::test::createSeedEdition();
    const QString path = m_dir.filePath(name);
    if (!edition || !EditionStore::save(*edition, path))
        return {};
    return path;
}

void tst_CliProof::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

void tst_CliProof::proofsAreWrittenAndRecorded()
{
    const QString path = saveSeed(QStringLiteral("seed.folio"));
    QVERIFY(!path.isEmpty());
    const QString out = m_dir.filePath(QStringLiteral("proofs"));
    Run r = run({QStringLiteral("proof"), path, QStringLiteral("-o"), out, QStringLiteral("--user"),
                 QStringLiteral("校对甲")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QString first = QDir(out).filePath(QStringLiteral("北京工人报_20250120_A01_校1.pdf"));
    QVERIFY2(QFile::exists(first), qPrintable(r.out));

    r = run({QStringLiteral("proof"), path, QStringLiteral("-o"), out, QStringLiteral("--pages"),
             QStringLiteral("1"), QStringLiteral("--user"), QStringLiteral("校对乙")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QString second = QDir(out).filePath(QStringLiteral("北京工人报_20250120_A01_校2.pdf"));
    QVERIFY(QFile::exists(second));
    QVERIFY(r.out.contains(QStringLiteral("第2校")));

    const OpenResult opened = EditionStore::open(path, EditionStore::OpenMode::ReadOnly);
    QVERIFY2(opened.isOk(), qPrintable(opened.error));
    const QList<ProofRecord> &proofs = opened.edition->proofs();
    QCOMPARE(proofs.size(), 2);
    QCOMPARE(proofs[0].round, 1);
    QCOMPARE(proofs[0].user, QStringLiteral("校对甲"));
    QCOMPARE(proofs[1].round, 2);
    QCOMPARE(proofs[1].user, QStringLiteral("校对乙"));
    QVERIFY(!proofs[1].textMap.isEmpty());
    QFile file(second);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), proofs[1].pdf);
}

void tst_CliProof::readOnlyEditionRefused()
{
    const QString path = saveSeed(QStringLiteral("readonly.folio"));
    QVERIFY(!path.isEmpty());
    QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::ReadGroup));
    const QString out = m_dir.filePath(QStringLiteral("readonly-proofs"));
    const Run r = run({QStringLiteral("proof"), path, QStringLiteral("-o"), out});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QStringLiteral("只读")), qPrintable(r.err));
    QVERIFY(QDir(out).isEmpty());
}

void tst_CliProof::badPagesRefused()
{
    const QString path = saveSeed(QStringLiteral("pages.folio"));
    QVERIFY(!path.isEmpty());
    const Run r =
        run({QStringLiteral("proof"), path, QStringLiteral("-o"),
             m_dir.filePath(QStringLiteral("x")), QStringLiteral("--pages"), QStringLiteral("2")});
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.err.contains(QStringLiteral("本期共 1 页")));
    const OpenResult opened = EditionStore::open(path, EditionStore::OpenMode::ReadOnly);
    QVERIFY(opened.edition->proofs().isEmpty());
}

// A proofreader strikes out the first four characters of the first story on proof 1 in a
// Poppler-based reader; notes import finds them, notes list shows them.
void tst_CliProof::notesImportAndList()
{
    const QString path = saveSeed(QStringLiteral("notes.folio"));
    QVERIFY(!path.isEmpty());
    const QString out = m_dir.filePath(QStringLiteral("notes-proofs"));
    Run r = run({QStringLiteral("proof"), path, QStringLiteral("-o"), out});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const OpenResult opened = EditionStore::open(path, EditionStore::OpenMode::ReadOnly);
    QVERIFY(opened.isOk());
    const ProofRecord proof = opened.edition->proofs().first();
    const TextMapEntry first = proof.textMap.first();
    QRectF box;
    for (const TextMapEntry &e : proof.textMap)
        if (e.storyId == first.storyId && e.offset < first.offset + 4)
            box = box.united(e.box);
    const Story &story = *opened.edition->story(first.storyId);
    const QString marked = story.plainText().mid(first.offset, 4);

    const auto doc = Poppler::Document::loadFromData(proof.pdf);
    const auto page = doc->page(0);
    const QSizeF size = page->pageSizeF();
    const QRectF n(box.x() / size.width(), box.y() / size.height(), box.width() / size.width(),
                   box.height() / size.height());
    Poppler::HighlightAnnotation strike;
    strike.setHighlightType(Poppler::HighlightAnnotation::StrikeOut);
    strike.setHighlightQuads(
        {{{n.topLeft(), n.topRight(), n.bottomRight(), n.bottomLeft()}, false, false, 0.1}});
    strike.setBoundary(n);
    strike.setAuthor(QStringLiteral("校对甲"));
    page->addAnnotation(&strike);
    const QString annotated = m_dir.filePath(QStringLiteral("annotated.pdf"));
    const auto converter = doc->pdfConverter();
    converter->setOutputFileName(annotated);
    converter->setPDFOptions(Poppler::PDFConverter::WithChanges);
    QVERIFY(converter->convert());

    r = run({QStringLiteral("notes"), QStringLiteral("import"), path, annotated});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(QStringLiteral("第1版 A")), qPrintable(r.out));
    QVERIFY2(r.out.contains(QStringLiteral("“%1”  删").arg(marked)), qPrintable(r.out));
    QVERIFY(r.out.contains(QStringLiteral("导入 1 条")));

    r = run({QStringLiteral("notes"), QStringLiteral("list"), path, QStringLiteral("--json")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QJsonArray notes = QJsonDocument::fromJson(r.out.toUtf8()).array();
    QCOMPARE(notes.size(), 1);
    const QJsonObject note = notes.first().toObject();
    QCOMPARE(note.value(QStringLiteral("markedText")).toString(), marked);
    QCOMPARE(note.value(QStringLiteral("kind")).toString(), QStringLiteral("删"));
    QCOMPARE(note.value(QStringLiteral("status")).toString(), QStringLiteral("待处理"));
    QCOMPARE(note.value(QStringLiteral("author")).toString(), QStringLiteral("校对甲"));
    QCOMPARE(note.value(QStringLiteral("storyId")).toInteger(), first.storyId);
    QCOMPARE(note.value(QStringLiteral("offset")).toInt(), first.offset);
    QCOMPARE(note.value(QStringLiteral("length")).toInt(), 4);
}

void tst_CliProof::damagedPdfChangesNothing()
{
    const QString path = saveSeed(QStringLiteral("damaged.folio"));
    QVERIFY(!path.isEmpty());
    Run r = run({QStringLiteral("proof"), path, QStringLiteral("-o"),
                 m_dir.filePath(QStringLiteral("damaged-proofs"))});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QFile edition(path);
    QVERIFY(edition.open(QIODevice::ReadOnly));
    const QByteArray before = edition.readAll();
    edition.close();
    const QString pdf = m_dir.filePath(QStringLiteral("damaged.pdf"));
    QFile file(pdf);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("%PDF-1.4\n" + QByteArray(2000, '\x01'));
    file.close();
    r = run({QStringLiteral("notes"), QStringLiteral("import"), path, pdf});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(pdf) && r.err.contains(QStringLiteral("损坏")), qPrintable(r.err));
    QVERIFY(edition.open(QIODevice::ReadOnly));
    QCOMPARE(edition.readAll(), before);
}

// Proof 1, two characters inserted early in a long paragraph, proof 2: compare reports the
// insertion alone (the text maps see through the reflow), exits 1; a file against itself
// exits 0; an unreadable file exits 2.
void tst_CliProof::compareExitStatus()
{
    const QString path = saveSeed(QStringLiteral("compare.folio"));
    QVERIFY(!path.isEmpty());
    const QString out = m_dir.filePath(QStringLiteral("compare-proofs"));
    Run r = run({QStringLiteral("proof"), path, QStringLiteral("-o"), out});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    {
        OpenResult opened = EditionStore::open(path);
        QVERIFY(opened.isOk());
        Edition &e = *opened.edition;
        for (const Story &s : e.stories()) {
            const int at = s.plainText().indexOf(QStringLiteral("思想政治"));
            if (at < 0)
                continue;
            Story changed = s;
            QVERIFY(StoryText::replace(&changed, at + 4, 0, QStringLiteral("理论")));
            e.putStory(changed);
            break;
        }
        QVERIFY(EditionStore::save(e, path));
    }
    r = run({QStringLiteral("proof"), path, QStringLiteral("-o"), out});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QString first = QDir(out).filePath(QStringLiteral("北京工人报_20250120_A01_校1.pdf"));
    const QString second = QDir(out).filePath(QStringLiteral("北京工人报_20250120_A01_校2.pdf"));
    const QString diff = m_dir.filePath(QStringLiteral("diff.pdf"));

    r = run({QStringLiteral("compare"), first, second, QStringLiteral("-o"), diff,
             QStringLiteral("--edition"), path});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.out.contains(QStringLiteral("2 个字符改动，共 1 处")), qPrintable(r.out));
    QVERIFY2(r.out.contains(QStringLiteral("增：“理论”")), qPrintable(r.out));
    QVERIFY(QFile::exists(diff));

    r = run({QStringLiteral("compare"), first, first, QStringLiteral("-o"), diff});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains(QStringLiteral("0 个字符改动，共 0 处")), qPrintable(r.out));

    const QString broken = m_dir.filePath(QStringLiteral("broken.pdf"));
    QFile file(broken);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("%PDF-1.4\n" + QByteArray(2000, '\x02'));
    file.close();
    r = run({QStringLiteral("compare"), first, broken, QStringLiteral("-o"), diff});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(broken), qPrintable(r.err));
}

// 核红 from the command line: two notes on proof 1, one applied, proof 2, then notes check.
void tst_CliProof::notesCheck()
{
    const QString path = saveSeed(QStringLiteral("check.folio"));
    QVERIFY(!path.isEmpty());
    const QString out = m_dir.filePath(QStringLiteral("check-proofs"));
    Run r = run({QStringLiteral("proof"), path, QStringLiteral("-o"), out});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    {
        OpenResult opened = EditionStore::open(path);
        QVERIFY(opened.isOk());
        Edition &edition = *opened.edition;
        const ProofRecord proof = edition.proofs().first();
        const TextMapEntry first = proof.textMap.first();
        const QString text = edition.story(first.storyId)->plainText();
        for (int i = 0; i < 2; ++i) {
            ProofNote note;
            note.id = edition.newId();
            note.pageId = proof.pageId;
            note.proofId = proof.id;
            note.storyId = first.storyId;
            note.kind = NoteKind::Replace;
            note.replacement = QStringLiteral("新");
            note.time = proof.time;
            proof::NoteAnchor::anchor(&note, text, first.offset + 30 * i, 1);
            edition.putNote(note);
        }
        QString error;
        QVERIFY2(proof::NoteActions::apply(&edition, edition.notes().first().id, &error),
                 qPrintable(error));
        QVERIFY2(EditionStore::save(edition, path, &error), qPrintable(error));
    }
    r = run({QStringLiteral("proof"), path, QStringLiteral("-o"), out});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    r = run({QStringLiteral("notes"), QStringLiteral("check"), path, QStringLiteral("--page"),
             QStringLiteral("1")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QStringList lines = r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 3);
    QVERIFY2(lines[0].startsWith(QStringLiteral("已改对")), qPrintable(r.out));
    QVERIFY2(lines[1].startsWith(QStringLiteral("未改")), qPrintable(r.out));
    QVERIFY2(lines[2].contains(QStringLiteral("第2校：2 条意见，1 条未改对")), qPrintable(r.out));

    r = run({QStringLiteral("notes"), QStringLiteral("check"), path, QStringLiteral("--page"),
             QStringLiteral("7")});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QStringLiteral("没有第 7 页")), qPrintable(r.err));
    r = run({QStringLiteral("notes"), QStringLiteral("check"), path});
    QCOMPARE(r.exitCode, 2);
}

QTEST_MAIN(tst_CliProof)
#include "tst_cliproof.moc"
