#pragma once

#include "core/ids.h"

#include <QByteArray>
#include <QImage>
#include <QList>
#include <QRectF>
#include <QSizeF>
#include <QString>
#include <memory>

namespace Poppler {
class Document;
}

namespace folio::proof {

// A PDF opened for reading through Poppler: any PDF with a text layer (a printer's resent
// page) or a Folio proof, which names its proof record in Info /Keywords. Damaged,
// encrypted and empty files are refused with a message naming the file and the reason.
class ProofDocument
{
public:
    // What a Folio proof says about itself; proofId 0 for any other PDF.
    struct Identity
    {
        ObjectId proofId = 0;
        ObjectId pageId = 0;
        int round = 0;
        bool isFolioProof() const { return proofId != 0; }
    };
    // One character of the text layer, in reading order; box in pt, y down.
    struct Character
    {
        QString text;
        QRectF box;
    };

    ~ProofDocument();
    static std::unique_ptr<ProofDocument> open(const QString &path, QString *error);
    // name: how the data is called in messages (the file it came from).
    static std::unique_ptr<ProofDocument> fromData(const QByteArray &data, const QString &name,
                                                   QString *error);

    QString name() const { return m_name; }
    int pageCount() const;
    QSizeF pageSize(int page) const;
    Identity identity() const { return m_identity; }
    QList<Character> characters(int page) const;
    // The page at the given resolution, white behind it.
    QImage render(int page, double dpi) const;
    // Part of the page (pt, y down) at the given resolution: one tile of a 1:1 print.
    QImage render(int page, double dpi, const QRectF &region) const;

    Poppler::Document *document() const { return m_document.get(); }

    static Identity parseKeywords(const QString &keywords);

private:
    ProofDocument() = default;
    static std::unique_ptr<ProofDocument> check(std::unique_ptr<Poppler::Document> document,
                                                const QString &name, QString *error);

    std::unique_ptr<Poppler::Document> m_document;
    QString m_name;
    Identity m_identity;
};

} // namespace folio::proof
