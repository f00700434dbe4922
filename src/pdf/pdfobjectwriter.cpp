#include "pdf/pdfobjectwriter.h"

#include "pdf/pdfsyntax.h"
#include "pdf/writeerror.h"

#include <QCoreApplication>
#include <QIODevice>
#include <cerrno>
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
    errno = 0;
    if (m_device->write(bytes) != bytes.size()) {
        m_systemError = errno;
        m_deviceFailed = true;
        m_deviceError = m_device->errorString();
        m_error = QCoreApplication::translate("folio::pdf", "写入失败：%1")
                      .arg(WriteError::reason(m_systemError, m_deviceError));
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
    if (compression == Compression::None)
        writeEncodedStream(number, dictEntries, data, QByteArray());
    else
        writeEncodedStream(number, dictEntries, deflate(data, compression), "/FlateDecode");
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

QByteArray PdfObjectWriter::deflate(const QByteArray &data, Compression compression)
{
    const bool fast = compression == Compression::FlateFast;
    z_stream z = {};
    if (deflateInit2(&z, fast ? Z_BEST_SPEED : Z_DEFAULT_COMPRESSION, Z_DEFLATED, MAX_WBITS, 8,
                     fast ? Z_RLE : Z_DEFAULT_STRATEGY) != Z_OK)
        return {};
    QByteArray out(qsizetype(deflateBound(&z, uLong(data.size()))), Qt::Uninitialized);
    z.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data.constData()));
    z.avail_in = uInt(data.size());
    z.next_out = reinterpret_cast<Bytef *>(out.data());
    z.avail_out = uInt(out.size());
    const int rc = ::deflate(&z, Z_FINISH);
    const uLong written = z.total_out;
    deflateEnd(&z);
    if (rc != Z_STREAM_END)
        return {};
    out.resize(qsizetype(written));
    return out;
}

} // namespace folio::pdf
