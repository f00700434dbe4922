#include "app/storytext.h"

#include <QtTest>

using namespace folio;
using folio::app::StoryText;

namespace {
constexpr ObjectId kBody = 10;
constexpr ObjectId kHead = 11;
constexpr ObjectId kBold = 20;

// Two paragraphs: 标题 (headline) and 正文有重点内容 with 重点 in bold.
Story sample()
{
    Story s;
    s.id = 1;
    s.paragraphs = {Paragraph{kHead, {{QStringLiteral("标题"), 0}}},
                    Paragraph{kBody,
                              {{QStringLiteral("正文有"), 0},
                               {QStringLiteral("重点"), kBold},
                               {QStringLiteral("内容"), 0}}}};
    return s;
}

// The story written as style:text|style:text per paragraph, paragraphs joined by " / ".
QString dump(const Story &story)
{
    QStringList paragraphs;
    for (const Paragraph &p : story.paragraphs) {
        QStringList runs;
        for (const TextRun &r : p.runs)
            runs << QStringLiteral("%1%2").arg(r.characterStyleId ? QStringLiteral("*") : QString(),
                                               r.text);
        paragraphs << QStringLiteral("%1:%2").arg(p.styleId).arg(runs.join(QLatin1Char('|')));
    }
    return paragraphs.join(QStringLiteral(" / "));
}
} // namespace

class TestStoryText : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void positions();
    void edits_data();
    void edits();
    void fragmentRoundTrip();
};

void TestStoryText::positions()
{
    const Story s = sample();
    QCOMPARE(StoryText::length(s), int(s.plainText().size()));
    QCOMPARE(StoryText::paragraphStarts(s), (QList<int>{0, 3}));
    QCOMPARE(StoryText::place(s, 2).paragraph, 0);
    QCOMPARE(StoryText::place(s, 3).paragraph, 1);
    QCOMPARE(StoryText::place(s, 5).offset, 2);
    QCOMPARE(StoryText::position(s, 1, 4), 7);
}

void TestStoryText::edits_data()
{
    QTest::addColumn<QString>("op");
    QTest::addColumn<int>("from");
    QTest::addColumn<int>("to");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    const QString body = QString::number(kBody);
    const QString head = QString::number(kHead);
    QTest::newRow("type after a bold run stays bold")
        << "insert" << 8 << 8 << QStringLiteral("的")
        << head + ":标题 / " + body + ":正文有|*重点的|内容";
    QTest::newRow("type at a paragraph start") << "insert" << 3 << 3 << QStringLiteral("新")
                                               << head + ":标题 / " + body + ":新正文有|*重点|内容";
    QTest::newRow("enter splits in the same style")
        << "insert" << 5 << 5 << QStringLiteral("\n")
        << head + ":标题 / " + body + ":正文 / " + body + ":有|*重点|内容";
    QTest::newRow("remove across paragraphs keeps the first style")
        << "remove" << 1 << 5 << QString() << head + ":标有|*重点|内容";
    QTest::newRow("remove a whole run")
        << "remove" << 6 << 8 << QString() << head + ":标题 / " + body + ":正文有内容";
    QTest::newRow("character style over part of runs")
        << "bold" << 5 << 7 << QString() << head + ":标题 / " + body + ":正文|*有重点|内容";
    QTest::newRow("character style removed")
        << "plain" << 6 << 8 << QString() << head + ":标题 / " + body + ":正文有重点内容";
    QTest::newRow("paragraph style over two paragraphs")
        << "style" << 1 << 4 << QString() << body + ":标题 / " + body + ":正文有|*重点|内容";
}

void TestStoryText::edits()
{
    QFETCH(QString, op);
    QFETCH(int, from);
    QFETCH(int, to);
    QFETCH(QString, text);
    QFETCH(QString, expected);
    const Story s = sample();
    Story out;
    if (op == QLatin1String("insert"))
        out = StoryText::insert(s, from, text);
    else if (op == QLatin1String("remove"))
        out = StoryText::remove(s, from, to);
    else if (op == QLatin1String("bold"))
        out = StoryText::setCharacterStyle(s, from, to, kBold);
    else if (op == QLatin1String("plain"))
        out = StoryText::setCharacterStyle(s, from, to, 0);
    else
        out = StoryText::setParagraphStyle(s, from, to, kBody);
    QCOMPARE(dump(out), expected);
}

void TestStoryText::fragmentRoundTrip()
{
    const Story s = sample();
    // 题 / 正文有重 : the end of one paragraph, the start of the next, half the bold run.
    const QList<Paragraph> fragment = StoryText::fragment(s, 1, 7);
    QCOMPARE(StoryText::plainText(fragment), QStringLiteral("题\n正文有重"));
    QCOMPARE(fragment.size(), 2);
    QCOMPARE(fragment[1].runs.last().characterStyleId, kBold);
    int end = 0;
    const Story pasted = StoryText::insertFragment(s, StoryText::length(s), fragment, &end);
    QCOMPARE(end, StoryText::length(pasted));
    QCOMPARE(pasted.plainText(), s.plainText() + QStringLiteral("题\n正文有重"));
    QCOMPARE(pasted.paragraphs.size(), 3);
    QCOMPARE(pasted.paragraphs[2].styleId, kBody);
    QCOMPARE(pasted.paragraphs[2].runs.last(), (TextRun{QStringLiteral("重"), kBold}));
}

QTEST_GUILESS_MAIN(TestStoryText)
#include "tst_storytext.moc"
