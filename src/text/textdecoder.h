#pragma once

#include "core/diagnostic.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

namespace folio::text {

// The bytes of a text file as one QString with '\n' line ends.
struct DecodedText
{
    QString text;     // empty when !ok
    QString encoding; // "UTF-8", "UTF-16LE", "UTF-16BE" or "GB18030"
    bool hadBom = false;
    bool hadCrLf = false;
    bool ok = false;
    QString error;          // why the bytes are not a text file (translated, without the path)
    QList<int> brokenLines; // 1-based lines with bytes that could not be decoded (shown as �)
    Diagnostics diagnostics;
};

// The one decoder for every text Folio reads from a file (page import, galley proofs).
// Reporters' editors write UTF-8 with or without a BOM, Windows Notepad's UTF-16 ("Unicode")
// and GB18030/GBK ("ANSI" on a Chinese Windows). A few broken bytes in a real text become
// U+FFFD and are reported with their line numbers; binary data, or a file that is mostly not
// text in any of these encodings, is refused instead of being read as garbage.
class TextDecoder
{
    Q_DECLARE_TR_FUNCTIONS(TextDecoder)
public:
    static DecodedText decode(const QByteArray &bytes);

    // Line ends \r\n, \r, U+2028 and U+2029 become \n.
    static QString normalizeLineEnds(const QString &text, bool *hadCrLf = nullptr);

    // "第 3、17 行含无法识别的字节，已显示为 �。" for the lines of DecodedText::brokenLines.
    static QString brokenLinesMessage(const QList<int> &lines);

    // Above this share of invalid or control characters the bytes are not taken for text.
    static constexpr double maxGarbageRatio = 0.05;
};

} // namespace folio::text
