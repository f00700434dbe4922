#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

class QIODevice;

namespace folio::pdf {

// The lowest phase: numbered objects, streams (Flate when asked), the xref table and the
// trailer. It knows nothing of pages or fonts. Objects may be written in any order once their
// numbers are reserved; finish() fails when a reserved object was never written.
class PdfObjectWriter
{
public:
    // Flate: the default zlib level, for content streams and other text that shrinks well.
    // FlateFast: level 1 with run-length matching, for font programs, which barely shrink (a
    // CFF subset by some 10 %) and would otherwise cost most of the compression time.
    enum class Compression { None, Flate, FlateFast };

    explicit PdfObjectWriter(QIODevice *device);

    // "%PDF-1.x" and the binary comment line that marks the file as binary.
    void writeHeader(const QByteArray &version);
    int reserveObject();
    // body is the object's value, e.g. "<< /Type /Catalog ... >>".
    void writeObject(int number, const QByteArray &body);
    // dictEntries: the stream dictionary's entries without /Length and /Filter.
    void writeStream(int number, const QByteArray &dictEntries, const QByteArray &data,
                     Compression compression = Compression::Flate);
    // For data that is already encoded (a JPEG passed through): filter e.g. "/DCTDecode".
    void writeEncodedStream(int number, const QByteArray &dictEntries, const QByteArray &data,
                            const QByteArray &filter);
    // xref, trailer with /Root /Info /ID, startxref, %%EOF.
    bool finish(int rootObject, int infoObject, const QByteArray &fileId);

    bool hasError() const { return !m_error.isEmpty(); }
    QString errorString() const { return m_error; }
    // When the device refused bytes (disk full, ...): the errno of that write (0 when unknown)
    // and the device's own error text.
    bool deviceFailed() const { return m_deviceFailed; }
    int systemError() const { return m_systemError; }
    QString deviceError() const { return m_deviceError; }
    qint64 size() const { return m_offset; }

    static QByteArray deflate(const QByteArray &data, Compression compression = Compression::Flate);

private:
    void write(const QByteArray &bytes);

    QIODevice *m_device = nullptr;
    qint64 m_offset = 0;
    QList<qint64> m_offsets; // index = object number; -1 reserved but not written
    QString m_error;
    bool m_deviceFailed = false;
    int m_systemError = 0;
    QString m_deviceError;
};

} // namespace folio::pdf
