#include "text/wordboundary.h"

#include <unicode/brkiter.h>
#include <unicode/locid.h>
#include <unicode/unistr.h>

#include <memory>

namespace folio::text {

namespace {
// Building a word iterator loads ICU's rules and dictionary: one per thread, reused.
icu::BreakIterator *wordIterator()
{
    thread_local const std::unique_ptr<icu::BreakIterator> iterator = [] {
        UErrorCode status = U_ZERO_ERROR;
        std::unique_ptr<icu::BreakIterator> it(
            icu::BreakIterator::createWordInstance(icu::Locale("zh"), status));
        if (U_FAILURE(status))
            it.reset();
        return it;
    }();
    return iterator.get();
}
} // namespace

WordBoundary::Range WordBoundary::wordAt(const QString &text, int position)
{
    const int n = int(text.size());
    if (n == 0)
        return {};
    position = qBound(0, position, n);
    if (position == n)
        --position;
    icu::BreakIterator *it = wordIterator();
    if (!it)
        return {position, position + 1};
    const icu::UnicodeString alias(false, reinterpret_cast<const UChar *>(text.utf16()),
                                   int32_t(n));
    it->setText(alias);
    // following() gives the first boundary after the position; the one before it starts
    // the word.
    int32_t end = it->following(int32_t(position));
    if (end == icu::BreakIterator::DONE)
        end = n;
    int32_t start = it->preceding(end);
    if (start == icu::BreakIterator::DONE)
        start = 0;
    return {int(start), int(end)};
}

} // namespace folio::text
