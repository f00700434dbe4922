#pragma once

#include "core/ids.h"
#include "model/characterstyle.h"
#include "model/paragraphstyle.h"

#include <QCoreApplication>
#include <QString>

namespace folio {
class Edition;
}

namespace folio::app {

// Creating, changing and removing the edition's paragraph and character styles, each one
// undo step of ResourceCommands. A style holds every value resolved; basedOnId says where it
// came from, so changing a parent carries the change to each descendant field that still had
// the parent's old value (a child that set its own value keeps it).
class StyleActions
{
    Q_DECLARE_TR_FUNCTIONS(StyleActions)
public:
    // The child with each field that equalled oldParent's taken from newParent.
    static ParagraphStyle inherit(const ParagraphStyle &oldParent, const ParagraphStyle &newParent,
                                  ParagraphStyle child);
    static CharacterStyle inherit(const CharacterStyle &oldParent, const CharacterStyle &newParent,
                                  CharacterStyle child);

    // Replaces the style with after.id and propagates to its descendants. Refuses an empty
    // name and a based-on that would make a loop.
    static QString changeParagraphStyle(Edition *edition, const ParagraphStyle &after);
    static QString changeCharacterStyle(Edition *edition, const CharacterStyle &after);
    // A new style based on `basedOnId` (its values copied), or the defaults when 0.
    static ObjectId addParagraphStyle(Edition *edition, ObjectId basedOnId);
    static ObjectId addCharacterStyle(Edition *edition, ObjectId basedOnId);
    // Refused while a paragraph (or run) uses it; its children are then based on its parent.
    static QString removeParagraphStyle(Edition *edition, ObjectId styleId);
    static QString removeCharacterStyle(Edition *edition, ObjectId styleId);

private:
    template <typename Style>
    static QString change(Edition *edition, const Style &after, const QList<Style> &all);
    template <typename Style>
    static ObjectId add(Edition *edition, ObjectId basedOnId, const QList<Style> &all,
                        const QString &baseName, const QString &label);
    // `uses` says whether a paragraph refers to the style.
    template <typename Style, typename Uses>
    static QString remove(Edition *edition, ObjectId styleId, const QList<Style> &all, Uses uses);
};

} // namespace folio::app
