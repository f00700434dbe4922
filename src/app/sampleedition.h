#pragma once

#include <memory>

namespace folio {
class Edition;
}

namespace folio::app {

// The edition `folio` opens when started without a file: one page of the 对开 8-column
// template with the sample story (resources/sample/sample-story.txt, compiled into the
// program) in a linked pair of text frames, a picture frame and a rule. Built in memory on
// every start, so it works from a fresh clone and always matches the current model.
std::unique_ptr<Edition> createSampleEdition();

} // namespace folio::app
