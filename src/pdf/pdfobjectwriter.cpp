#include "pdf/pdfobjectwriter.h"

#include "pdf/pdfsyntax.h"

#include <QIODevice>
#include <zlib.h>

namespace folio::pdf {

PdfObjectWriter::PdfObjectWriter(QIODevice *device) : m_device(device)
{
    m_offsets.append(0); // object 0 is the head of the free list
}

void PdfObjectWriter::write(const QByteArray &bytes)
{
    if (hasError())
        return;
    if (m_device->write(bytes) != bytes.size()) {
        m_error = QStringLiteral("write failed: %1").arg(m_device->errorString());
        return;
    }
    m_offset += bytes.size();
}

void PdfObjectWriter::writeHeader(const QByteArray &version)
{
    write("%PDF-" + version + "\n%\xE2\xE3\xCF\xD3\n");
}

int PdfObjectWriter::reserveObject()
{
    m_offsets.append(-1);
    return int(m_offsets.size()) - 1;
}

void PdfObjectWriter::writeObject(int number, const QByteArray &body)
{
    if (number <= 0 || number >= m_offsets.size() || m_offsets[number] >= 0) {
        m_error = QStringLiteral("object %1 written twice or never reserved").arg(number);
        return;
    }
    m_offsets[number] = m_offset;
    write(QByteArray::number(number) + " 0 obj\n" + body + "\nendobj\n");
}

void PdfObjectWriter::writeStream(int number, const QByteArray &dictEntries, const QByteArray &data,
                                  Compression compression)
{
    if (compression == Compression::Flate)
        writeEncodedStream(number, dictEntries, deflate(data), "/FlateDecode");
    else
        writeEncodedStream(number, dictEntries, data, QByteArray());
}

void PdfObjectWriter::writeEncodedStream(int number, const QByteArray &dictEntries,
                                         const QByteArray &data, const QByteArray &filter)
{
    QByteArray dict = "<< " + dictEntries;
    if (!filter.isEmpty())
        dict += " /Filter " + filter;
    dict += " /Length " + QByteArray::number(data.size()) + " >>";
    if (number <= 0 || number >= m_offsets.size() || m_offsets[number] >= 0) {
        m_error = QStringLiteral("object %1 written twice or never reserved").arg(number);
        return;
    }
    m_offsets[number] = m_offset;
    write(QByteArray::number(number) + " 0 obj\n" + dict + "\nstream\n");
    write(data);
    write("\nendstream\nendobj\n");
}

bool PdfObjectWriter::finish(int rootObject, int infoObject, const QByteArray &fileId)
{
    for (int i = 1; i < m_offsets.size() && !hasError(); ++i) {
        if (m_offsets[i] < 0)
            m_error = QStringLiteral("object %1 was reserved but never written").arg(i);
    }
    if (hasError())
        return false;
    const qint64 xref = m_offset;
    QByteArray table = "xref\n0 " + QByteArray::number(m_offsets.size()) + "\n";
    table += "0000000000 65535 f \n";
    for (int i = 1; i < m_offsets.size(); ++i)
        table += QByteArray::number(m_offsets[i]).rightJustified(10, '0') + " 00000 n \n";
    write(table);
    const QByteArray id = PdfSyntax::hexString(fileId);
    write("trailer\n<< /Size " + QByteArray::number(m_offsets.size()) + " /Root " +
          QByteArray::number(rootObject) + " 0 R /Info " + QByteArray::number(infoObject) +
          " 0 R /ID [" + id + ' ' + id + "] >>\nstartxref\n" + QByteArray::number(xref) +
          "\n%%EOF\n");
    return !hasError();
}

QByteArray PdfObjectWriter::deflate(const QByteArray &data)
{
    uLongf size = compressBound(uLong(data.size()));
    QByteArray out(qsizetype(size), Qt::Uninitialized);
    const int rc = compress2(reinterpret_cast<Bytef *>(out.data()), &size,
                             reinterpret_cast<const Bytef *>(data.constData()), uLong(data.size()),
                             Z_BEST_COMPRESSION);
    if (rc != Z_OK)
        return {};
    out.resize(qsizetype(size));
    return out;
}

} // namespace folio::pdf
