#pragma once

#include <QString>

namespace folio::pdf {

// Why writing a file failed, in the UI language: the common causes (disk full, no permission,
// read-only medium) in words of their own, anything else as the system's text.
class WriteError
{
public:
    // systemError: the errno of the failed call, 0 when unknown; systemText: what Qt reported
    // (QFileDevice::errorString()), matched against the system's wording when errno is lost.
    static QString reason(int systemError, const QString &systemText);
    // "写入 FILE 失败：reason"
    static QString message(const QString &path, int systemError, const QString &systemText);
};

} // namespace folio::pdf
