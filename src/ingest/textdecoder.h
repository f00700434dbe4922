#pragma once

#include "core/diagnostic.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace folio::ingest {

// The first phase of page import: turns the bytes of a text file into one QString with '\n'
// line ends. Reporters' editors write UTF-8 with or without a BOM, Windows Notepad's UTF-16
// ("Unicode") and GB18030/GBK ("ANSI" on a Chinese Windows); anything else is refused with a
// clear message instead of being imported as garbage.
struct DecodedText
{
    QString text;     // empty when !ok
    QString encoding; // "UTF-8", "UTF-16LE", "UTF-16BE" or "GB18030"
    bool hadBom = false;
    bool hadCrLf = false;
    bool ok = false;
    QString error; // why the bytes are not a text file (translated)
    Diagnostics diagnostics;
};

class TextDecoder
{
    Q_DECLARE_TR_FUNCTIONS(TextDecoder)
public:
    static DecodedText decode(const QByteArray &bytes);

    // Line ends \r\n, \r, U+2028 and U+2029 become \n.
    static QString normalizeLineEnds(const QString &text, bool *hadCrLf = nullptr);
};

} // namespace folio::ingest
