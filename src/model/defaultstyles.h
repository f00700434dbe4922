#pragma once

namespace folio {

class Edition;

// Adds the standard newspaper styles (正文, 引题, 主题, 副题, 署名, 图片说明, 摄影, 栏目) and the
// paper's basic swatches to an edition that has none.
void addDefaultStyles(Edition &edition);

} // namespace folio
