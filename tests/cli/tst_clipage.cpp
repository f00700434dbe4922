#include "clitestbase.h"
#include "model/edition.h"
#include "store/editionlock.h"
#include "store/editionstore.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QtTest>

using namespace folio;

// folio-cli page with --edition (never replacing a file silently, the edition's lock) and the
// limits of what a page text may name.
class tst_CliPage : public CliTestBase
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void pageEditionRefused_data();
    void pageEditionRefused();
    void pageEditionCreated();
    void pageEditionOntoPage_data();
    void pageEditionOntoPage();
    void pagePictureLimit();
    void pageBrokenBytes();
    void lockedEditionRefusesWriters();
};

namespace {

// A page of two marked stories, small enough to import quickly.
const QString kPageText = QStringLiteral(
    "【主题】工会驿站开进园区\n本报讯（记者 林晓雯）近日，园区里的工会驿站正式开放，为户外"
    "劳动者提供热饭、充电和休息服务。\n驿站每天早七点到晚九点开放。\n===\n"
    "【主题】职工书屋添新书\n本报讯（通讯员 田欣）区总工会为职工书屋送去新书两千册。\n");

QByteArray fileBytes(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray("<missing>");
}

QStringList storyTexts(const Edition &edition)
{
    QStringList texts;
    for (const Story &s : edition.stories())
        texts.append(s.plainText());
    return texts;
}

} // namespace

void tst_CliPage::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY2(QFile::exists(QStringLiteral(FOLIO_CLI_BINARY)), FOLIO_CLI_BINARY);
}

// Nothing replaces a file silently: each of these is refused with its reason, and neither the
// edition nor an existing OUT.pdf changes by a byte.
void tst_CliPage::pageEditionRefused_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<QString>("reason");
    QTest::newRow("edition without --page") << "edition" << QStringList() << "--page N";
    QTest::newRow("page with frames without --replace")
        << "edition" << QStringList{QStringLiteral("--page"), QStringLiteral("1")} << "--replace";
    QTest::newRow("page out of range")
        << "edition" << QStringList{QStringLiteral("--page"), QStringLiteral("9")} << "没有第 9 版";
    QTest::newRow("another app's SQLite database")
        << "sqlite" << QStringList{QStringLiteral("--page"), QStringLiteral("1")}
        << "不是 Folio 版面文件";
    QTest::newRow("empty file") << "empty" << QStringList() << "文件是空的";
    QTest::newRow("empty file, --page 1")
        << "empty" << QStringList{QStringLiteral("--page"), QStringLiteral("1")} << "文件是空的";
    QTest::newRow("edition truncated by one byte")
        << "truncated" << QStringList{QStringLiteral("--page"), QStringLiteral("2")} << "不完整";
    QTest::newRow("text file") << "text" << QStringList() << "不是 Folio 版面文件";
    QTest::newRow("-o names the edition")
        << "edition" << QStringList{QStringLiteral("--page"), QStringLiteral("2")}
        << "三个不同的文件";
}

void tst_CliPage::pageEditionRefused()
{
    QFETCH(QString, kind);
    QFETCH(QStringList, options);
    QFETCH(QString, reason);
    const QString tag =
        QString::fromUtf8(QTest::currentDataTag()).replace(QLatin1Char(' '), QLatin1Char('-'));
    const QString name = QStringLiteral("refused-%1.folio").arg(tag);
    QString path = m_dir.filePath(name);
    if (kind == QLatin1String("edition")) {
        saveTwoPageEdition(name, true);
    } else if (kind == QLatin1String("truncated")) {
        const QByteArray whole = fileBytes(saveTwoPageEdition(name, true));
        writeFile(name, whole.left(whole.size() - 1));
    } else if (kind == QLatin1String("empty")) {
        writeFile(name, QByteArray());
    } else if (kind == QLatin1String("text")) {
        writeFile(name, kPageText.toUtf8());
    } else {
        const QString connection = QStringLiteral("foreign-%1").arg(tag);
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("CREATE TABLE contacts (name TEXT, phone TEXT)")));
            QVERIFY(q.exec(QStringLiteral("INSERT INTO contacts VALUES ('张三', '010-1234')")));
            db.close();
        }
        QSqlDatabase::removeDatabase(connection);
    }
    const QByteArray before = fileBytes(path);
    const QString text = writeFile(QStringLiteral("refused-%1.txt").arg(tag), kPageText.toUtf8());
    const QString pdf = writeFile(QStringLiteral("refused-%1.pdf").arg(tag), "an older proof");
    const QStringList filesBefore = QDir(m_dir.path()).entryList(QDir::Files | QDir::Hidden);

    const bool pdfOnEdition = reason == QStringLiteral("三个不同的文件");
    const Run r = run(QStringList{QStringLiteral("page"), text, QStringLiteral("-o"),
                                  pdfOnEdition ? path : pdf, QStringLiteral("--edition"), path} +
                      options);
    QCOMPARE(r.exitCode, pdfOnEdition ? 2 : 1);
    QVERIFY2(r.err.contains(reason), qPrintable(r.err));
    if (!pdfOnEdition)
        QVERIFY2(r.err.contains(name), qPrintable(r.err));
    QCOMPARE(fileBytes(path), before);
    QCOMPARE(fileBytes(pdf), QByteArray("an older proof"));
    // No -wal, -shm or temporary file left next to it.
    QCOMPARE(QDir(m_dir.path()).entryList(QDir::Files | QDir::Hidden), filesBefore);
}

// A path that does not exist yet becomes a new edition with the imported stories.
void tst_CliPage::pageEditionCreated()
{
    const QString text = writeFile(QStringLiteral("created.txt"), kPageText.toUtf8());
    const QString path = m_dir.filePath(QStringLiteral("新版.folio"));
    const QString pdf = m_dir.filePath(QStringLiteral("created.pdf"));
    const Run r = run({QStringLiteral("page"), text, QStringLiteral("-o"), pdf,
                       QStringLiteral("--edition"), path});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const OpenResult opened = EditionStore::open(path, EditionStore::OpenMode::ReadOnly);
    QVERIFY2(opened.isOk(), qPrintable(opened.error));
    QCOMPARE(opened.edition->pages().size(), 1);
    QVERIFY(!opened.edition->pages().first().frames.isEmpty());
    const QString all = storyTexts(*opened.edition).join(QLatin1Char('\n'));
    QVERIFY2(all.contains(QStringLiteral("工会驿站开进园区")), qPrintable(all));
    QVERIFY2(all.contains(QStringLiteral("区总工会为职工书屋送去新书两千册。")), qPrintable(all));
    QVERIFY(fileBytes(pdf).startsWith("%PDF-"));
}

// --page N on an existing edition: placed on that page, other pages unchanged field by field;
// --replace removes what was on the page and the stories used only there.
void tst_CliPage::pageEditionOntoPage_data()
{
    QTest::addColumn<bool>("page2Empty");
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<int>("placedIndex");
    QTest::addColumn<QStringList>("slugsKept"); // of the edition's own stories
    const QStringList all{QStringLiteral("只在第一版"), QStringLiteral("两版都有"),
                          QStringLiteral("未上版")};
    QTest::newRow("--page 2, an empty page")
        << true << QStringList{QStringLiteral("--page"), QStringLiteral("2")} << 1 << all;
    QTest::newRow("--page 1 --replace")
        << false
        << QStringList{QStringLiteral("--page"), QStringLiteral("1"), QStringLiteral("--replace")}
        << 0 << QStringList{QStringLiteral("两版都有"), QStringLiteral("未上版")};
    QTest::newRow("--page 3, a new page")
        << false << QStringList{QStringLiteral("--page"), QStringLiteral("3")} << 2 << all;
}

void tst_CliPage::pageEditionOntoPage()
{
    QFETCH(bool, page2Empty);
    QFETCH(QStringList, options);
    QFETCH(int, placedIndex);
    QFETCH(QStringList, slugsKept);
    const QString name = QStringLiteral("onto-%1.folio").arg(placedIndex);
    const QString path = saveTwoPageEdition(name, page2Empty);
    const OpenResult before = EditionStore::open(path, EditionStore::OpenMode::ReadOnly);
    QVERIFY(before.isOk());
    const QString text = writeFile(QStringLiteral("onto.txt"), kPageText.toUtf8());
    const QString pdf = m_dir.filePath(QStringLiteral("onto-%1.pdf").arg(placedIndex));

    const Run r = run(QStringList{QStringLiteral("page"), text, QStringLiteral("-o"), pdf,
                                  QStringLiteral("--edition"), path} +
                      options);
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY(fileBytes(pdf).startsWith("%PDF-"));
    const OpenResult after = EditionStore::open(path, EditionStore::OpenMode::ReadOnly);
    QVERIFY2(after.isOk(), qPrintable(after.error));
    const auto &pagesBefore = before.edition->pages();
    const auto &pagesAfter = after.edition->pages();
    QCOMPARE(pagesAfter.size(), qMax(pagesBefore.size(), qsizetype(placedIndex + 1)));
    for (int i = 0; i < pagesBefore.size(); ++i) {
        if (i != placedIndex)
            QVERIFY2(pagesAfter[i] == pagesBefore[i], qPrintable(QString::number(i)));
    }
    // The page keeps its id, number and section when it existed; it now holds the new stories.
    const Page &placed = pagesAfter[placedIndex];
    if (placedIndex < pagesBefore.size()) {
        QCOMPARE(placed.id, pagesBefore[placedIndex].id);
        QCOMPARE(placed.number, pagesBefore[placedIndex].number);
        QCOMPARE(placed.section, pagesBefore[placedIndex].section);
    }
    QSet<ObjectId> oldFrames;
    for (const Page &p : pagesBefore)
        for (const Frame &f : p.frames)
            oldFrames.insert(f.id);
    QStringList placedTexts;
    for (const Frame &f : placed.frames) {
        QVERIFY(!oldFrames.contains(f.id));
        if (const Story *s = after.edition->story(f.storyId))
            placedTexts.append(s->plainText());
    }
    const QString joined = placedTexts.join(QLatin1Char('\n'));
    QVERIFY2(joined.contains(QStringLiteral("工会驿站开进园区")), qPrintable(joined));
    QVERIFY2(joined.contains(QStringLiteral("职工书屋添新书")), qPrintable(joined));
    // The edition's own stories: kept unchanged unless they were only on the replaced page.
    QStringList slugs;
    for (const Story &s : before.edition->stories()) {
        const Story *now = after.edition->story(s.id);
        if (now) {
            QVERIFY(*now == s);
            slugs.append(s.slug);
        }
    }
    QCOMPARE(slugs, slugsKept);
    QCOMPARE(after.edition->stories().size(), slugsKept.size() + 2);
}

// --max-picture-mb: a picture over the limit is named in the report and left as a placeholder.
void tst_CliPage::pagePictureLimit()
{
    QFile big(m_dir.filePath(QStringLiteral("big.jpg")));
    QVERIFY(big.open(QIODevice::WriteOnly));
    QVERIFY(big.resize(2 * 1024 * 1024));
    big.close();
    const QString text =
        writeFile(QStringLiteral("picture.txt"),
                  QStringLiteral("【主题】驿站一角\n【图片】big.jpg\n【图片说明】职工在驿站休息。\n"
                                 "【摄影】通讯员 黄思亮 摄\n")
                      .toUtf8());
    const QString pdf = m_dir.filePath(QStringLiteral("picture.pdf"));
    const Run r = run({QStringLiteral("page"), text, QStringLiteral("-o"), pdf,
                       QStringLiteral("--max-picture-mb"), QStringLiteral("1")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(QStringLiteral("图片 big.jpg 有 2.0 MB，超过 1.0 MB 的上限")),
             qPrintable(r.out));
    const Run bad = run({QStringLiteral("page"), text, QStringLiteral("-o"), pdf,
                         QStringLiteral("--max-picture-mb"), QStringLiteral("0")});
    QCOMPARE(bad.exitCode, 2);
}

// A few broken bytes are imported as � and the report names their lines.
void tst_CliPage::pageBrokenBytes()
{
    QByteArray bytes = kPageText.toUtf8();
    int third = 0;
    for (int i = 0; i < 2; ++i)
        third = bytes.indexOf('\n', third) + 1;
    bytes.insert(third + 3, '\xFF');
    const QString text = writeFile(QStringLiteral("broken.txt"), bytes);
    const Run r = run({QStringLiteral("page"), text, QStringLiteral("-o"),
                       m_dir.filePath(QStringLiteral("broken.pdf"))});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(QStringLiteral("第 3 行含无法识别的字节，已显示为 �。")),
             qPrintable(r.out));
}

// Another Folio (this test process) edits the edition: a command that would write it refuses
// and names who edits it; the commands that only read it work as before.
void tst_CliPage::lockedEditionRefusesWriters()
{
    const auto checksum = [](const QString &path) {
        QFile file(path);
        return file.open(QIODevice::ReadOnly)
                   ? QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256)
                   : QByteArray();
    };
    const QString path = saveEdition(QStringLiteral("编辑中.folio"), 1, 2, 1);
    const QByteArray before = checksum(path);
    store::EditionLock::setUserName(QStringLiteral("张三"));
    store::EditionLock lock(path);
    QVERIFY2(lock.tryLock(), qPrintable(lock.errorString()));
    const QString text = QStringLiteral(FOLIO_TEST_DATA_DIR "/seed-page.txt");
    const QString pdf = m_dir.filePath(QStringLiteral("locked.pdf"));

    const Run page = run({QStringLiteral("page"), text, QStringLiteral("-o"), pdf,
                          QStringLiteral("--edition"), path});
    QCOMPARE(page.exitCode, 1);
    QVERIFY2(page.err.contains(QStringLiteral("“编辑中.folio”正在由 张三 在")),
             qPrintable(page.err));
    QCOMPARE(checksum(path), before);

    const Run info = run({QStringLiteral("info"), path});
    QVERIFY2(info.exitCode == 0, qPrintable(info.err));
    QVERIFY(info.out.contains(QLatin1String("page ")));
    const Run preflight = run({QStringLiteral("preflight"), path});
    QVERIFY2(!preflight.err.contains(QStringLiteral("正在由")), qPrintable(preflight.err));
    QVERIFY2(preflight.exitCode == 0 || preflight.exitCode == 1, qPrintable(preflight.err));
    const QString exported = m_dir.filePath(QStringLiteral("locked-export"));
    QVERIFY(QDir().mkpath(exported));
    const Run exportRun = run({QStringLiteral("export"), path, QStringLiteral("-o"), exported,
                               QStringLiteral("--force")});
    QVERIFY2(exportRun.exitCode == 0, qPrintable(exportRun.err));
    QCOMPARE(checksum(path), before);
    QVERIFY(lock.isLocked());
    QCOMPARE(store::EditionLock::currentHolder(path).pid, QCoreApplication::applicationPid());

    // A new edition is locked while it is written and released afterwards.
    const QString fresh = m_dir.filePath(QStringLiteral("新版面.folio"));
    const Run created = run({QStringLiteral("page"), text, QStringLiteral("-o"), pdf,
                             QStringLiteral("--edition"), fresh});
    QVERIFY2(created.exitCode == 0, qPrintable(created.err));
    QVERIFY(QFile::exists(fresh));
    QVERIFY(!QFile::exists(store::EditionLock::lockFilePath(fresh)));
}

QTEST_MAIN(tst_CliPage)
#include "tst_clipage.moc"
