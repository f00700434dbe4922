#include "model/edition.h"
#include "store/editionstore.h"
#include "store/recoverycopy.h"
#include "store/recoverystore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace folio;

namespace {
std::unique_ptr<Edition> editionWith(const QString &text)
{
    auto edition = std::make_unique<Edition>();
    Story story;
    story.id = 1;
    story.slug = QStringLiteral("头条");
    story.paragraphs = {{0, {{text, 0}}}};
    edition->putStory(story);
    edition->setInfo({QStringLiteral("要闻"), QDate(2025, 1, 20), QStringLiteral("晨光日报")});
    return edition;
}

QString storyText(const QString &path)
{
    const OpenResult opened = EditionStore::open(path, EditionStore::OpenMode::ReadOnly);
    if (!opened.isOk())
        return opened.error;
    return opened.edition->story(1) ? opened.edition->story(1)->plainText() : QString();
}
} // namespace

class tst_RecoveryStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void writeListReadBack_data();
    void writeListReadBack();
    void rewriteKeepsOneCopyWithTheLatestState();
    void copyOfLiveWriterIsNotListed();
    void copyOfKilledProcessIsListed();
    void removeDeletesEveryFile();
    void claimTakesOverOnce();
    void incompleteCopiesAreNotListedAndCleanedUp();
    void defaultFolderIsInTheUsersDataFolder();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_folder;
};

void tst_RecoveryStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_folder = m_dir->filePath(QStringLiteral("恢复"));
}

void tst_RecoveryStore::writeListReadBack_data()
{
    QTest::addColumn<QString>("original");
    QTest::addColumn<QString>("name");
    QTest::newRow("saved edition")
        << QStringLiteral("/版面/要闻.folio") << QStringLiteral("要闻.folio");
    QTest::newRow("never saved") << QString() << QStringLiteral("未命名版面");
}

void tst_RecoveryStore::writeListReadBack()
{
    QFETCH(QString, original);
    QFETCH(QString, name);
    const auto edition = editionWith(QStringLiteral("昌平区总工会"));
    const QStringList edits = {QStringLiteral("移动框"), QStringLiteral("改稿")};
    const QDateTime before = QDateTime::currentDateTime().addMSecs(-1);
    QString id;
    {
        RecoveryCopy copy(m_folder);
        QVERIFY(!copy.exists());
        QString error;
        QVERIFY2(copy.write(*edition, original, name, edits, &error), qPrintable(error));
        QVERIFY(copy.exists());
        id = copy.id();
        QCOMPARE(copy.path(), RecoveryStore(m_folder).copyPath(id));
        // Written by this running program: not offered.
        QVERIFY(RecoveryStore(m_folder).list().isEmpty());
    }
    // The writer let go without removing (as a crash does): offered with its description.
    const QList<RecoveryEntry> entries = RecoveryStore(m_folder).list();
    QCOMPARE(entries.size(), 1);
    const RecoveryEntry &e = entries.first();
    QCOMPARE(e.id, id);
    QCOMPARE(e.originalPath, original);
    QCOMPARE(e.displayName, name);
    QCOMPARE(e.lastEdits, edits);
    QVERIFY(e.savedAt >= before && e.savedAt <= QDateTime::currentDateTime());
    QCOMPARE(e.processId, QCoreApplication::applicationPid());
    QVERIFY(!e.hostName.isEmpty());
    QCOMPARE(storyText(e.copyPath), QStringLiteral("昌平区总工会"));
    const OpenResult opened = EditionStore::open(e.copyPath, EditionStore::OpenMode::ReadOnly);
    QVERIFY(opened.isOk());
    QVERIFY(opened.edition->contentEquals(*edition));
}

void tst_RecoveryStore::rewriteKeepsOneCopyWithTheLatestState()
{
    RecoveryCopy copy(m_folder);
    QVERIFY(copy.write(*editionWith(QStringLiteral("一稿")), {}, QStringLiteral("a"), {}, nullptr));
    QVERIFY(copy.write(*editionWith(QStringLiteral("二稿")), {}, QStringLiteral("b"),
                       {QStringLiteral("改稿")}, nullptr));
    QCOMPARE(storyText(copy.path()), QStringLiteral("二稿"));
    RecoveryEntry entry;
    QVERIFY(
        RecoveryStore::readDescription(RecoveryStore(m_folder).descriptionPath(copy.id()), &entry));
    QCOMPARE(entry.displayName, QStringLiteral("b"));
    QCOMPARE(QDir(m_folder).entryList({QStringLiteral("*.folio")}, QDir::Files).size(), 1);
}

void tst_RecoveryStore::copyOfLiveWriterIsNotListed()
{
    RecoveryCopy first(m_folder);
    auto second = std::make_unique<RecoveryCopy>(m_folder);
    QVERIFY(first.write(*editionWith(QStringLiteral("甲")), {}, QStringLiteral("甲"), {}, nullptr));
    QVERIFY(
        second->write(*editionWith(QStringLiteral("乙")), {}, QStringLiteral("乙"), {}, nullptr));
    const RecoveryStore store(m_folder);
    QVERIFY(store.list().isEmpty());
    // Nobody else may delete a copy whose writer runs.
    QVERIFY(!store.remove(first.id()));
    QVERIFY(QFile::exists(first.path()));
    // Once one writer is gone, only its copy is offered.
    const QString secondId = second->id();
    second.reset();
    const QList<RecoveryEntry> entries = store.list();
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries.first().id, secondId);
    QCOMPARE(entries.first().displayName, QStringLiteral("乙"));
}

void tst_RecoveryStore::copyOfKilledProcessIsListed()
{
    const QString child =
        QCoreApplication::applicationDirPath() + QStringLiteral("/tst_store_recoverychild");
    QVERIFY2(QFile::exists(child), qPrintable(child));
    QProcess process;
    process.start(child, {m_folder, QStringLiteral("被杀之前的稿子")});
    QVERIFY(process.waitForStarted());
    QByteArray output;
    while (!output.contains('\n') && process.state() == QProcess::Running) {
        process.waitForReadyRead(10000);
        output += process.readAllStandardOutput();
    }
    QVERIFY2(output.contains('\n'), process.readAllStandardError().constData());
    const QString id = QString::fromUtf8(output.trimmed());
    const RecoveryStore store(m_folder);
    QVERIFY(QFile::exists(store.copyPath(id)));
    // The child runs: its copy is not ours to offer.
    QVERIFY(store.list().isEmpty());

    const qint64 pid = process.processId();
    process.kill();
    QVERIFY(process.waitForFinished(5000));
    QCOMPARE(process.exitStatus(), QProcess::CrashExit);
    const QList<RecoveryEntry> entries = store.list();
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries.first().id, id);
    QCOMPARE(entries.first().originalPath, QStringLiteral("/報社/要闻.folio"));
    QCOMPARE(entries.first().lastEdits, QStringList{QStringLiteral("移动框")});
    QCOMPARE(entries.first().processId, pid);
    QCOMPARE(storyText(entries.first().copyPath), QStringLiteral("被杀之前的稿子"));
}

void tst_RecoveryStore::removeDeletesEveryFile()
{
    QString id;
    {
        RecoveryCopy copy(m_folder);
        QVERIFY(
            copy.write(*editionWith(QStringLiteral("稿")), {}, QStringLiteral("稿"), {}, nullptr));
        id = copy.id();
    }
    const RecoveryStore store(m_folder);
    QCOMPARE(store.list().size(), 1);
    QVERIFY(store.remove(id));
    QVERIFY(store.list().isEmpty());
    QCOMPARE(QDir(m_folder).entryList(QDir::Files | QDir::Hidden), QStringList());

    // RecoveryCopy::remove is the clean close of a running writer.
    RecoveryCopy copy(m_folder);
    QVERIFY(copy.write(*editionWith(QStringLiteral("稿")), {}, QStringLiteral("稿"), {}, nullptr));
    copy.remove();
    QVERIFY(!copy.exists());
    QCOMPARE(QDir(m_folder).entryList(QDir::Files | QDir::Hidden), QStringList());
}

void tst_RecoveryStore::claimTakesOverOnce()
{
    {
        RecoveryCopy copy(m_folder);
        QVERIFY(
            copy.write(*editionWith(QStringLiteral("旧")), {}, QStringLiteral("旧"), {}, nullptr));
    }
    const RecoveryStore store(m_folder);
    const RecoveryEntry entry = store.list().value(0);
    QVERIFY(!entry.id.isEmpty());
    QString error;
    std::unique_ptr<RecoveryCopy> claimed = RecoveryCopy::claim(entry, m_folder, &error);
    QVERIFY2(claimed, qPrintable(error));
    QVERIFY(claimed->exists());
    QCOMPARE(claimed->path(), entry.copyPath);
    // Held now: not offered again, a second claim is refused with the file named.
    QVERIFY(store.list().isEmpty());
    QVERIFY(!RecoveryCopy::claim(entry, m_folder, &error));
    QVERIFY2(error.contains(QDir::toNativeSeparators(entry.copyPath)), qPrintable(error));
    // The new owner writes the same copy.
    QVERIFY(
        claimed->write(*editionWith(QStringLiteral("新")), {}, QStringLiteral("新"), {}, nullptr));
    QCOMPARE(storyText(entry.copyPath), QStringLiteral("新"));
    claimed->remove();
    QVERIFY(!QFile::exists(entry.copyPath));
    QVERIFY(!RecoveryCopy::claim(entry, m_folder, &error));
}

void tst_RecoveryStore::incompleteCopiesAreNotListedAndCleanedUp()
{
    QVERIFY(QDir().mkpath(m_folder));
    const RecoveryStore store(m_folder);
    // A copy without description (killed between the two writes).
    QVERIFY(EditionStore::save(*editionWith(QStringLiteral("半")), store.copyPath("half")));
    QFile(store.lockPath("half")).open(QIODevice::WriteOnly);
    // A description that is not one, and one whose copy is gone.
    QFile bad(store.descriptionPath("bad"));
    QVERIFY(bad.open(QIODevice::WriteOnly));
    bad.write("{\"format\": \"something-else\"}");
    bad.close();
    QVERIFY(EditionStore::save(*editionWith(QStringLiteral("坏")), store.copyPath("bad")));
    QFile orphan(store.descriptionPath("orphan"));
    QVERIFY(orphan.open(QIODevice::WriteOnly));
    orphan.write("{\"format\": \"folio-recovery\", \"savedAt\": \"2025-01-20T10:00:00.000\"}");
    orphan.close();
    QVERIFY(store.list().isEmpty());

    store.removeIncomplete();
    QVERIFY(!QFile::exists(store.copyPath("half")));
    QVERIFY(!QFile::exists(store.lockPath("half")));
    // Described copies are the user's to decide on, even when unreadable: left alone.
    QVERIFY(QFile::exists(store.copyPath("bad")));
}

void tst_RecoveryStore::defaultFolderIsInTheUsersDataFolder()
{
    const QString data = m_dir->filePath(QStringLiteral("data"));
    qputenv("XDG_DATA_HOME", QFile::encodeName(data));
    const QString folder = RecoveryStore::defaultFolder();
    QVERIFY2(folder.startsWith(data + QLatin1Char('/')), qPrintable(folder));
    QVERIFY(
        folder.endsWith(QStringLiteral("/%1/recovery").arg(QCoreApplication::applicationName())));
}

QTEST_GUILESS_MAIN(tst_RecoveryStore)
#include "tst_recoverystore.moc"
