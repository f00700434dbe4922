#include "../pdf/largeimages.h"
#include "../pdf/scratchmount.h"
#include "model/edition.h"
#include "model/pagetemplate.h"
#include "store/editionlock.h"
#include "store/editionstore.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QtTest>

using namespace folio;

// folio-cli as users and scripts run it: a separate process, its exit code, stdout and stderr.
class tst_Cli : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void version();
    void noRuntimeDirWarning_data();
    void noRuntimeDirWarning();
    void info_data();
    void info();
    void infoBadFile_data();
    void infoBadFile();
    void benchJson_data();
    void benchJson();
    void benchBadArguments_data();
    void benchBadArguments();
    void galley_data();
    void galley();
    void galleyOverTheLimitRefused();
    void writeToFullDisk_data();
    void writeToFullDisk();
    void pageWithLargePicture();
    void lockedEditionRefusesWriters();
    void pageEditionRefused_data();
    void pageEditionRefused();
    void pageEditionCreated();
    void pageEditionOntoPage_data();
    void pageEditionOntoPage();
    void pagePictureLimit();
    void pageBrokenBytes();

private:
    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
    };
    Run run(const QStringList &args, int timeoutMs = 60000, bool withoutRuntimeDir = false);
    QString saveEdition(const QString &name, int pages, int framesPerPage, int stories);
    QString saveTwoPageEdition(const QString &name, bool page2Empty);
    QString writeFile(const QString &name, const QByteArray &bytes);

    QTemporaryDir m_dir;
    QString m_help;
    QJsonObject m_bench; // `bench --json --runs 1`, run once for all of benchJson's rows
    QString m_benchError;
};

tst_Cli::Run tst_Cli::run(const QStringList &args, int timeoutMs, bool withoutRuntimeDir)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    if (withoutRuntimeDir)
        env.remove(QStringLiteral("XDG_RUNTIME_DIR"));
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(FOLIO_CLI_BINARY), args);
    Run r;
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        r.err = QStringLiteral("folio-cli %1 did not finish in %2 ms")
                    .arg(args.join(QLatin1Char(' ')))
                    .arg(timeoutMs);
        return r;
    }
    r.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    r.out = QString::fromUtf8(process.readAllStandardOutput());
    r.err = QString::fromUtf8(process.readAllStandardError());
    return r;
}

// An edition with `pages` broadsheet pages of `framesPerPage` frames each (text frames of the
// stories in turn, every third frame a rule) and `stories` stories.
QString tst_Cli::saveEdition(const QString &name, int pages, int framesPerPage, int stories)
{
    auto edition = Edition::createDefault();
    Edition &e = *edition;
    const ParagraphStyle *body = e.styleForRole(ParagraphRole::Body);
    QList<ObjectId> storyIds;
    for (int s = 0; s < stories; ++s) {
        Story story;
        story.id = e.newId();
        story.slug = QStringLiteral("稿件 %1").arg(s + 1);
        for (int p = 0; p <= s; ++p)
            story.paragraphs.append(
                {body->id, {{QStringLiteral("本报讯 第%1段。").arg(p + 1), 0}}});
        e.putStory(story);
        storyIds.append(story.id);
    }
    const PageTemplate tpl = PageTemplate::broadsheet8();
    int chainIndex = 0;
    for (int i = 0; i < pages; ++i) {
        Page page = tpl.makePage();
        page.id = e.newId();
        page.number = i + 1;
        for (int f = 0; f < framesPerPage; ++f) {
            Frame frame;
            frame.id = e.newId();
            frame.rect = QRectF(page.columnLeft(f % 8), 100 + 40 * f, page.columnWidth(), 30);
            if (f % 3 == 2 || storyIds.isEmpty()) {
                frame.kind = FrameKind::Rule;
            } else {
                frame.storyId = storyIds[(i * framesPerPage + f) % storyIds.size()];
                frame.chainIndex = chainIndex++;
            }
            page.frames.append(frame);
        }
        e.insertPage(i, page);
    }
    const QString path = m_dir.filePath(name);
    QString error;
    if (!EditionStore::save(e, path, &error))
        qWarning("%s", qPrintable(error));
    return path;
}

QString tst_Cli::writeFile(const QString &name, const QByteArray &bytes)
{
    const QString path = m_dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
        qWarning("cannot write %s", qPrintable(path));
    return path;
}

// Two broadsheet pages. Page 1: a frame of story 只在第一版, the first frame of 两版都有's chain
// and a rule. Page 2: the second frame of 两版都有, or nothing. Story 未上版 is on no page.
QString tst_Cli::saveTwoPageEdition(const QString &name, bool page2Empty)
{
    auto edition = Edition::createDefault();
    Edition &e = *edition;
    const ParagraphStyle *body = e.styleForRole(ParagraphRole::Body);
    QList<ObjectId> stories;
    for (const char *slug : {"只在第一版", "两版都有", "未上版"}) {
        Story story;
        story.id = e.newId();
        story.slug = QString::fromUtf8(slug);
        story.paragraphs.append({body->id, {{QStringLiteral("本报讯 %1。").arg(story.slug), 0}}});
        e.putStory(story);
        stories.append(story.id);
    }
    const PageTemplate tpl = PageTemplate::broadsheet8();
    for (int i = 0; i < 2; ++i) {
        Page page = tpl.makePage();
        page.id = e.newId();
        page.number = i + 1;
        page.section = QStringLiteral("要闻");
        const auto add = [&](FrameKind kind, ObjectId story, int chainIndex, int column) {
            Frame frame;
            frame.id = e.newId();
            frame.kind = kind;
            frame.storyId = story;
            frame.chainIndex = chainIndex;
            frame.rect = QRectF(page.columnLeft(column), 200, page.columnWidth(), 300);
            page.frames.append(frame);
        };
        if (i == 0) {
            add(FrameKind::Text, stories[0], 0, 0);
            add(FrameKind::Text, stories[1], 0, 1);
            add(FrameKind::Rule, 0, 0, 2);
        } else if (!page2Empty) {
            add(FrameKind::Text, stories[1], 1, 0);
        }
        e.insertPage(i, page);
    }
    const QString path = m_dir.filePath(name);
    QString error;
    if (!EditionStore::save(e, path, &error))
        qWarning("%s", qPrintable(error));
    return path;
}

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

void tst_Cli::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY2(QFile::exists(QStringLiteral(FOLIO_CLI_BINARY)), FOLIO_CLI_BINARY);
    const Run help = run({QStringLiteral("--help")});
    QCOMPARE(help.exitCode, 0);
    m_help = help.out;
}

void tst_Cli::version()
{
    const Run r = run({QStringLiteral("--version")});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out.trimmed(), QStringLiteral("folio-cli " FOLIO_EXPECTED_VERSION));
}

// Regression: with XDG_RUNTIME_DIR unset (cron, containers) Qt printed a warning on stderr.
void tst_Cli::noRuntimeDirWarning_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::newRow("--version") << QStringList{QStringLiteral("--version")};
    QTest::newRow("--help") << QStringList{QStringLiteral("--help")};
    QTest::newRow("info") << QStringList{QStringLiteral("info"), QStringLiteral("@edition")};
}

void tst_Cli::noRuntimeDirWarning()
{
    QFETCH(QStringList, args);
    if (args.contains(QStringLiteral("@edition")))
        args.replace(1, saveEdition(QStringLiteral("runtime.folio"), 1, 2, 1));
    const Run r = run(args, 60000, true);
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.err.isEmpty(), qPrintable(r.err));
}

void tst_Cli::info_data()
{
    QTest::addColumn<int>("pages");
    QTest::addColumn<int>("framesPerPage");
    QTest::addColumn<int>("stories");
    QTest::newRow("empty edition") << 0 << 0 << 0;
    QTest::newRow("stories only") << 0 << 0 << 3;
    QTest::newRow("one page, one story") << 1 << 2 << 1;
    QTest::newRow("three pages, two stories") << 3 << 5 << 2;
}

void tst_Cli::info()
{
    QFETCH(int, pages);
    QFETCH(int, framesPerPage);
    QFETCH(int, stories);
    const QString path = saveEdition(
        QStringLiteral("info-%1-%2-%3.folio").arg(pages).arg(framesPerPage).arg(stories), pages,
        framesPerPage, stories);
    const Run r = run({QStringLiteral("info"), path});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.err.isEmpty(), qPrintable(r.err));

    QHash<QString, int> counts;
    QHash<QString, int> chainLength; // story id -> frames named in its chain
    const QStringList lines = r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    for (const QString &line : lines) {
        const QString kind = line.section(QLatin1Char(' '), 0, 0);
        QVERIFY2(kind == QLatin1String("page") || kind == QLatin1String("frame") ||
                     kind == QLatin1String("story"),
                 qPrintable(line));
        ++counts[kind];
        if (kind == QLatin1String("story")) {
            const auto chain = QRegularExpression(QStringLiteral(" chain=(\\S+)")).match(line);
            QVERIFY2(chain.hasMatch(), qPrintable(line));
            const QString ids = chain.captured(1);
            chainLength[line.section(QLatin1Char(' '), 1, 1)] =
                ids == QLatin1String("-") ? 0 : int(ids.split(QLatin1Char(',')).size());
        }
    }
    QCOMPARE(counts.value(QStringLiteral("page")), pages);
    QCOMPARE(counts.value(QStringLiteral("frame")), pages * framesPerPage);
    QCOMPARE(counts.value(QStringLiteral("story")), stories);

    // Every text frame is in exactly one story's chain.
    int textFrames = 0;
    for (int f = 0; f < framesPerPage; ++f)
        textFrames += (f % 3 == 2 || stories == 0) ? 0 : 1;
    int chained = 0;
    for (int n : std::as_const(chainLength))
        chained += n;
    QCOMPARE(chained, pages * textFrames);
    if (stories > 0)
        QVERIFY2(r.out.contains(QStringLiteral("slug=\"稿件 1\"")), qPrintable(r.out));
}

void tst_Cli::infoBadFile_data()
{
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<QByteArray>("content"); // empty: the file does not exist
    QTest::newRow("missing file") << QStringLiteral("不存在.folio") << QByteArray();
    QTest::newRow("text file") << QStringLiteral("稿件.txt")
                               << QStringLiteral("本报讯 这不是版面文件。\n").toUtf8();
    QTest::newRow("truncated sqlite header")
        << QStringLiteral("broken.folio") << QByteArray("SQLite format 3\0\x10", 18);
}

void tst_Cli::infoBadFile()
{
    QFETCH(QString, fileName);
    QFETCH(QByteArray, content);
    const QString path = m_dir.filePath(fileName);
    if (!content.isEmpty()) {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(content);
    }
    const Run r = run({QStringLiteral("info"), path});
    QVERIFY2(r.exitCode > 0, qPrintable(QStringLiteral("exit %1").arg(r.exitCode)));
    QVERIFY2(r.err.contains(fileName), qPrintable(r.err));
    QVERIFY(r.out.isEmpty());
    // Looking at a bad file never changes it.
    if (content.isEmpty()) {
        QVERIFY(!QFile::exists(path));
    } else {
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), content);
    }
}

void tst_Cli::benchJson_data()
{
    QTest::addColumn<QString>("key");
    for (const char *key :
         {"shape_floor_ms", "compose_cold_ms", "relayout_warm_ms", "keystroke_ms",
          "layouts_16_pages_mb", "export_page_ms", "export_16_pages_ms", "import_1mb_ms"})
        QTest::newRow(key) << QString::fromLatin1(key);
}

// Only the report's shape: timings on a shared machine are not something a test can assert.
void tst_Cli::benchJson()
{
    QFETCH(QString, key);
    if (m_bench.isEmpty() && m_benchError.isEmpty()) {
        const Run r = run({QStringLiteral("bench"), QStringLiteral("--json"),
                           QStringLiteral("--runs"), QStringLiteral("1")},
                          240000);
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(r.out.toUtf8(), &error);
        if (r.exitCode != 0 || error.error != QJsonParseError::NoError || !doc.isObject())
            m_benchError = QStringLiteral("exit %1, %2\n%3\n%4")
                               .arg(r.exitCode)
                               .arg(error.errorString(), r.err, r.out);
        else
            m_bench = doc.object();
    }
    QVERIFY2(m_benchError.isEmpty(), qPrintable(m_benchError));
    QCOMPARE(m_bench.value(QStringLiteral("runs")).toInt(), 1);
    const QJsonValue value = m_bench.value(key);
    QVERIFY2(value.isDouble(), qPrintable(key));
    QVERIFY(value.toDouble() >= 0.0);
    if (key != QLatin1String("shape_floor_ms")) {
        const QJsonObject goal =
            m_bench.value(QStringLiteral("goals")).toObject().value(key).toObject();
        QVERIFY2(goal.value(QStringLiteral("met")).isBool(), qPrintable(key));
        QVERIFY(goal.value(QStringLiteral("limit")).isDouble());
    }
}

void tst_Cli::benchBadArguments_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("named");
    QTest::newRow("zero runs") << QStringList{QStringLiteral("--runs"), QStringLiteral("0")}
                               << QStringLiteral("--runs");
    QTest::newRow("runs not a number")
        << QStringList{QStringLiteral("--runs"), QStringLiteral("五")} << QStringLiteral("五");
    QTest::newRow("runs without value")
        << QStringList{QStringLiteral("--runs")} << QStringLiteral("--runs");
    QTest::newRow("unknown option")
        << QStringList{QStringLiteral("--fast")} << QStringLiteral("--fast");
}

void tst_Cli::benchBadArguments()
{
    QFETCH(QStringList, args);
    QFETCH(QString, named);
    const Run r = run(QStringList{QStringLiteral("bench")} + args);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(named), qPrintable(r.err));
    QVERIFY(r.out.isEmpty());
}

void tst_Cli::galley_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("encoding"); // as saved; "broken": UTF-8 with a bad byte in line 2
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<QString>("warning"); // expected on stderr; empty: nothing on stderr
    const QString twoLines =
        QStringLiteral("本报讯 园区驿站开放。\n驿站提供热饭、充电和休息服务。\n");
    QTest::newRow("one paragraph")
        << QStringLiteral("本报讯（记者 周美玉）打造“三个基地”，加强产业工人思想政治引领。\n")
        << "UTF-8" << QStringList() << QString();
    QTest::newRow("Han and Latin, two columns")
        << QStringLiteral(
               "2024年，该区总工会推动产业工人队伍建设改革。\n\n北京广播电视台工会看望慰问"
               "“2025BR TV跨年之夜”制作团队。\n")
        << "UTF-8"
        << QStringList{QStringLiteral("--columns"), QStringLiteral("2"),
                       QStringLiteral("--column-chars"), QStringLiteral("9")}
        << QString();
    // The same decoder as page import.
    QTest::newRow("GB18030") << twoLines << "GB18030" << QStringList()
                             << QStringLiteral("已按 GB18030（GBK）读取");
    QTest::newRow("UTF-16LE with BOM") << twoLines << "UTF-16LE" << QStringList() << QString();
    QTest::newRow("a broken byte") << twoLines << "broken" << QStringList()
                                   << QStringLiteral("第 2 行含无法识别的字节，已显示为 �。");
}

void tst_Cli::galley()
{
    if (!m_help.contains(QLatin1String("galley")))
        QSKIP("this folio-cli has no galley command");
    QFETCH(QString, text);
    QFETCH(QString, encoding);
    QFETCH(QStringList, options);
    QFETCH(QString, warning);
    QByteArray bytes;
    if (encoding == QLatin1String("broken")) {
        bytes = text.toUtf8();
        bytes.insert(bytes.indexOf('\n') + 4, '\xFF'); // after the line's first character
    } else if (encoding == QLatin1String("UTF-16LE")) {
        QStringEncoder utf16(QStringEncoder::Utf16LE);
        bytes = QByteArray("\xFF\xFE") + QByteArray(utf16.encode(text));
    } else {
        QStringEncoder encoder(encoding.toLatin1().constData());
        bytes = encoder.encode(text);
    }
    const QString tag = QString::fromUtf8(QTest::currentDataTag());
    const QString story = writeFile(QStringLiteral("galley-%1.txt").arg(tag), bytes);
    const QString pdf = m_dir.filePath(QStringLiteral("galley-%1.pdf").arg(tag));
    const Run r = run(QStringList{QStringLiteral("galley"), story, QStringLiteral("-o"), pdf,
                                  QStringLiteral("--dump")} +
                      options);
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    if (warning.isEmpty())
        QVERIFY2(r.err.isEmpty(), qPrintable(r.err));
    else
        QVERIFY2(r.err.contains(warning), qPrintable(r.err));
    // Every character of the text is set, in the encoding it was saved in.
    QString dumped;
    for (const QString &line : r.out.split(QLatin1Char('\n'))) {
        const qsizetype bar = line.indexOf(QLatin1Char('|'));
        if (bar >= 0)
            dumped += line.mid(bar + 1).chopped(1);
    }
    QString expected = text;
    expected.remove(QLatin1Char('\n'));
    if (encoding == QLatin1String("broken"))
        expected.insert(text.indexOf(QLatin1Char('\n')) + 1, QChar(0xFFFD));
    QCOMPARE(dumped.remove(QLatin1Char(' ')), expected.remove(QLatin1Char(' ')));
    QFile out(pdf);
    QVERIFY2(out.open(QIODevice::ReadOnly), qPrintable(pdf));
    const QByteArray written = out.readAll();
    QVERIFY(written.startsWith("%PDF-"));
    QVERIFY(written.trimmed().endsWith("%%EOF"));
}

// Nothing replaces a file silently: each of these is refused with its reason, and neither the
// edition nor an existing OUT.pdf changes by a byte.
void tst_Cli::pageEditionRefused_data()
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

void tst_Cli::pageEditionRefused()
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
void tst_Cli::pageEditionCreated()
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
void tst_Cli::pageEditionOntoPage_data()
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

void tst_Cli::pageEditionOntoPage()
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
void tst_Cli::pagePictureLimit()
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
void tst_Cli::pageBrokenBytes()
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

// A text over galley's size limit is refused before it is read, with the file and the limit
// named, and no PDF is written. The file is sparse: no disk space is used.
void tst_Cli::galleyOverTheLimitRefused()
{
    const QString story = m_dir.filePath(QStringLiteral("galley-huge.txt"));
    const QString pdf = m_dir.filePath(QStringLiteral("galley-huge.pdf"));
    QFile f(story);
    QVERIFY(f.open(QIODevice::WriteOnly));
    QVERIFY(f.resize(33 * 1024 * 1024));
    f.close();
    const Run r = run({QStringLiteral("galley"), story, QStringLiteral("-o"), pdf});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(story), qPrintable(r.err));
    QVERIFY2(r.err.contains(QStringLiteral("上限 32 MB")), qPrintable(r.err));
    QVERIFY(!QFile::exists(pdf));
}

void tst_Cli::writeToFullDisk_data()
{
    QTest::addColumn<QString>("command");
    QTest::newRow("export") << "export";
    QTest::newRow("page") << "page";
    QTest::newRow("galley") << "galley";
}

// A full disk: the command fails with the file's name and the reason, and the earlier file at
// the target is left as it was (no truncated PDF, no temporary file). tst_pdfwriter's
// diskFullNamesTheFile fills the disk in the middle of a file; here it is full from the start.
void tst_Cli::writeToFullDisk()
{
    QFETCH(QString, command);
    const QString folder = m_dir.filePath(QStringLiteral("full-") + command);
    ScratchMount mount(folder, QStringLiteral("size=16k"));
    if (!mount.isMounted())
        QSKIP(qPrintable(mount.whyNot()));
    const QString target = QDir(folder).filePath(QStringLiteral("out.pdf"));
    const QByteArray earlier("%PDF-1.3 an earlier export\n");
    {
        QFile file(target);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QCOMPARE(file.write(earlier), earlier.size());
    }
    {
        // Whatever room is left is taken, so that even a small export cannot fit.
        QFile filler(QDir(folder).filePath(QStringLiteral("filler")));
        QVERIFY(filler.open(QIODevice::WriteOnly | QIODevice::Unbuffered));
        const QByteArray block(4096, 'x');
        while (filler.write(block) == block.size()) {
        }
    }
    QStringList args{command};
    if (command == QLatin1String("export"))
        args << saveEdition(QStringLiteral("full.folio"), 1, 6, 2);
    else if (command == QLatin1String("page"))
        args << QStringLiteral(FOLIO_TEST_DATA_DIR "/seed-page.txt");
    else
        args << QStringLiteral(FOLIO_TEST_DATA_DIR "/seed-paragraphs.txt");
    args << QStringLiteral("-o") << target;
    if (command == QLatin1String("export"))
        args << QStringLiteral("--force");
    const Run r = run(args);
    QVERIFY2(r.exitCode == 1, qPrintable(r.out + r.err));
    const QString message = QStringLiteral("folio-cli %1: 写入 %2 失败：磁盘空间不足")
                                .arg(command, QDir::toNativeSeparators(target));
    QVERIFY2(r.err.contains(message), qPrintable(r.err));
    QFile file(target);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), earlier);
    QCOMPARE(QDir(folder).entryList(QDir::AllEntries | QDir::Hidden | QDir::System |
                                    QDir::NoDotAndDotDot),
             (QStringList{QStringLiteral("filler"), QStringLiteral("out.pdf")}));
}

// A 6000 x 6000 photo (over Qt's one-piece decode limit) named in a page's text is in the
// page's PDF at its own size; the command succeeds.
void tst_Cli::pageWithLargePicture()
{
    const QByteArray photo = largeimages::rgbJpeg();
    QVERIFY(!photo.isEmpty());
    QDir folder(m_dir.filePath(QStringLiteral("largepicture")));
    QVERIFY(folder.mkpath(QStringLiteral(".")));
    {
        QFile file(folder.filePath(QStringLiteral("big.jpg")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        QCOMPARE(file.write(photo), photo.size());
    }
    {
        QFile file(folder.filePath(QStringLiteral("page.txt")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(
            QStringLiteral("昌平区总工会全方位激发产业工人创新创造潜能\n\n"
                           "本报讯（记者 周美玉）打造“三个基地”，加强产业工人思想政治引领。\n\n"
                           "【图片】big.jpg\n"
                           "【图片说明】劳模工匠公园。\n")
                .toUtf8());
    }
    const QString pdf = folder.filePath(QStringLiteral("page.pdf"));
    const Run r = run({QStringLiteral("page"), folder.filePath(QStringLiteral("page.txt")),
                       QStringLiteral("-o"), pdf});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QFile file(pdf);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY2(bytes.contains("/Subtype /Image /Width 6000 /Height 6000"), qPrintable(r.err));
}

// Another Folio (this test process) edits the edition: a command that would write it refuses
// and names who edits it; the commands that only read it work as before.
void tst_Cli::lockedEditionRefusesWriters()
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

QTEST_MAIN(tst_Cli)
#include "tst_cli.moc"
