#include "store/valuecodec.h"

namespace folio::store {

QVariant dateValue(const QDate &date)
{
    if (!date.isValid())
        return QVariant(QMetaType::fromType<QString>());
    return date.toString(Qt::ISODate);
}

QDate dateFromValue(const QVariant &value)
{
    if (value.isNull())
        return {};
    return QDate::fromString(value.toString(), Qt::ISODate);
}

QString timeValue(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime timeFromValue(const QVariant &value)
{
    return QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
}

} // namespace folio::store
