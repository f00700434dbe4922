#include "pdfinspector.h"

#include <QFile>
#include <QRegularExpression>
#include <zlib.h>

PdfInspector::PdfInspector(const QByteArray &file) : m_file(file)
{
    const qsizetype startxref = m_file.lastIndexOf("startxref");
    if (startxref < 0) {
        m_error = QStringLiteral("no startxref");
        return;
    }
    const qint64 xref = m_file.mid(startxref + 9, 30).trimmed().split('\n').first().toLongLong();
    if (m_file.mid(xref, 4) != "xref") {
        m_error = QStringLiteral("startxref does not point at the xref table");
        return;
    }
    const QList<QByteArray> lines = m_file.mid(xref).split('\n');
    const QList<QByteArray> section = lines.value(1).split(' ');
    const int count = section.value(1).toInt();
    for (int i = 1; i < count; ++i) {
        const QByteArray entry = lines.value(2 + i);
        if (!entry.endsWith(" n ")) {
            m_error = QStringLiteral("xref entry %1 is not in use").arg(i);
            return;
        }
        const qint64 offset = entry.left(10).toLongLong();
        const QByteArray head = QByteArray::number(i) + " 0 obj\n";
        if (m_file.mid(offset, head.size()) != head) {
            m_error = QStringLiteral("xref offset of object %1 is wrong").arg(i);
            return;
        }
        const qsizetype end = m_file.indexOf("\nendobj", offset);
        m_objects.insert(i, m_file.mid(offset + head.size(), end - offset - head.size()));
    }
}

PdfInspector PdfInspector::fromFile(const QString &path)
{
    QFile file(path);
    file.open(QIODevice::ReadOnly);
    return PdfInspector(file.readAll());
}

QByteArray PdfInspector::header() const
{
    return m_file.left(m_file.indexOf('\n'));
}

QByteArray PdfInspector::trailer() const
{
    const qsizetype t = m_file.lastIndexOf("trailer");
    return m_file.mid(t + 7, m_file.indexOf("startxref", t) - t - 7).trimmed();
}

QByteArray PdfInspector::object(int number) const
{
    const QByteArray body = m_objects.value(number);
    const qsizetype stream = body.indexOf("\nstream\n");
    return stream < 0 ? body : body.left(stream);
}

QByteArray PdfInspector::rawStreamData(int number) const
{
    const QByteArray body = m_objects.value(number);
    const qsizetype stream = body.indexOf("\nstream\n");
    if (stream < 0)
        return {};
    const int length = value(object(number), "/Length").toInt();
    return body.mid(stream + 8, length);
}

QByteArray PdfInspector::streamData(int number) const
{
    const QByteArray raw = rawStreamData(number);
    if (value(object(number), "/Filter") != "/FlateDecode")
        return raw;
    QByteArray out;
    z_stream z = {};
    inflateInit(&z);
    z.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(raw.constData()));
    z.avail_in = uInt(raw.size());
    char buffer[65536];
    int rc = Z_OK;
    while (rc == Z_OK) {
        z.next_out = reinterpret_cast<Bytef *>(buffer);
        z.avail_out = sizeof(buffer);
        rc = inflate(&z, Z_NO_FLUSH);
        out.append(buffer, qsizetype(sizeof(buffer) - z.avail_out));
    }
    inflateEnd(&z);
    return out;
}

QByteArray PdfInspector::value(const QByteArray &dict, const QByteArray &key)
{
    // Find the key as a whole name at any nesting level (first occurrence).
    qsizetype at = -1;
    for (qsizetype from = 0;;) {
        at = dict.indexOf(key, from);
        if (at < 0)
            return {};
        const qsizetype after = at + key.size();
        const char next = after < dict.size() ? dict[after] : ' ';
        if (!(std::isalnum(uchar(next)) || next == '_' || next == '-'))
            break;
        from = after;
    }
    qsizetype p = at + key.size();
    while (p < dict.size() && std::isspace(uchar(dict[p])))
        ++p;
    const qsizetype start = p;
    if (dict.mid(p, 2) == "<<" || dict[p] == '[' || dict[p] == '(' || dict[p] == '<') {
        const char open = dict[p];
        int depth = 0;
        bool escape = false;
        for (; p < dict.size(); ++p) {
            const char c = dict[p];
            if (open == '(') {
                if (escape) {
                    escape = false;
                    continue;
                }
                if (c == '\\')
                    escape = true;
                else if (c == '(')
                    ++depth;
                else if (c == ')' && --depth == 0)
                    return dict.mid(start, p - start + 1);
                continue;
            }
            if (c == '<' || c == '[')
                ++depth;
            else if (c == '>' || c == ']') {
                if (--depth == 0)
                    return dict.mid(start, p - start + 1);
            }
        }
        return dict.mid(start);
    }
    // A name, number, boolean or reference.
    static const QRegularExpression ref(QStringLiteral("^(\\d+) (\\d+) R"));
    const auto m = ref.match(QString::fromLatin1(dict.mid(p, 24)));
    if (m.hasMatch())
        return m.captured(0).toLatin1();
    qsizetype e = p + 1;
    while (e < dict.size() && !std::isspace(uchar(dict[e])) &&
           !QByteArray("/[]<>()").contains(dict[e]))
        ++e;
    return dict.mid(start, e - start);
}

int PdfInspector::reference(const QByteArray &value)
{
    const auto parts = value.trimmed().split(' ');
    if (parts.size() == 3 && parts[2] == "R")
        return parts[0].toInt();
    return 0;
}

QList<int> PdfInspector::references(const QByteArray &array)
{
    QList<int> out;
    static const QRegularExpression ref(QStringLiteral("(\\d+) 0 R"));
    auto it = ref.globalMatch(QString::fromLatin1(array));
    while (it.hasNext())
        out.append(it.next().captured(1).toInt());
    return out;
}

QList<double> PdfInspector::numbers(const QByteArray &array)
{
    QList<double> out;
    QByteArray inner = array;
    inner.replace('[', ' ').replace(']', ' ');
    for (const auto &part : inner.simplified().split(' '))
        if (!part.isEmpty())
            out.append(part.toDouble());
    return out;
}

QByteArray PdfInspector::resolved(const QByteArray &dict, const QByteArray &key) const
{
    const QByteArray v = value(dict, key);
    const int r = reference(v);
    return r ? object(r) : v;
}

int PdfInspector::catalog() const
{
    return reference(value(trailer(), "/Root"));
}

QList<int> PdfInspector::pages() const
{
    const int tree = reference(value(object(catalog()), "/Pages"));
    return references(value(object(tree), "/Kids"));
}

QList<int> PdfInspector::objectsContaining(const QByteArray &text) const
{
    QList<int> out;
    for (auto it = m_objects.cbegin(); it != m_objects.cend(); ++it)
        if (object(it.key()).contains(text))
            out.append(it.key());
    return out;
}
