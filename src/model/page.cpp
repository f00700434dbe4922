#include "model/page.h"

#include <QCoreApplication>

namespace folio {

QString pageStatusName(PageStatus status)
{
    switch (status) {
    case PageStatus::Layout:
        return QCoreApplication::translate("folio::PageStatus", "排版中");
    case PageStatus::Proof:
        return QCoreApplication::translate("folio::PageStatus", "待校");
    case PageStatus::Approved:
        return QCoreApplication::translate("folio::PageStatus", "已签");
    case PageStatus::Sent:
        return QCoreApplication::translate("folio::PageStatus", "已发");
    }
    return {};
}

} // namespace folio
