#include "app/frameclipboard.h"

#include "app/framefactory.h"
#include "model/edition.h"
#include "model/framecommand.h"
#include "model/resourcecommand.h"
#include "model/storycommand.h"

#include <QHash>
#include <QUndoStack>
#include <algorithm>

namespace folio::app {

namespace {
constexpr double kSamePageOffset = 10.0; // pt
} // namespace

FrameClipboard &FrameClipboard::instance()
{
    static FrameClipboard clipboard;
    return clipboard;
}

void FrameClipboard::clear()
{
    m_source = nullptr;
    m_sourcePageId = 0;
    m_frames.clear();
    m_stories.clear();
    m_images.clear();
}

void FrameClipboard::copy(const Edition *edition, const QList<ObjectId> &frameIds)
{
    clear();
    m_source = edition;
    for (ObjectId id : frameIds) {
        const Frame *f = edition->frame(id);
        if (!f)
            continue;
        if (!m_sourcePageId)
            m_sourcePageId = edition->pageOfFrame(id)->id;
        m_frames.append(*f);
        if (const Story *story = edition->story(f->storyId);
            story && std::none_of(m_stories.begin(), m_stories.end(),
                                  [story](const Story &s) { return s.id == story->id; }))
            m_stories.append(*story);
        if (const ImageAsset *image = edition->image(f->assetId);
            image && std::none_of(m_images.begin(), m_images.end(),
                                  [image](const ImageAsset &a) { return a.id == image->id; }))
            m_images.append(*image);
    }
}

QList<ObjectId> FrameClipboard::paste(Edition *edition, ObjectId pageId)
{
    const Page *page = edition->page(pageId);
    if (!page || m_frames.isEmpty())
        return {};
    const bool sameEdition = m_source == edition;
    const QPointF offset = sameEdition && pageId == m_sourcePageId
                               ? QPointF(kSamePageOffset, kSamePageOffset)
                               : QPointF();

    QHash<ObjectId, ObjectId> frameIds;
    for (const Frame &f : std::as_const(m_frames))
        frameIds.insert(f.id, edition->newId());
    QHash<ObjectId, ObjectId> groupIds;
    QHash<ObjectId, ObjectId> storyIds;
    QList<Story> stories;
    for (Story story : m_stories) {
        storyIds.insert(story.id, edition->newId());
        story.id = storyIds.value(story.id);
        story.slug = tr("%1 副本").arg(story.slug);
        // Styles of another edition may not exist here: body text and no character style.
        const ParagraphStyle *body = edition->styleForRole(ParagraphRole::Body);
        for (Paragraph &p : story.paragraphs) {
            if (!edition->paragraphStyle(p.styleId))
                p.styleId = body ? body->id : 0;
            for (TextRun &run : p.runs)
                if (!edition->characterStyle(run.characterStyleId))
                    run.characterStyleId = 0;
        }
        stories.append(story);
    }
    // The same edition already holds the pictures; another one gets copies.
    QHash<ObjectId, ObjectId> imageIds;
    QList<ImageAsset> images;
    for (ImageAsset image : m_images) {
        if (sameEdition && edition->image(image.id)) {
            imageIds.insert(image.id, image.id);
            continue;
        }
        imageIds.insert(image.id, edition->newId());
        image.id = imageIds.value(image.id);
        images.append(image);
    }

    int z = FrameFactory::topZ(*page);
    QList<Frame> pasted;
    for (const Frame &original : std::as_const(m_frames)) {
        Frame f = original;
        f.id = frameIds.value(original.id);
        f.rect.translate(offset);
        f.z = z++;
        if (f.groupId) {
            if (!groupIds.contains(f.groupId))
                groupIds.insert(f.groupId, edition->newId());
            f.groupId = groupIds.value(f.groupId);
        }
        if (f.storyId) {
            // The copied frames of one story chain in their old order, from 0.
            f.chainIndex = int(std::count_if(m_frames.begin(), m_frames.end(), [&](const Frame &o) {
                return o.storyId == original.storyId && o.chainIndex < original.chainIndex;
            }));
            f.storyId = storyIds.value(f.storyId);
        }
        f.assetId = imageIds.value(f.assetId, 0);
        f.captionFrameId = frameIds.value(f.captionFrameId, 0);
        pasted.append(f);
    }

    QUndoStack *stack = edition->undoStack();
    stack->beginMacro(tr("粘贴"));
    for (const ImageAsset &image : std::as_const(images))
        stack->push(ResourceCommand::put(edition, image, tr("粘贴")));
    for (const Story &story : std::as_const(stories))
        stack->push(StoryCommand::add(edition, story));
    QList<ObjectId> ids;
    for (const Frame &f : std::as_const(pasted)) {
        stack->push(FrameCommand::add(edition, pageId, f));
        ids.append(f.id);
    }
    stack->endMacro();
    return ids;
}

} // namespace folio::app
