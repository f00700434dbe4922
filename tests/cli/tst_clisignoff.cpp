#include "clitestbase.h"

#include "model/edition.h"
#include "model/storytext.h"
#include "proofseed.h"
#include "store/editionstore.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

using namespace folio;

// folio-cli sign, signoff, export's sign-off check and compare-sent, run as separate
// processes on the seed page; the edition is edited in between the way the app would save it.
class tst_CliSignOff : public CliTestBase
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void signRefusesOpenNoteAndRecordsOverride();
    void exportRefusesChangedPageUntilSignedAgain();
    void exportOverrideIsRecorded();
    void neverSignedPagesNeedRequireSetting();
    void badArgumentsRefused_data();
    void badArgumentsRefused();

private:
    QString saveSeed(const QString &name);
    static bool editWord(const QString &path, const QString &word, const QString &replacement);
    static QByteArray checksum(const QString &path);
    QJsonObject status(const QString &path);
};

void tst_CliSignOff::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

QString tst_CliSignOff::saveSeed(const QString &name)
{
    const auto edition = proof::test::createSeedEdition();
    const QString path = m_dir.filePath(name);
    if (!edition || !EditionStore::save(*edition, path))
        return {};
    return path;
}

bool tst_CliSignOff::editWord(const QString &path, const QString &word, const QString &replacement)
{
    OpenResult opened = EditionStore::open(path);
    if (!opened.isOk())
        return false;
    for (const Story &s : opened.edition->stories()) {
        const int at = int(s.plainText().indexOf(word));
        if (at < 0)
            continue;
        Story story = s;
        if (!StoryText::replace(&story, at, int(word.size()), replacement))
            return false;
        opened.edition->putStory(story);
        return EditionStore::save(*opened.edition, path);
    }
    return false;
}

QByteArray tst_CliSignOff::checksum(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly)
               ? QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256)
               : QByteArray();
}

QJsonObject tst_CliSignOff::status(const QString &path)
{
    const Run r = run({QStringLiteral("signoff"), path, QStringLiteral("--json")});
    if (r.exitCode != 0)
        return {};
    return QJsonDocument::fromJson(r.out.toUtf8()).object();
}

void tst_CliSignOff::signRefusesOpenNoteAndRecordsOverride()
{
    const QString path = saveSeed(QStringLiteral("notes.folio"));
    QVERIFY(!path.isEmpty());
    {
        // An open note on the page, as notes import leaves it.
        OpenResult opened = EditionStore::open(path);
        QVERIFY(opened.isOk());
        Edition &e = *opened.edition;
        ProofNote note;
        note.id = e.newId();
        note.pageId = e.pages().first().id;
        note.storyId = e.stories().first().id;
        note.offset = 0;
        note.length = 1;
        note.markedText = e.stories().first().plainText().left(1);
        note.kind = NoteKind::Query;
        note.time = QDateTime::currentDateTimeUtc();
        e.putNote(note);
        QVERIFY(EditionStore::save(e, path));
    }
    const QByteArray before = checksum(path);
    Run r = run({QStringLiteral("sign"), path, QStringLiteral("--page"), QStringLiteral("1"),
                 QStringLiteral("--level"), QStringLiteral("责编")});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QStringLiteral("1 条校对意见待处理")), qPrintable(r.err));
    QCOMPARE(checksum(path), before);
    r = run({QStringLiteral("sign"), path, QStringLiteral("--page"), QStringLiteral("1"),
             QStringLiteral("--level"), QStringLiteral("夜班主任")});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QStringLiteral("还没有“责编”的有效签字")), qPrintable(r.err));

    r = run({QStringLiteral("sign"), path, QStringLiteral("--page"), QStringLiteral("1"),
             QStringLiteral("--level"), QStringLiteral("责编"), QStringLiteral("--user"),
             QStringLiteral("张三"), QStringLiteral("--override"), QStringLiteral("作者已确认")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(QStringLiteral("第 1 页 责编 已签（张三）")), qPrintable(r.out));
    const QJsonObject page = status(path)[QStringLiteral("pages")].toArray()[0].toObject();
    QCOMPARE(page[QStringLiteral("status")].toString(), QStringLiteral("partly"));
    const QJsonObject level = page[QStringLiteral("levels")].toArray()[0].toObject();
    QCOMPARE(level[QStringLiteral("user")].toString(), QStringLiteral("张三"));
    QVERIFY(level[QStringLiteral("valid")].toBool());
    QCOMPARE(level[QStringLiteral("overrideReason")].toString(), QStringLiteral("作者已确认"));

    // Read back from the file itself.
    const OpenResult opened = EditionStore::open(path, EditionStore::OpenMode::ReadOnly);
    QVERIFY(opened.isOk());
    QCOMPARE(opened.edition->signatures().size(), 1);
    QCOMPARE(opened.edition->signatures().first().overrideReason, QStringLiteral("作者已确认"));
}

void tst_CliSignOff::exportRefusesChangedPageUntilSignedAgain()
{
    const QString path = saveSeed(QStringLiteral("signed.folio"));
    QVERIFY(!path.isEmpty());
    Run r = run({QStringLiteral("signoff"), path, QStringLiteral("--levels"),
                 QStringLiteral("责编,值班总编")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(QStringLiteral("签版级别：责编 → 值班总编")), qPrintable(r.out));
    const auto sign = [&](const QString &level) {
        return run({QStringLiteral("sign"), path, QStringLiteral("--page"), QStringLiteral("1"),
                    QStringLiteral("--level"), level, QStringLiteral("--user"),
                    QStringLiteral("签版人")});
    };
    QCOMPARE(sign(QStringLiteral("责编")).exitCode, 0);
    QCOMPARE(sign(QStringLiteral("值班总编")).exitCode, 0);
    QCOMPARE(status(path)[QStringLiteral("pages")]
                 .toArray()[0]
                 .toObject()[QStringLiteral("status")]
                 .toString(),
             QStringLiteral("signed"));
    const QString first = m_dir.filePath(QStringLiteral("plant1"));
    r = run(
        {QStringLiteral("export"), path, QStringLiteral("-o"), first, QStringLiteral("--force")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));

    // One character changed after signing: both signatures revoked, export refused.
    QVERIFY(editWord(path, QStringLiteral("劳模墙"), QStringLiteral("荣模墙")));
    QJsonObject page = status(path)[QStringLiteral("pages")].toArray()[0].toObject();
    QCOMPARE(page[QStringLiteral("status")].toString(), QStringLiteral("changed"));
    for (const QJsonValue &level : page[QStringLiteral("levels")].toArray())
        QVERIFY(!level.toObject()[QStringLiteral("valid")].toBool());
    QVERIFY(page[QStringLiteral("changedSinceSent")].toBool());
    const QByteArray before = checksum(path);
    const QString refused = m_dir.filePath(QStringLiteral("plant-refused"));
    r = run(
        {QStringLiteral("export"), path, QStringLiteral("-o"), refused, QStringLiteral("--force")});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QStringLiteral("第 1 页（A 第1版） 不能发厂：签版后有改动")),
             qPrintable(r.err));
    QCOMPARE(checksum(path), before);
    QVERIFY(QDir(refused).entryList(QDir::Files).isEmpty());

    // Re-signing shows exactly that character.
    r = sign(QStringLiteral("责编"));
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(QStringLiteral("1 个字符改动，共 1 处")), qPrintable(r.out));
    QVERIFY2(r.out.contains(QStringLiteral("改：“劳” → “荣”")), qPrintable(r.out));
    // Still refused with one level missing.
    r = run(
        {QStringLiteral("export"), path, QStringLiteral("-o"), refused, QStringLiteral("--force")});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QStringLiteral("还没有签：值班总编")) ||
                 r.err.contains(QStringLiteral("值班总编（签版人")),
             qPrintable(r.err));
    QCOMPARE(sign(QStringLiteral("值班总编")).exitCode, 0);

    const QString second = m_dir.filePath(QStringLiteral("plant2"));
    r = run({QStringLiteral("export"), path, QStringLiteral("-o"), second,
             QStringLiteral("--force"), QStringLiteral("--diff-sent")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(QStringLiteral("改：“劳” → “荣”")), qPrintable(r.out));

    // The plant asks what changed between the file it had and the replacement.
    r = run({QStringLiteral("compare-sent"), path, QStringLiteral("--page"), QStringLiteral("1")});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.out.contains(QStringLiteral("改：“劳” → “荣”")), qPrintable(r.out));
    QVERIFY2(r.out.contains(QStringLiteral("1 个字符改动，共 1 处")), qPrintable(r.out));
    QCOMPARE(r.out.count(QStringLiteral("改：")), 1);
    QVERIFY(r.out.contains(QDir(first).absolutePath()) &&
            r.out.contains(QDir(second).absolutePath()));

    const OpenResult opened = EditionStore::open(path, EditionStore::OpenMode::ReadOnly);
    QVERIFY(opened.isOk());
    QCOMPARE(opened.edition->sentFiles().size(), 2);
    QCOMPARE(opened.edition->signatures().size(), 4);
    QVERIFY(opened.edition->sentFiles().last().path.startsWith(QDir(second).absolutePath()));
    QVERIFY(QFile::exists(opened.edition->sentFiles().last().path));
}

void tst_CliSignOff::exportOverrideIsRecorded()
{
    const QString path = saveSeed(QStringLiteral("override.folio"));
    QVERIFY(!path.isEmpty());
    Run r = run({QStringLiteral("sign"), path, QStringLiteral("--page"), QStringLiteral("1"),
                 QStringLiteral("--level"), QStringLiteral("责编")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY(editWord(path, QStringLiteral("草莓生产集成技术"), QStringLiteral("草莓种植集成技术")));
    const QString plant = m_dir.filePath(QStringLiteral("plant-override"));
    r = run({QStringLiteral("export"), path, QStringLiteral("-o"), plant, QStringLiteral("--force"),
             QStringLiteral("--override"), QStringLiteral("印厂催版"), QStringLiteral("--user"),
             QStringLiteral("夜班")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY2(r.err.contains(QStringLiteral("签版后有改动")), qPrintable(r.err));
    QVERIFY2(r.err.contains(QStringLiteral("理由记入这期：印厂催版")), qPrintable(r.err));
    QCOMPARE(QDir(plant).entryList(QDir::Files).size(), 1);
    const OpenResult opened = EditionStore::open(path, EditionStore::OpenMode::ReadOnly);
    QVERIFY(opened.isOk());
    QCOMPARE(opened.edition->sentFiles().size(), 1);
    const SentFile &sent = opened.edition->sentFiles().first();
    QCOMPARE(sent.overrideReason, QStringLiteral("印厂催版"));
    QCOMPARE(sent.user, QStringLiteral("夜班"));
    QCOMPARE(sent.pageId, opened.edition->pages().first().id);
    QVERIFY(sent.time.isValid());
    QVERIFY(!sent.textMap.isEmpty());
}

void tst_CliSignOff::neverSignedPagesNeedRequireSetting()
{
    const QString path = saveSeed(QStringLiteral("unsigned.folio"));
    QVERIFY(!path.isEmpty());
    Run r = run({QStringLiteral("export"), path, QStringLiteral("-o"),
                 m_dir.filePath(QStringLiteral("free")), QStringLiteral("--force")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    r = run({QStringLiteral("signoff"), path, QStringLiteral("--require"), QStringLiteral("on")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY(status(path)[QStringLiteral("requireSignature")].toBool());
    r = run({QStringLiteral("export"), path, QStringLiteral("-o"),
             m_dir.filePath(QStringLiteral("required")), QStringLiteral("--force")});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QStringLiteral("还没有签：责编、夜班主任、值班总编")),
             qPrintable(r.err));
}

void tst_CliSignOff::badArgumentsRefused_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");
    QTest::newRow("sign without level")
        << QStringList{QStringLiteral("sign"), QStringLiteral("@"), QStringLiteral("--page"),
                       QStringLiteral("1")}
        << 2 << QStringLiteral("用法");
    QTest::newRow("sign unknown level")
        << QStringList{QStringLiteral("sign"), QStringLiteral("@"),       QStringLiteral("--page"),
                       QStringLiteral("1"),    QStringLiteral("--level"), QStringLiteral("社长")}
        << 1 << QStringLiteral("没有签版级别“社长”");
    QTest::newRow("sign page outside")
        << QStringList{QStringLiteral("sign"), QStringLiteral("@"),       QStringLiteral("--page"),
                       QStringLiteral("9"),    QStringLiteral("--level"), QStringLiteral("责编")}
        << 1 << QStringLiteral("没有第 9 页");
    QTest::newRow("duplicate levels")
        << QStringList{QStringLiteral("signoff"), QStringLiteral("@"), QStringLiteral("--levels"),
                       QStringLiteral("责编,责编")}
        << 2 << QStringLiteral("不能重复");
    QTest::newRow("empty override")
        << QStringList{QStringLiteral("export"), QStringLiteral("@"),          QStringLiteral("-o"),
                       QStringLiteral("x"),      QStringLiteral("--override"), QStringLiteral(" ")}
        << 2 << QStringLiteral("用法");
    QTest::newRow("compare-sent never sent")
        << QStringList{QStringLiteral("compare-sent"), QStringLiteral("@"),
                       QStringLiteral("--page"), QStringLiteral("1")}
        << 2 << QStringLiteral("还没有发过厂");
}

void tst_CliSignOff::badArgumentsRefused()
{
    QFETCH(QStringList, args);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    const QString path = saveSeed(QStringLiteral("bad.folio"));
    QVERIFY(!path.isEmpty());
    args.replaceInStrings(QStringLiteral("@"), path);
    const QByteArray before = checksum(path);
    const Run r = run(args);
    QCOMPARE(r.exitCode, exitCode);
    QVERIFY2(r.err.contains(message), qPrintable(r.err));
    QCOMPARE(checksum(path), before);
}

QTEST_MAIN(tst_CliSignOff)
#include "tst_clisignoff.moc"
