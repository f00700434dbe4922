#include "../pdf/largeimages.h"
#include "../pdf/scratchmount.h"
#include "clitestbase.h"
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
class tst_Cli : public CliTestBase
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

private:
    QString m_help;
    QJsonObject m_bench; // `bench --json --runs 1`, run once for all of benchJson's rows
    QString m_benchError;
};

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

QTEST_MAIN(tst_Cli)
#include "tst_cli.moc"
