#include "layout/storyflow.h"

#include <QHash>

namespace folio {

namespace {
size_t hashStyle(const text::TextStyle &s, size_t seed)
{
    return qHashMulti(seed, s.family, s.style, s.latinFamily, s.latinStyle, s.size, s.color.c,
                      s.color.m, s.color.y, s.color.k, s.features);
}

size_t hashOptions(const text::ParagraphOptions &o, size_t seed)
{
    return qHashMulti(seed, int(o.alignment), int(o.kinsoku), int(o.punctuation),
                      int(o.lineEndTrim), int(o.lineStartTrim), o.firstLineIndent,
                      o.hanLatinSpacing, o.hanLatinMinSpacing, o.hanLatinMaxSpacing,
                      o.wordSpacingMin, o.wordSpacingMax, o.letterSpacing, o.hangingPunctuation,
                      o.avoidLoneLastChar, int(o.leading.mode), o.leading.value);
}
} // namespace

quint64 FlowParagraph::fingerprint() const
{
    size_t h = qHash(text, 0x5eed);
    for (const auto &r : runs)
        h = hashStyle(r.style, qHashMulti(h, r.start, r.length));
    h = hashOptions(options, h);
    return qHashMulti(h, spaceBefore, spaceAfter, inHeadlineBlock);
}

quint64 FlowFrame::geometryKey() const
{
    size_t h = qHashMulti(0x9e0, id, pageIndex, rect.x(), rect.y(), rect.width(), rect.height(),
                          columns, gutter, columnChars, insets.left(), insets.top(), insets.right(),
                          insets.bottom());
    for (const QRectF &r : wrap)
        h = qHashMulti(h, r.x(), r.y(), r.width(), r.height());
    return h;
}

int StoryFlow::characterCount() const
{
    int n = 0;
    for (const auto &p : paragraphs)
        n += int(p.text.size());
    return n;
}

} // namespace folio
