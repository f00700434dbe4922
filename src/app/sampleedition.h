#pragma once

#include <memory>

namespace folio {
class Edition;
}

namespace folio::app {

// The edition `folio` shows when started without a file: the project's sample page of story
// text (resources/samples/sample-page.txt, compiled into the program) run through the page
// importer onto the 对开 8-column template, exactly as 文件 → 导入版面 would place it, in a
// fictional paper (晨光日报) with a date, section and 版次 so that exported file names mean
// something. Built in memory on every start, so it always matches the current importer.
std::unique_ptr<Edition> createSampleEdition();

} // namespace folio::app
