#pragma once

#include "core/ids.h"
#include "model/story.h"
#include "model/textmatcher.h"

#include <QList>
#include <QString>

namespace folio {

class Edition;

// One place in a story's text (plainText() offsets, paragraphs joined by '\n') that a search or
// the word check found, with what should replace it (empty when nothing is suggested).
struct StoryHit
{
    ObjectId storyId = 0;
    int offset = 0;
    int length = 0;
    QString found;
    QString replacement;
    bool operator==(const StoryHit &) const = default;
};

// 查找/替换 over an edition's stories, shared by the app and folio-cli. Replacing goes through
// StoryCommand on the edition's undo stack; replacing all is one undo step.
class TextSearch
{
public:
    // Every hit of matcher in the story storyId, or in every story in the edition's order when
    // storyId is 0. Each hit's replacement is matcher.replacementFor(hit, replacement).
    static QList<StoryHit> find(const Edition &edition, const TextMatcher &matcher,
                                ObjectId storyId = 0, const QString &replacement = {});
    // The text around a hit, on one line (paragraph ends shown as ¶).
    static QString context(const QString &text, int offset, int length, int around = 12);

    // Replaces one hit if the story still has hit.found at hit.offset; one undo step.
    static bool replaceOne(Edition *edition, const StoryHit &hit);
    // Replaces every hit (of any stories) by its replacement in one undo step named `label`;
    // hits that no longer match their text are skipped. Returns how many were replaced.
    static int replaceAll(Edition *edition, const QList<StoryHit> &hits, const QString &label);
    // story with the given hits (all of this story, not overlapping) replaced; false when one
    // no longer matches the text.
    static bool applyHits(Story *story, QList<StoryHit> hits, int *replaced = nullptr);
};

} // namespace folio
