#include "proof/noteactions.h"
#include "proof/noteanchor.h"
#include "proof/noteimporter.h"
#include "proof/proofwriter.h"
#include "proofseed.h"

#include "model/edition.h"
#include "model/storycommand.h"
#include "model/storytext.h"
#include "store/editionstore.h"

#include <QBuffer>
#include <QFile>
#include <QTemporaryDir>
#include <QUndoStack>
#include <QtTest>
#include <poppler-qt6.h>
#include <qpdf/QPDF.hh>
#include <qpdf/QPDFObjectHandle.hh>
#include <qpdf/QPDFPageDocumentHelper.hh>
#include <qpdf/QPDFWriter.hh>

using namespace folio;
using namespace folio::proof;

// Notes (校对意见) made on proof 1 of the seed page by two other PDF writers come back as notes
// on exactly the story characters they mark; they stay on their words through edits and a
// save; 采纳 is one undoable edit; unreadable PDFs change nothing.
class tst_Notes : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void popplerAnnotationsImport();
    void qpdfAnnotationsImport();
    void notesSurviveSaveAndEarlierEdit();
    void markedTextChangedIsReported();
    void applyIsOneUndoableEdit();
    void queryCannotBeApplied();
    void nextProofCarriesNotes();
    void unreadablePdfRefused_data();
    void unreadablePdfRefused();
    void contentsParsed_data();
    void contentsParsed();

private:
    struct Word
    {
        ObjectId storyId = 0;
        int offset = -1;
        int length = 0;
        QList<QRectF> lines; // the word's boxes on the proof, one per line it takes (pt, y down)
    };
    Word word(const QString &text) const;
    QString write(const QString &name, const QByteArray &bytes) const;
    QByteArray withPopplerAnnotations() const;
    QByteArray withQpdfAnnotations(std::function<void(QPDFWriter &)> encrypt = {}) const;

    std::unique_ptr<Edition> m_edition;
    const ProofRecord *m_proof = nullptr;
    QSizeF m_pageSize;
    QTemporaryDir m_dir;
};

void tst_Notes::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_edition = test::createSeedEdition();
    QVERIFY(m_edition);
    QString error;
    ProofWriter writer(m_edition.get());
    m_proof = writer.issue(0, QStringLiteral("排版"), QDateTime::currentDateTime(), &error);
    QVERIFY2(m_proof, qPrintable(error));
    const auto doc = Poppler::Document::loadFromData(m_proof->pdf);
    QVERIFY(doc);
    m_pageSize = doc->page(0)->pageSizeF();
}

tst_Notes::Word tst_Notes::word(const QString &text) const
{
    Word w;
    for (const Story &story : m_edition->stories()) {
        const int at = story.plainText().indexOf(text);
        if (at < 0)
            continue;
        w = {story.id, at, int(text.size()), {}};
        break;
    }
    QMap<double, QRectF> lines;
    for (const TextMapEntry &e : m_proof->textMap)
        if (e.storyId == w.storyId && e.offset >= w.offset && e.offset < w.offset + w.length)
            lines[e.box.top()] = lines[e.box.top()].united(e.box);
    w.lines = lines.values();
    return w;
}

QString tst_Notes::write(const QString &name, const QByteArray &bytes) const
{
    const QString path = m_dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        return {};
    return path;
}

// Poppler's annotation writer, as Okular and other Poppler-based readers save notes: a
// strike-out over one word, a highlight with a query on another.
QByteArray tst_Notes::withPopplerAnnotations() const
{
    const auto doc = Poppler::Document::loadFromData(m_proof->pdf);
    const auto page = doc->page(0);
    const auto normalized = [&](const QRectF &r) {
        return QRectF(r.x() / m_pageSize.width(), r.y() / m_pageSize.height(),
                      r.width() / m_pageSize.width(), r.height() / m_pageSize.height());
    };
    const auto mark = [&](const Word &w, Poppler::HighlightAnnotation::HighlightType type,
                          const QString &contents) {
        auto *a = new Poppler::HighlightAnnotation;
        a->setHighlightType(type);
        QList<Poppler::HighlightAnnotation::Quad> quads;
        QRectF all;
        for (const QRectF &line : w.lines) {
            const QRectF n = normalized(line);
            quads.append(
                {{n.topLeft(), n.topRight(), n.bottomRight(), n.bottomLeft()}, false, false, 0.1});
            all = all.united(n);
        }
        a->setHighlightQuads(quads);
        a->setBoundary(all);
        a->setAuthor(QStringLiteral("校对甲"));
        a->setContents(contents);
        page->addAnnotation(a);
        delete a;
    };
    mark(word(QStringLiteral("思想政治")), Poppler::HighlightAnnotation::StrikeOut, QString());
    mark(word(QStringLiteral("劳模工匠学院")), Poppler::HighlightAnnotation::Highlight,
         QStringLiteral("疑：名称是否准确"));
    QByteArray out;
    QBuffer buffer(&out);
    buffer.open(QIODevice::WriteOnly);
    const auto converter = doc->pdfConverter();
    converter->setOutputDevice(&buffer);
    converter->setPDFOptions(Poppler::PDFConverter::WithChanges);
    if (!converter->convert())
        return {};
    return out;
}

// qpdf writing annotation dictionaries by hand, as other PDF tools store them: a strike-out
// with QuadPoints over a word, a caret at an insertion point, a sticky note with a
// replacement. PDF space: origin bottom-left, y up.
QByteArray tst_Notes::withQpdfAnnotations(std::function<void(QPDFWriter &)> encrypt) const
{
    QPDF pdf;
    pdf.processMemoryFile("proof.pdf", m_proof->pdf.constData(), size_t(m_proof->pdf.size()));
    QPDFObjectHandle page = QPDFPageDocumentHelper(pdf).getAllPages().front().getObjectHandle();
    const double h = m_pageSize.height();
    const auto num = [](double v) { return QByteArray::number(v, 'f', 3).toStdString(); };
    const auto rect = [&](const QRectF &r) {
        return "[" + num(r.left()) + " " + num(h - r.bottom()) + " " + num(r.right()) + " " +
               num(h - r.top()) + "]";
    };
    QPDFObjectHandle annots = QPDFObjectHandle::newArray();
    const auto add = [&](const std::string &dict, const QString &contents) {
        QPDFObjectHandle a = QPDFObjectHandle::parse(dict);
        a.replaceKey("/Contents", QPDFObjectHandle::newUnicodeString(contents.toStdString()));
        a.replaceKey("/T", QPDFObjectHandle::newUnicodeString("校对乙"));
        annots.appendItem(pdf.makeIndirectObject(a));
    };
    const Word strike = word(QStringLiteral("草莓生产集成技术"));
    std::string quads;
    for (const QRectF &r : strike.lines) // upper left, upper right, lower left, lower right
        quads += num(r.left()) + " " + num(h - r.top()) + " " + num(r.right()) + " " +
                 num(h - r.top()) + " " + num(r.left()) + " " + num(h - r.bottom()) + " " +
                 num(r.right()) + " " + num(h - r.bottom()) + " ";
    QRectF strikeBounds;
    for (const QRectF &r : strike.lines)
        strikeBounds = strikeBounds.united(r);
    add("<< /Type /Annot /Subtype /StrikeOut /F 4 /C [1 0 0] /Rect " + rect(strikeBounds) +
            " /QuadPoints [" + quads + "] >>",
        QString());

    const Word caret = word(QStringLiteral("成果展示交流活动"));
    const QRectF first = caret.lines.first();
    add("<< /Type /Annot /Subtype /Caret /F 4 /C [0 0 1] /Rect " +
            rect(QRectF(first.left() - 3, first.top(), 6, first.height())) + " >>",
        QStringLiteral("精彩"));

    const Word sticky = word(QStringLiteral("劳模墙"));
    const QRectF at = sticky.lines.first();
    add("<< /Type /Annot /Subtype /Text /F 4 /Name /Comment /Rect " +
            rect(QRectF(at.left() + 1, at.top() + 1, 20, 20)) + " >>",
        QStringLiteral("改为：荣"));
    page.replaceKey("/Annots", annots);

    QPDFWriter writer(pdf);
    writer.setOutputMemory();
    if (encrypt)
        encrypt(writer);
    writer.write();
    const auto buffer = writer.getBufferSharedPointer();
    return QByteArray(reinterpret_cast<const char *>(buffer->getBuffer()),
                      qsizetype(buffer->getSize()));
}

void tst_Notes::popplerAnnotationsImport()
{
    const QString path = write(QStringLiteral("poppler.pdf"), withPopplerAnnotations());
    QVERIFY(!path.isEmpty());
    const NoteImporter::Result result = NoteImporter::read(*m_edition, path);
    QVERIFY2(result.ok, qPrintable(result.error));
    QCOMPARE(result.notes.size(), 2);

    const Word deleted = word(QStringLiteral("思想政治"));
    const ProofNote &strike = result.notes[0];
    QCOMPARE(strike.storyId, deleted.storyId);
    QCOMPARE(strike.offset, deleted.offset);
    QCOMPARE(strike.length, deleted.length);
    QCOMPARE(strike.markedText, QStringLiteral("思想政治"));
    QCOMPARE(strike.kind, NoteKind::Delete);
    QCOMPARE(strike.author, QStringLiteral("校对甲"));
    QCOMPARE(strike.proofId, m_proof->id);
    QCOMPARE(strike.status, NoteStatus::Open);

    const Word queried = word(QStringLiteral("劳模工匠学院"));
    const ProofNote &query = result.notes[1];
    QCOMPARE(query.offset, queried.offset);
    QCOMPARE(query.markedText, QStringLiteral("劳模工匠学院"));
    QCOMPARE(query.kind, NoteKind::Query);
    QCOMPARE(query.comment, QStringLiteral("名称是否准确"));
}

void tst_Notes::qpdfAnnotationsImport()
{
    const QString path = write(QStringLiteral("qpdf.pdf"), withQpdfAnnotations());
    QVERIFY(!path.isEmpty());
    const NoteImporter::Result result = NoteImporter::read(*m_edition, path);
    QVERIFY2(result.ok, qPrintable(result.error));
    QVERIFY2(result.warnings.isEmpty(), qPrintable(result.warnings.join(QLatin1Char('\n'))));
    QCOMPARE(result.notes.size(), 3);

    const Word struck = word(QStringLiteral("草莓生产集成技术"));
    QCOMPARE(result.notes[0].storyId, struck.storyId);
    QCOMPARE(result.notes[0].offset, struck.offset);
    QCOMPARE(result.notes[0].markedText, QStringLiteral("草莓生产集成技术"));
    QCOMPARE(result.notes[0].kind, NoteKind::Delete);
    QCOMPARE(result.notes[0].author, QStringLiteral("校对乙"));

    const Word before = word(QStringLiteral("成果展示交流活动"));
    QCOMPARE(result.notes[1].kind, NoteKind::Insert);
    QCOMPARE(result.notes[1].offset, before.offset);
    QCOMPARE(result.notes[1].length, 0);
    QCOMPARE(result.notes[1].replacement, QStringLiteral("精彩"));
    QVERIFY(result.notes[1].after.startsWith(QStringLiteral("成果展示")));

    const Word sticky = word(QStringLiteral("劳模墙"));
    QCOMPARE(result.notes[2].kind, NoteKind::Replace);
    QCOMPARE(result.notes[2].offset, sticky.offset);
    QCOMPARE(result.notes[2].markedText, QStringLiteral("劳"));
    QCOMPARE(result.notes[2].replacement, QStringLiteral("荣"));
}

void tst_Notes::notesSurviveSaveAndEarlierEdit()
{
    auto edition = test::createSeedEdition();
    ProofWriter writer(edition.get());
    QString error;
    QVERIFY(writer.issue(0, QString(), QDateTime::currentDateTime(), &error));
    // The same page, the same proof id: the annotated copy of m_proof fits this edition too.
    QCOMPARE(edition->proofs().first().id, m_proof->id);
    const NoteImporter::Result result =
        NoteImporter::read(*edition, write(QStringLiteral("save.pdf"), withQpdfAnnotations()));
    QVERIFY2(result.ok, qPrintable(result.error));
    for (const ProofNote &note : result.notes)
        edition->putNote(note);
    const QString path = m_dir.filePath(QStringLiteral("notes.folio"));
    QVERIFY2(EditionStore::save(*edition, path, &error), qPrintable(error));
    OpenResult opened = EditionStore::open(path);
    QVERIFY2(opened.isOk(), qPrintable(opened.error));
    QCOMPARE(opened.edition->notes(), edition->notes());

    // Text added at the start of the story moves every note's characters, not its words.
    Edition &back = *opened.edition;
    const ObjectId storyId = result.notes[0].storyId;
    Story story = *back.story(storyId);
    QVERIFY(StoryText::replace(&story, 0, 0, QStringLiteral("【本报新加的开头】")));
    back.undoStack()->push(StoryCommand::change(&back, story, QStringLiteral("编辑")));
    for (const ProofNote &note : back.notes()) {
        if (note.storyId != storyId)
            continue;
        const NoteAnchor::Resolved now = NoteAnchor::resolve(note, *back.story(storyId));
        QCOMPARE(now.state, NoteAnchor::State::Moved);
        QCOMPARE(now.offset, note.offset + 9);
        QCOMPARE(now.text, note.markedText);
    }
}

void tst_Notes::markedTextChangedIsReported()
{
    const NoteImporter::Result result = NoteImporter::read(
        *m_edition, write(QStringLiteral("changed.pdf"), withPopplerAnnotations()));
    QVERIFY2(result.ok, qPrintable(result.error));
    const ProofNote note = result.notes[0]; // 思想政治
    Story story = *m_edition->story(note.storyId);
    QVERIFY(StoryText::replace(&story, note.offset, note.length, QStringLiteral("思政")));
    const NoteAnchor::Resolved now = NoteAnchor::resolve(note, story);
    QCOMPARE(now.state, NoteAnchor::State::TextChanged);
    QCOMPARE(now.offset, note.offset);
    QCOMPARE(now.text, QStringLiteral("思政"));
}

void tst_Notes::applyIsOneUndoableEdit()
{
    auto edition = test::createSeedEdition();
    ProofWriter writer(edition.get());
    QString error;
    QVERIFY(writer.issue(0, QString(), QDateTime::currentDateTime(), &error));
    const NoteImporter::Result result =
        NoteImporter::read(*edition, write(QStringLiteral("apply.pdf"), withQpdfAnnotations()));
    QVERIFY2(result.ok, qPrintable(result.error));
    for (const ProofNote &note : result.notes)
        edition->putNote(note);
    const ProofNote sticky = result.notes[2]; // 劳 → 荣
    const QString before = edition->story(sticky.storyId)->plainText();
    QUndoStack *stack = edition->undoStack();
    const int steps = stack->count();

    QVERIFY2(NoteActions::apply(edition.get(), sticky.id, &error), qPrintable(error));
    QCOMPARE(stack->count(), steps + 1);
    QString expected = before;
    expected.replace(sticky.offset, 1, QStringLiteral("荣"));
    QCOMPARE(edition->story(sticky.storyId)->plainText(), expected);
    QVERIFY(expected.contains(QStringLiteral("荣模墙")));
    QCOMPARE(edition->note(sticky.id)->status, NoteStatus::Done);

    stack->undo();
    QCOMPARE(edition->story(sticky.storyId)->plainText(), before);
    QCOMPARE(edition->note(sticky.id)->status, NoteStatus::Open);
    stack->redo();
    QCOMPARE(edition->story(sticky.storyId)->plainText(), expected);

    // The insertion and the deletion, one after the other, each on its own words.
    QVERIFY2(NoteActions::apply(edition.get(), result.notes[1].id, &error), qPrintable(error));
    QVERIFY(edition->story(sticky.storyId)
                ->plainText()
                .contains(QStringLiteral("精彩成果展示交流活动")));
    QVERIFY2(NoteActions::apply(edition.get(), result.notes[0].id, &error), qPrintable(error));
    QVERIFY(!edition->story(result.notes[0].storyId)
                 ->plainText()
                 .contains(QStringLiteral("草莓生产集成技术")));
    // Applied once: a second 采纳 is refused.
    QVERIFY(!NoteActions::apply(edition.get(), result.notes[0].id, &error));
}

void tst_Notes::queryCannotBeApplied()
{
    auto edition = test::createSeedEdition();
    ProofWriter writer(edition.get());
    QString error;
    QVERIFY(writer.issue(0, QString(), QDateTime::currentDateTime(), &error));
    const NoteImporter::Result result =
        NoteImporter::read(*edition, write(QStringLiteral("query.pdf"), withPopplerAnnotations()));
    QVERIFY2(result.ok, qPrintable(result.error));
    for (const ProofNote &note : result.notes)
        edition->putNote(note);
    const ProofNote query = result.notes[1];
    const QString text = edition->story(query.storyId)->plainText();
    QVERIFY(!NoteActions::apply(edition.get(), query.id, &error));
    QVERIFY(error.contains(QStringLiteral("疑")));
    QCOMPARE(edition->story(query.storyId)->plainText(), text);
    QVERIFY(NoteActions::decline(edition.get(), query.id, QStringLiteral("名称无误")));
    QCOMPARE(edition->note(query.id)->status, NoteStatus::Declined);
    QCOMPARE(edition->note(query.id)->reply, QStringLiteral("名称无误"));
    edition->undoStack()->undo();
    QCOMPARE(edition->note(query.id)->status, NoteStatus::Open);
}

void tst_Notes::nextProofCarriesNotes()
{
    auto edition = test::createSeedEdition();
    ProofWriter writer(edition.get());
    QString error;
    QVERIFY(writer.issue(0, QString(), QDateTime::currentDateTime(), &error));
    const NoteImporter::Result result =
        NoteImporter::read(*edition, write(QStringLiteral("carry.pdf"), withQpdfAnnotations()));
    QVERIFY2(result.ok, qPrintable(result.error));
    for (const ProofNote &note : result.notes)
        edition->putNote(note);
    QVERIFY2(NoteActions::apply(edition.get(), result.notes[2].id, &error), qPrintable(error));

    const ProofRecord *second =
        writer.issue(0, QStringLiteral("排版"), QDateTime::currentDateTime(), &error);
    QVERIFY2(second, qPrintable(error));
    QCOMPARE(second->round, 2);
    const auto doc = Poppler::Document::loadFromData(second->pdf);
    QVERIFY(doc);
    QCOMPARE(doc->info(QStringLiteral("Keywords")), ProofWriter::keywords(*second));
    const auto page = doc->page(0);
    QMap<QString, QString> contents;
    QMap<QString, QRectF> boxes;
    for (const auto &a : page->annotations()) {
        contents.insert(a->uniqueName(), a->contents());
        const QRectF b = a->boundary();
        boxes.insert(a->uniqueName(),
                     QRectF(b.x() * m_pageSize.width(), b.y() * m_pageSize.height(),
                            b.width() * m_pageSize.width(), b.height() * m_pageSize.height()));
    }
    QCOMPARE(contents.size(), 3);
    const ProofNote &strike = result.notes[0];
    QCOMPARE(contents.value(NoteImporter::annotationName(strike.id)), QStringLiteral("删"));
    QCOMPARE(contents.value(NoteImporter::annotationName(result.notes[1].id)),
             QStringLiteral("增：精彩"));
    QCOMPARE(contents.value(NoteImporter::annotationName(result.notes[2].id)),
             QStringLiteral("改：荣 [已改]"));
    // The strike-out covers its word on the new proof.
    QRectF word;
    for (const TextMapEntry &e : second->textMap)
        if (e.storyId == strike.storyId && e.offset >= strike.offset &&
            e.offset < strike.offset + strike.length)
            word = word.united(e.box);
    QVERIFY(
        boxes.value(NoteImporter::annotationName(strike.id)).adjusted(-1, -1, 1, 1).contains(word));
    // Importing the new proof does not bring Folio's own notes back.
    const NoteImporter::Result again =
        NoteImporter::read(*edition, write(QStringLiteral("second.pdf"), second->pdf));
    QVERIFY2(again.ok, qPrintable(again.error));
    QVERIFY(again.notes.isEmpty());
}

void tst_Notes::unreadablePdfRefused_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("message");
    QTest::newRow("damaged") << "damaged" << QStringLiteral("已损坏");
    QTest::newRow("encrypted, no user password") << "encrypted" << QStringLiteral("已加密");
    QTest::newRow("encrypted, user password") << "locked" << QStringLiteral("已加密");
    QTest::newRow("not a PDF") << "text" << QStringLiteral("不是 PDF");
    QTest::newRow("another PDF") << "foreign" << QStringLiteral("不是 Folio 校样");
}

void tst_Notes::unreadablePdfRefused()
{
    QFETCH(QString, kind);
    QFETCH(QString, message);
    QByteArray bytes;
    if (kind == QLatin1String("damaged")) {
        bytes = "%PDF-1.4\n" + QByteArray(4000, '\x13') + "\n%%EOF\n";
    } else if (kind == QLatin1String("encrypted") || kind == QLatin1String("locked")) {
        const char *user = kind == QLatin1String("locked") ? "secret" : "";
        bytes = withQpdfAnnotations([user](QPDFWriter &w) {
            w.setR6EncryptionParameters(user, "owner", true, true, true, true, true, true,
                                        qpdf_r3p_full, true);
        });
    } else if (kind == QLatin1String("text")) {
        bytes = "北京工人报 校样\n";
    } else {
        QPDF pdf;
        pdf.emptyPDF();
        QPDFObjectHandle page = pdf.makeIndirectObject(
            QPDFObjectHandle::parse("<< /Type /Page /MediaBox [0 0 200 200] /Resources << >> >>"));
        QPDFPageDocumentHelper(pdf).addPage(QPDFPageObjectHelper(page), false);
        QPDFWriter writer(pdf);
        writer.setOutputMemory();
        writer.write();
        const auto buffer = writer.getBufferSharedPointer();
        bytes = QByteArray(reinterpret_cast<const char *>(buffer->getBuffer()),
                           qsizetype(buffer->getSize()));
    }
    const QString path = write(kind + QStringLiteral(".pdf"), bytes);
    QVERIFY(!path.isEmpty());

    // Through the command line too: the edition file is not touched.
    auto edition = test::createSeedEdition();
    ProofWriter writer(edition.get());
    QString error;
    QVERIFY(writer.issue(0, QString(), QDateTime::currentDateTime(), &error));
    const auto lastId = edition->lastId();
    const NoteImporter::Result result = NoteImporter::read(*edition, path);
    QVERIFY(!result.ok);
    QVERIFY2(result.error.contains(message), qPrintable(result.error));
    QVERIFY2(result.error.contains(path), qPrintable(result.error));
    QVERIFY(result.notes.isEmpty());
    QVERIFY(edition->notes().isEmpty());
    QCOMPARE(edition->lastId(), lastId);
}

void tst_Notes::contentsParsed_data()
{
    QTest::addColumn<QString>("contents");
    QTest::addColumn<int>("fallback");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("replacement");
    QTest::addColumn<QString>("comment");
    const int del = int(NoteKind::Delete);
    const int rep = int(NoteKind::Replace);
    const int ins = int(NoteKind::Insert);
    const int query = int(NoteKind::Query);
    QTest::newRow("改为") << "改为：荣" << query << rep << "荣"
                          << "";
    QTest::newRow("改 colon") << "改:北京" << query << rep << "北京"
                              << "";
    QTest::newRow("删") << "删" << query << del << ""
                        << "";
    QTest::newRow("增") << "增：的" << query << ins << "的"
                        << "";
    QTest::newRow("调") << "调" << query << int(NoteKind::Swap) << ""
                        << "";
    QTest::newRow("疑") << "疑：是否为2024年" << del << query << ""
                        << "是否为2024年";
    QTest::newRow("plain text on a caret") << "精彩" << ins << ins << "精彩"
                                           << "";
    QTest::newRow("plain text on a strike-out") << "工会" << del << rep << "工会"
                                                << "";
    QTest::newRow("empty strike-out") << "" << del << del << ""
                                      << "";
    QTest::newRow("plain comment") << "请核对" << query << query << ""
                                   << "请核对";
}

void tst_Notes::contentsParsed()
{
    QFETCH(QString, contents);
    QFETCH(int, fallback);
    QFETCH(int, kind);
    QFETCH(QString, replacement);
    QFETCH(QString, comment);
    ProofNote note;
    NoteImporter::parseContents(contents, NoteKind(fallback), &note);
    QCOMPARE(int(note.kind), kind);
    QCOMPARE(note.replacement, replacement);
    QCOMPARE(note.comment, comment);
}

QTEST_MAIN(tst_Notes)
#include "tst_notes.moc"
