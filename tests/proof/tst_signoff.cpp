#include "proof/exportguard.h"
#include "proof/noteactions.h"
#include "proof/noteanchor.h"
#include "proof/pagefingerprint.h"
#include "proof/proofwriter.h"
#include "proof/signoff.h"
#include "proofseed.h"

#include "layout/layoutengine.h"
#include "model/edition.h"
#include "model/framecommand.h"
#include "model/notecommand.h"
#include "model/signaturecommand.h"
#include "model/signoffsettingscommand.h"
#include "model/storycommand.h"
#include "model/storytext.h"

#include <QUndoStack>
#include <QtTest>
#include <poppler-qt6.h>

using namespace folio;
using namespace folio::proof;

// Sign-off (签版) on the seed page, laid out for real: open notes stop a level, levels sign in
// order, any printed change revokes every signature and undoing it restores them, re-signing
// shows exactly what changed, and export refuses a page changed since signing.
class tst_SignOff : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void fingerprintIsStable();
    void fingerprintFollowsPrintedChanges_data();
    void fingerprintFollowsPrintedChanges();
    void openNoteRefusesUntilResolved();
    void overrideNeedsReasonAndIsRecorded();
    void levelsSignInOrder();
    void unsignTakesLaterLevelsAndUndoes();
    void frameMovedOneMillimetreRevokesBoth();
    void resignShowsExactlyTheChange_data();
    void resignShowsExactlyTheChange();
    void exportRefusesChangedPageUntilSignedAgain();
    void neverSignedPagesFollowTheRule();
    void compareSentGivesTheReplacementsChange();
    void slugLineNamesValidSignatures();

private:
    int push(QUndoCommand *command);
    void signLevels(const QStringList &levels);
    const Frame *firstTextFrame() const;
    ObjectId addNote(const QString &word);

    std::unique_ptr<Edition> m_edition;
};

void tst_SignOff::init()
{
    m_edition = test::createSeedEdition();
    QVERIFY(m_edition);
    QCOMPARE(m_edition->signOffSettings().levels,
             QStringList(
                 {QStringLiteral("责编"), QStringLiteral("夜班主任"), QStringLiteral("值班总编")}));
}

int tst_SignOff::push(QUndoCommand *command)
{
    m_edition->undoStack()->push(command);
    return m_edition->undoStack()->index();
}

void tst_SignOff::signLevels(const QStringList &levels)
{
    SignOff signOff(m_edition.get());
    for (const QString &level : levels) {
        QString error;
        SignatureCommand *c = signOff.sign(0, level, QStringLiteral("签版人"),
                                           QDateTime::currentDateTimeUtc(), QString(), &error);
        QVERIFY2(c, qPrintable(error));
        push(c);
    }
}

const Frame *tst_SignOff::firstTextFrame() const
{
    for (const Frame &f : m_edition->pages().first().frames)
        if (f.kind == FrameKind::Text && f.storyId)
            return &f;
    return nullptr;
}

ObjectId tst_SignOff::addNote(const QString &word)
{
    for (const Story &story : m_edition->stories()) {
        const int at = int(story.plainText().indexOf(word));
        if (at < 0)
            continue;
        ProofNote note;
        note.id = m_edition->newId();
        note.pageId = m_edition->pages().first().id;
        note.storyId = story.id;
        note.kind = NoteKind::Query;
        note.comment = QStringLiteral("请核实");
        note.author = QStringLiteral("校对");
        note.time = QDateTime::currentDateTimeUtc();
        NoteAnchor::anchor(&note, story.plainText(), at, int(word.size()));
        push(NoteCommand::add(m_edition.get(), note));
        return note.id;
    }
    return 0;
}

void tst_SignOff::fingerprintIsStable()
{
    LayoutEngine a(m_edition.get());
    LayoutEngine b(m_edition.get());
    const QByteArray first = PageFingerprint::compute(a.layoutPage(0), *m_edition);
    QCOMPARE(first.size(), 32);
    QCOMPARE(PageFingerprint::compute(a.layoutPage(0), *m_edition), first);
    QCOMPARE(PageFingerprint::compute(b.layoutPage(0), *m_edition), first);
}

void tst_SignOff::fingerprintFollowsPrintedChanges_data()
{
    QTest::addColumn<int>("what");
    QTest::addColumn<bool>("changes");
    QTest::newRow("frame 1 mm right") << 0 << true;
    QTest::newRow("frame 0.001 pt right (below 0.01 pt)") << 1 << false;
    QTest::newRow("one character") << 2 << true;
    QTest::newRow("frame renamed (not printed)") << 3 << false;
}

void tst_SignOff::fingerprintFollowsPrintedChanges()
{
    QFETCH(int, what);
    QFETCH(bool, changes);
    const QByteArray before =
        PageFingerprint::compute(LayoutEngine(m_edition.get()).layoutPage(0), *m_edition);
    Frame frame = *firstTextFrame();
    if (what == 0 || what == 1) {
        frame.rect.translate(what == 0 ? 72.0 / 25.4 : 0.001, 0);
        push(FrameCommand::change(m_edition.get(), frame, QStringLiteral("移动")));
    } else if (what == 2) {
        Story story = *m_edition->story(frame.storyId);
        QVERIFY(StoryText::replace(&story, 3, 1, QStringLiteral("某")));
        push(StoryCommand::change(m_edition.get(), story, QStringLiteral("改字")));
    } else {
        frame.name = QStringLiteral("新名字");
        push(FrameCommand::change(m_edition.get(), frame, QStringLiteral("改名")));
    }
    const QByteArray after =
        PageFingerprint::compute(LayoutEngine(m_edition.get()).layoutPage(0), *m_edition);
    QCOMPARE(after != before, changes);
}

void tst_SignOff::openNoteRefusesUntilResolved()
{
    const ObjectId noteId = addNote(QStringLiteral("劳模墙"));
    QVERIFY(noteId);
    SignOff signOff(m_edition.get());
    QString error;
    QVERIFY(!signOff.sign(0, QStringLiteral("责编"), QStringLiteral("甲"),
                          QDateTime::currentDateTimeUtc(), QString(), &error));
    QVERIFY2(error.contains(QStringLiteral("1 条校对意见待处理")), qPrintable(error));
    QCOMPARE(signOff.state(0).status, SignOff::Status::Unsigned);

    // 不改 resolves it.
    QVERIFY(NoteActions::decline(m_edition.get(), noteId, QStringLiteral("原文无误"), &error));
    SignatureCommand *c = signOff.sign(0, QStringLiteral("责编"), QStringLiteral("甲"),
                                       QDateTime::currentDateTimeUtc(), QString(), &error);
    QVERIFY2(c, qPrintable(error));
    push(c);
    SignOff::PageState state = signOff.state(0);
    QCOMPARE(state.status, SignOff::Status::Partly);
    QVERIFY(state.levels[0].valid);
    QCOMPARE(state.levels[0].signature->user, QStringLiteral("甲"));
    QVERIFY(state.levels[0].signature->overrideReason.isEmpty());

    // Undo takes the signature back, redo gives it again.
    m_edition->undoStack()->undo();
    QCOMPARE(signOff.state(0).status, SignOff::Status::Unsigned);
    QVERIFY(m_edition->signatures().isEmpty());
    m_edition->undoStack()->redo();
    QCOMPARE(signOff.state(0).status, SignOff::Status::Partly);
    // Reopening the note does not revoke a signature (it is not a printed change), but the next
    // level cannot sign over it.
    QVERIFY(NoteActions::reopen(m_edition.get(), noteId, &error));
    QVERIFY(!signOff.sign(0, QStringLiteral("夜班主任"), QStringLiteral("乙"),
                          QDateTime::currentDateTimeUtc(), QString(), &error));
}

void tst_SignOff::overrideNeedsReasonAndIsRecorded()
{
    QVERIFY(addNote(QStringLiteral("劳模墙")));
    SignOff signOff(m_edition.get());
    QString error;
    QVERIFY(!signOff.sign(0, QStringLiteral("责编"), QStringLiteral("甲"),
                          QDateTime::currentDateTimeUtc(), QStringLiteral("   "), &error));
    SignatureCommand *c =
        signOff.sign(0, QStringLiteral("责编"), QStringLiteral("甲"),
                     QDateTime::currentDateTimeUtc(), QStringLiteral("作者已电话确认"), &error);
    QVERIFY2(c, qPrintable(error));
    push(c);
    QCOMPARE(m_edition->signatures().size(), 1);
    QCOMPARE(m_edition->signatures().first().overrideReason, QStringLiteral("作者已电话确认"));
    QVERIFY(signOff.state(0).levels[0].valid);
    m_edition->undoStack()->undo();
    QVERIFY(m_edition->signatures().isEmpty());
}

void tst_SignOff::levelsSignInOrder()
{
    SignOff signOff(m_edition.get());
    QString error;
    QVERIFY(!signOff.sign(0, QStringLiteral("夜班主任"), QStringLiteral("乙"),
                          QDateTime::currentDateTimeUtc(), QString(), &error));
    QVERIFY2(error.contains(QStringLiteral("责编")), qPrintable(error));
    QVERIFY(!signOff.sign(0, QStringLiteral("社长"), QStringLiteral("乙"),
                          QDateTime::currentDateTimeUtc(), QString(), &error));
    QVERIFY(!signOff.sign(3, QStringLiteral("责编"), QStringLiteral("乙"),
                          QDateTime::currentDateTimeUtc(), QString(), &error));
    signLevels({QStringLiteral("责编"), QStringLiteral("夜班主任"), QStringLiteral("值班总编")});
    QCOMPARE(signOff.state(0).status, SignOff::Status::Signed);
    // A valid signature is not given twice.
    QVERIFY(!signOff.sign(0, QStringLiteral("责编"), QStringLiteral("甲"),
                          QDateTime::currentDateTimeUtc(), QString(), &error));
    QVERIFY2(error.contains(QStringLiteral("已签")), qPrintable(error));
}

void tst_SignOff::unsignTakesLaterLevelsAndUndoes()
{
    signLevels({QStringLiteral("责编"), QStringLiteral("夜班主任"), QStringLiteral("值班总编")});
    SignOff signOff(m_edition.get());
    QString error;
    SignatureCommand *c = signOff.unsign(0, QStringLiteral("夜班主任"), &error);
    QVERIFY2(c, qPrintable(error));
    push(c);
    SignOff::PageState state = signOff.state(0);
    QCOMPARE(state.status, SignOff::Status::Partly);
    QVERIFY(state.levels[0].valid);
    QVERIFY(!state.levels[1].signature && !state.levels[2].signature);
    m_edition->undoStack()->undo();
    QCOMPARE(signOff.state(0).status, SignOff::Status::Signed);
    QCOMPARE(m_edition->signatures().size(), 3);
    QCOMPARE(m_edition->signatures()[1].level, QStringLiteral("夜班主任")); // back in its place
}

void tst_SignOff::frameMovedOneMillimetreRevokesBoth()
{
    push(new SignOffSettingsCommand(m_edition.get(),
                                    {{QStringLiteral("责编"), QStringLiteral("值班总编")}, false}));
    signLevels({QStringLiteral("责编"), QStringLiteral("值班总编")});
    SignOff signOff(m_edition.get());
    QCOMPARE(signOff.state(0).status, SignOff::Status::Signed);

    Frame frame = *firstTextFrame();
    frame.rect.translate(0, 72.0 / 25.4);
    push(FrameCommand::change(m_edition.get(), frame, QStringLiteral("移动")));
    SignOff::PageState state = signOff.state(0);
    QCOMPARE(state.status, SignOff::Status::ChangedSinceSigned);
    QVERIFY(!state.levels[0].valid && !state.levels[1].valid);
    QVERIFY(state.levels[0].signature && state.levels[1].signature); // kept, not deleted

    // What else moved: the frame, 1 mm down; no text changed.
    const SignOff::Changes changes = signOff.changesSinceSignature(0);
    QVERIFY(changes.changed);
    QVERIFY(changes.text.changes.isEmpty());
    QCOMPARE(changes.moved.size(), 1);
    QCOMPARE(changes.moved[0].frameId, frame.id);
    QCOMPARE(changes.moved[0].after.top() - changes.moved[0].before.top(), 72.0 / 25.4);

    m_edition->undoStack()->undo();
    state = signOff.state(0);
    QCOMPARE(state.status, SignOff::Status::Signed);
    QVERIFY(state.levels[0].valid && state.levels[1].valid);
    m_edition->undoStack()->redo();
    QCOMPARE(signOff.state(0).status, SignOff::Status::ChangedSinceSigned);
}

void tst_SignOff::resignShowsExactlyTheChange_data()
{
    QTest::addColumn<QString>("word");
    QTest::addColumn<QString>("replacement");
    QTest::addColumn<QString>("oldText");
    QTest::addColumn<QString>("newText");
    QTest::newRow("one character changed") << "劳模墙"
                                           << "荣模墙"
                                           << "劳"
                                           << "荣";
    // One more character early in a long paragraph pushes every later line along.
    QTest::newRow("one character inserted, paragraph reflows") << "思想政治"
                                                               << "思想政治课"
                                                               << ""
                                                               << "课";
    QTest::newRow("one character deleted, paragraph reflows") << "草莓生产集成技术"
                                                              << "草莓生集成技术"
                                                              << "产"
                                                              << "";
}

void tst_SignOff::resignShowsExactlyTheChange()
{
    QFETCH(QString, word);
    QFETCH(QString, replacement);
    QFETCH(QString, oldText);
    QFETCH(QString, newText);
    push(new SignOffSettingsCommand(m_edition.get(),
                                    {{QStringLiteral("责编"), QStringLiteral("值班总编")}, false}));
    signLevels({QStringLiteral("责编"), QStringLiteral("值班总编")});
    bool edited = false;
    for (const Story &s : m_edition->stories()) {
        const int at = int(s.plainText().indexOf(word));
        if (at < 0)
            continue;
        Story story = s;
        QVERIFY(StoryText::replace(&story, at, int(word.size()), replacement));
        push(StoryCommand::change(m_edition.get(), story, QStringLiteral("改字")));
        edited = true;
        break;
    }
    QVERIFY(edited);
    SignOff signOff(m_edition.get());
    QCOMPARE(signOff.state(0).status, SignOff::Status::ChangedSinceSigned);
    const SignOff::Changes changes = signOff.changesSinceSignature(0);
    QVERIFY(changes.since);
    QCOMPARE(changes.since->level, QStringLiteral("值班总编"));
    QVERIFY(changes.changed);
    QCOMPARE(changes.text.changes.size(), 1);
    QCOMPARE(changes.text.changes[0].oldText, oldText);
    QCOMPARE(changes.text.changes[0].newText, newText);
    QCOMPARE(changes.text.changedCharacters, 1);
    QVERIFY(changes.moved.isEmpty());
    const QStringList lines = SignOff::describe(changes);
    QVERIFY2(lines.join(QLatin1Char('\n')).contains(QStringLiteral("1 个字符改动，共 1 处")),
             qPrintable(lines.join(QLatin1Char('\n'))));

    // Signing again, in order, makes the page 已签 for what it prints now.
    signLevels({QStringLiteral("责编"), QStringLiteral("值班总编")});
    QCOMPARE(signOff.state(0).status, SignOff::Status::Signed);
    QCOMPARE(m_edition->signatures().size(), 4); // the earlier ones kept
    QVERIFY(!signOff.changesSinceSignature(0).changed);
}

void tst_SignOff::exportRefusesChangedPageUntilSignedAgain()
{
    push(new SignOffSettingsCommand(m_edition.get(),
                                    {{QStringLiteral("责编"), QStringLiteral("值班总编")}, false}));
    signLevels({QStringLiteral("责编"), QStringLiteral("值班总编")});
    ExportGuard guard(m_edition.get());
    QVERIFY(guard.check(0).allowed);

    Story story = *m_edition->story(firstTextFrame()->storyId);
    QVERIFY(StoryText::replace(&story, 2, 1, QStringLiteral("某")));
    push(StoryCommand::change(m_edition.get(), story, QStringLiteral("改字")));
    ExportGuard::Verdict verdict = guard.check(0);
    QVERIFY(!verdict.allowed);
    QVERIFY2(verdict.problem.contains(QStringLiteral("第 1 页（A 第1版）")),
             qPrintable(verdict.problem));
    QVERIFY2(verdict.problem.contains(QStringLiteral("签版后有改动")), qPrintable(verdict.problem));
    QVERIFY(verdict.problem.contains(QStringLiteral("责编")) &&
            verdict.problem.contains(QStringLiteral("值班总编")));

    // Only 责编 again: still refused, now for the missing level.
    signLevels({QStringLiteral("责编")});
    verdict = guard.check(0);
    QVERIFY(!verdict.allowed);
    QVERIFY2(verdict.problem.contains(QStringLiteral("值班总编")), qPrintable(verdict.problem));
    signLevels({QStringLiteral("值班总编")});
    QVERIFY(guard.check(0).allowed);

    // An override is recorded with the file.
    const SentFile *sent =
        guard.recordSent(0, QStringLiteral("/plant/A01.pdf"), QStringLiteral("夜班"),
                         QDateTime::currentDateTimeUtc(), QStringLiteral("印厂催版"));
    QVERIFY(sent);
    QCOMPARE(m_edition->sentFiles().size(), 1);
    QCOMPARE(sent->overrideReason, QStringLiteral("印厂催版"));
    QCOMPARE(sent->pageId, m_edition->pages().first().id);
    QCOMPARE(sent->fingerprint, SignOff(m_edition.get()).state(0).fingerprint);
    QVERIFY(!sent->textMap.isEmpty());
}

void tst_SignOff::neverSignedPagesFollowTheRule()
{
    ExportGuard guard(m_edition.get());
    QVERIFY(!ExportGuard::isInForce(*m_edition));
    QVERIFY(guard.check(0).allowed);
    SignOffSettings settings = m_edition->signOffSettings();
    settings.requireSignature = true;
    push(new SignOffSettingsCommand(m_edition.get(), settings));
    QVERIFY(ExportGuard::isInForce(*m_edition));
    const ExportGuard::Verdict verdict = guard.check(0);
    QVERIFY(!verdict.allowed);
    QVERIFY2(verdict.problem.contains(QStringLiteral("还没有签：责编、夜班主任、值班总编")),
             qPrintable(verdict.problem));
    m_edition->undoStack()->undo();
    // One signature anywhere puts sign-off in force for every page.
    signLevels({QStringLiteral("责编")});
    QVERIFY(ExportGuard::isInForce(*m_edition));
    QVERIFY(!guard.check(0).allowed);
}

void tst_SignOff::compareSentGivesTheReplacementsChange()
{
    ExportGuard guard(m_edition.get());
    ProofComparer::Result result;
    QString error;
    QVERIFY(!ExportGuard::compareSent(*m_edition, m_edition->pages().first().id, &result, &error));
    QVERIFY(error.contains(QStringLiteral("还没有发过厂")));
    guard.recordSent(0, QStringLiteral("A01.pdf"), QString(), QDateTime::currentDateTimeUtc(), {});
    for (const Story &s : m_edition->stories()) {
        const int at = int(s.plainText().indexOf(QStringLiteral("草莓生产集成技术")));
        if (at < 0)
            continue;
        Story story = s;
        QVERIFY(StoryText::replace(&story, at + 2, 2, QStringLiteral("种植")));
        push(StoryCommand::change(m_edition.get(), story, QStringLiteral("改字")));
    }
    guard.recordSent(0, QStringLiteral("A01.pdf"), QString(), QDateTime::currentDateTimeUtc(), {});
    QVERIFY2(ExportGuard::compareSent(*m_edition, m_edition->pages().first().id, &result, &error),
             qPrintable(error));
    QCOMPARE(result.changes.size(), 1);
    QCOMPARE(result.changes[0].oldText, QStringLiteral("生产"));
    QCOMPARE(result.changes[0].newText, QStringLiteral("种植"));
    QCOMPARE(result.changedCharacters, 2);
}

void tst_SignOff::slugLineNamesValidSignatures()
{
    signLevels({QStringLiteral("责编")});
    ProofWriter writer(m_edition.get());
    QString error;
    const ProofRecord *proof =
        writer.issue(0, QStringLiteral("校对"), QDateTime::currentDateTime(), &error);
    QVERIFY2(proof, qPrintable(error));
    const auto doc = Poppler::Document::loadFromData(proof->pdf);
    QVERIFY(doc);
    const QString text = doc->page(0)->text(QRectF());
    QVERIFY2(text.contains(QStringLiteral("签：责编 签版人")), qPrintable(text.right(200)));

    // After a printed change the signature is no longer on the next proof.
    Frame frame = *firstTextFrame();
    frame.rect.translate(72.0 / 25.4, 0);
    push(FrameCommand::change(m_edition.get(), frame, QStringLiteral("移动")));
    const ProofRecord *second =
        writer.issue(0, QStringLiteral("校对"), QDateTime::currentDateTime(), &error);
    QVERIFY(second);
    const auto doc2 = Poppler::Document::loadFromData(second->pdf);
    QVERIFY(!doc2->page(0)->text(QRectF()).contains(QStringLiteral("签：")));
}

QTEST_MAIN(tst_SignOff)
#include "tst_signoff.moc"
