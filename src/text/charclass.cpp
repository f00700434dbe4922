#include "text/charclass.h"

#include <unicode/uchar.h>
#include <unicode/uscript.h>

namespace folio::text::charclass {

namespace {
// Opening marks: ink on the right half (rule 6).
constexpr char32_t kOpening[] = {0xFF08, 0xFF3B, 0xFF5B, 0x3014, 0x3008, 0x300A, 0x300C, 0x300E,
                                 0x3010, 0x3016, 0x3018, 0x301A, 0xFF5F, 0x201C, 0x2018, 0x301D};
// Closing brackets and quotes.
constexpr char32_t kClosingBracket[] = {0xFF09, 0xFF3D, 0xFF5D, 0x3015, 0x3009, 0x300B,
                                        0x300D, 0x300F, 0x3011, 0x3017, 0x3019, 0x301B,
                                        0xFF60, 0x201D, 0x2019, 0x301E, 0x301F};
// In-sentence marks ，、；： (rule 15 compress group 5; 开明式 half width).
constexpr char32_t kComma[] = {0xFF0C, 0x3001, 0xFF1B, 0xFF1A};
// Sentence-end marks 。？！． and the doubled forms (rule 15 group 7; 开明式 full width).
constexpr char32_t kFullStop[] = {0x3002, 0xFF1F, 0xFF01, 0xFF0E, 0x203C, 0x2047, 0x2048, 0x2049};
constexpr char32_t kMiddle[] = {0x00B7, 0x30FB, 0x2027, 0xFF65};

// CJK Unified Ideographs and Extension A, nearly all of a Chinese text: every code point is
// ideographic, East Asian Wide, not a mark and not a control (a test checks each against ICU).
constexpr bool isCommonIdeograph(char32_t c)
{
    return (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF);
}

template <size_t N> bool contains(const char32_t (&table)[N], char32_t c)
{
    for (char32_t t : table) {
        if (t == c)
            return true;
    }
    return false;
}
} // namespace

bool isHanLike(char32_t c)
{
    if (isCommonIdeograph(c))
        return true;
    if (u_hasBinaryProperty(UChar32(c), UCHAR_IDEOGRAPHIC))
        return true;
    UErrorCode err = U_ZERO_ERROR;
    const UScriptCode script = uscript_getScript(UChar32(c), &err);
    return script == USCRIPT_HAN || script == USCRIPT_HIRAGANA || script == USCRIPT_KATAKANA ||
           script == USCRIPT_HANGUL || script == USCRIPT_BOPOMOFO;
}

bool isWide(char32_t c)
{
    if (isCommonIdeograph(c))
        return true;
    const int w = u_getIntPropertyValue(UChar32(c), UCHAR_EAST_ASIAN_WIDTH);
    return w == U_EA_WIDE || w == U_EA_FULLWIDTH;
}

bool isLatinAlnum(char32_t c)
{
    if (isWide(c))
        return false;
    return u_isalnum(UChar32(c)) && !isHanLike(c);
}

bool isControl(char32_t c)
{
    if (isCommonIdeograph(c))
        return false;
    if (c == 0x2028 || c == 0x2029 || c == 0x85)
        return true;
    const int8_t type = u_charType(UChar32(c));
    return type == U_CONTROL_CHAR || type == U_SURROGATE || (c >= 0xFFFE && (c & 0xFFFE) == 0xFFFE);
}

bool isMark(char32_t c)
{
    if (isCommonIdeograph(c))
        return false;
    const int8_t type = u_charType(UChar32(c));
    return type == U_NON_SPACING_MARK || type == U_ENCLOSING_MARK ||
           type == U_COMBINING_SPACING_MARK ||
           u_hasBinaryProperty(UChar32(c), UCHAR_VARIATION_SELECTOR) || c == 0x200D || c == 0x200C;
}

PunctKind punctKind(char32_t c)
{
    if (contains(kOpening, c))
        return PunctKind::Opening;
    if (contains(kClosingBracket, c) || contains(kComma, c) || contains(kFullStop, c))
        return PunctKind::Closing;
    if (contains(kMiddle, c))
        return PunctKind::Middle;
    return PunctKind::None;
}

PunctGroup punctGroup(char32_t c)
{
    if (contains(kOpening, c) || contains(kClosingBracket, c))
        return PunctGroup::Bracket;
    if (contains(kComma, c))
        return PunctGroup::Comma;
    if (contains(kFullStop, c))
        return PunctGroup::FullStop;
    if (contains(kMiddle, c))
        return PunctGroup::MiddleDot;
    return PunctGroup::None;
}

bool isChinesePunctuation(char32_t c)
{
    return punctKind(c) != PunctKind::None || isDashChar(c) || isEllipsisChar(c) || c == 0xFF5E ||
           c == 0x301C;
}

bool isDashChar(char32_t c)
{
    return c == 0x2014 || c == 0x2E3A || c == 0x2015;
}
bool isEllipsisChar(char32_t c)
{
    return c == 0x2026 || c == 0x22EF;
}
bool isConnectorChar(char32_t c)
{
    return c == 0x2013 || c == 0x2014 || c == 0xFF5E || c == 0x301C || c == 0x002D || c == 0xFF0D;
}
bool isCurlyQuote(char32_t c)
{
    return c >= 0x2018 && c <= 0x201D && c != 0x201A && c != 0x201B;
}

bool isLineStartProhibited(char32_t c)
{
    // Closing marks, 、。，．：；！？‼⁇, interpuncts; connectors are decided by context.
    return punctKind(c) == PunctKind::Closing || punctKind(c) == PunctKind::Middle || c == 0x203C ||
           c == 0x2047 || c == 0x2048 || c == 0x2049;
}

bool isLineEndProhibited(char32_t c)
{
    return punctKind(c) == PunctKind::Opening;
}

bool isHangable(char32_t c)
{
    return contains(kComma, c) || contains(kFullStop, c);
}

} // namespace folio::text::charclass
