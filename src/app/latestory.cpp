#include "app/latestory.h"

#include "ingest/pageimporter.h"
#include "model/edition.h"
#include "model/framecommand.h"
#include "model/storycommand.h"

#include <QUndoStack>

namespace folio::app {

namespace {
ingest::ImportOptions storiesOnly()
{
    ingest::ImportOptions options;
    options.place = false;
    return options;
}
} // namespace

QString LateStory::checkFrames(const Edition &edition, const QList<ObjectId> &frameIds)
{
    for (ObjectId id : frameIds) {
        const Frame *f = edition.frame(id);
        if (!f)
            return tr("选中的框已不在版面上。");
        if (f->kind != FrameKind::Text)
            return tr("“%1”不是文本框：稿件只能置入空文本框。").arg(f->name);
        if (f->storyId) {
            const Story *s = edition.story(f->storyId);
            return tr("文本框“%1”已有稿件“%2”：请选中空文本框。")
                .arg(f->name, s ? s->slug : QString());
        }
        if (f->locked)
            return tr("文本框“%1”已锁定。").arg(f->name);
    }
    return {};
}

QString LateStory::importText(Edition *edition, const QString &text,
                              const QList<ObjectId> &frameIds, ObjectId *storyId)
{
    if (!edition)
        return tr("没有打开的版面。");
    if (text.trimmed().isEmpty())
        return tr("剪贴板中没有文字。");
    const ingest::ImportResult result =
        ingest::PageImporter::importBytes(text.toUtf8(), *edition, storiesOnly());
    return apply(edition, result, frameIds, storyId);
}

QString LateStory::importFile(Edition *edition, const QString &path,
                              const QList<ObjectId> &frameIds, ObjectId *storyId)
{
    if (!edition)
        return tr("没有打开的版面。");
    const ingest::ImportResult result =
        ingest::PageImporter::importFile(path, *edition, storiesOnly());
    return apply(edition, result, frameIds, storyId);
}

QString LateStory::apply(Edition *edition, const ingest::ImportResult &result,
                         const QList<ObjectId> &frameIds, ObjectId *storyId)
{
    // Frames first: a refused command changes nothing, whatever the text holds.
    if (const QString problem = checkFrames(*edition, frameIds); !problem.isEmpty())
        return problem;
    if (!result.ok)
        return result.error;
    if (result.stories.size() != 1)
        return tr("文字中识别出 %1 篇稿件，晚到稿件一次导入一篇（用“导入版面”导入整版）。")
            .arg(result.stories.size());
    const Story &story = result.stories.first();
    QUndoStack *stack = edition->undoStack();
    stack->beginMacro(tr("导入稿件“%1”").arg(story.slug));
    stack->push(StoryCommand::add(edition, story));
    for (int i = 0; i < frameIds.size(); ++i) {
        Frame f = *edition->frame(frameIds[i]);
        f.storyId = story.id;
        f.chainIndex = i;
        stack->push(FrameCommand::change(edition, f, tr("置入稿件")));
    }
    stack->endMacro();
    if (storyId)
        *storyId = story.id;
    return {};
}

} // namespace folio::app
