#include "model/edition.h"
#include "model/textmatcher.h"
#include "model/textsearch.h"
#include "model/wordlist.h"

#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace folio;

Q_DECLARE_METATYPE(QList<int>)

namespace {

Story story(ObjectId id, const QStringList &paragraphs)
{
    Story s;
    s.id = id;
    s.slug = QStringLiteral("稿件%1").arg(id);
    for (const QString &text : paragraphs) {
        Paragraph p;
        p.runs.append(TextRun{text, 0});
        s.paragraphs.append(p);
    }
    return s;
}

// Flattened (offset, length) pairs, so a table row reads as the hits it expects.
QList<int> flatten(const QList<TextMatch> &hits)
{
    QList<int> out;
    for (const TextMatch &m : hits)
        out << m.offset << m.length;
    return out;
}

} // namespace

class TestTextMatcher : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void findAll_data();
    void findAll();
    void foldWidthKeepsLength();
    void invalidPatterns();
    void regexReplacement();
    void replaceAllIsOneUndoStep();
    void replaceSkipsChangedText();
    void wordListParsesEntriesAndComments();
    void wordListRefusesBadFiles();
    void wordListFindsLongestFirst();
    void defaultListShipsCorrections();
};

void TestTextMatcher::findAll_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<bool>("matchCase");
    QTest::addColumn<bool>("wholeWord");
    QTest::addColumn<bool>("regex");
    QTest::addColumn<bool>("fold");
    QTest::addColumn<QList<int>>("hits"); // offset, length, offset, length, …

    const QString latin = QStringLiteral("GDP grew; gdp and GDPs.");
    QTest::newRow("ignore case") << latin << "gdp" << false << false << false << false
                                 << QList<int>{0, 3, 10, 3, 18, 3};
    QTest::newRow("match case") << latin << "gdp" << true << false << false << false
                                << QList<int>{10, 3};
    QTest::newRow("whole word") << latin << "GDP" << false << true << false << false
                                << QList<int>{0, 3, 10, 3};
    QTest::newRow("whole word next to Chinese") << QStringLiteral("全年GDP增长") << "GDP" << false
                                                << true << false << false << QList<int>{2, 3};
    QTest::newRow("Chinese substring") << QStringLiteral("上海市上海") << QStringLiteral("上海")
                                       << false << true << false << false << QList<int>{0, 2, 3, 2};
    QTest::newRow("regex") << QStringLiteral("增长5.2%，去年4.9%") << QStringLiteral("\\d+\\.\\d%")
                           << false << false << true << false << QList<int>{2, 4, 9, 4};
    QTest::newRow("regex case") << latin << "^g\\w+" << true << false << true << false
                                << QList<int>{};
    QTest::newRow("regex never crosses a paragraph")
        << QStringLiteral("甲乙\n丙丁") << QStringLiteral("乙\\s丙") << false << false << true
        << false << QList<int>{};
    // Full-width text found by a half-width pattern and the other way round; the offsets are
    // those of the original text.
    QTest::newRow("fold Ａ/A") << QStringLiteral("Ａ股和A股") << QStringLiteral("A股") << false
                               << false << false << true << QList<int>{0, 2, 3, 2};
    QTest::newRow("no fold Ａ/A") << QStringLiteral("Ａ股和A股") << QStringLiteral("A股") << false
                                  << false << false << false << QList<int>{3, 2};
    QTest::newRow("fold ０/0") << QStringLiteral("第２０２６年，2026年") << QStringLiteral("2026")
                               << false << false << false << true << QList<int>{1, 4, 7, 4};
    QTest::newRow("fold ，/,") << QStringLiteral("北京，上海,广州") << QStringLiteral("，上海,")
                               << false << false << false << true << QList<int>{2, 4};
    QTest::newRow("fold case ａ/A") << QStringLiteral("ａｂｃ") << QStringLiteral("ABC") << false
                                    << false << false << true << QList<int>{0, 3};
    QTest::newRow("fold with match case") << QStringLiteral("ａｂｃ") << QStringLiteral("ABC")
                                          << true << false << false << true << QList<int>{};
    QTest::newRow("fold regex") << QStringLiteral("编号：ＡＢ１２") << QStringLiteral("[A-Z]+\\d+")
                                << true << false << true << true << QList<int>{3, 4};
    QTest::newRow("fold whole word") << QStringLiteral("ＧＤＰ，ＧＤＰｓ") << QStringLiteral("gdp")
                                     << false << true << false << true << QList<int>{0, 3};
}

void TestTextMatcher::findAll()
{
    QFETCH(QString, text);
    QFETCH(QString, pattern);
    QFETCH(bool, matchCase);
    QFETCH(bool, wholeWord);
    QFETCH(bool, regex);
    QFETCH(bool, fold);
    QFETCH(QList<int>, hits);
    const TextMatcher matcher(pattern, {matchCase, wholeWord, regex, fold});
    QVERIFY2(matcher.isValid(), qPrintable(matcher.errorString()));
    QCOMPARE(flatten(matcher.findAll(text)), hits);
}

void TestTextMatcher::foldWidthKeepsLength()
{
    const QString text = QStringLiteral("Ａ０，。：；？！（）　“”");
    const QString folded = TextMatcher::foldWidth(text);
    QCOMPARE(folded.size(), text.size());
    QCOMPARE(folded, QStringLiteral("A0,.:;?!() \"\""));
    QCOMPARE(TextMatcher::foldWidth(QStringLiteral("中文")), QStringLiteral("中文"));
}

void TestTextMatcher::invalidPatterns()
{
    const TextMatcher empty(QString(), {});
    QVERIFY(!empty.isValid());
    QVERIFY(!empty.errorString().isEmpty());
    QVERIFY(empty.findAll(QStringLiteral("abc")).isEmpty());
    const TextMatcher broken(QStringLiteral("(未闭合"), {false, false, true, false});
    QVERIFY(!broken.isValid());
    QVERIFY(broken.errorString().contains(QStringLiteral("正则表达式")));
    QVERIFY(broken.findAll(QStringLiteral("(未闭合")).isEmpty());
}

void TestTextMatcher::regexReplacement()
{
    const TextMatcher matcher(QStringLiteral("(\\d+)年(\\d+)月"), {false, false, true, false});
    const QList<TextMatch> hits = matcher.findAll(QStringLiteral("于2026年12月开幕"));
    QCOMPARE(hits.size(), 1);
    QCOMPARE(matcher.replacementFor(hits[0], QStringLiteral("\\2/$1 ($$)")),
             QStringLiteral("12/2026 ($)"));
    const TextMatcher plain(QStringLiteral("年"), {});
    QCOMPARE(plain.replacementFor(plain.findAll(QStringLiteral("年"))[0], QStringLiteral("\\1")),
             QStringLiteral("\\1"));
}

void TestTextMatcher::replaceAllIsOneUndoStep()
{
    Edition edition;
    edition.putStory(story(1, {QStringLiteral("市政府今天开会，市政府说"), QStringLiteral("好")}));
    edition.putStory(story(2, {QStringLiteral("区政府与市政府")}));
    const QString before1 = edition.story(1)->plainText();
    const QString before2 = edition.story(2)->plainText();
    const TextMatcher matcher(QStringLiteral("市政府"), {});
    const QList<StoryHit> hits =
        TextSearch::find(edition, matcher, 0, QStringLiteral("市人民政府"));
    QCOMPARE(hits.size(), 3);
    QCOMPARE(hits[2].storyId, ObjectId(2));
    QCOMPARE(hits[2].offset, 4);
    QCOMPARE(TextSearch::find(edition, matcher, 2).size(), 1);

    const int steps = edition.undoStack()->count();
    QCOMPARE(TextSearch::replaceAll(&edition, hits, QStringLiteral("全部替换")), 3);
    QCOMPARE(edition.undoStack()->count(), steps + 1);
    QCOMPARE(edition.story(1)->plainText(), QStringLiteral("市人民政府今天开会，市人民政府说\n好"));
    QCOMPARE(edition.story(2)->plainText(), QStringLiteral("区政府与市人民政府"));
    edition.undoStack()->undo();
    QCOMPARE(edition.story(1)->plainText(), before1);
    QCOMPARE(edition.story(2)->plainText(), before2);
    edition.undoStack()->redo();
    QCOMPARE(edition.story(2)->plainText(), QStringLiteral("区政府与市人民政府"));
}

void TestTextMatcher::replaceSkipsChangedText()
{
    Edition edition;
    edition.putStory(story(1, {QStringLiteral("既使下雨")}));
    StoryHit stale{1, 0, 2, QStringLiteral("即使"), QStringLiteral("即使")};
    QVERIFY(!TextSearch::replaceOne(&edition, stale));
    QCOMPARE(edition.undoStack()->count(), 0);
    StoryHit hit{1, 0, 2, QStringLiteral("既使"), QStringLiteral("即使")};
    QVERIFY(TextSearch::replaceOne(&edition, hit));
    QCOMPARE(edition.story(1)->plainText(), QStringLiteral("即使下雨"));
}

void TestTextMatcher::wordListParsesEntriesAndComments()
{
    WordList list;
    QString error;
    const QByteArray text = "\xEF\xBB\xBF# 注释\n按装 -> 安装\n\n一股作气 → 一鼓作气  # 成语\n"
                            "既使=>即使\n有关部门\n  # 缩进的注释\nC#语言\n";
    QVERIFY2(list.parse(text, QStringLiteral("newsroom.txt"), &error), qPrintable(error));
    QCOMPARE(list.entries().size(), 5);
    QCOMPARE(list.entries()[0].word, QStringLiteral("按装"));
    QCOMPARE(list.entries()[0].suggestion, QStringLiteral("安装"));
    QCOMPARE(list.entries()[0].line, 2);
    QCOMPARE(list.entries()[1].suggestion, QStringLiteral("一鼓作气"));
    QCOMPARE(list.entries()[2].suggestion, QStringLiteral("即使"));
    QCOMPARE(list.entries()[3].word, QStringLiteral("有关部门"));
    QVERIFY(list.entries()[3].suggestion.isEmpty());
    QCOMPARE(list.entries()[4].word, QStringLiteral("C#语言")); // '#' inside a word stays

    const QList<StoryHit> hits =
        list.check(QStringLiteral("既使按装好了，有关部门也要一股作气"), 7);
    QCOMPARE(hits.size(), 4);
    QCOMPARE(hits[0], (StoryHit{7, 0, 2, QStringLiteral("既使"), QStringLiteral("即使")}));
    QCOMPARE(hits[1].offset, 2);
    QCOMPARE(hits[2].found, QStringLiteral("有关部门"));
    QCOMPARE(hits[3].offset, 13);
}

void TestTextMatcher::wordListRefusesBadFiles()
{
    QTemporaryDir dir;
    WordList list;
    QString error;
    const QString missing = dir.filePath(QStringLiteral("无此文件.txt"));
    QVERIFY(!list.load(missing, &error));
    QVERIFY(error.contains(missing));
    QVERIFY(!list.parse("good -> 好\n -> 空\n", QStringLiteral("bad.txt"), &error));
    QVERIFY(error.contains(QStringLiteral("bad.txt")));
    QVERIFY(error.contains(QStringLiteral("第 2 行")));
    QVERIFY(!list.parse("\xff\xfe\x41\x00", QStringLiteral("utf16.txt"), &error));
    QVERIFY(error.contains(QStringLiteral("UTF-8")));
    QVERIFY(list.isEmpty()); // nothing of a refused file is kept
}

void TestTextMatcher::wordListFindsLongestFirst()
{
    WordList list;
    QString error;
    QVERIFY(list.parse("不径 -> 不胫\n不径而走 -> 不胫而走\n", QStringLiteral("t"), &error));
    const QList<StoryHit> hits = list.check(QStringLiteral("消息不径而走"));
    QCOMPARE(hits.size(), 1);
    QCOMPARE(hits[0].found, QStringLiteral("不径而走"));
    QCOMPARE(hits[0].offset, 2);
}

void TestTextMatcher::defaultListShipsCorrections()
{
    const WordList list = WordList::defaultList();
    QVERIFY(list.entries().size() >= 30);
    const QList<StoryHit> hits = list.check(QStringLiteral("观众迫不急待，穿流不息，美仑美奂"));
    QCOMPARE(hits.size(), 3);
    QCOMPARE(hits[0].replacement, QStringLiteral("迫不及待"));
    QCOMPARE(hits[1].replacement, QStringLiteral("川流不息"));
    QCOMPARE(hits[2].replacement, QStringLiteral("美轮美奂"));
    for (const WordEntry &e : list.entries())
        QVERIFY2(e.word != e.suggestion, qPrintable(e.word));
}

QTEST_GUILESS_MAIN(TestTextMatcher)
#include "tst_textmatcher.moc"
