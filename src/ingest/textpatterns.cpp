#include "ingest/textpatterns.h"

#include <QRegularExpression>

namespace folio::ingest::patterns {

namespace {

bool isClosing(QChar c)
{
    static const QString closing = QStringLiteral("”’」』）》〉】〕］｝)]}\"'");
    return closing.contains(c);
}

bool isLatinAlnum(QChar c)
{
    return c.unicode() < 0x80 && c.isLetterOrNumber();
}

const QRegularExpression &datelineRe()
{
    // The agency or 本报 part, then the reporters in brackets; or the brackets alone.
    static const QRegularExpression re(QStringLiteral(
        "^(?:(?:本报讯|(?:本报|新华社|中新社)(?!记者)\\p{Han}{1,8}?\\d{1,2}月\\d{1,2}日电)"
        " ?(?:[（(][^（(）)]{1,40}[）)])?"
        "|[（(](?:本报)?(?:特约|实习|见习|首席)?(?:记者|通讯员|实习生)[^（(）)]{1,40}[）)])"));
    return re;
}

const QRegularExpression &creditRe()
{
    static const QRegularExpression re(QStringLiteral(
        "^(?:(?:(?:本报|新华社|中新社)?(?:特约|实习|见习|首席)?(?:摄影记者|记者|通讯员|摄影)"
        " ?[^，。；！？：]{1,30}? ?(?:摄影报道|摄影|摄|供图|/图|／图))"
        "|(?:摄影|图片|图|照片) ?[：:／/] ?[^，。；！？]{2,30}"
        "|[^，。；！？：]{2,24} ?(?:供图|摄影报道)"
        "|[（(][^（(）)，。]{2,24} ?(?:摄|供图)[）)])$"));
    return re;
}

const QRegularExpression &captionRe()
{
    static const QRegularExpression re(
        QStringLiteral("^(?:图为|(?:上|下|左|右|左上|右上|左下|右下)?图[：:])"));
    return re;
}

} // namespace

int visibleLength(const QString &text)
{
    int n = 0;
    for (QChar c : text)
        if (!c.isSpace() && !c.isLowSurrogate())
            ++n;
    return n;
}

bool endsSentence(const QString &text)
{
    qsizetype end = text.size();
    while (end > 0 && text.at(end - 1).isSpace())
        --end;
    if (end == 0)
        return false;
    // Jump lines and closing notes end a paragraph although they end with a bracket.
    static const QRegularExpression note(
        QStringLiteral("[（(](?:完|下转|上接|转第|接第|转\\d|接\\d)[^（(）)]*[）)]$"));
    if (note.match(QStringView(text).left(end)).hasMatch())
        return true;
    while (end > 0 && isClosing(text.at(end - 1)))
        --end;
    if (end == 0)
        return false;
    static const QString finals = QStringLiteral("。！？…；：.!?;:");
    return finals.contains(text.at(end - 1));
}

int datelineLength(const QString &text)
{
    const auto m = datelineRe().match(text);
    if (!m.hasMatch())
        return 0;
    int n = int(m.capturedLength());
    // 本报讯 with nothing after it is still a dateline; the run-in keeps its trailing space.
    if (n < text.size() && text.at(n) == u' ')
        ++n;
    return n;
}

bool isCredit(const QString &text)
{
    return visibleLength(text) <= 40 && creditRe().match(text).hasMatch();
}

bool isSelfNamedCaption(const QString &text)
{
    return captionRe().match(text).hasMatch();
}

bool isHeadlineShaped(const QString &text)
{
    const int len = visibleLength(text);
    if (len < 2 || len > 40)
        return false;
    if (endsSentence(text))
        return false;
    const QChar last = text.at(text.size() - 1);
    static const QString clauseEnds = QStringLiteral("，、,（(“‘《「『【—");
    if (clauseEnds.contains(last) && !text.endsWith(QStringLiteral("——")))
        return false;
    if (text.contains(u'。') || text.contains(u'；'))
        return false;
    if (text.count(u'，') > 1)
        return false;
    return datelineLength(text) == 0 && !isCredit(text);
}

bool isBannerShaped(const QString &text)
{
    if (isCredit(text))
        return false;
    const QStringList groups = text.split(u' ', Qt::SkipEmptyParts);
    if (groups.size() < 2 || groups.size() > 3)
        return false;
    int total = 0;
    for (const QString &g : groups) {
        if (g.size() < 2 || g.size() > 5)
            return false;
        for (QChar c : g)
            if (c.script() != QChar::Script_Han)
                return false;
        total += int(g.size());
    }
    return total <= 12;
}

bool startsWithDash(const QString &text)
{
    return text.startsWith(QStringLiteral("——")) || text.startsWith(u'—') ||
           text.startsWith(QStringLiteral("--"));
}

QString joinSplit(const QString &before, const QString &after)
{
    if (!before.isEmpty() && !after.isEmpty() && isLatinAlnum(before.back()) &&
        isLatinAlnum(after.front()))
        return before + u' ' + after;
    return before + after;
}

} // namespace folio::ingest::patterns
