#pragma once

#include <QtGlobal>

namespace folio {

// Where composition of a story resumes: a paragraph and a UTF-16 offset in its composed text.
// A full column hands its token to the next column or frame (as Blink's LayoutNG does).
struct BreakToken
{
    int paragraph = 0;
    int offset = 0;

    bool isStart() const { return paragraph == 0 && offset == 0; }
    bool operator==(const BreakToken &) const = default;
};

inline size_t qHash(const BreakToken &token, size_t seed = 0)
{
    return qHashMulti(seed, token.paragraph, token.offset);
}

} // namespace folio
