#include "ingest/blocksplitter.h"
#include "ingest/storyparser.h"
#include "ingest/textpatterns.h"
#include "text/textdecoder.h"

#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QStringEncoder>
#include <QTest>
#include <algorithm>

using namespace folio;
using namespace folio::ingest;
using folio::text::DecodedText;
using folio::text::TextDecoder;

namespace {

QByteArray readFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot open %s", qPrintable(path));
    return f.readAll();
}

QByteArray seedBytes()
{
    return readFile(QStringLiteral(FOLIO_TEST_DATA_DIR "/seed-page.txt"));
}

QByteArray sampleBytes()
{
    return readFile(QStringLiteral(FOLIO_TEST_DATA_DIR "/../../resources/samples/sample-page.txt"));
}

ParsedPage parseBytes(const QByteArray &bytes, DecodedText *decoded = nullptr)
{
    const DecodedText d = TextDecoder::decode(bytes);
    if (decoded)
        *decoded = d;
    return d.ok ? StoryParser::parse(d.text) : ParsedPage();
}

// Every non-empty source line, normalised and concatenated: what the stories must hold.
QString sourceCharacters(const QString &text)
{
    QString all;
    for (const QString &line : text.split(u'\n')) {
        QString rest;
        const QString n = BlockSplitter::normalizeLine(line);
        if (BlockSplitter::parseMarker(n, &rest) != Marker::None)
            all += rest;
        else if (!n.startsWith(QStringLiteral("===")))
            all += n;
    }
    return all;
}

// The stories' paragraphs back in source order, concatenated.
QString parsedCharacters(const ParsedPage &page)
{
    QList<ParsedParagraph> all;
    for (const auto &s : page.stories)
        all += s.paragraphs;
    std::stable_sort(
        all.begin(), all.end(),
        [](const ParsedParagraph &a, const ParsedParagraph &b) { return a.line < b.line; });
    QString text;
    for (const auto &p : all)
        text += p.text;
    return text;
}

QString withoutBanners(QString text, const ParsedPage &page)
{
    for (const auto &g : page.groups)
        text.remove(g.banner);
    return text;
}

} // namespace

class TestStoryParser : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void seedStories_data();
    void seedStories();
    void seedBodyRejoined_data();
    void seedBodyRejoined();
    void seedLosesNothing();
    void seedBanner();
    void seedPhotoStory();
    void inputs_data();
    void inputs();
    void markers_data();
    void markers();
    void rejoin_data();
    void rejoin();
    void patterns_data();
    void patterns();
    void shortSplitFragmentIsNotAHeadline();
    void sampleEditionText();
    void largeTextIsLinear();
};

void TestStoryParser::seedStories_data()
{
    QTest::addColumn<int>("index");
    QTest::addColumn<QString>("kicker");
    QTest::addColumn<QString>("headline");
    QTest::addColumn<QString>("subhead");
    QTest::addColumn<QString>("byline");
    QTest::addColumn<int>("bodyParagraphs");
    QTest::addColumn<int>("rejoined");

    QTest::newRow("昌平") << 0
                          << QStringLiteral("深入学习贯彻党的二十大精神 奋力开拓首都工会工作新局面")
                          << QStringLiteral("昌平区总工会全方位激发产业工人创新创造潜能")
                          << QStringLiteral("打造“三个基地” 构建“三个平台” 完善“三个体系”")
                          << QStringLiteral("本报讯（记者 周美玉）") << 4 << 3;
    QTest::newRow("广播电视台") << 1 << QString()
                                << QStringLiteral("北京广播电视台工会开展“冬送温暖”活动")
                                << QString() << QStringLiteral("本报讯（记者 盛丽）") << 5 << 2;
    QTest::newRow("朝阳") << 2 << QString()
                          << QStringLiteral("朝阳清苑路第五社区联合工会邀外卖配送员共享“团圆饭”")
                          << QString() << QStringLiteral("本报讯（记者 刘欣欣）") << 4 << 0;
    QTest::newRow("娘家人") << 3 << QString() << QStringLiteral("“娘家人”送来“新春大礼包”")
                            << QString() << QString() << 0 << 0;
    QTest::newRow("陶然亭") << 4 << QString()
                            << QStringLiteral("陶然亭街道总工会走访慰问户外劳动者") << QString()
                            << QStringLiteral("本报讯（记者 陈曦）") << 3 << 2;
    QTest::newRow("通州") << 5 << QString() << QStringLiteral("通州多源公司工会为困难职工送关爱")
                          << QString() << QStringLiteral("本报讯（记者 宗晓畅 通讯员 田欣）") << 1
                          << 2;
}

void TestStoryParser::seedStories()
{
    QFETCH(int, index);
    const ParsedPage page = parseBytes(seedBytes());
    QCOMPARE(page.stories.size(), 6);
    const ParsedStory &s = page.stories.at(index);
    QTEST(s.text(ParagraphRole::Kicker), "kicker");
    QTEST(s.text(ParagraphRole::Headline), "headline");
    QTEST(s.text(ParagraphRole::Subhead), "subhead");
    QTEST(s.byline(), "byline");
    QTEST(s.count(ParagraphRole::Body), "bodyParagraphs");
    QTEST(s.rejoinedSplits(), "rejoined");
    // The headline parts lead the story in the order the page printed them.
    QCOMPARE(s.paragraphs.first().role,
             s.count(ParagraphRole::Kicker) ? ParagraphRole::Kicker : ParagraphRole::Headline);
    QStringList headsInOrder;
    for (const auto &p : s.paragraphs)
        if (p.role == ParagraphRole::Kicker || p.role == ParagraphRole::Headline ||
            p.role == ParagraphRole::Subhead)
            headsInOrder << p.text;
    const QString seed = QString::fromUtf8(seedBytes());
    for (int i = 1; i < headsInOrder.size(); ++i)
        QVERIFY(seed.indexOf(headsInOrder[i - 1]) < seed.indexOf(headsInOrder[i]));
    if (!s.byline().isEmpty()) {
        const auto first = std::find_if(s.paragraphs.begin(), s.paragraphs.end(),
                                        [](auto &p) { return p.role == ParagraphRole::Body; });
        QVERIFY(first != s.paragraphs.end());
        QCOMPARE(first->runIn(), s.byline());
    }
}

void TestStoryParser::seedBodyRejoined_data()
{
    QTest::addColumn<int>("story");
    QTest::addColumn<int>("paragraph"); // index among the story's body paragraphs
    QTest::addColumn<QString>("contains");

    QTest::newRow("思想教育平台") << 0 << 1 << QStringLiteral("持续打造思想教育平台，坚持以党建");
    QTest::newRow("区域休闲产业") << 0 << 2 << QStringLiteral("带动了区域休闲产业发展。昌平区");
    QTest::newRow("相关负责人") << 0 << 3 << QStringLiteral("昌平区总工会相关负责人介绍");
    QTest::newRow("10家台属企业") << 1 << 1 << QStringLiteral("职工和10家台属企业的职工");
    QTest::newRow("还启动了") << 1 << 3 << QStringLiteral("北京广播电视台工会还启动了线上");
    QTest::newRow("快递员等新就业") << 4 << 1 << QStringLiteral("慰问了快递员等新就业形态劳动者");
    QTest::newRow("一线职工674人") << 4 << 1 << QStringLiteral("等单位一线职工674人。");
    QTest::newRow("一行为困难职工") << 5 << 0 << QStringLiteral("领导班子一行为困难职工送去");
    QTest::newRow("并鼓励") << 5 << 0 << QStringLiteral("并鼓励他们树立战胜困难");
}

void TestStoryParser::seedBodyRejoined()
{
    QFETCH(int, story);
    QFETCH(int, paragraph);
    QFETCH(QString, contains);
    const ParsedPage page = parseBytes(seedBytes());
    QList<ParsedParagraph> bodies;
    for (const auto &p : page.stories.at(story).paragraphs)
        if (p.role == ParagraphRole::Body)
            bodies << p;
    QVERIFY(paragraph < bodies.size());
    QVERIFY2(bodies[paragraph].text.contains(contains), qPrintable(bodies[paragraph].text));
}

void TestStoryParser::seedLosesNothing()
{
    DecodedText decoded;
    const ParsedPage page = parseBytes(seedBytes(), &decoded);
    // Every character of the seed is in exactly one paragraph or the banner, in order.
    QCOMPARE(parsedCharacters(page), withoutBanners(sourceCharacters(decoded.text), page));
    int splits = 0;
    for (const auto &s : page.stories)
        splits += s.rejoinedSplits();
    QCOMPARE(splits, 9);
    QVERIFY(page.diagnostics.isEmpty());
}

void TestStoryParser::seedBanner()
{
    const ParsedPage page = parseBytes(seedBytes());
    QCOMPARE(page.groups.size(), 1);
    QCOMPARE(page.groups[0].banner, QStringLiteral("寒冬送暖 工会行动"));
    QCOMPARE(page.groups[0].stories, (QList<int>{1, 2, 3, 4, 5}));
    QCOMPARE(page.stories[0].group, -1);
    QCOMPARE(page.stories[1].group, 0);
    for (const auto &s : page.stories)
        QVERIFY(!s.text(ParagraphRole::Headline).contains(QStringLiteral("寒冬送暖")));
}

void TestStoryParser::seedPhotoStory()
{
    const ParsedPage page = parseBytes(seedBytes());
    const ParsedStory &s = page.stories[3];
    QVERIFY(s.photo);
    QVERIFY(s.photoStory);
    QCOMPARE(s.text(ParagraphRole::Credit), QStringLiteral("通讯员 黄思亮 摄影报道"));
    QVERIFY(
        s.text(ParagraphRole::Caption).startsWith(QStringLiteral("近日，北京建工一建公司工会")));
    QVERIFY(s.text(ParagraphRole::Caption).endsWith(QStringLiteral("对新年的工作充满信心。")));
    QCOMPARE(s.paragraphs.last().role, ParagraphRole::Credit);
    for (int i = 0; i < page.stories.size(); ++i)
        if (i != 3)
            QVERIFY(!page.stories[i].photo);
}

void TestStoryParser::inputs_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<int>("stories");
    QTest::addColumn<QString>("firstHeadline");
    QTest::addColumn<QString>("firstBody");

    const QByteArray seed = seedBytes();
    const QString seedText = QString::fromUtf8(seed);
    const QString head = QStringLiteral("昌平区总工会全方位激发产业工人创新创造潜能");
    const QString body = QStringLiteral("本报讯（记者 周美玉）打造“三个基地”");

    QTest::newRow("unmarked seed") << seed << true << 6 << head << body;
    QTest::newRow("windows line ends")
        << QByteArray(seed).replace("\n", "\r\n") << true << 6 << head << body;
    QTest::newRow("old mac line ends")
        << QByteArray(seed).replace("\n", "\r") << true << 6 << head << body;
    QTest::newRow("utf-8 bom") << QByteArray("\xEF\xBB\xBF") + seed << true << 6 << head << body;
    {
        QStringEncoder enc(QStringEncoder::Utf16LE);
        QByteArray utf16 = QByteArray("\xFF\xFE") + QByteArray(enc(seedText));
        QTest::newRow("utf-16 notepad") << utf16 << true << 6 << head << body;
    }
    {
        QStringEncoder enc("GB18030");
        QTest::newRow("gb18030") << QByteArray(enc(seedText)) << true << 6 << head << body;
    }
    {
        // Reporters indent paragraphs with two full-width spaces and separate parts with one.
        QString t = seedText;
        t.replace(QStringLiteral("\n本报讯"), QStringLiteral("\n\u3000\u3000本报讯"));
        t.replace(QStringLiteral("寒冬送暖 工会行动"), QStringLiteral("寒冬送暖\u3000工会行动"));
        t.replace(QStringLiteral("（记者 周美玉）"), QStringLiteral("（记者\u3000周美玉）"));
        QTest::newRow("full-width spaces") << t.toUtf8() << true << 6 << head << body;
    }
    {
        // Blank lines doubled everywhere, spaces on the blank lines, a trailing tab.
        QString t = seedText;
        t.replace(QStringLiteral("\n\n"), QStringLiteral("\n \n\t\n"));
        t.replace(QStringLiteral("潜能\n"), QStringLiteral("潜能\t\n"));
        QTest::newRow("odd empty lines") << t.toUtf8() << true << 6 << head << body;
    }
    {
        // No blank lines at all: one paragraph per line, as many editors save.
        QString t = seedText;
        while (t.contains(QStringLiteral("\n\n")))
            t.replace(QStringLiteral("\n\n"), QStringLiteral("\n"));
        QTest::newRow("no blank lines") << t.toUtf8() << true << 6 << head << body;
    }
    QTest::newRow("marked up")
        << QStringLiteral("【引题】聚焦一线\n【主题】工会驿站开进园区\n【副题】——服务职工十万人次\n"
                          "本报讯（记者 林晓雯）近日，园区驿站开放。\n\n驿站提供热饭服务。\n===\n"
                          "【主题】第二篇\n正文一段。\n")
               .toUtf8()
        << true << 2 << QStringLiteral("工会驿站开进园区")
        << QStringLiteral("本报讯（记者 林晓雯）近日，园区驿站开放。");
    QTest::newRow("headline only")
        << QByteArray("标题一行") << true << 1 << QStringLiteral("标题一行") << QString();
    QTest::newRow("body only") << QStringLiteral("近日，园区驿站开放。").toUtf8() << true << 1
                               << QString() << QStringLiteral("近日，园区驿站开放。");
    QTest::newRow("empty file") << QByteArray() << true << 0 << QString() << QString();
    QTest::newRow("only whitespace")
        << QByteArray(" \n\r\n\t\n") << true << 0 << QString() << QString();
    {
        QByteArray png("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16);
        QTest::newRow("png image")
            << png + QByteArray(200, '\x07') << false << 0 << QString() << QString();
    }
    {
        QByteArray garbage;
        QRandomGenerator rng(20250120);
        for (int i = 0; i < 4096; ++i)
            garbage.append(char(rng.bounded(256)));
        QTest::newRow("random bytes") << garbage << false << 0 << QString() << QString();
        QByteArray noNul = garbage;
        noNul.replace('\0', 'x');
        QTest::newRow("random bytes without nul") << noNul << false << 0 << QString() << QString();
    }
    {
        // One broken byte in a real story is kept visible, not a reason to refuse the file.
        QByteArray broken = seed;
        broken.insert(broken.indexOf("打造") + 6, "\xFF");
        QTest::newRow("one invalid byte") << broken << true << 6 << head << body;
    }
}

void TestStoryParser::inputs()
{
    QFETCH(QByteArray, bytes);
    QFETCH(bool, ok);
    QFETCH(int, stories);
    DecodedText decoded;
    const ParsedPage page = parseBytes(bytes, &decoded);
    QCOMPARE(decoded.ok, ok);
    if (!ok) {
        QVERIFY(!decoded.error.isEmpty());
        QVERIFY(page.stories.isEmpty());
        return;
    }
    QCOMPARE(page.stories.size(), stories);
    if (stories == 0) {
        QCOMPARE(page.diagnostics.last().code, QStringLiteral("no-stories"));
        return;
    }
    const ParsedStory &s = page.stories.first();
    QTEST(s.text(ParagraphRole::Headline), "firstHeadline");
    QFETCH(QString, firstBody);
    const auto first = std::find_if(s.paragraphs.begin(), s.paragraphs.end(),
                                    [](auto &p) { return p.role == ParagraphRole::Body; });
    if (firstBody.isEmpty()) {
        QVERIFY(first == s.paragraphs.end());
        return;
    }
    QVERIFY(first != s.paragraphs.end());
    QVERIFY2(first->text.startsWith(firstBody), qPrintable(first->text));
    QVERIFY(!first->text.contains(QChar(0x3000)));
    QVERIFY(!first->text.contains(u'\r'));
    QVERIFY(!first->text.contains(QChar(0xFEFF)));
}

void TestStoryParser::markers_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("roles"); // role letters of the first story's paragraphs
    QTest::addColumn<int>("stories");

    QTest::newRow("all parts") << QStringLiteral(
                                      "【栏目】寒冬送暖\n【引题】引\n【主题】主\n【副题】副\n"
                                      "【电头】本报讯（记者 甲）\n正文。\n【图片说明】说明。\n"
                                      "【摄影】通讯员 乙 摄\n")
                               << QStringList{"K", "H", "S", "B", "C", "R"} << 1;
    QTest::newRow("marker on its own line")
        << QStringLiteral("【主题】\n标题在下一行\n\n正文。\n") << QStringList{"H", "B"} << 1;
    QTest::newRow("ascii brackets")
        << QStringLiteral("[引题]引\n[主题]主\n正文。\n") << QStringList{"K", "H", "B"} << 1;
    QTest::newRow("forced body") << QStringLiteral("【主题】主\n【正文】短句一行\n【正文】再一行\n")
                                 << QStringList{"H", "B", "B"} << 1;
    QTest::newRow("second headline starts a story")
        << QStringLiteral("【主题】一\n正文。\n【主题】二\n正文。\n") << QStringList{"H", "B"} << 2;
    QTest::newRow("separator") << QStringLiteral("标题一\n\n正文一。\n===\n标题二\n\n正文二。\n")
                               << QStringList{"H", "B"} << 2;
    QTest::newRow("full-width separator")
        << QStringLiteral("标题一\n正文一。\n＝＝＝＝\n标题二\n正文二。\n") << QStringList{"H", "B"}
        << 2;
    QTest::newRow("unknown bracket is text")
        << QStringLiteral("【编者按】这是一段编者按。\n") << QStringList{"B"} << 1;
    QTest::newRow("byline line") << QStringLiteral("【主题】主\n【署名】本报记者 丙\n正文。\n")
                                 << QStringList{"H", "Y", "B"} << 1;
    QTest::newRow("empty marker ignored")
        << QStringLiteral("【引题】\n【主题】主\n正文。\n") << QStringList{"H", "B"} << 1;
}

void TestStoryParser::markers()
{
    QFETCH(QString, text);
    const ParsedPage page = StoryParser::parse(text);
    QTEST(int(page.stories.size()), "stories");
    QStringList roles;
    for (const auto &p : page.stories.first().paragraphs) {
        switch (p.role) {
        case ParagraphRole::Kicker:
            roles << "K";
            break;
        case ParagraphRole::Headline:
            roles << "H";
            break;
        case ParagraphRole::Subhead:
            roles << "S";
            break;
        case ParagraphRole::Caption:
            roles << "C";
            break;
        case ParagraphRole::Credit:
            roles << "R";
            break;
        case ParagraphRole::Byline:
            roles << "Y";
            break;
        default:
            roles << "B";
        }
    }
    QTEST(roles, "roles");
}

void TestStoryParser::rejoin_data()
{
    // Each text follows a headline and a complete dateline paragraph, as in a real story.
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("paragraphs");

    QTest::newRow("column split") << QStringLiteral("持续打造平\n\n台，坚持。\n")
                                  << QStringList{"持续打造平台，坚持。"};
    QTest::newRow("complete sentence stays")
        << QStringLiteral("第一段。\n\n第二段。\n") << QStringList{"第一段。", "第二段。"};
    QTest::newRow("closing quote after full stop")
        << QStringLiteral("他说：“好。”\n\n第二段。\n") << QStringList{"他说：“好。”", "第二段。"};
    QTest::newRow("quote without full stop joins")
        << QStringLiteral("活动名为“团圆饭”\n\n的主题活动。\n")
        << QStringList{"活动名为“团圆饭”的主题活动。"};
    QTest::newRow("semicolon ends an item") << QStringLiteral("一是加强引领；\n\n二是完善体系。\n")
                                            << QStringList{"一是加强引领；", "二是完善体系。"};
    QTest::newRow("jump line ends a paragraph")
        << QStringLiteral("正文到此（下转第2版）\n\n另一段。\n")
        << QStringList{"正文到此（下转第2版）", "另一段。"};
    QTest::newRow("latin words keep a space") << QStringLiteral("电视端2025BR\n\nTV跨年之夜。\n")
                                              << QStringList{"电视端2025BR TV跨年之夜。"};
    QTest::newRow("three pieces") << QStringLiteral("甲乙，丙丁\n\n戊己\n\n庚辛。\n")
                                  << QStringList{"甲乙，丙丁戊己庚辛。"};
    QTest::newRow("lines without blank lines") << QStringLiteral("第一段。\n第二段的前半\n后半。\n")
                                               << QStringList{"第一段。", "第二段的前半后半。"};
    QTest::newRow("unfinished before a new story")
        << QStringLiteral(
               "最后一段的前半，\n\n后半没有句号\n\n下一篇的标题\n\n本报讯（记者 乙）正文。\n")
        << QStringList{"最后一段的前半，后半没有句号"};
}

void TestStoryParser::rejoin()
{
    QFETCH(QString, text);
    const QString lead = QStringLiteral("标题\n\n本报讯（记者 甲）导语。\n\n");
    const ParsedPage page = StoryParser::parse(lead + text);
    QVERIFY(!page.stories.isEmpty());
    QStringList got;
    for (const auto &p : page.stories.first().paragraphs.mid(2))
        got << p.text;
    QTEST(got, "paragraphs");
    QCOMPARE(page.stories.first().paragraphs[1].text, QStringLiteral("本报讯（记者 甲）导语。"));
}

void TestStoryParser::patterns_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("dateline");
    QTest::addColumn<bool>("credit");
    QTest::addColumn<bool>("headline");
    QTest::addColumn<bool>("banner");

    QTest::newRow("本报讯") << QStringLiteral("本报讯（记者 周美玉）打造") << 11 << false << false
                            << false;
    QTest::newRow("本报电") << QStringLiteral("本报北京1月20日电（记者 甲）近日") << 16 << false
                            << false << false;
    QTest::newRow("新华社电") << QStringLiteral("新华社北京1月20日电 近日") << 12 << false << false
                              << false;
    QTest::newRow("brackets only")
        << QStringLiteral("（记者 宗晓畅 通讯员 田欣）连日来") << 15 << false << false << false;
    QTest::newRow("ascii brackets")
        << QStringLiteral("本报讯(记者 甲)近日") << 9 << false << false << false;
    QTest::newRow("body bracket") << QStringLiteral("（工种）赛道") << 0 << false << true << false;
    QTest::newRow("摄影报道") << QStringLiteral("通讯员 黄思亮 摄影报道") << 0 << true << false
                              << false;
    QTest::newRow("本报记者摄") << QStringLiteral("本报记者 张三 摄") << 0 << true << false
                                << false;
    QTest::newRow("摄影冒号") << QStringLiteral("摄影：李四") << 0 << true << false << false;
    QTest::newRow("供图") << QStringLiteral("北京市总工会供图") << 0 << true << false << false;
    QTest::newRow("bracket credit") << QStringLiteral("（张三 摄）") << 0 << true << false << false;
    QTest::newRow("headline ending in 图")
        << QStringLiteral("绘就发展新蓝图") << 0 << false << true << false;
    QTest::newRow("banner") << QStringLiteral("寒冬送暖 工会行动") << 0 << false << true << true;
    QTest::newRow("kicker is not a banner")
        << QStringLiteral("深入学习贯彻党的二十大精神 奋力开拓首都工会工作新局面") << 0 << false
        << true << false;
    QTest::newRow("quotes are not a banner")
        << QStringLiteral("打造“三个” 构建“平台”") << 0 << false << true << false;
    QTest::newRow("sentence") << QStringLiteral("职工674人。") << 0 << false << false << false;
    QTest::newRow("clause") << QStringLiteral("台属企业的职工，") << 0 << false << false << false;
    QTest::newRow("too long") << QString(41, QChar(0x4E00)) << 0 << false << false << false;
}

void TestStoryParser::patterns()
{
    QFETCH(QString, text);
    QTEST(patterns::datelineLength(text), "dateline");
    QTEST(patterns::isCredit(text), "credit");
    QTEST(patterns::isHeadlineShaped(text), "headline");
    QTEST(patterns::isBannerShaped(text), "banner");
}

void TestStoryParser::shortSplitFragmentIsNotAHeadline()
{
    // Regression: 北京广播电视台工会还启 / 动了… is short and unpunctuated like a headline, but
    // nothing that starts a story follows it, so it is the first half of a split paragraph.
    const QString text =
        QStringLiteral("北京广播电视台工会开展活动\n\n本报讯（记者 盛丽）近日，活动开始。\n\n"
                       "北京广播电视台工会还启\n\n动了线上活动。\n\n相关负责人介绍了情况。\n");
    const ParsedPage page = StoryParser::parse(text);
    QCOMPARE(page.stories.size(), 1);
    QCOMPARE(page.stories[0].count(ParagraphRole::Body), 3);
    QCOMPARE(page.stories[0].paragraphs[2].text,
             QStringLiteral("北京广播电视台工会还启动了线上活动。"));
}

void TestStoryParser::sampleEditionText()
{
    const ParsedPage page = parseBytes(sampleBytes());
    QVERIFY(page.diagnostics.isEmpty());
    // Two stories above the banners, then two 栏目 groups of four (one a photo story).
    QCOMPARE(page.stories.size(), 10);
    QCOMPARE(page.groups.size(), 2);
    QCOMPARE(page.groups[0].stories.size(), 4);
    QCOMPARE(page.groups[1].stories.size(), 4);
    int photoStories = 0;
    for (const auto &s : page.stories) {
        QCOMPARE(s.count(ParagraphRole::Headline), 1);
        photoStories += s.photoStory ? 1 : 0;
        if (!s.photoStory)
            QVERIFY(s.byline().startsWith(QStringLiteral("本报讯（记者 ")));
        for (const auto &p : s.paragraphs)
            QVERIFY(p.marked || p.role == ParagraphRole::Body);
    }
    QCOMPARE(photoStories, 1);
    QCOMPARE(page.stories[0].text(ParagraphRole::Kicker),
             QStringLiteral("聚焦一线需求 延伸服务触角"));
    QCOMPARE(page.stories[1].count(ParagraphRole::Subhead), 1);
}

void TestStoryParser::largeTextIsLinear()
{
    // About 200,000 characters: the seed page sixty times over, with === between copies.
    const QString seed = QString::fromUtf8(seedBytes());
    QString big;
    while (big.size() < 200000)
        big += seed + QStringLiteral("\n===\n");
    QElapsedTimer timer;
    timer.start();
    const ParsedPage page = StoryParser::parse(big);
    const qint64 ms = timer.elapsed();
    const int copies = int(big.size() / (seed.size() + 5));
    QCOMPARE(page.stories.size(), copies * 6);
    QCOMPARE(page.groups.size(), copies);
    QCOMPARE(page.stories.last().text(ParagraphRole::Headline),
             QStringLiteral("通州多源公司工会为困难职工送关爱"));
    QVERIFY2(ms < 3000, qPrintable(QString::number(ms)));
}

QTEST_GUILESS_MAIN(TestStoryParser)
#include "tst_storyparser.moc"
