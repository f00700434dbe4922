#include "model/textsearch.h"

#include "model/edition.h"
#include "model/storycommand.h"
#include "model/storytext.h"

#include <QCoreApplication>
#include <QUndoStack>
#include <algorithm>

namespace folio {

QList<StoryHit> TextSearch::find(const Edition &edition, const TextMatcher &matcher,
                                 ObjectId storyId, const QString &replacement)
{
    QList<StoryHit> hits;
    for (const Story &story : edition.stories()) {
        if (storyId && story.id != storyId)
            continue;
        const QString text = story.plainText();
        for (const TextMatch &m : matcher.findAll(text))
            hits.append(StoryHit{story.id, m.offset, m.length, text.mid(m.offset, m.length),
                                 matcher.replacementFor(m, replacement)});
    }
    return hits;
}

QString TextSearch::context(const QString &text, int offset, int length, int around)
{
    const int from = std::max(0, offset - around);
    const int to = std::min(int(text.size()), offset + length + around);
    QString line = text.mid(from, to - from);
    line.replace(QLatin1Char('\n'), QChar(0x00B6));
    if (from > 0)
        line.prepend(QChar(0x2026));
    if (to < text.size())
        line.append(QChar(0x2026));
    return line;
}

bool TextSearch::applyHits(Story *story, QList<StoryHit> hits, int *replaced)
{
    // From the last hit to the first, so that earlier offsets stay valid.
    std::sort(hits.begin(), hits.end(),
              [](const StoryHit &a, const StoryHit &b) { return a.offset > b.offset; });
    int count = 0;
    int limit = story->characterCount() + story->paragraphs.size();
    for (const StoryHit &hit : hits) {
        if (hit.offset + hit.length > limit)
            continue; // overlaps a later hit already replaced
        const QString text = story->plainText();
        if (text.mid(hit.offset, hit.length) != hit.found)
            continue;
        if (!StoryText::replace(story, hit.offset, hit.length, hit.replacement))
            continue;
        limit = hit.offset;
        ++count;
    }
    if (replaced)
        *replaced = count;
    return count == hits.size();
}

bool TextSearch::replaceOne(Edition *edition, const StoryHit &hit)
{
    const Story *current = edition->story(hit.storyId);
    if (!current)
        return false;
    Story after = *current;
    int replaced = 0;
    applyHits(&after, {hit}, &replaced);
    if (replaced != 1)
        return false;
    edition->undoStack()->push(StoryCommand::change(
        edition, after, QCoreApplication::translate("folio", "替换“%1”").arg(hit.found)));
    return true;
}

int TextSearch::replaceAll(Edition *edition, const QList<StoryHit> &hits, const QString &label)
{
    QList<ObjectId> stories;
    for (const StoryHit &hit : hits)
        if (!stories.contains(hit.storyId))
            stories.append(hit.storyId);
    QList<Story> changed;
    int total = 0;
    for (ObjectId id : stories) {
        const Story *current = edition->story(id);
        if (!current)
            continue;
        Story after = *current;
        QList<StoryHit> own;
        for (const StoryHit &hit : hits)
            if (hit.storyId == id)
                own.append(hit);
        int replaced = 0;
        applyHits(&after, own, &replaced);
        if (replaced > 0) {
            changed.append(after);
            total += replaced;
        }
    }
    if (changed.isEmpty())
        return 0;
    QUndoStack *stack = edition->undoStack();
    stack->beginMacro(label);
    for (const Story &after : changed)
        stack->push(StoryCommand::change(edition, after, label));
    stack->endMacro();
    return total;
}

} // namespace folio
