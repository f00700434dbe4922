#include "pdf/cffcharset.h"

namespace folio::pdf {

namespace {

// Bounds-checked big-endian reader over the table.
struct Reader
{
    const QByteArray &data;
    bool ok = true;

    quint32 card(qsizetype at, int bytes)
    {
        if (at < 0 || bytes < 1 || bytes > 4 || at + bytes > data.size()) {
            ok = false;
            return 0;
        }
        quint32 v = 0;
        for (int i = 0; i < bytes; ++i)
            v = (v << 8) | quint8(data[at + i]);
        return v;
    }
};

// An INDEX header: objects are read by offset on demand, so that counting the 65 535
// charstrings of a CJK face does not read 65 536 offsets.
struct Index
{
    qsizetype at = 0;
    int count = 0;
    int offSize = 0;
    qsizetype dataStart = 0; // offset 1 of the objects
    qsizetype end = 0;

    qsizetype offset(Reader &r, int i) const
    {
        return dataStart - 1 + r.card(at + 3 + qsizetype(i) * offSize, offSize);
    }
};

Index readIndex(Reader &r, qsizetype at)
{
    Index index;
    index.at = at;
    const quint32 count = r.card(at, 2);
    if (!r.ok)
        return index;
    if (count == 0) {
        index.end = at + 2;
        return index;
    }
    index.offSize = int(r.card(at + 2, 1));
    if (index.offSize < 1 || index.offSize > 4) {
        r.ok = false;
        return index;
    }
    index.count = int(count);
    index.dataStart = at + 3 + qsizetype(count + 1) * index.offSize;
    // The last offset is the furthest one: when it can be read, all can.
    index.end = index.offset(r, index.count);
    if (index.end > r.data.size())
        r.ok = false;
    return index;
}

} // namespace

CffCharset::CffCharset(const QByteArray &cffTable)
{
    if (!parse(cffTable) && m_error.isEmpty())
        m_error = QStringLiteral("malformed CFF table");
}

quint32 CffCharset::cidForGlyph(quint32 gid) const
{
    if (!m_cidKeyed || gid >= quint32(m_cids.size()))
        return gid;
    return m_cids[gid];
}

bool CffCharset::parse(const QByteArray &data)
{
    Reader r{data};
    const qsizetype headerSize = r.card(2, 1);
    if (!r.ok || r.card(0, 1) != 1) {
        m_error = QStringLiteral("not a CFF version 1 table");
        return false;
    }
    const Index names = readIndex(r, headerSize);
    const Index topDicts = readIndex(r, names.end);
    if (!r.ok || topDicts.count < 1)
        return false;

    // Walk the first Top DICT for charset (15), CharStrings (17) and ROS (12 30).
    qsizetype p = topDicts.offset(r, 0);
    const qsizetype end = topDicts.offset(r, 1);
    QList<qint64> operands;
    qint64 charsetOffset = 0;
    qint64 charStringsOffset = -1;
    while (p < end && r.ok) {
        const int b0 = int(r.card(p, 1));
        if (b0 <= 21) {
            int op = b0;
            ++p;
            if (b0 == 12) {
                op = 1200 + int(r.card(p, 1));
                ++p;
            }
            if (op == 15 && !operands.isEmpty())
                charsetOffset = operands.last();
            else if (op == 17 && !operands.isEmpty())
                charStringsOffset = operands.last();
            else if (op == 1230)
                m_cidKeyed = true;
            operands.clear();
        } else if (b0 == 28) {
            operands.append(qint16(r.card(p + 1, 2)));
            p += 3;
        } else if (b0 == 29) {
            operands.append(qint32(r.card(p + 1, 4)));
            p += 5;
        } else if (b0 == 30) { // real number: skip nibbles up to the 0xf terminator
            ++p;
            while (r.ok) {
                const quint32 b = r.card(p++, 1);
                if ((b & 0x0f) == 0x0f || (b >> 4) == 0x0f)
                    break;
            }
            operands.append(0);
        } else if (b0 >= 32 && b0 <= 246) {
            operands.append(b0 - 139);
            p += 1;
        } else if (b0 >= 247 && b0 <= 250) {
            operands.append((b0 - 247) * 256 + qint64(r.card(p + 1, 1)) + 108);
            p += 2;
        } else if (b0 >= 251 && b0 <= 254) {
            operands.append(-(b0 - 251) * 256 - qint64(r.card(p + 1, 1)) - 108);
            p += 2;
        } else {
            r.ok = false;
        }
    }
    if (!r.ok || charStringsOffset < 0)
        return false;
    const Index charStrings = readIndex(r, charStringsOffset);
    if (!r.ok)
        return false;
    const int glyphs = charStrings.count;
    m_cids.resize(glyphs);
    for (int g = 0; g < glyphs; ++g)
        m_cids[g] = quint16(g);
    if (!m_cidKeyed)
        return true; // name-keyed: PDF addresses its glyphs by gid
    if (charsetOffset <= 2) {
        m_error = QStringLiteral("CID-keyed CFF without a charset");
        return false;
    }

    // Glyph 0 is .notdef (CID 0); the charset lists the rest.
    const int format = int(r.card(charsetOffset, 1));
    qsizetype q = charsetOffset + 1;
    int gid = 1;
    if (format == 0) {
        for (; gid < glyphs && r.ok; ++gid, q += 2)
            m_cids[gid] = quint16(r.card(q, 2));
    } else if (format == 1 || format == 2) {
        const int leftBytes = format == 1 ? 1 : 2;
        while (gid < glyphs && r.ok) {
            const quint32 first = r.card(q, 2);
            const quint32 left = r.card(q + 2, leftBytes);
            q += 2 + leftBytes;
            for (quint32 i = 0; i <= left && gid < glyphs; ++i)
                m_cids[gid++] = quint16(first + i);
        }
    } else {
        m_error = QStringLiteral("unknown CFF charset format %1").arg(format);
        return false;
    }
    return r.ok;
}

} // namespace folio::pdf
