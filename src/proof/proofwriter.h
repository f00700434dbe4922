#pragma once

#include "model/proofrecord.h"

#include <QDateTime>
#include <QString>

namespace folio {
class Edition;
class LayoutEngine;
} // namespace folio

namespace folio::proof {

// Issues proofs (出校样): lays the page out, writes it as a PDF with the proof slug line
// (paper, date, 版次 and 版名, 校次, time, page status) and records it in the edition with its
// round (the page's previous round + 1), who made it, when, and the text map.
class ProofWriter
{
public:
    explicit ProofWriter(Edition *edition);

    // Records a proof of the page at pageIndex and returns it; nullptr with error set when the
    // page does not exist or the PDF cannot be written (the edition is then unchanged).
    const ProofRecord *issue(int pageIndex, const QString &user, const QDateTime &time,
                             QString *error);

    // The slug line of a proof; with the fingerprint of the page it shows, the levels whose
    // signatures are valid for it (签：责编 张三 01-20 21:30，…).
    static QString slugText(const Edition &edition, const ProofRecord &proof,
                            const QByteArray &fingerprint = {});
    // Info /Keywords of a proof PDF: names the proof, its page and round, so that an
    // annotated copy can be traced back to its record.
    static QString keywords(const ProofRecord &proof);
    // Where the page's top-left corner lies on a proof page (pt, y down).
    static QPointF pageOrigin();

private:
    Edition *m_edition;
};

} // namespace folio::proof
