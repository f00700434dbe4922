#include "app/paragraphtracking.h"

#include "model/edition.h"
#include "model/storycommand.h"

#include <QUndoStack>

namespace folio::app {

QString ParagraphTracking::adjust(Edition *edition, ObjectId storyId, int first, int last,
                                  int delta)
{
    return apply(edition, storyId, first, last, delta, true);
}

QString ParagraphTracking::set(Edition *edition, ObjectId storyId, int first, int last,
                               int tracking)
{
    return apply(edition, storyId, first, last, tracking, false);
}

int ParagraphTracking::trackedParagraphs(const Edition &edition, ObjectId storyId)
{
    int n = 0;
    if (const Story *story = edition.story(storyId))
        for (const Paragraph &p : story->paragraphs)
            n += p.tracking != 0 ? 1 : 0;
    return n;
}

QString ParagraphTracking::apply(Edition *edition, ObjectId storyId, int first, int last, int value,
                                 bool relative)
{
    const Story *story = edition ? edition->story(storyId) : nullptr;
    if (!story)
        return tr("没有选中稿件：挤字、扩字作用于稿件编辑中光标所在的段落。");
    if (first > last)
        std::swap(first, last);
    if (first < 0 || last >= story->paragraphs.size())
        return tr("稿件“%1”没有第 %2 段。").arg(story->slug).arg(qMax(first, last) + 1);
    Story after = *story;
    for (int i = first; i <= last; ++i) {
        int &t = after.paragraphs[i].tracking;
        t = qBound(Paragraph::kMinTracking, relative ? t + value : value, Paragraph::kMaxTracking);
    }
    if (after == *story)
        return relative ? tr("字距已到限度（%1 至 %2，单位 1/100 字）。")
                              .arg(Paragraph::kMinTracking)
                              .arg(Paragraph::kMaxTracking)
                        : QString();
    const QString label = !relative && value == 0 ? tr("取消挤扩")
                          : relative && value < 0 ? tr("挤字")
                          : relative              ? tr("扩字")
                                                  : tr("段落字距");
    edition->undoStack()->push(StoryCommand::change(edition, after, label));
    return {};
}

} // namespace folio::app
