#pragma once

#include "core/cmykcolor.h"
#include "core/ids.h"

#include <QString>

namespace folio {

// What a paragraph is in a newspaper story; the layout uses it to build headline blocks.
enum class ParagraphRole {
    Body,     // 正文
    Kicker,   // 引题
    Headline, // 主题
    Subhead,  // 副题
    Byline,   // 署名 / 电头 on its own line
    Caption,  // 图片说明
    Credit,   // 摄影 / 图 credit
    Banner,   // 栏目 section banner
    Other,
};

enum class Alignment { Justify, Left, Center, Right, Distributed };
enum class KinsokuLevel { None, Basic, Strict };               // CJK-RULES.md rules 1-3
enum class PunctuationStyle { FullWidth, Kaiming, HalfWidth }; // rule 10
enum class LineEndTrim { ToFit, Always };                      // rule 8
enum class LeadingMode { Absolute, Multiple };

// A paragraph style holds every value resolved; basedOnId records where it came from so the
// styles panel can propagate a parent's change to children that had the parent's value.
struct ParagraphStyle
{
    ObjectId id = 0;
    QString name;
    ObjectId basedOnId = 0;
    ParagraphRole role = ParagraphRole::Body;

    QString fontFamily = QStringLiteral("Noto Serif CJK SC");
    QString fontStyle = QStringLiteral("Regular");
    double size = 9.0; // pt
    LeadingMode leadingMode = LeadingMode::Absolute;
    double leading = 13.5;        // pt when Absolute, a multiple of size when Multiple
    double firstLineIndent = 2.0; // em (rule 13)
    double spaceBefore = 0.0;     // pt
    double spaceAfter = 0.0;      // pt
    Alignment alignment = Alignment::Justify;
    double letterSpacing = 0.0; // em, headlines

    KinsokuLevel kinsoku = KinsokuLevel::Basic;
    PunctuationStyle punctuation = PunctuationStyle::FullWidth;
    LineEndTrim lineEndTrim = LineEndTrim::ToFit;
    bool lineStartTrim = true;       // rule 9: trims line starts, never a first line
    double hanLatinSpacing = 0.25;   // em, rule 11 (0 disables)
    bool hangingPunctuation = false; // rule 17
    bool avoidLoneCharacter = true;  // rule 18
    CmykColor color = CmykColor::black();

    double leadingPt() const
    {
        return leadingMode == LeadingMode::Multiple ? leading * size : leading;
    }
    bool operator==(const ParagraphStyle &) const = default;
};

} // namespace folio
