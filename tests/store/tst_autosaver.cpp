#include "model/edition.h"
#include "model/storycommand.h"
#include "store/autosaver.h"
#include "store/editionstore.h"
#include "store/recoverystore.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace folio;

namespace {
Story storyWith(ObjectId id, const QString &text)
{
    Story story;
    story.id = id;
    story.slug = QStringLiteral("稿件");
    story.paragraphs = {{0, {{text, 0}}}};
    return story;
}

// One real undo step that changes story 1's text.
void edit(Edition &edition, const QString &text)
{
    if (!edition.story(1))
        edition.undoStack()->push(StoryCommand::add(&edition, storyWith(1, text)));
    else
        edition.undoStack()->push(
            StoryCommand::change(&edition, storyWith(1, text), QStringLiteral("改稿：") + text));
}

QString storyText(const QString &path, ObjectId id)
{
    const OpenResult opened = EditionStore::open(path, EditionStore::OpenMode::ReadOnly);
    if (!opened.isOk())
        return opened.error;
    const Story *story = opened.edition->story(id);
    return story ? story->plainText() : QString();
}

QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray("missing");
}
} // namespace

// The autosaver writes recovery copies into its folder and never the user's file.
class tst_Autosaver : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void writesCopyNeverTheDocument();
    void timerWritesAfterInterval();
    void everyNEditsWritesACopy();
    void backToSavedStateRemovesCopy();
    void discardRemovesCopy();
    void failedWriteReportsErrorAndStaysPending();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_folder;
    QString m_document;
};

void tst_Autosaver::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_folder = m_dir->filePath(QStringLiteral("recovery"));
    m_document = m_dir->filePath(QStringLiteral("自动保存.folio"));
}

void tst_Autosaver::writesCopyNeverTheDocument()
{
    Edition edition;
    edition.putStory(storyWith(1, QStringLiteral("初稿")));
    QVERIFY(EditionStore::save(edition, m_document));
    edition.undoStack()->setClean();
    const QByteArray before = fileBytes(m_document);

    Autosaver autosaver(&edition, m_folder);
    autosaver.setOriginalPath(m_document);
    autosaver.setDisplayName(QStringLiteral("自动保存.folio"));
    QSignalSpy written(&autosaver, &Autosaver::written);
    QVERIFY(!autosaver.isPending());
    QVERIFY(autosaver.writeIfNeeded());
    QCOMPARE(written.count(), 0);
    QVERIFY(!autosaver.hasCopy());

    edit(edition, QStringLiteral("改稿"));
    edit(edition, QStringLiteral("再改"));
    QVERIFY(autosaver.isPending());
    QVERIFY(autosaver.writeIfNeeded());
    QCOMPARE(written.count(), 1);
    QVERIFY(autosaver.hasCopy());
    QVERIFY(!autosaver.isPending());
    QCOMPARE(written.first().first().toDateTime(), autosaver.lastWritten());
    QVERIFY(QFileInfo(autosaver.copyPath()).absolutePath() == QDir(m_folder).absolutePath());
    QCOMPARE(storyText(autosaver.copyPath(), 1), QStringLiteral("再改"));
    // The user's file: not a byte changed, no write-ahead log beside it.
    QCOMPARE(fileBytes(m_document), before);
    QVERIFY(!QFile::exists(m_document + QStringLiteral("-wal")));

    RecoveryEntry entry;
    QVERIFY(RecoveryStore::readDescription(
        RecoveryStore(m_folder).descriptionPath(QFileInfo(autosaver.copyPath()).completeBaseName()),
        &entry));
    QCOMPARE(entry.originalPath, m_document);
    QCOMPARE(entry.displayName, QStringLiteral("自动保存.folio"));
    QCOMPARE(entry.lastEdits,
             QStringList({QStringLiteral("改稿：改稿"), QStringLiteral("改稿：再改")}));

    // Nothing new: nothing written.
    QVERIFY(autosaver.writeIfNeeded());
    QCOMPARE(written.count(), 1);
}

void tst_Autosaver::timerWritesAfterInterval()
{
    Edition edition;
    Autosaver autosaver(&edition, m_folder);
    autosaver.setInterval(0); // clamped: at least one second
    QCOMPARE(autosaver.interval(), 1);
    QSignalSpy written(&autosaver, &Autosaver::written);
    autosaver.start();
    QVERIFY(autosaver.isActive());
    edit(edition, QStringLiteral("定时保存"));
    QVERIFY(written.wait(5000));
    QCOMPARE(storyText(autosaver.copyPath(), 1), QStringLiteral("定时保存"));
    autosaver.stop();
    QVERIFY(!autosaver.isActive());
}

void tst_Autosaver::everyNEditsWritesACopy()
{
    Edition edition;
    Autosaver autosaver(&edition, m_folder);
    autosaver.setInterval(3600); // the timer never fires here: the edits do it
    autosaver.setEditThreshold(3);
    autosaver.start();
    QSignalSpy written(&autosaver, &Autosaver::written);
    edit(edition, QStringLiteral("一"));
    edit(edition, QStringLiteral("二"));
    QCoreApplication::processEvents();
    QCOMPARE(written.count(), 0);
    edit(edition, QStringLiteral("三"));
    QVERIFY(written.wait(5000));
    QCOMPARE(storyText(autosaver.copyPath(), 1), QStringLiteral("三"));
    // Undo counts as a change of the stack too.
    edition.undoStack()->undo();
    edit(edition, QStringLiteral("四"));
    edit(edition, QStringLiteral("五"));
    QVERIFY(written.wait(5000));
    QCOMPARE(written.count(), 2);
    QCOMPARE(storyText(autosaver.copyPath(), 1), QStringLiteral("五"));
    // Typing merges into one step: however many characters, one edit.
    for (const QString &text : {QStringLiteral("六"), QStringLiteral("六七"),
                                QStringLiteral("六七八"), QStringLiteral("六七八九")})
        edition.undoStack()->push(
            StoryCommand::change(&edition, storyWith(1, text), QStringLiteral("输入"), true));
    QCoreApplication::processEvents();
    QCOMPARE(written.count(), 2);
    QCOMPARE(edition.undoStack()->undoText(), QStringLiteral("输入"));
}

void tst_Autosaver::backToSavedStateRemovesCopy()
{
    Edition edition;
    Autosaver autosaver(&edition, m_folder);
    edit(edition, QStringLiteral("改"));
    QVERIFY(autosaver.writeIfNeeded());
    QVERIFY(QFile::exists(autosaver.copyPath()));
    edition.undoStack()->undo(); // the edition is as it was opened: nothing to recover
    QVERIFY(autosaver.isPending());
    QVERIFY(autosaver.writeIfNeeded());
    QVERIFY(!autosaver.hasCopy());
    QVERIFY(!QFile::exists(autosaver.copyPath()));
    QVERIFY(QDir(m_folder).entryList(QDir::Files | QDir::Hidden).isEmpty());
}

void tst_Autosaver::discardRemovesCopy()
{
    Edition edition;
    QString copy;
    {
        Autosaver autosaver(&edition, m_folder);
        edit(edition, QStringLiteral("改"));
        QVERIFY(autosaver.writeIfNeeded());
        copy = autosaver.copyPath();
        QVERIFY(QFile::exists(copy));
        autosaver.discard();
        QVERIFY(!QFile::exists(copy));
        QVERIFY(!autosaver.isPending());
        // A later change writes again.
        edit(edition, QStringLiteral("又改"));
        QVERIFY(autosaver.writeIfNeeded());
        QVERIFY(QFile::exists(copy));
    }
    // Destroyed without discard (as if the program died here): the copy stays to be offered.
    QVERIFY(QFile::exists(copy));
    QCOMPARE(RecoveryStore(m_folder).list().size(), 1);
}

void tst_Autosaver::failedWriteReportsErrorAndStaysPending()
{
    // A file where the folder should be: the folder cannot be made.
    QFile blocker(m_folder);
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    Edition edition;
    Autosaver autosaver(&edition, m_folder);
    QSignalSpy errors(&autosaver, &Autosaver::errorOccurred);
    QSignalSpy written(&autosaver, &Autosaver::written);
    edit(edition, QStringLiteral("稿"));
    QVERIFY(!autosaver.writeIfNeeded());
    QCOMPARE(errors.count(), 1);
    QCOMPARE(written.count(), 0);
    const QString message = errors.first().first().toString();
    QVERIFY2(message.contains(QDir::toNativeSeparators(m_folder)), qPrintable(message));
    QCOMPARE(autosaver.lastError(), message);
    QVERIFY(autosaver.isPending());

    // Once the folder can be made, the pending edits are written.
    QVERIFY(QFile::remove(m_folder));
    QVERIFY(autosaver.writeIfNeeded());
    QCOMPARE(written.count(), 1);
    QVERIFY(autosaver.lastError().isEmpty());
    QCOMPARE(storyText(autosaver.copyPath(), 1), QStringLiteral("稿"));
}

QTEST_GUILESS_MAIN(tst_Autosaver)
#include "tst_autosaver.moc"
