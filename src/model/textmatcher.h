#pragma once

#include <QList>
#include <QRegularExpression>
#include <QString>

namespace folio {

// One hit in a searched text: UTF-16 offset and length in the original text.
struct TextMatch
{
    int offset = 0;
    int length = 0;
    QStringList captures; // regular expressions: the groups, [0] is the whole hit
    bool operator==(const TextMatch &o) const { return offset == o.offset && length == o.length; }
};

// Finds a pattern in text the way 查找/替换 asks: match case, whole word, regular expression,
// and 全角/半角 insensitive. Folding maps each full-width form and common CJK punctuation to
// one half-width UTF-16 unit, so folded and original text have the same length and a hit's
// offsets point into the original text unchanged. A hit never crosses a paragraph end ('\n').
class TextMatcher
{
public:
    struct Options
    {
        bool matchCase = false;
        bool wholeWord = false;
        bool regularExpression = false;
        bool foldWidth = false; // Ａ = A, ０ = 0, ， = ,
    };

    TextMatcher(const QString &pattern, Options options);

    const QString &pattern() const { return m_pattern; }
    const Options &options() const { return m_options; }
    // False for an empty pattern or a regular expression that does not compile.
    bool isValid() const;
    // Why the pattern is not valid, in words (empty when it is).
    QString errorString() const;

    QList<TextMatch> findAll(const QString &text) const;
    // What replaces a hit: `replacement` itself, or for a regular expression with \0…\9 and
    // $0…$9 taken from the hit's groups (\\ and $$ for the characters themselves).
    QString replacementFor(const TextMatch &match, const QString &replacement) const;

    // The half-width form of c when it has one (Ａ→A, ０→0, ，→,, 。→., U+3000→space), else c.
    static QChar foldWidth(QChar c);
    static QString foldWidth(const QString &text);

private:
    bool isWholeWord(const QString &text, int offset, int length) const;

    QString m_pattern;
    Options m_options;
    QRegularExpression m_regex;
};

} // namespace folio
