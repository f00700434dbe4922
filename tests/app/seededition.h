#pragma once

#include <memory>

namespace folio {
class Edition;
}

namespace folio::app::test {

// The page-editor tests' fixture: one 对开 8-column page with the seed story (the extracted
// text of a real printed page, tests/app/data/seed-story.txt, one "style<TAB>text" line per
// paragraph) in a linked pair of text frames 正文 1 (columns 1-5) and 正文 2 (columns 6-8,
// under the picture frame 图片 1), and a rule 线 1 below them; the rest of the page is empty
// so that tests can draw frames there. The undo stack is empty.
std::unique_ptr<Edition> createSeedEdition();

} // namespace folio::app::test
