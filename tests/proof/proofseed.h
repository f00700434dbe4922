#pragma once

#include <memory>

namespace folio {
class Edition;
}

namespace folio::proof::test {

// The proof tests' fixture: tests/data/seed-page.txt (the text of a real printed page)
// imported and placed on one broadsheet page, A 第1版, 北京工人报 2025-01-20.
std::unique_ptr<Edition> createSeedEdition();

} // namespace folio::proof::test
