#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace folio::pdf {

// Spelling of PDF tokens: numbers, names, strings and dates as ISO 32000 writes them.
class PdfSyntax
{
public:
    // A real with at most `decimals` digits after the point, no exponent, no trailing zeros.
    static QByteArray number(double value, int decimals = 3);
    // "/Name" with every byte outside the regular characters written as #xx.
    static QByteArray name(const QByteArray &name);
    // A literal string "(...)" of bytes, with ( ) \ and controls escaped.
    static QByteArray literalString(const QByteArray &bytes);
    // A text string: plain literal for ASCII, else UTF-16BE with BOM in hex "<FEFF...>".
    static QByteArray textString(const QString &text);
    // "<...>" hex string.
    static QByteArray hexString(const QByteArray &bytes);
    // "D:YYYYMMDDHHmmSS+HH'mm'" (Info dictionary dates).
    static QByteArray date(const QDateTime &time);
    // ISO 8601 with offset, for XMP.
    static QString xmpDate(const QDateTime &time);
    // A rectangle [x0 y0 x1 y1].
    static QByteArray rect(double x0, double y0, double x1, double y1);
    // A PostScript name safe for /BaseFont: letters, digits, '-' and '_' only.
    static QByteArray fontName(const QString &name);
};

} // namespace folio::pdf
