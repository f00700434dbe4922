#include "proof/noteactions.h"
#include "proof/noteanchor.h"
#include "proof/notecheck.h"
#include "proof/proofdocument.h"
#include "proof/proofselection.h"
#include "proof/proofwriter.h"
#include "proofseed.h"

#include "model/edition.h"
#include "model/notecommand.h"
#include "model/storycommand.h"
#include "model/storytext.h"

#include <QUndoStack>
#include <QtTest>

using namespace folio;
using namespace folio::proof;

// 核红 on real proofs of the seed page: a note of proof 1 is checked against what proof 2
// shows; and a drag over a proof's characters selects exactly the story characters under it.
class tst_NoteCheck : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void checkOnNextProof_data();
    void checkOnNextProof();
    void storyTextOnProof();
    void notesBeforeProof();
    void dragSelectsStoryCharacters_data();
    void dragSelectsStoryCharacters();

private:
    // Body characters of the first story side by side on one line of proof 1.
    QList<TextMapEntry> runOnALine(int count) const;

    std::unique_ptr<Edition> m_edition;
    const ProofRecord *m_proof = nullptr;
};

void tst_NoteCheck::init()
{
    m_edition = test::createSeedEdition();
    QVERIFY(m_edition);
    QString error;
    m_proof = ProofWriter(m_edition.get())
                  .issue(0, QStringLiteral("排版"), QDateTime::currentDateTime(), &error);
    QVERIFY2(m_proof, qPrintable(error));
}

QList<TextMapEntry> tst_NoteCheck::runOnALine(int count) const
{
    // The story with the most characters on the page: the body text.
    QHash<ObjectId, int> sizes;
    for (const TextMapEntry &e : m_proof->textMap)
        ++sizes[e.storyId];
    ObjectId body = 0;
    for (auto it = sizes.cbegin(); it != sizes.cend(); ++it)
        if (!body || it.value() > sizes[body])
            body = it.key();
    QList<TextMapEntry> han;
    for (const TextMapEntry &e : m_proof->textMap)
        if (e.storyId == body && e.length == 1 && e.text.at(0).script() == QChar::Script_Han)
            han.append(e);
    std::sort(han.begin(), han.end(),
              [](const TextMapEntry &a, const TextMapEntry &b) { return a.offset < b.offset; });
    for (int i = han.size() / 2; i + count <= han.size(); ++i) {
        bool run = true;
        for (int k = 1; k < count; ++k)
            run = run && han[i + k].offset == han[i].offset + k &&
                  qAbs(han[i + k].box.top() - han[i].box.top()) < 0.5;
        if (run)
            return han.mid(i, count);
    }
    return {};
}

void tst_NoteCheck::checkOnNextProof_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("replacement");
    // apply: 采纳; none: untouched; other: the marked characters replaced by "另"; wipe: the
    // marked text and 20 characters around it deleted.
    QTest::addColumn<QString>("edit");
    QTest::addColumn<int>("verdict");
    using V = NoteCheck::Verdict;
    QTest::newRow("改 applied") << int(NoteKind::Replace) << "新词"
                                << "apply" << int(V::Corrected);
    QTest::newRow("改 untouched") << int(NoteKind::Replace) << "新词"
                                  << "none" << int(V::Unchanged);
    QTest::newRow("改 otherwise") << int(NoteKind::Replace) << "新词"
                                  << "other" << int(V::Different);
    QTest::newRow("删 applied") << int(NoteKind::Delete) << ""
                                << "apply" << int(V::Corrected);
    QTest::newRow("删 otherwise") << int(NoteKind::Delete) << ""
                                  << "other" << int(V::Different);
    QTest::newRow("增 applied") << int(NoteKind::Insert) << "补"
                                << "apply" << int(V::Corrected);
    QTest::newRow("增 untouched") << int(NoteKind::Insert) << "补"
                                  << "none" << int(V::Unchanged);
    QTest::newRow("调 applied") << int(NoteKind::Swap) << ""
                                << "apply" << int(V::Corrected);
    QTest::newRow("疑") << int(NoteKind::Query) << ""
                        << "none" << int(V::Query);
    QTest::newRow("改 text gone") << int(NoteKind::Replace) << "新词"
                                  << "wipe" << int(V::Lost);
}

void tst_NoteCheck::checkOnNextProof()
{
    QFETCH(int, kind);
    QFETCH(QString, replacement);
    QFETCH(QString, edit);
    QFETCH(int, verdict);
    const QList<TextMapEntry> two = runOnALine(2);
    QCOMPARE(two.size(), 2);
    const ObjectId storyId = two.first().storyId;
    ProofNote note;
    note.id = m_edition->newId();
    note.pageId = m_proof->pageId;
    note.proofId = m_proof->id;
    note.storyId = storyId;
    note.kind = NoteKind(kind);
    note.replacement = replacement;
    note.time = m_proof->time;
    NoteAnchor::anchor(&note, m_edition->story(storyId)->plainText(), two.first().offset, 2);
    m_edition->undoStack()->push(NoteCommand::add(m_edition.get(), note));

    QString error;
    Story story = *m_edition->story(storyId);
    if (edit == QLatin1String("apply")) {
        QVERIFY2(NoteActions::apply(m_edition.get(), note.id, &error), qPrintable(error));
    } else if (edit == QLatin1String("other")) {
        QVERIFY(StoryText::replace(&story, note.offset, 2, QStringLiteral("另")));
        m_edition->undoStack()->push(StoryCommand::change(m_edition.get(), story, QString()));
    } else if (edit == QLatin1String("wipe")) {
        QVERIFY(StoryText::replace(&story, note.offset - 20, 42, QString()));
        m_edition->undoStack()->push(StoryCommand::change(m_edition.get(), story, QString()));
    }
    const ProofRecord *next =
        ProofWriter(m_edition.get())
            .issue(0, QStringLiteral("排版"), m_proof->time.addSecs(60), &error);
    QVERIFY2(next, qPrintable(error));
    QCOMPARE(next->round, 2);
    const QList<ProofNote> checked = NoteCheck::notesBefore(*m_edition, *next);
    QCOMPARE(checked.size(), 1);
    const NoteCheck::Result result = NoteCheck::check(checked.first(), *next);
    QCOMPARE(NoteCheck::verdictName(result.verdict),
             NoteCheck::verdictName(NoteCheck::Verdict(verdict)));
    if (result.verdict == NoteCheck::Verdict::Different && note.kind == NoteKind::Replace)
        QCOMPARE(result.found, QStringLiteral("另"));
}

void tst_NoteCheck::storyTextOnProof()
{
    // Every character the proof shows sits at its story offset in the rebuilt text.
    QSet<ObjectId> stories;
    for (const TextMapEntry &e : m_proof->textMap)
        stories.insert(e.storyId);
    QVERIFY(stories.size() > 1);
    for (ObjectId id : std::as_const(stories)) {
        const QString shown = NoteCheck::storyTextOn(*m_proof, id);
        const QString story = m_edition->story(id)->plainText();
        QVERIFY(shown.size() <= story.size());
        int same = 0;
        for (int i = 0; i < shown.size(); ++i) {
            if (shown[i] == QLatin1Char('\n'))
                continue;
            QCOMPARE(shown[i], story[i]);
            ++same;
        }
        QVERIFY(same > 0);
    }
}

void tst_NoteCheck::notesBeforeProof()
{
    // A note made after the proof belongs to the next one's check, not this one's.
    const QList<TextMapEntry> one = runOnALine(1);
    ProofNote note;
    note.id = m_edition->newId();
    note.pageId = m_proof->pageId;
    note.storyId = one.first().storyId;
    note.kind = NoteKind::Delete;
    note.time = m_proof->time.addSecs(5);
    m_edition->putNote(note);
    QVERIFY(NoteCheck::notesBefore(*m_edition, *m_proof).isEmpty());
    note.time = m_proof->time.addSecs(-5);
    m_edition->putNote(note);
    QCOMPARE(NoteCheck::notesBefore(*m_edition, *m_proof).size(), 1);
}

void tst_NoteCheck::dragSelectsStoryCharacters_data()
{
    QTest::addColumn<int>("count");
    QTest::addColumn<bool>("backwards");
    QTest::newRow("one character") << 1 << false;
    QTest::newRow("five characters") << 5 << false;
    QTest::newRow("five, dragged right to left") << 5 << true;
}

void tst_NoteCheck::dragSelectsStoryCharacters()
{
    QFETCH(int, count);
    QFETCH(bool, backwards);
    const QList<TextMapEntry> run = runOnALine(count);
    QCOMPARE(run.size(), count);
    QString error;
    const auto document = ProofDocument::fromData(m_proof->pdf, QStringLiteral("proof"), &error);
    QVERIFY2(document, qPrintable(error));
    QPointF from(run.first().box.left() + 1, run.first().box.center().y());
    QPointF to(run.last().box.right() - 1, run.last().box.center().y());
    if (backwards)
        std::swap(from, to);
    const ProofSelection::Range range =
        ProofSelection::select(document->characters(0), m_proof->textMap, from, to);
    QCOMPARE(range.storyId, run.first().storyId);
    QCOMPARE(range.offset, run.first().offset);
    QCOMPARE(range.length, count);
    const QString story = m_edition->story(range.storyId)->plainText();
    QCOMPARE(range.text, story.mid(range.offset, count));
    QCOMPARE(range.boxes.size(), count);
    QCOMPARE(ProofSelection::boxesOf(m_proof->textMap, range.storyId, range.offset, count),
             range.boxes);
}

QTEST_MAIN(tst_NoteCheck)
#include "tst_notecheck.moc"
