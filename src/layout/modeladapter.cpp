#include "layout/modeladapter.h"

#include "model/edition.h"

namespace folio {

QList<QRectF> ModelAdapter::wrapObstacles(const Page &page, const Frame &textFrame)
{
    // Only frames painted above the text wrap it (higher z, or the same z and later in the
    // page's list, as LayoutEngine paints them): a frame sent behind the text, a tint or a
    // picture under a caption set over it, leaves the text alone.
    QList<QRectF> out;
    const QRectF inner = textFrame.rect.marginsRemoved(textFrame.insets);
    bool after = false;
    for (const Frame &f : page.frames) {
        if (f.id == textFrame.id) {
            after = true;
            continue;
        }
        if (!f.textWrap || f.z < textFrame.z || (f.z == textFrame.z && !after))
            continue;
        const double o = f.wrapOffset;
        const QRectF grown = f.rect.normalized().adjusted(-o, -o, o, o);
        // Wraps elsewhere on the page stay out of this frame's cache key.
        if (grown.isValid() && grown.intersects(inner))
            out.append(grown);
    }
    return out;
}

text::TextStyle ModelAdapter::textStyle(const ParagraphStyle &paragraph,
                                        const CharacterStyle *character)
{
    text::TextStyle s;
    s.family = paragraph.fontFamily;
    s.style = paragraph.fontStyle;
    s.size = paragraph.size;
    s.color = paragraph.color;
    if (character) {
        if (!character->fontFamily.isEmpty())
            s.family = character->fontFamily;
        if (!character->fontStyle.isEmpty())
            s.style = character->fontStyle;
        if (character->size > 0)
            s.size = character->size;
        if (character->hasColor)
            s.color = character->color;
    }
    return s;
}

text::ParagraphOptions ModelAdapter::paragraphOptions(const ParagraphStyle &style)
{
    text::ParagraphOptions o;
    o.alignment = text::Alignment(int(style.alignment));
    o.kinsoku = text::Kinsoku(int(style.kinsoku));
    o.punctuation = text::PunctuationStyle(int(style.punctuation));
    o.lineEndTrim = text::LineEndTrim(int(style.lineEndTrim));
    o.lineStartTrim =
        style.lineStartTrim ? text::LineStartTrim::ExceptFirstLine : text::LineStartTrim::Never;
    o.firstLineIndent = style.firstLineIndent;
    o.hanLatinSpacing = style.hanLatinSpacing;
    o.letterSpacing = style.letterSpacing;
    o.hangingPunctuation = style.hangingPunctuation;
    o.avoidLoneLastChar = style.avoidLoneCharacter;
    o.leading = {style.leadingMode == LeadingMode::Multiple ? text::Leading::Mode::Multiple
                                                            : text::Leading::Mode::Points,
                 style.leading};
    return o;
}

StoryFlow ModelAdapter::storyFlow(const Edition &edition, ObjectId storyId)
{
    StoryFlow flow;
    flow.storyId = storyId;
    ParagraphStyle fallback;
    if (const ParagraphStyle *body = edition.styleForRole(ParagraphRole::Body))
        fallback = *body;
    flow.bodySize = fallback.size;
    flow.bodyLeading = fallback.leadingPt();

    if (const Story *story = edition.story(storyId)) {
        bool leading = true; // still in the story's opening 引题/主题/副题
        for (const Paragraph &p : story->paragraphs) {
            const ParagraphStyle *ps = edition.paragraphStyle(p.styleId);
            const ParagraphStyle &style = ps ? *ps : fallback;
            FlowParagraph fp;
            int pos = 0;
            for (const TextRun &run : p.runs) {
                const CharacterStyle *cs =
                    run.characterStyleId ? edition.characterStyle(run.characterStyleId) : nullptr;
                text::TextStyle ts = textStyle(style, cs);
                fp.text += run.text;
                if (!run.text.isEmpty())
                    fp.runs.append({pos, int(run.text.size()), ts});
                pos += int(run.text.size());
            }
            if (fp.runs.isEmpty())
                fp.runs.append({0, 0, textStyle(style)});
            fp.options = paragraphOptions(style);
            // Part of the options, so the paragraph's fingerprint (every cache key) covers it.
            fp.options.letterSpacing += p.tracking / 100.0;
            fp.spaceBefore = style.spaceBefore;
            fp.spaceAfter = style.spaceAfter;
            const bool headline = style.role == ParagraphRole::Kicker ||
                                  style.role == ParagraphRole::Headline ||
                                  style.role == ParagraphRole::Subhead;
            leading = leading && headline;
            fp.inHeadlineBlock = leading;
            flow.paragraphs.append(fp);
        }
    }
    for (const Frame *frame : edition.storyChain(storyId)) {
        FlowFrame ff;
        ff.id = frame->id;
        const Page *page = edition.pageOfFrame(frame->id);
        ff.pageIndex = page ? edition.pageIndex(page->id) : -1;
        ff.rect = frame->rect;
        ff.columns = frame->columns;
        ff.gutter = frame->gutter;
        ff.columnChars = frame->columnChars;
        ff.insets = frame->insets;
        if (page)
            ff.wrap = wrapObstacles(*page, *frame);
        flow.frames.append(ff);
    }
    return flow;
}

} // namespace folio
