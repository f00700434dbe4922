#pragma once

#include "proof/signoff.h"

#include <QJsonObject>
#include <QString>

namespace folio {
class Edition;
}

namespace folio::proof {

// Sign-off as people read it: a page's status with every level's signature (who, when, valid
// or revoked) as one line for the command line and the page list, or a JSON object for scripts.
class SignOffFormat
{
public:
    // "signed", "partly", "unsigned", "changed": stable keys for scripts.
    static QString statusKey(SignOff::Status status);
    // 责编 张三 2025-01-20 21:30（有效） 夜班主任 —
    static QString levels(const SignOff::PageState &state);
    // 第 1 页（A 第1版）  已签  责编 张三 2025-01-20 21:30（有效）  …
    static QString line(const Edition &edition, int pageIndex, const SignOff::PageState &state);
    static QJsonObject json(const Edition &edition, int pageIndex, const SignOff::PageState &state);
    // One text change: 改：“劳” → “荣”.
    static QString change(const ProofComparer::Change &change);
};

} // namespace folio::proof
