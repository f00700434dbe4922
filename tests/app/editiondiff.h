#pragma once

#include <QStringList>

namespace folio {
class Edition;
}

namespace folio::app::test {

// Every difference between two editions, field by field, one line each ("page 要闻 1, frame
// 正文 3: columns 3 ≠ 1"): info, export settings, pages and their frames, stories with their
// paragraphs and runs, paragraph and character styles, swatches and pictures. Empty when the
// editions are the same, so a failing round trip names the field that changed.
QStringList editionDifferences(const Edition &expected, const Edition &actual);

} // namespace folio::app::test
