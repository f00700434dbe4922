#pragma once

#include "core/cmykcolor.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace folio::text {

// The character formatting of one run of a paragraph, resolved to concrete values.
struct TextStyle
{
    QString family = QStringLiteral("Noto Serif CJK SC");
    QString style = QStringLiteral("Regular");
    // Face for Latin letters and digits inside Chinese text; empty: the family's own Latin glyphs.
    QString latinFamily;
    QString latinStyle;
    double size = 9.0; // pt
    CmykColor color = CmykColor::black();
    // OpenType features in HarfBuzz syntax, e.g. "pwid", "-kern", "ss01=1".
    QStringList features;

    bool operator==(const TextStyle &) const = default;
};

// A style applies to [start, start + length) of the paragraph text (UTF-16 offsets).
struct StyleRun
{
    int start = 0;
    int length = 0;
    TextStyle style;

    bool operator==(const StyleRun &) const = default;
};

// Line-start and line-end prohibition level (CJK-RULES rules 1-3).
enum class Kinsoku { None, Basic, Strict };
// Rule 10: 全角式, 开明式, 半角式.
enum class PunctuationStyle { FullWidth, Kaiming, HalfWidth };
// Rule 8: trim a closing mark at line end always (GB/T 15834) or only when needed to fit.
enum class LineEndTrim { ToFit, Always };
// Rule 9: trim an opening bracket at line start.
enum class LineStartTrim { Never, ExceptFirstLine, Always };
enum class Alignment { Justify, Left, Center, Right, Distributed };

struct Leading
{
    enum class Mode { Points, Multiple };
    Mode mode = Mode::Multiple;
    double value = 1.5;

    double lineHeight(double fontSize) const
    {
        return mode == Mode::Points ? value : value * fontSize;
    }
    bool operator==(const Leading &) const = default;
};

struct ParagraphOptions
{
    Alignment alignment = Alignment::Justify;
    Kinsoku kinsoku = Kinsoku::Basic;
    PunctuationStyle punctuation = PunctuationStyle::FullWidth;
    LineEndTrim lineEndTrim = LineEndTrim::ToFit;
    LineStartTrim lineStartTrim = LineStartTrim::ExceptFirstLine; // CSS `normal`
    double firstLineIndent = 2.0;  // em of the paragraph's base size (rule 13)
    double hanLatinSpacing = 0.25; // em, rule 11; 0 disables
    double hanLatinMinSpacing = 0.125;
    double hanLatinMaxSpacing = 0.5;
    double wordSpacingMin = 0.25;    // em, rule 15
    double wordSpacingMax = 0.5;     // em
    double letterSpacing = 0.0;      // em, added after every character but a line's last
    bool hangingPunctuation = false; // rule 17
    bool avoidLoneLastChar = true;   // rule 18
    Leading leading;

    bool operator==(const ParagraphOptions &) const = default;
};

} // namespace folio::text
