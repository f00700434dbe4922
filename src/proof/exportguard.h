#pragma once

#include "model/signoff.h"
#include "proof/proofcomparer.h"
#include "proof/signoff.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

namespace folio {
class Edition;
}

namespace folio::proof {

// The export guarantee: no page goes to the plant changed after it was signed. Before a page
// is exported for printing it is checked against its signatures; after it is written, the
// file is recorded (page, time, path, fingerprint, text map) so that a replacement can be
// compared with what the plant received.
//
// The rule: sign-off is in force in an edition once anybody has signed a page in it, or when
// its settings ask for it (SignOffSettings::requireSignature). Then a page goes out only when
// every level's signature on it is valid; a page never signed, partly signed or changed since
// signing needs an override with a reason, which the sent file's record keeps. An edition
// where sign-off is not in force exports as before (and its files are recorded all the same).
class ExportGuard
{
    Q_DECLARE_TR_FUNCTIONS(ExportGuard)
public:
    explicit ExportGuard(Edition *edition, SignOff::LayoutProvider layout = {});

    static bool isInForce(const Edition &edition);

    struct Verdict
    {
        bool allowed = true;
        QString problem; // names the page and why it may not go
    };
    Verdict check(int pageIndex) const;

    // Records a file written for the plant and returns the record.
    const SentFile *recordSent(int pageIndex, const QString &path, const QString &user,
                               const QDateTime &time, const QString &overrideReason);

    // The page's files sent to the plant, oldest first.
    static QList<const SentFile *> sentFiles(const Edition &edition, ObjectId pageId);
    // The text difference between the file the plant received before and its replacement
    // (the last two files sent for the page); false with the reason when there are fewer.
    static bool compareSent(const Edition &edition, ObjectId pageId, ProofComparer::Result *result,
                            QString *error);
    // "第 3 页（A 第3版）".
    static QString pageLabel(const Edition &edition, int pageIndex);

private:
    Edition *m_edition;
    SignOff m_signOff;
};

} // namespace folio::proof
