#include "pdf/flateencoder.h"

#include <algorithm>
#include <zlib.h>

namespace folio::pdf {

struct FlateEncoder::Stream
{
    z_stream z = {};
};

FlateEncoder::FlateEncoder() : m_stream(std::make_unique<Stream>())
{
    m_ok = deflateInit(&m_stream->z, Z_DEFAULT_COMPRESSION) == Z_OK;
}

FlateEncoder::~FlateEncoder()
{
    if (m_stream)
        deflateEnd(&m_stream->z);
}

bool FlateEncoder::run(const char *data, qsizetype size, int flush)
{
    z_stream &z = m_stream->z;
    z.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data));
    z.avail_in = uInt(size);
    constexpr qsizetype kChunk = 256 * 1024;
    for (;;) {
        const qsizetype before = m_out.size();
        if (m_out.capacity() < before + kChunk)
            m_out.reserve(std::max(before + kChunk, m_out.capacity() * 2));
        m_out.resize(before + kChunk);
        z.next_out = reinterpret_cast<Bytef *>(m_out.data() + before);
        z.avail_out = uInt(kChunk);
        const int rc = ::deflate(&z, flush);
        m_out.resize(before + kChunk - qsizetype(z.avail_out));
        if (rc == Z_STREAM_END)
            return true;
        if (rc != Z_OK && rc != Z_BUF_ERROR)
            return false;
        // Done with this piece once zlib has taken all input and had room to spare.
        if (flush == Z_NO_FLUSH && z.avail_in == 0 && z.avail_out > 0)
            return true;
    }
}

bool FlateEncoder::append(const QByteArray &data)
{
    if (!m_ok)
        return false;
    // zlib counts input in uInt: feed very large pieces in parts.
    constexpr qsizetype kPiece = qsizetype(1) << 30;
    for (qsizetype at = 0; at < data.size() && m_ok; at += kPiece)
        m_ok = run(data.constData() + at, std::min(kPiece, data.size() - at), Z_NO_FLUSH);
    return m_ok;
}

bool FlateEncoder::finish(QByteArray *out)
{
    if (m_ok)
        m_ok = run(nullptr, 0, Z_FINISH);
    if (m_ok) {
        m_out.squeeze();
        *out = std::move(m_out);
    }
    m_out = QByteArray();
    const bool ok = m_ok;
    m_ok = false;
    return ok;
}

} // namespace folio::pdf
