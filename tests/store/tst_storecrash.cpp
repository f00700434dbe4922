#include "model/edition.h"
#include "store/editionstore.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace folio;

// A process that is saving is killed with SIGKILL (no chance to clean up). The file must then
// be intact and hold the last save the process reported as committed, or the one after it when
// the kill came between the commit and the report.
class tst_StoreCrash : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void killedMidSaveKeepsLastCommit();

private:
    static QString integrityCheck(const QString &path);
};

QString tst_StoreCrash::integrityCheck(const QString &path)
{
    const QString name = QStringLiteral("integrity");
    QString result;
    {
        auto db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery q(db);
            if (q.exec(QStringLiteral("PRAGMA integrity_check")) && q.next())
                result = q.value(0).toString();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return result;
}

void tst_StoreCrash::killedMidSaveKeepsLastCommit()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("crash.folio"));
    const QString child =
        QCoreApplication::applicationDirPath() + QStringLiteral("/tst_store_crashchild");
    QVERIFY2(QFile::exists(child), qPrintable(child));

    // Each round resumes on the file the previous kill left behind.
    for (int round = 0; round < 6; ++round) {
        QProcess process;
        process.start(child, {path, QString::number((round + 1) * 100000)});
        QVERIFY(process.waitForStarted());
        QByteArray output;
        // Let a few saves commit, then kill at a random point of a later one.
        const int wanted = 2 + round;
        while (output.count('\n') < wanted && process.state() == QProcess::Running) {
            process.waitForReadyRead(5000);
            output += process.readAllStandardOutput();
        }
        QVERIFY2(process.state() == QProcess::Running, process.readAllStandardError().constData());
        QThread::usleep(QRandomGenerator::global()->bounded(30000));
        process.kill();
        QVERIFY(process.waitForFinished(5000));
        QCOMPARE(process.exitStatus(), QProcess::CrashExit);
        output += process.readAllStandardOutput();

        // The last complete line is the last committed save the child told us about.
        const QList<QByteArray> lines = output.left(output.lastIndexOf('\n')).split('\n');
        const qint64 last = lines.last().toLongLong();
        QVERIFY(last > 0);

        // A log left behind means the kill came while the file was open for a save.
        const qint64 walSize = QFileInfo(path + QStringLiteral("-wal")).size();
        QCOMPARE(integrityCheck(path), QStringLiteral("ok"));
        const OpenResult opened = EditionStore::open(path);
        QVERIFY2(opened.isOk(), qPrintable(opened.error));
        const Edition &e = *opened.edition;
        const qint64 inFile = e.info().name.mid(5).toLongLong();
        QVERIFY2(
            inFile == last || inFile == last + 1,
            qPrintable(
                QStringLiteral("file holds save %1, last committed %2").arg(inFile).arg(last)));
        qInfo("round %d: last reported %lld, file holds %lld, log left %lld bytes", round, last,
              inFile, walSize);
        // One save, whole: every object carries the same counter.
        const QString tag = QString::number(inFile);
        QCOMPARE(e.stories().size(), 12);
        for (const auto &story : e.stories()) {
            QCOMPARE(story.slug, tag);
            QCOMPARE(story.paragraphs.size(), 20 + int(inFile % 7));
            QVERIFY(story.paragraphs.last().text().startsWith(QStringLiteral("第") + tag));
        }
        QCOMPARE(e.pages().size(), 2 + int(inFile % 3));
        for (const auto &page : e.pages()) {
            QCOMPARE(page.section, tag);
            QCOMPARE(page.frames.size(), 1);
            QCOMPARE(page.frames.first().name, tag);
        }
        QCOMPARE(e.images().size(), 1);
        QCOMPARE(e.images().first().name, tag);
        QCOMPARE(e.images().first().data.size(), 256 * 1024);
    }
}

QTEST_GUILESS_MAIN(tst_StoreCrash)
#include "tst_storecrash.moc"
