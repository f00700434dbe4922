#include "ingest/ingestreport.h"
#include "ingest/storybuilder.h"
#include "ingest/storyparser.h"
#include "model/edition.h"
#include "text/textdecoder.h"

#include <QFile>
#include <QTest>

using namespace folio;
using namespace folio::ingest;
using folio::text::DecodedText;
using folio::text::TextDecoder;

namespace {

ParsedPage seedPage(DecodedText *decoded = nullptr)
{
    QFile f(QStringLiteral(FOLIO_TEST_DATA_DIR "/seed-page.txt"));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("seed page missing");
    const DecodedText d = TextDecoder::decode(f.readAll());
    if (decoded)
        *decoded = d;
    return StoryParser::parse(d.text);
}

ParagraphRole roleOf(const Edition &e, const Paragraph &p)
{
    const ParagraphStyle *s = e.paragraphStyle(p.styleId);
    return s ? s->role : ParagraphRole::Other;
}

} // namespace

class TestStoryBuilder : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void stylesByRole_data();
    void stylesByRole();
    void runInBylineIsACharacterStyleRun();
    void bannerStories();
    void textSurvivesBuilding();
    void missingStylesAreReported();
    void reportListsWhatWasRecognised();
};

void TestStoryBuilder::stylesByRole_data()
{
    QTest::addColumn<int>("story");
    QTest::addColumn<QList<int>>("roles");

    const auto r = [](ParagraphRole role) { return int(role); };
    const int K = r(ParagraphRole::Kicker), H = r(ParagraphRole::Headline),
              S = r(ParagraphRole::Subhead), B = r(ParagraphRole::Body),
              C = r(ParagraphRole::Caption), R = r(ParagraphRole::Credit);
    // Printed order: 引题, then the 副题 that stood above the 主题, then the 主题.
    QTest::newRow("昌平") << 0 << QList<int>{K, S, H, B, B, B, B};
    QTest::newRow("广播电视台") << 1 << QList<int>{H, B, B, B, B, B};
    QTest::newRow("娘家人") << 3 << QList<int>{H, C, R};
    QTest::newRow("通州") << 5 << QList<int>{H, B};
}

void TestStoryBuilder::stylesByRole()
{
    QFETCH(int, story);
    auto edition = Edition::createDefault();
    const BuiltStories built = StoryBuilder::build(seedPage(), *edition);
    QCOMPARE(built.stories.size(), 6);
    QList<int> roles;
    for (const auto &p : built.stories[story].paragraphs)
        roles << int(roleOf(*edition, p));
    QTEST(roles, "roles");
    QVERIFY(built.diagnostics.isEmpty());
}

void TestStoryBuilder::runInBylineIsACharacterStyleRun()
{
    auto edition = Edition::createDefault();
    const BuiltStories built = StoryBuilder::build(seedPage(), *edition);
    const ObjectId bylineStyle = StoryBuilder::bylineCharacterStyle(*edition);
    QVERIFY(bylineStyle != 0);
    QCOMPARE(edition->characterStyle(bylineStyle)->name, QStringLiteral("电头署名"));

    const Paragraph &first = built.stories[0].paragraphs[3];
    QCOMPARE(first.runs.size(), 2);
    QCOMPARE(first.runs[0].text, QStringLiteral("本报讯（记者 周美玉）"));
    QCOMPARE(first.runs[0].characterStyleId, bylineStyle);
    QVERIFY(first.runs[1].text.startsWith(QStringLiteral("打造“三个基地”，加强产业工人")));
    QCOMPARE(first.runs[1].characterStyleId, ObjectId(0));

    const Paragraph &tongzhou = built.stories[5].paragraphs[1];
    QCOMPARE(tongzhou.runs[0].text, QStringLiteral("本报讯（记者 宗晓畅 通讯员 田欣）"));
    // Only the dateline paragraph has a run-in; the others are one plain run.
    const Paragraph &second = built.stories[0].paragraphs[4];
    QCOMPARE(second.runs.size(), 1);
    QCOMPARE(second.runs[0].characterStyleId, ObjectId(0));
}

void TestStoryBuilder::bannerStories()
{
    auto edition = Edition::createDefault();
    const BuiltStories built = StoryBuilder::build(seedPage(), *edition);
    QCOMPARE(built.bannerStories.size(), 1);
    const Story &banner = built.bannerStories[0];
    QCOMPARE(banner.paragraphs.size(), 1);
    QCOMPARE(banner.paragraphs[0].text(), QStringLiteral("寒冬送暖 工会行动"));
    QCOMPARE(roleOf(*edition, banner.paragraphs[0]), ParagraphRole::Banner);
    // Ids are fresh edition ids, distinct from every story's.
    QSet<ObjectId> ids;
    for (const auto &s : built.stories + built.bannerStories)
        ids.insert(s.id);
    QCOMPARE(ids.size(), 7);
    QVERIFY(edition->lastId() >= *std::max_element(ids.begin(), ids.end()));
    // Building adds nothing to the edition by itself.
    QVERIFY(edition->stories().isEmpty());
}

void TestStoryBuilder::textSurvivesBuilding()
{
    auto edition = Edition::createDefault();
    const ParsedPage page = seedPage();
    const BuiltStories built = StoryBuilder::build(page, *edition);
    for (int i = 0; i < page.stories.size(); ++i) {
        QCOMPARE(built.stories[i].paragraphs.size(), page.stories[i].paragraphs.size());
        for (int p = 0; p < page.stories[i].paragraphs.size(); ++p)
            QCOMPARE(built.stories[i].paragraphs[p].text(), page.stories[i].paragraphs[p].text);
        QCOMPARE(built.stories[i].slug, page.stories[i].slug());
    }
}

void TestStoryBuilder::missingStylesAreReported()
{
    Edition bare; // no styles at all
    const BuiltStories built = StoryBuilder::build(seedPage(), bare);
    QCOMPARE(built.stories.size(), 6);
    QCOMPARE(built.diagnostics.size(), 2);
    QCOMPARE(built.diagnostics[0].code, QStringLiteral("missing-style"));
    // The text is all there even without styles.
    QCOMPARE(built.stories[0].paragraphs[3].runs[0].text, QStringLiteral("本报讯（记者 周美玉）"));
}

void TestStoryBuilder::reportListsWhatWasRecognised()
{
    DecodedText decoded;
    const ParsedPage page = seedPage(&decoded);
    IngestReport report = IngestReport::fromParsedPage(page);
    report.setSource(decoded);
    QCOMPARE(report.stories.size(), 6);
    QCOMPARE(report.rejoinedSplits(), 9);
    QCOMPARE(report.banners, QStringList{QStringLiteral("寒冬送暖 工会行动")});
    const StoryReport &lead = report.stories[0];
    QCOMPARE(lead.kicker, QStringLiteral("深入学习贯彻党的二十大精神 奋力开拓首都工会工作新局面"));
    QCOMPARE(lead.subhead, QStringLiteral("打造“三个基地” 构建“三个平台” 完善“三个体系”"));
    QCOMPARE(lead.bodyParagraphs, 4);
    QCOMPARE(lead.rejoinedSplits, 3);
    QCOMPARE(lead.line, 3);
    const StoryReport &photo = report.stories[3];
    QVERIFY(photo.photoStory);
    QCOMPARE(photo.credit, QStringLiteral("通讯员 黄思亮 摄影报道"));
    QCOMPARE(photo.banner, QStringLiteral("寒冬送暖 工会行动"));

    const QString text = report.toText();
    QVERIFY(text.contains(QStringLiteral("共 6 篇稿件")));
    QVERIFY(text.contains(QStringLiteral("接回分栏断开的段落 9 处")));
    QVERIFY(text.contains(QStringLiteral("主题：昌平区总工会全方位激发产业工人创新创造潜能")));
    QVERIFY(text.contains(QStringLiteral("电头署名：本报讯（记者 宗晓畅 通讯员 田欣）")));
    QVERIFY(text.contains(QStringLiteral("摄影：通讯员 黄思亮 摄影报道")));
    QCOMPARE(IngestReport::copyfitText(12), QStringLiteral("剩余 12 字"));
    QCOMPARE(IngestReport::copyfitText(-7), QStringLiteral("超出 7 字"));
}

QTEST_GUILESS_MAIN(TestStoryBuilder)
#include "tst_storybuilder.moc"
