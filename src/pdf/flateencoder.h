#pragma once

#include <QByteArray>

#include <memory>

namespace folio::pdf {

// Flate (zlib) compression fed piece by piece, for image samples converted band by band:
// only the compressed stream grows, the raw samples never exist whole.
class FlateEncoder
{
public:
    FlateEncoder();
    ~FlateEncoder();
    FlateEncoder(const FlateEncoder &) = delete;
    FlateEncoder &operator=(const FlateEncoder &) = delete;

    // False when zlib fails (out of memory); the encoder is then unusable.
    bool append(const QByteArray &data);
    // The compressed stream, complete; the encoder cannot be used afterwards.
    bool finish(QByteArray *out);

private:
    bool run(const char *data, qsizetype size, int flush);

    struct Stream;
    std::unique_ptr<Stream> m_stream;
    QByteArray m_out;
    bool m_ok = false;
};

} // namespace folio::pdf
