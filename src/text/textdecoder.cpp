#include "text/textdecoder.h"

#include <QStringDecoder>
#include <QStringList>

namespace folio::text {

namespace {

bool isBadControl(char16_t c)
{
    if (c < 0x20)
        return c != u'\t' && c != u'\n' && c != u'\r' && c != u'\f';
    return (c >= 0x7F && c < 0xA0) || c == 0xFFFD || c == 0xFFFE || c == 0xFFFF;
}

// Share of characters that cannot be in a typed story. Binary files decoded as text are full
// of them; a real story has none or a stray one.
double garbageRatio(const QString &text)
{
    if (text.isEmpty())
        return 0.0;
    qsizetype bad = 0;
    for (QChar ch : text)
        if (isBadControl(ch.unicode()))
            ++bad;
    return double(bad) / double(text.size());
}

// GB18030 maps almost any byte pair to some character, so a legacy-encoded file is accepted
// only when it reads as Chinese text: mostly common ideographs, CJK punctuation and ASCII.
bool looksLikeChinese(const QString &text)
{
    qsizetype common = 0;
    qsizetype nonAscii = 0;
    for (QChar ch : text) {
        const char16_t c = ch.unicode();
        if (c < 0x80)
            continue;
        ++nonAscii;
        if ((c >= 0x4E00 && c <= 0x9FA5) || (c >= 0x3000 && c <= 0x303F) ||
            (c >= 0xFF00 && c <= 0xFFEF) || (c >= 0x2010 && c <= 0x2027))
            ++common;
    }
    return nonAscii > 0 && common * 10 >= nonAscii * 9;
}

QString decodeWith(QStringDecoder &decoder, QByteArrayView bytes, bool *error)
{
    QString text = decoder.decode(bytes);
    *error = decoder.hasError();
    return text;
}

// Invalid UTF-8 that is still mostly valid UTF-8 (most non-ASCII characters decoded) is a
// UTF-8 file with a few broken bytes, not a file in another encoding.
bool mostlyUtf8(const QString &text)
{
    qsizetype good = 0;
    qsizetype broken = 0;
    for (QChar ch : text) {
        if (ch.unicode() == 0xFFFD)
            ++broken;
        else if (ch.unicode() >= 0x80)
            ++good;
    }
    return good >= 4 * broken && good > 0;
}

// 1-based numbers of the lines (of text with '\n' line ends) holding U+FFFD.
QList<int> linesWithReplacement(const QString &text)
{
    QList<int> lines;
    int line = 1;
    for (QChar ch : text) {
        if (ch == u'\n')
            ++line;
        else if (ch.unicode() == 0xFFFD && (lines.isEmpty() || lines.last() != line))
            lines.append(line);
    }
    return lines;
}

} // namespace

QString TextDecoder::normalizeLineEnds(const QString &text, bool *hadCrLf)
{
    QString out;
    out.reserve(text.size());
    bool crlf = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar ch = text.at(i);
        if (ch == u'\r') {
            if (i + 1 < text.size() && text.at(i + 1) == u'\n') {
                crlf = true;
                ++i;
            }
            out.append(u'\n');
        } else if (ch == QChar(0x2028) || ch == QChar(0x2029)) {
            out.append(u'\n');
        } else {
            out.append(ch);
        }
    }
    if (hadCrLf)
        *hadCrLf = crlf;
    return out;
}

QString TextDecoder::brokenLinesMessage(const QList<int> &lines)
{
    if (lines.isEmpty())
        return tr("文件中有无法识别的字节，已显示为 �。");
    constexpr int kListed = 10;
    QStringList numbers;
    for (int i = 0; i < lines.size() && i < kListed; ++i)
        numbers.append(QString::number(lines[i]));
    QString which = numbers.join(QStringLiteral("、"));
    if (lines.size() > kListed)
        which = tr("%1 等 %2").arg(which).arg(lines.size());
    return tr("第 %1 行含无法识别的字节，已显示为 �。").arg(which);
}

DecodedText TextDecoder::decode(const QByteArray &bytes)
{
    DecodedText r;
    QByteArrayView data(bytes);
    QString text;
    bool error = false;

    if (data.startsWith("\xEF\xBB\xBF")) {
        r.hadBom = true;
        r.encoding = QStringLiteral("UTF-8");
        QStringDecoder utf8(QStringDecoder::Utf8);
        text = decodeWith(utf8, data.sliced(3), &error);
    } else if (data.startsWith("\xFF\xFE") || data.startsWith("\xFE\xFF")) {
        r.hadBom = true;
        const bool le = data.startsWith("\xFF\xFE");
        r.encoding = le ? QStringLiteral("UTF-16LE") : QStringLiteral("UTF-16BE");
        QStringDecoder utf16(le ? QStringDecoder::Utf16LE : QStringDecoder::Utf16BE);
        text = decodeWith(utf16, data.sliced(2), &error);
    } else {
        if (data.contains('\0')) {
            r.error = tr("文件不是文本文件（含有二进制数据）；请另存为 UTF-8 文本。");
            return r;
        }
        r.encoding = QStringLiteral("UTF-8");
        QStringDecoder utf8(QStringDecoder::Utf8);
        text = decodeWith(utf8, data, &error);
        if (error && !mostlyUtf8(text)) {
            // GB18030 maps almost any byte pair to some character: it wins only when it reads
            // as Chinese text with fewer bad characters than UTF-8.
            QStringDecoder gb("GB18030");
            bool gbError = true;
            const QString gbText = gb.isValid() ? decodeWith(gb, data, &gbError) : QString();
            const double gbRatio = garbageRatio(gbText);
            if (gb.isValid() && gbRatio <= maxGarbageRatio && gbRatio < garbageRatio(text) &&
                looksLikeChinese(gbText)) {
                text = gbText;
                error = gbError;
                r.encoding = QStringLiteral("GB18030");
                r.diagnostics.append({Diagnostic::Severity::Info, QStringLiteral("legacy-encoding"),
                                      tr("文件不是 UTF-8 编码，已按 GB18030（GBK）读取。"), 0, 0,
                                      -1});
            }
        }
    }

    // A few broken bytes in a real text are kept visible as U+FFFD and reported by line; a
    // file that is largely garbage is refused, so that nothing half-read reaches the page.
    const double ratio = garbageRatio(text);
    if (ratio > maxGarbageRatio) {
        r.error = tr("文件内容不是 UTF-8、UTF-16 或 GB18030 文本（%1% 的字符无效）。")
                      .arg(qRound(ratio * 1000) / 10.0);
        return r;
    }
    r.text = normalizeLineEnds(text, &r.hadCrLf);
    if (error) {
        r.brokenLines = linesWithReplacement(r.text);
        r.diagnostics.append({Diagnostic::Severity::Warning, QStringLiteral("invalid-encoding"),
                              brokenLinesMessage(r.brokenLines), 0, 0, -1});
    }
    r.ok = true;
    return r;
}

} // namespace folio::text
