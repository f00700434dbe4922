#pragma once

#include <QtGlobal>

namespace folio::text {

// What a character is for composition purposes.
enum class CharKind : quint8 {
    Han,              // ideographs, kana, hangul, bopomofo: one em each
    Latin,            // letters and digits that are not East Asian wide
    LatinPunct,       // other narrow characters (ASCII punctuation, symbols)
    Space,            // breaking word space
    IdeographicSpace, // U+3000
    Punctuation,      // fullwidth Chinese punctuation with a PunctKind
    Dash,             // part of ——
    Ellipsis,         // part of ……
    Connector,        // - – — ～ used between words (rule 1)
    Other,
};

// Where the ink of a fullwidth mark sits (rule 6) and how it pairs (rule 7).
enum class PunctKind : quint8 { None, Opening, Closing, Middle };

// Compression group of rule 15.
enum class PunctGroup : quint8 { None, Bracket, Comma, FullStop, MiddleDot };

namespace charclass {

bool isHanLike(char32_t c);
bool isWide(char32_t c); // East Asian Width W or F
bool isLatinAlnum(char32_t c);
bool isControl(char32_t c); // C0/C1 controls and separators to drop from paragraph text
bool isMark(char32_t c);    // combining marks, variation selectors, joiners: stay with the base
PunctKind punctKind(char32_t c);
PunctGroup punctGroup(char32_t c);
bool isChinesePunctuation(char32_t c); // any mark in the tables of rules 1-2, 6-7
bool isDashChar(char32_t c);
bool isEllipsisChar(char32_t c);
bool isConnectorChar(char32_t c);
bool isCurlyQuote(char32_t c);
bool isLineStartProhibited(char32_t c); // rule 1
bool isLineEndProhibited(char32_t c);   // rule 2
bool isHangable(char32_t c);            // rule 17: 、，。．：；！？

} // namespace charclass
} // namespace folio::text
