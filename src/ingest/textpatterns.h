#pragma once

#include <QString>

// The recognisers behind the import heuristics (docs/ingest-format.md). Each looks at one
// normalised line of text (inner whitespace collapsed to single spaces, ends trimmed).
namespace folio::ingest::patterns {

// Ends a sentence or a paragraph: 。！？…；： (or .!?;:) possibly followed by closing quotes
// and brackets, or a closing note such as （完） or （下转第2版）.
bool endsSentence(const QString &text);

// Length of the run-in dateline and byline at the start of a paragraph, 0 when there is none:
// 本报讯（记者 周美玉）, 本报北京1月20日电（记者 …）, 新华社北京1月20日电, （记者 … 通讯员 …）.
int datelineLength(const QString &text);

// A photo credit line: 通讯员 黄思亮 摄影报道, 本报记者 张三 摄, 摄影：李四, 某某单位供图.
bool isCredit(const QString &text);

// A caption that names itself: 图为…, 上图：…, 图：….
bool isSelfNamedCaption(const QString &text);

// Short (2-40 characters), not ending a sentence or a clause, no 。 or ； inside, at most one
// comma, not a dateline or a credit: what a headline line looks like in plain text.
bool isHeadlineShaped(const QString &text);

// A section banner such as 寒冬送暖 工会行动: two or three groups of 2-5 ideographs separated by
// spaces, at most 12 ideographs, no punctuation.
bool isBannerShaped(const QString &text);

// A 副题 written with a leading dash: ——记某某.
bool startsWithDash(const QString &text);

// Number of characters that count for length limits (spaces excluded).
int visibleLength(const QString &text);

// Joins two pieces of one paragraph split by a column break: nothing between Chinese text,
// one space between two Latin letters or digits.
QString joinSplit(const QString &before, const QString &after);

} // namespace folio::ingest::patterns
