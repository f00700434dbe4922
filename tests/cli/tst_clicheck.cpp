#include "clitestbase.h"

#include "model/edition.h"
#include "model/pagetemplate.h"
#include "store/editionstore.h"

#include <QTest>

using namespace folio;

namespace {

Story bodyStory(Edition &e, const QString &slug, const QStringList &paragraphs)
{
    const ParagraphStyle *body = e.styleForRole(ParagraphRole::Body);
    Story story;
    story.id = e.newId();
    story.slug = slug;
    for (const QString &text : paragraphs)
        story.paragraphs.append({body->id, {{text, 0}}});
    e.putStory(story);
    return story;
}

} // namespace

// folio-cli check: one line per hit (版, story, offset, found, suggestion), exit 0/1/2.
class TestCliCheck : public CliTestBase
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void listsHitsWithPageAndOffset();
    void customListWithComments();
    void cleanEditionExitsZero();
    void badInput_data();
    void badInput();

private:
    QString m_edition;
    QString m_clean;
    int m_offsetA = 0;
    int m_offsetB = 0;
    int m_offsetC = 0;
};

// Two pages: 甲稿 on page 1 with 按装; 乙稿 chained from a two-line frame on page 1 to page 2,
// 既使 in its second paragraph, which only page 2 has room for; 丙稿 (穿流不息) on no page.
void TestCliCheck::initTestCase()
{
    QVERIFY(m_dir.isValid());
    auto edition = Edition::createDefault();
    Edition &e = *edition;
    const QString a = QStringLiteral("本报讯 新的设备已经按装完毕，下周投入使用。");
    const QString longParagraph = QStringLiteral("市民对新线路期待已久，").repeated(12);
    const QString b2 = QStringLiteral("既使下雨，工程也不停工。");
    const QString c = QStringLiteral("节日期间游客穿流不息。");
    const Story storyA = bodyStory(e, QStringLiteral("甲稿"), {a});
    const Story storyB = bodyStory(e, QStringLiteral("乙稿"), {longParagraph, b2});
    bodyStory(e, QStringLiteral("丙稿"), {c});
    m_offsetA = int(a.indexOf(QStringLiteral("按装")));
    m_offsetB = int(longParagraph.size()) + 1;
    m_offsetC = int(c.indexOf(QStringLiteral("穿流不息")));

    const PageTemplate tpl = PageTemplate::broadsheet8();
    for (int i = 0; i < 2; ++i) {
        Page page = tpl.makePage();
        page.id = e.newId();
        page.number = i + 1;
        page.section = QStringLiteral("要闻");
        const auto add = [&](ObjectId story, int chainIndex, double height) {
            Frame frame;
            frame.id = e.newId();
            frame.storyId = story;
            frame.chainIndex = chainIndex;
            frame.rect = QRectF(page.columnLeft(int(page.frames.size()) * 2), 200,
                                page.columnWidth() * 2, height);
            page.frames.append(frame);
        };
        if (i == 0) {
            add(storyA.id, 0, 300);
            add(storyB.id, 0, 30);
        } else {
            add(storyB.id, 1, 400);
        }
        e.insertPage(i, page);
    }
    QString error;
    m_edition = m_dir.filePath(QStringLiteral("check.folio"));
    QVERIFY2(EditionStore::save(e, m_edition, &error), qPrintable(error));

    auto clean = Edition::createDefault();
    bodyStory(*clean, QStringLiteral("干净"), {QStringLiteral("本报讯 一切正常。")});
    m_clean = m_dir.filePath(QStringLiteral("clean.folio"));
    QVERIFY2(EditionStore::save(*clean, m_clean, &error), qPrintable(error));
}

void TestCliCheck::listsHitsWithPageAndOffset()
{
    const Run r = run({QStringLiteral("check"), m_edition});
    QCOMPARE(r.exitCode, 1);
    const QStringList lines = r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines, (QStringList{
                        QStringLiteral("第1版 要闻\t甲稿\t%1\t按装\t安装").arg(m_offsetA),
                        QStringLiteral("第2版 要闻\t乙稿\t%1\t既使\t即使").arg(m_offsetB),
                        QStringLiteral("未排出\t丙稿\t%1\t穿流不息\t川流不息").arg(m_offsetC),
                    }));
    QVERIFY2(r.err.contains(QStringLiteral("3 处")), qPrintable(r.err));
}

void TestCliCheck::customListWithComments()
{
    const QString words = writeFile(
        QStringLiteral("newsroom.txt"),
        QByteArrayLiteral("# 本报词表\n\n工程 -> 工程项目  # 只是试验\n  # 按装 -> 不该读到\n"
                          "投入使用\n"));
    // Only the given list.
    Run r = run({QStringLiteral("check"), m_edition, QStringLiteral("--words"), words,
                 QStringLiteral("--no-default")});
    QCOMPARE(r.exitCode, 1);
    QStringList lines = r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 2);
    QVERIFY2(
        lines[0].endsWith(QStringLiteral("\t甲稿\t%1\t投入使用\t-")
                              .arg(QStringLiteral("本报讯 新的设备已经按装完毕，下周").size())),
        qPrintable(lines[0]));
    QVERIFY2(lines[1].startsWith(QStringLiteral("第2版 要闻\t乙稿\t")), qPrintable(lines[1]));
    QVERIFY2(lines[1].endsWith(QStringLiteral("\t工程\t工程项目")), qPrintable(lines[1]));

    // The default list and two files (the second also given): every hit once per entry.
    const QString more = writeFile(QStringLiteral("more.txt"), QByteArrayLiteral("丙稿不存在\n"));
    r = run({QStringLiteral("check"), QStringLiteral("--words"), words, m_edition,
             QStringLiteral("--words"), more});
    QCOMPARE(r.exitCode, 1);
    lines = r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 5);
}

void TestCliCheck::cleanEditionExitsZero()
{
    const Run r = run({QStringLiteral("check"), m_clean});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.isEmpty());
}

void TestCliCheck::badInput_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("message"); // part of the message on stderr

    const QString missing = m_dir.filePath(QStringLiteral("没有这个词表.txt"));
    const QString utf16 = writeFile(QStringLiteral("utf16.txt"), QByteArray("\xff\xfe\x09\x5b", 4));
    const QString badLine = writeFile(QStringLiteral("badline.txt"), "好词\n -> 缺错词\n");
    const QString notEdition =
        writeFile(QStringLiteral("notes.folio"), QByteArrayLiteral("这不是版面文件"));
    QTest::newRow("no edition") << QStringList{QStringLiteral("check")} << QStringLiteral("用法");
    QTest::newRow("missing words file")
        << QStringList{QStringLiteral("check"), m_edition, QStringLiteral("--words"), missing}
        << missing;
    QTest::newRow("words not UTF-8")
        << QStringList{QStringLiteral("check"), m_edition, QStringLiteral("--words"), utf16}
        << QStringLiteral("UTF-8");
    QTest::newRow("malformed line")
        << QStringList{QStringLiteral("check"), m_edition, QStringLiteral("--words"), badLine}
        << QStringLiteral("第 2 行");
    QTest::newRow("--words without file")
        << QStringList{QStringLiteral("check"), m_edition, QStringLiteral("--words")}
        << QStringLiteral("用法");
    QTest::newRow("not an edition")
        << QStringList{QStringLiteral("check"), notEdition} << notEdition;
    QTest::newRow("missing edition")
        << QStringList{QStringLiteral("check"), m_dir.filePath(QStringLiteral("无.folio"))}
        << QStringLiteral("无.folio");
}

void TestCliCheck::badInput()
{
    QFETCH(QStringList, args);
    QFETCH(QString, message);
    const Run r = run(args);
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.out.isEmpty());
    QVERIFY2(r.err.contains(message), qPrintable(r.err));
}

QTEST_GUILESS_MAIN(TestCliCheck)
#include "tst_clicheck.moc"
