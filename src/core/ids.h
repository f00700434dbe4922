#pragma once

#include <QtGlobal>

namespace folio {

// Object ids are unique within one edition and stable across saves; 0 means "none".
using ObjectId = qint64;

} // namespace folio
