#include "pdf/pdfsyntax.h"

#include <QTimeZone>
#include <cmath>

namespace folio::pdf {

QByteArray PdfSyntax::number(double value, int decimals)
{
    if (!std::isfinite(value))
        value = 0.0;
    QByteArray s = QByteArray::number(value, 'f', decimals);
    if (s.contains('.')) {
        while (s.endsWith('0'))
            s.chop(1);
        if (s.endsWith('.'))
            s.chop(1);
    }
    if (s == "-0")
        s = "0";
    return s;
}

QByteArray PdfSyntax::name(const QByteArray &name)
{
    QByteArray out("/");
    for (char ch : name) {
        const auto c = static_cast<unsigned char>(ch);
        const bool delimiter = QByteArray("()<>[]{}/%#").contains(ch);
        if (c < 0x21 || c > 0x7e || delimiter)
            out += '#' + QByteArray::number(c, 16).rightJustified(2, '0').toUpper();
        else
            out += ch;
    }
    return out;
}

QByteArray PdfSyntax::literalString(const QByteArray &bytes)
{
    QByteArray out("(");
    for (char ch : bytes) {
        const auto c = static_cast<unsigned char>(ch);
        if (ch == '(' || ch == ')' || ch == '\\') {
            out += '\\';
            out += ch;
        } else if (c < 0x20 || c > 0x7e) {
            out += '\\' + QByteArray::number(c, 8).rightJustified(3, '0');
        } else {
            out += ch;
        }
    }
    out += ')';
    return out;
}

QByteArray PdfSyntax::textString(const QString &text)
{
    bool ascii = true;
    for (QChar c : text)
        ascii = ascii && c.unicode() >= 0x20 && c.unicode() < 0x7f;
    if (ascii)
        return literalString(text.toLatin1());
    QByteArray utf16("\xFE\xFF", 2);
    for (QChar c : text) {
        utf16 += char(c.unicode() >> 8);
        utf16 += char(c.unicode() & 0xff);
    }
    return hexString(utf16);
}

QByteArray PdfSyntax::hexString(const QByteArray &bytes)
{
    return '<' + bytes.toHex().toUpper() + '>';
}

QByteArray PdfSyntax::date(const QDateTime &time)
{
    const int offset = time.offsetFromUtc();
    QByteArray s = "D:" + time.toString(QStringLiteral("yyyyMMddHHmmss")).toLatin1();
    if (offset == 0)
        return s + "Z";
    const int minutes = std::abs(offset) / 60;
    s += offset > 0 ? '+' : '-';
    s += QByteArray::number(minutes / 60).rightJustified(2, '0') + '\'';
    s += QByteArray::number(minutes % 60).rightJustified(2, '0') + '\'';
    return s;
}

QString PdfSyntax::xmpDate(const QDateTime &time)
{
    return time.toString(Qt::ISODate);
}

QByteArray PdfSyntax::rect(double x0, double y0, double x1, double y1)
{
    return '[' + number(x0) + ' ' + number(y0) + ' ' + number(x1) + ' ' + number(y1) + ']';
}

QByteArray PdfSyntax::fontName(const QString &name)
{
    QByteArray out;
    for (QChar c : name) {
        const char16_t u = c.unicode();
        if ((u >= 'A' && u <= 'Z') || (u >= 'a' && u <= 'z') || (u >= '0' && u <= '9') ||
            u == '-' || u == '_')
            out += char(u);
    }
    return out.isEmpty() ? QByteArray("Font") : out.left(100);
}

} // namespace folio::pdf
