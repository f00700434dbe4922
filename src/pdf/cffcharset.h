#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace folio::pdf {

// Reads what the PDF writer needs from a bare CFF table: whether it is CID-keyed and the
// charset, which maps each glyph id to its CID (or SID). A CID-keyed CFF keeps its CIDs when
// hb-subset renumbers the glyphs, so the content stream must address glyphs by CID.
class CffCharset
{
public:
    // Parses the table; on failure isValid() is false and errorString() says why.
    explicit CffCharset(const QByteArray &cffTable);

    bool isValid() const { return m_error.isEmpty(); }
    QString errorString() const { return m_error; }
    bool isCidKeyed() const { return m_cidKeyed; }
    int glyphCount() const { return int(m_cids.size()); }
    // The CID of glyph gid; for name-keyed fonts the gid itself (PDF reads CIDs as gids then).
    quint32 cidForGlyph(quint32 gid) const;

private:
    bool parse(const QByteArray &data);

    QList<quint16> m_cids; // index = gid
    bool m_cidKeyed = false;
    QString m_error;
};

} // namespace folio::pdf
