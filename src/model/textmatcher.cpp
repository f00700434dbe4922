#include "model/textmatcher.h"

#include <QCoreApplication>

namespace folio {

namespace {

// Letters and digits of scripts written with spaces between words; a CJK character is a word
// of its own, so whole-word matching never refuses a hit inside Chinese text.
bool isWordCharacter(QChar c)
{
    if (c == QLatin1Char('_'))
        return true;
    if (!c.isLetterOrNumber())
        return false;
    const auto script = c.script();
    return script != QChar::Script_Han && script != QChar::Script_Hiragana &&
           script != QChar::Script_Katakana && script != QChar::Script_Hangul &&
           script != QChar::Script_Bopomofo;
}

} // namespace

TextMatcher::TextMatcher(const QString &pattern, Options options)
    : m_pattern(pattern), m_options(options)
{
    if (!m_options.regularExpression)
        return;
    QRegularExpression::PatternOptions flags = QRegularExpression::UseUnicodePropertiesOption;
    if (!m_options.matchCase)
        flags |= QRegularExpression::CaseInsensitiveOption;
    m_regex = QRegularExpression(pattern, flags);
}

bool TextMatcher::isValid() const
{
    return !m_pattern.isEmpty() && (!m_options.regularExpression || m_regex.isValid());
}

QString TextMatcher::errorString() const
{
    if (m_pattern.isEmpty())
        return QCoreApplication::translate("folio", "查找内容为空");
    if (m_options.regularExpression && !m_regex.isValid())
        return QCoreApplication::translate("folio", "正则表达式有误（第 %1 个字符）：%2")
            .arg(m_regex.patternErrorOffset() + 1)
            .arg(m_regex.errorString());
    return {};
}

QChar TextMatcher::foldWidth(QChar c)
{
    const char16_t u = c.unicode();
    if (u >= 0xFF01 && u <= 0xFF5E)
        return QChar(char16_t(u - 0xFF01 + 0x21));
    switch (u) {
    case 0x3000:
        return QLatin1Char(' ');
    case 0x3001:
        return QLatin1Char(','); // 、
    case 0x3002:
        return QLatin1Char('.'); // 。
    case 0xFF61:
        return QLatin1Char('.'); // halfwidth ideographic full stop
    case 0x201C:
    case 0x201D:
        return QLatin1Char('"');
    case 0x2018:
    case 0x2019:
        return QLatin1Char('\'');
    case 0x3010:
        return QLatin1Char('['); // 【
    case 0x3011:
        return QLatin1Char(']'); // 】
    case 0x300A:
        return QLatin1Char('<'); // 《
    case 0x300B:
        return QLatin1Char('>'); // 》
    case 0xFFE5:
        return QChar(char16_t(0x00A5)); // ￥
    default:
        return c;
    }
}

QString TextMatcher::foldWidth(const QString &text)
{
    QString folded = text;
    for (QChar &c : folded)
        c = foldWidth(c);
    return folded;
}

bool TextMatcher::isWholeWord(const QString &text, int offset, int length) const
{
    if (!m_options.wholeWord || length == 0)
        return true;
    const QChar first = text.at(offset);
    const QChar last = text.at(offset + length - 1);
    if (offset > 0 && isWordCharacter(first) && isWordCharacter(text.at(offset - 1)))
        return false;
    const int end = offset + length;
    if (end < text.size() && isWordCharacter(last) && isWordCharacter(text.at(end)))
        return false;
    return true;
}

QList<TextMatch> TextMatcher::findAll(const QString &text) const
{
    QList<TextMatch> hits;
    if (!isValid())
        return hits;
    const QString haystack = m_options.foldWidth ? foldWidth(text) : text;
    if (m_options.regularExpression) {
        auto it = m_regex.globalMatch(haystack);
        while (it.hasNext()) {
            const QRegularExpressionMatch m = it.next();
            const int offset = int(m.capturedStart());
            const int length = int(m.capturedLength());
            if (length == 0 || m.captured().contains(QLatin1Char('\n')) ||
                !isWholeWord(haystack, offset, length))
                continue;
            TextMatch hit{offset, length, {}};
            // Groups come from the original text, so a replacement keeps full-width forms.
            for (int g = 0; g <= m.lastCapturedIndex(); ++g)
                hit.captures << (m.capturedStart(g) < 0
                                     ? QString()
                                     : text.mid(m.capturedStart(g), m.capturedLength(g)));
            hits.append(hit);
        }
        return hits;
    }
    const QString needle = m_options.foldWidth ? foldWidth(m_pattern) : m_pattern;
    const Qt::CaseSensitivity cs = m_options.matchCase ? Qt::CaseSensitive : Qt::CaseInsensitive;
    qsizetype from = 0;
    while ((from = haystack.indexOf(needle, from, cs)) >= 0) {
        const int offset = int(from);
        const int length = int(needle.size());
        if (isWholeWord(haystack, offset, length)) {
            hits.append(TextMatch{offset, length, {text.mid(offset, length)}});
            from += length;
        } else {
            ++from;
        }
    }
    return hits;
}

QString TextMatcher::replacementFor(const TextMatch &match, const QString &replacement) const
{
    if (!m_options.regularExpression)
        return replacement;
    QString out;
    for (int i = 0; i < replacement.size(); ++i) {
        const QChar c = replacement.at(i);
        const bool escape = c == QLatin1Char('\\') || c == QLatin1Char('$');
        if (escape && i + 1 < replacement.size()) {
            const QChar next = replacement.at(i + 1);
            if (next.digitValue() >= 0 && next.digitValue() <= 9) {
                const int group = next.digitValue();
                out += group < match.captures.size() ? match.captures.at(group) : QString();
                ++i;
                continue;
            }
            if (next == c) {
                out += c;
                ++i;
                continue;
            }
        }
        out += c;
    }
    return out;
}

} // namespace folio
