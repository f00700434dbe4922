#include "app/editiondocument.h"
#include "app/mainwindow.h"
#include "model/edition.h"
#include "seededition.h"
#include "store/editionlock.h"
#include "store/editionstore.h"

#include <QFileInfo>
#include <QProcess>
#include <QSettings>
#include <QStatusBar>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QtTest>

using namespace folio;
using namespace folio::app;
using store::EditionLock;

namespace {
QByteArray checksum(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}
} // namespace

// One writer per edition in the app: a document that opens an edition read-write holds its
// lock; a second document, in this process or another, sees who edits it.
class TestDocumentLock : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void secondDocumentSeesTheLock();
    void saveAsOverALockedEditionRefused();
    void lockFollowsTheDocument();
    void windowOpensLockedEditionReadOnly();
    void closingTheWindowReleasesTheLock();

private:
    QTemporaryDir m_dir;
    QString m_path;
};

void TestDocumentLock::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.filePath("settings"));
    QCoreApplication::setOrganizationName("FolioTest");
    QCoreApplication::setApplicationName("tst_documentlock");
}

void TestDocumentLock::init()
{
    EditionLock::setUserName(QStringLiteral("张三"));
    m_path = m_dir.filePath(QStringLiteral("%1.folio").arg(QTest::currentTestFunction()));
    QString error;
    QVERIFY2(EditionStore::save(*test::createSeedEdition(), m_path, &error), qPrintable(error));
}

void TestDocumentLock::secondDocumentSeesTheLock()
{
    const QString lockFile = EditionLock::lockFilePath(m_path);
    auto first = std::make_unique<EditionDocument>();
    QString error;
    QVERIFY2(first->open(m_path, &error), qPrintable(error));
    QVERIFY(!first->isReadOnly());
    QVERIFY(QFileInfo::exists(lockFile));

    EditionDocument second;
    QVERIFY(!second.open(m_path, &error));
    const QString expected =
        QStringLiteral("“secondDocumentSeesTheLock.folio”正在由 张三 在 %1 机编辑（自 ")
            .arg(QSysInfo::machineHostName());
    QVERIFY2(second.lockedBy().startsWith(expected), qPrintable(second.lockedBy()));
    QCOMPARE(error, second.lockedBy());
    QVERIFY(second.filePath().isEmpty()); // nothing was opened

    // Read-only is allowed; it writes nothing, and saving over the file is refused.
    const QByteArray before = checksum(m_path);
    QVERIFY2(second.open(m_path, &error, EditionDocument::Access::ReadOnly), qPrintable(error));
    QVERIFY(second.isReadOnly());
    QVERIFY(second.lockedBy().isEmpty());
    QVERIFY(!second.openNotice().isEmpty());
    QVERIFY(!second.save(&error));
    QVERIFY2(error.contains(QStringLiteral("正在由 张三")), qPrintable(error));
    QCOMPARE(checksum(m_path), before);

    // Closing the first releases the lock; the second may now save.
    first.reset();
    QVERIFY(!QFileInfo::exists(lockFile));
    QVERIFY2(second.save(&error), qPrintable(error));
    QVERIFY(!second.isReadOnly());
    QVERIFY(QFileInfo::exists(lockFile));
}

void TestDocumentLock::saveAsOverALockedEditionRefused()
{
    // Another process edits m_path.
    QProcess child;
    child.start(QStringLiteral(FOLIO_LOCK_CHILD), {m_path});
    QVERIFY(child.waitForReadyRead(30000));
    QCOMPARE(child.readLine().trimmed(), QByteArray("locked"));
    const QByteArray before = checksum(m_path);

    EditionDocument document;
    document.reset(test::createSeedEdition());
    QString error;
    QVERIFY(!document.saveAs(m_path, &error));
    QVERIFY2(error.contains(QStringLiteral("正在由 张三")), qPrintable(error));
    QCOMPARE(checksum(m_path), before);
    QVERIFY(!document.open(m_path, &error));
    QVERIFY(!document.lockedBy().isEmpty());

    child.closeWriteChannel();
    QVERIFY(child.waitForFinished(30000));
    QVERIFY2(document.saveAs(m_path, &error), qPrintable(error));
}

void TestDocumentLock::lockFollowsTheDocument()
{
    const QString other = m_dir.filePath(QStringLiteral("另存为.folio"));
    EditionDocument document;
    QString error;
    QVERIFY(document.open(m_path, &error));
    // Reopening its own file keeps working.
    QVERIFY2(document.open(m_path, &error), qPrintable(error));
    QVERIFY(!document.isReadOnly());

    // Save as moves the lock to the new file.
    QVERIFY2(document.saveAs(other, &error), qPrintable(error));
    QVERIFY(!QFileInfo::exists(EditionLock::lockFilePath(m_path)));
    QVERIFY(QFileInfo::exists(EditionLock::lockFilePath(other)));

    // A new edition holds no file.
    document.reset(test::createSeedEdition());
    QVERIFY(!QFileInfo::exists(EditionLock::lockFilePath(other)));
}

void TestDocumentLock::windowOpensLockedEditionReadOnly()
{
    EditionDocument holder;
    QString error;
    QVERIFY(holder.open(m_path, &error));

    MainWindow window;
    // 取消: the window keeps what it had.
    QString asked;
    window.setReadOnlyQuestion([&asked](const QString &lockedBy) {
        asked = lockedBy;
        return false;
    });
    QVERIFY(!window.openFile(m_path));
    QVERIFY2(
        asked.startsWith(QStringLiteral("“windowOpensLockedEditionReadOnly.folio”正在由 张三")),
        qPrintable(asked));
    QVERIFY(window.document()->filePath().isEmpty());

    // 只读打开, also what happens offscreen without an answer: read-only, saying who edits it.
    window.setReadOnlyQuestion({});
    QVERIFY(window.openFile(m_path));
    QVERIFY(window.document()->isReadOnly());
    QCOMPARE(window.document()->filePath(), QFileInfo(m_path).absoluteFilePath());
    QVERIFY2(window.statusBar()->currentMessage().contains(QStringLiteral("正在由 张三")),
             qPrintable(window.statusBar()->currentMessage()));
    QVERIFY2(window.statusBar()->currentMessage().contains(QStringLiteral("只读")),
             qPrintable(window.statusBar()->currentMessage()));
}

void TestDocumentLock::closingTheWindowReleasesTheLock()
{
    const QString lockFile = EditionLock::lockFilePath(m_path);
    MainWindow window;
    QVERIFY(window.openFile(m_path));
    QVERIFY(!window.document()->isReadOnly());
    QVERIFY(QFileInfo::exists(lockFile));
    QVERIFY(window.close());
    QVERIFY(!QFileInfo::exists(lockFile));
    EditionDocument other;
    QString error;
    QVERIFY2(other.open(m_path, &error), qPrintable(error));
}

QTEST_MAIN(TestDocumentLock)
#include "tst_documentlock.moc"
