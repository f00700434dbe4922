#include "pdf/writeerror.h"

#include <QCoreApplication>
#include <QDir>
#include <cerrno>

namespace folio::pdf {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("folio::pdf", text);
}

// Qt reports the system's text (strerror) in its error strings; errno may be gone by then.
bool says(const QString &systemText, int code)
{
    const QString text = qt_error_string(code);
    return !systemText.isEmpty() && !text.isEmpty() &&
           systemText.contains(text, Qt::CaseInsensitive);
}

bool is(int systemError, const QString &systemText, int code)
{
    return systemError == code || (systemError == 0 && says(systemText, code));
}

} // namespace

QString WriteError::reason(int systemError, const QString &systemText)
{
    if (is(systemError, systemText, ENOSPC))
        return tr("磁盘空间不足");
#ifdef EDQUOT
    if (is(systemError, systemText, EDQUOT))
        return tr("磁盘配额已用完");
#endif
    if (is(systemError, systemText, EACCES) || is(systemError, systemText, EPERM))
        return tr("没有写入权限");
    if (is(systemError, systemText, EROFS))
        return tr("只读介质");
    if (is(systemError, systemText, ENOENT))
        return tr("文件夹不存在");
    if (!systemText.trimmed().isEmpty())
        return systemText.trimmed();
    if (systemError != 0)
        return qt_error_string(systemError);
    return tr("系统没有说明原因");
}

QString WriteError::message(const QString &path, int systemError, const QString &systemText)
{
    return tr("写入 %1 失败：%2")
        .arg(QDir::toNativeSeparators(path), reason(systemError, systemText));
}

} // namespace folio::pdf
