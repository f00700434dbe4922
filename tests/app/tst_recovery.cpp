// Autosave keeps recovery copies apart from the document: the user's file changes only on
// save, quitting with changes always asks, and after a kill -9 the next start offers what was
// kept. Real windows offscreen, real files, a real child process killed with SIGKILL; the
// user's data and settings folders are replaced by temporary ones.

#include "app/editiondocument.h"
#include "app/mainwindow.h"
#include "app/pageview.h"
#include "app/recoverydialog.h"
#include "model/edition.h"
#include "seededition.h"
#include "store/autosaver.h"
#include "store/editionlock.h"
#include "store/editionstore.h"
#include "store/recoverycopy.h"
#include "store/recoverystore.h"

#include <QCryptographicHash>
#include <QDir>
#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTreeWidget>
#include <QUndoStack>
#include <QtTest>

using namespace folio;
using namespace folio::app;

namespace {
QByteArray sha1Of(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return "missing";
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha1).toHex();
}

// Every file in the recovery folder (copies, descriptions, locks, SQLite side files).
QStringList recoveryFiles()
{
    return QDir(RecoveryStore::defaultFolder()).entryList(QDir::Files | QDir::Hidden);
}

// Nudges the first frame of the current page right and down with the arrow keys: one undo
// step (微移框), exactly as the page view does it.
QRectF nudgeFirstFrame(MainWindow &window, ObjectId *id)
{
    PageView *view = window.pageView();
    const Page *page = window.document()->edition()->page(view->pageId());
    *id = page->frames.first().id;
    view->setSelection({*id});
    QTest::keyClick(view, Qt::Key_Right);
    QTest::keyClick(view, Qt::Key_Down);
    return window.document()->edition()->frame(*id)->rect;
}
} // namespace

class TestRecovery : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void quitAlwaysAsksAndOnlySaveWritesTheFile_data();
    void quitAlwaysAsksAndOnlySaveWritesTheFile();
    void newOverModifiedEditionAsks();
    void killedAfterAutosaveIsOfferedAndRecovered_data();
    void killedAfterAutosaveIsOfferedAndRecovered();
    void laterKeepsTheCopyDiscardRemovesIt();
    void copiesOfARunningWindowAreNotOffered();

private:
    QTemporaryDir m_dir;
    QString m_seedPath;
};

void TestRecovery::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.filePath("settings"));
    QCoreApplication::setOrganizationName("FolioTest");
    QCoreApplication::setApplicationName("tst_recovery");
    // The recovery folder (QStandardPaths::AppDataLocation) lives under XDG_DATA_HOME.
    qputenv("XDG_DATA_HOME", QFile::encodeName(m_dir.filePath("data")));
    QVERIFY(RecoveryStore::defaultFolder().startsWith(m_dir.filePath("data")));
    m_seedPath = m_dir.filePath("seed.folio");
    QVERIFY(EditionStore::save(*test::createSeedEdition(), m_seedPath));
}

void TestRecovery::init()
{
    QDir(RecoveryStore::defaultFolder()).removeRecursively();
}

void TestRecovery::quitAlwaysAsksAndOnlySaveWritesTheFile_data()
{
    QTest::addColumn<int>("answer");
    QTest::addColumn<bool>("closes");
    QTest::addColumn<bool>("fileChanges");
    QTest::newRow("丢弃") << int(QMessageBox::Discard) << true << false;
    QTest::newRow("取消") << int(QMessageBox::Cancel) << false << false;
    QTest::newRow("保存") << int(QMessageBox::Save) << true << true;
}

void TestRecovery::quitAlwaysAsksAndOnlySaveWritesTheFile()
{
    QFETCH(int, answer);
    QFETCH(bool, closes);
    QFETCH(bool, fileChanges);
    const QString path =
        m_dir.filePath(QStringLiteral("quit-%1.folio").arg(QTest::currentDataTag()));
    QFile::remove(path);
    QVERIFY(QFile::copy(m_seedPath, path));
    const QByteArray before = sha1Of(path);
    const QStringList folderBefore = QDir(m_dir.path()).entryList(QDir::Files | QDir::Hidden);

    MainWindow window;
    QVERIFY(window.openFile(path));
    window.document()->setAutosaveInterval(1);
    window.show();
    ObjectId id = 0;
    const QRectF moved = nudgeFirstFrame(window, &id);
    QVERIFY(window.document()->isModified());
    QCOMPARE(window.document()->edition()->undoStack()->undoText(), QStringLiteral("微移框"));
    // The timer writes the recovery copy, not the document.
    QSignalSpy autosaved(window.document(), &EditionDocument::autosaved);
    QVERIFY(autosaved.wait(10000));
    const QString copy = window.document()->autosaver()->copyPath();
    QVERIFY(QFile::exists(copy));
    QVERIFY(copy.startsWith(RecoveryStore::defaultFolder()));
    QCOMPARE(sha1Of(path), before);
    QVERIFY(window.document()->isModified());

    QStringList asked;
    window.setSaveQuestion([&](const QString &name) {
        asked << name;
        return QMessageBox::StandardButton(answer);
    });
    QCOMPARE(window.close(), closes);
    QCOMPARE(asked, QStringList{QFileInfo(path).fileName()});
    if (fileChanges) {
        QVERIFY(sha1Of(path) != before);
        const OpenResult saved = EditionStore::open(path, EditionStore::OpenMode::ReadOnly);
        QVERIFY2(saved.isOk(), qPrintable(saved.error));
        QCOMPARE(saved.edition->frame(id)->rect, moved);
    } else {
        // Byte-identical, and no write-ahead log or other file appeared beside it; only the
        // edition's lock while the window still edits it.
        QCOMPARE(sha1Of(path), before);
        QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));
        QStringList expected = folderBefore;
        if (!closes)
            expected << QFileInfo(store::EditionLock::lockFilePath(path)).fileName();
        expected.sort();
        QCOMPARE(QDir(m_dir.path()).entryList(QDir::Files | QDir::Hidden, QDir::Name), expected);
    }
    // A clean close (saved or discarded) leaves no copy; a cancelled one keeps it.
    QCOMPARE(QFile::exists(copy), !closes);
    if (closes)
        QCOMPARE(recoveryFiles(), QStringList());
    window.setSaveQuestion([](const QString &) { return QMessageBox::Discard; });
}

void TestRecovery::newOverModifiedEditionAsks()
{
    MainWindow window;
    window.openSample();
    ObjectId id = 0;
    nudgeFirstFrame(window, &id);
    Edition *edition = window.document()->edition();
    QAction *newAction = nullptr;
    for (QAction *a : window.findChildren<QAction *>())
        if (a->shortcut() == QKeySequence(QKeySequence::New))
            newAction = a;
    QVERIFY(newAction);
    int asked = 0;
    window.setSaveQuestion([&](const QString &) {
        ++asked;
        return QMessageBox::Cancel;
    });
    newAction->trigger();
    QCOMPARE(asked, 1);
    QCOMPARE(window.document()->edition(), edition);
    window.setSaveQuestion([&](const QString &) {
        ++asked;
        return QMessageBox::Discard;
    });
    newAction->trigger();
    QCOMPARE(asked, 2);
    QVERIFY(window.document()->edition() != edition);
    QVERIFY(!window.document()->isModified());
}

void TestRecovery::killedAfterAutosaveIsOfferedAndRecovered_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<bool>("saved");
    QTest::addColumn<QString>("name");
    QTest::newRow("saved edition") << QStringList{"saved", "PATH"} << true << "killed.folio";
    QTest::newRow("sample, never saved") << QStringList{"sample"} << false << "示例版面";
    QTest::newRow("import, never saved")
        << QStringList{"import", QStringLiteral(FOLIO_TEST_DATA_DIR "/seed-page.txt")} << false
        << "未命名版面";
}

void TestRecovery::killedAfterAutosaveIsOfferedAndRecovered()
{
    QFETCH(QStringList, arguments);
    QFETCH(bool, saved);
    QFETCH(QString, name);
    const QString path = m_dir.filePath(QStringLiteral("killed.folio"));
    QFile::remove(path);
    QVERIFY(QFile::copy(m_seedPath, path));
    arguments.replaceInStrings(QStringLiteral("PATH"), path);
    const QByteArray before = sha1Of(path);

    const QString child = QCoreApplication::applicationDirPath() + "/tst_app_recoverychild";
    QVERIFY2(QFile::exists(child), qPrintable(child));
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert("XDG_DATA_HOME", m_dir.filePath("data"));
    env.insert("XDG_CONFIG_HOME", m_dir.filePath("child-config"));
    env.insert("QT_QPA_PLATFORM", "offscreen");
    process.setProcessEnvironment(env);
    process.start(child, arguments);
    QVERIFY(process.waitForStarted());
    QByteArray output;
    while (!output.contains('\n') && process.state() == QProcess::Running) {
        process.waitForReadyRead(30000);
        output += process.readAllStandardOutput();
    }
    QVERIFY2(output.contains('\n'), process.readAllStandardError().constData());
    const QList<QByteArray> fields = output.trimmed().split(' ');
    QCOMPARE(fields.size(), 3);
    const ObjectId id = fields[0].toLongLong();
    const QPointF movedTo(fields[1].toDouble(), fields[2].toDouble());

    // A second start while the first still runs offers nothing of it.
    {
        MainWindow other;
        bool shown = false;
        QVERIFY(!other.offerRecovery([&](RecoveryDialog &) { shown = true; }));
        QVERIFY(!shown);
    }
    process.kill();
    QVERIFY(process.waitForFinished(10000));
    QCOMPARE(process.exitStatus(), QProcess::CrashExit);
    QCOMPARE(sha1Of(path), before);

    // The next start lists what was kept and 恢复 brings it back.
    MainWindow window;
    const QDateTime now = QDateTime::currentDateTime();
    QStringList row;
    QVERIFY(window.offerRecovery([&](RecoveryDialog &dialog) {
        QCOMPARE(dialog.list()->topLevelItemCount(), 1);
        const QTreeWidgetItem *item = dialog.list()->topLevelItem(0);
        for (int c = 0; c < 4; ++c)
            row << item->text(c);
        dialog.recoverButton()->click();
    }));
    QCOMPARE(row.size(), 4);
    QCOMPARE(row[0], saved ? name : window.document()->displayName());
    if (!saved)
        QVERIFY2(row[0].contains(name), qPrintable(row[0]));
    QCOMPARE(row[1], saved ? QDir::toNativeSeparators(path) : QStringLiteral("从未保存"));
    const QDateTime when = QDateTime::fromString(row[2], QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    QVERIFY2(when.isValid() && when <= now && when.secsTo(now) < 120, qPrintable(row[2]));
    QVERIFY2(row[3].startsWith(QStringLiteral("微移框")), qPrintable(row[3]));
    if (arguments.first() == QLatin1String("import"))
        QVERIFY2(row[3].contains(QStringLiteral("导入版面")), qPrintable(row[3]));

    // The edit is back, as an unsaved edition bound to its original file (or to none).
    const Frame *frame = window.document()->edition()->frame(id);
    QVERIFY(frame);
    QCOMPARE(frame->rect.topLeft(), movedTo);
    QVERIFY(window.document()->isModified());
    QVERIFY(window.isWindowModified());
    QCOMPARE(window.document()->filePath(), saved ? QFileInfo(path).absoluteFilePath() : QString());
    QCOMPARE(sha1Of(path), before);
    // Taken over: not offered again while this window has it.
    QVERIFY(RecoveryStore().list().isEmpty());
    QVERIFY(!recoveryFiles().isEmpty());

    if (saved) {
        // Save writes the original file, and only then; the copy goes.
        QVERIFY(window.saveFile());
        const OpenResult reopened = EditionStore::open(path, EditionStore::OpenMode::ReadOnly);
        QVERIFY2(reopened.isOk(), qPrintable(reopened.error));
        QCOMPARE(reopened.edition->frame(id)->rect.topLeft(), movedTo);
        QVERIFY(!window.document()->isModified());
        QCOMPARE(recoveryFiles(), QStringList());
    } else {
        window.setSaveQuestion([](const QString &) { return QMessageBox::Discard; });
        QVERIFY(window.close());
        QCOMPARE(recoveryFiles(), QStringList());
    }
}

void TestRecovery::laterKeepsTheCopyDiscardRemovesIt()
{
    // A copy whose writer is gone, as a crash leaves it.
    {
        RecoveryCopy copy;
        auto edition = test::createSeedEdition();
        QVERIFY(copy.write(*edition, m_seedPath, QStringLiteral("seed.folio"),
                           {QStringLiteral("移动框")}, nullptr));
    }
    QCOMPARE(RecoveryStore().list().size(), 1);
    MainWindow window;
    Edition *edition = window.document()->edition();
    QVERIFY(!window.offerRecovery([](RecoveryDialog &dialog) { dialog.laterButton()->click(); }));
    QCOMPARE(window.document()->edition(), edition);
    QCOMPARE(RecoveryStore().list().size(), 1);

    QVERIFY(!window.offerRecovery([](RecoveryDialog &dialog) { dialog.discardButton()->click(); }));
    QCOMPARE(window.document()->edition(), edition);
    QVERIFY(RecoveryStore().list().isEmpty());
    QCOMPARE(recoveryFiles(), QStringList());
    // Nothing left: the next start shows no dialog.
    bool shown = false;
    QVERIFY(!window.offerRecovery([&](RecoveryDialog &) { shown = true; }));
    QVERIFY(!shown);
}

void TestRecovery::copiesOfARunningWindowAreNotOffered()
{
    MainWindow first;
    first.openSample();
    ObjectId id = 0;
    nudgeFirstFrame(first, &id);
    QVERIFY(first.document()->autosaver()->writeIfNeeded());
    QVERIFY(first.document()->autosaver()->hasCopy());
    MainWindow second;
    bool shown = false;
    QVERIFY(!second.offerRecovery([&](RecoveryDialog &) { shown = true; }));
    QVERIFY(!shown);
    // Undoing back to the opened state leaves nothing to recover: the copy goes.
    first.document()->edition()->undoStack()->undo();
    QVERIFY(first.document()->autosaver()->writeIfNeeded());
    QCOMPARE(recoveryFiles(), QStringList());
}

QTEST_MAIN(TestRecovery)
#include "tst_recovery.moc"
