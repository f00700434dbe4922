#include "app/styleactions.h"

#include "model/edition.h"
#include "model/resourcecommand.h"

#include <QSet>
#include <QUndoStack>
#include <algorithm>
#include <tuple>
#include <utility>

namespace folio::app {

namespace {
// Every inheritable field: identity (id, name, parent) and the role are the style's own.
auto fields(ParagraphStyle &s)
{
    return std::tie(s.fontFamily, s.fontStyle, s.size, s.leadingMode, s.leading, s.firstLineIndent,
                    s.spaceBefore, s.spaceAfter, s.alignment, s.letterSpacing, s.kinsoku,
                    s.punctuation, s.lineEndTrim, s.lineStartTrim, s.hanLatinSpacing,
                    s.hangingPunctuation, s.avoidLoneCharacter, s.color);
}

auto fields(CharacterStyle &s)
{
    return std::tie(s.fontFamily, s.fontStyle, s.size, s.hasColor, s.color, s.letterSpacing);
}

template <typename Style> Style inheritFields(Style oldParent, Style newParent, Style child)
{
    auto was = fields(oldParent);
    auto now = fields(newParent);
    auto own = fields(child);
    // Exact comparison on purpose: a child that copied its parent holds the very same value.
    [&]<std::size_t... I>(std::index_sequence<I...>)
    {
        ((std::get<I>(own) == std::get<I>(was) ? void(std::get<I>(own) = std::get<I>(now))
                                               : void()),
         ...);
    }
    (std::make_index_sequence<std::tuple_size_v<decltype(own)>>{});
    return child;
}

template <typename Style> const Style *findStyle(const QList<Style> &all, ObjectId id)
{
    for (const Style &s : all)
        if (s.id == id)
            return &s;
    return nullptr;
}

template <typename Style> bool isDescendant(const QList<Style> &all, ObjectId id, ObjectId of)
{
    QSet<ObjectId> seen;
    for (const Style *s = findStyle(all, id); s && !seen.contains(s->id);
         s = findStyle(all, s->basedOnId)) {
        if (s->id == of)
            return true;
        seen.insert(s->id);
    }
    return false;
}

template <typename Style> QString uniqueName(const QList<Style> &all, const QString &base)
{
    for (int n = 1;; ++n) {
        const QString name = QStringLiteral("%1 %2").arg(base).arg(n);
        if (std::none_of(all.begin(), all.end(), [&](const Style &s) { return s.name == name; }))
            return name;
    }
}
} // namespace

ParagraphStyle StyleActions::inherit(const ParagraphStyle &oldParent,
                                     const ParagraphStyle &newParent, ParagraphStyle child)
{
    return inheritFields(oldParent, newParent, std::move(child));
}

CharacterStyle StyleActions::inherit(const CharacterStyle &oldParent,
                                     const CharacterStyle &newParent, CharacterStyle child)
{
    return inheritFields(oldParent, newParent, std::move(child));
}

template <typename Style>
QString StyleActions::change(Edition *edition, const Style &after, const QList<Style> &all)
{
    const Style *before = findStyle(all, after.id);
    if (!before)
        return tr("样式不存在。");
    if (after.name.trimmed().isEmpty())
        return tr("样式名称不能为空。");
    if (after.basedOnId &&
        (after.basedOnId == after.id || isDescendant(all, after.basedOnId, after.id)))
        return tr("“%1”不能基于自己的下级样式。").arg(after.name);
    if (*before == after)
        return {};
    // Breadth first down the based-on tree: each changed style hands its old and new values
    // to its children.
    QList<std::pair<Style, Style>> changes{{*before, after}};
    for (int i = 0; i < changes.size(); ++i) {
        const auto [was, now] = changes[i];
        for (const Style &child : all) {
            if (child.basedOnId != was.id || child.id == after.id)
                continue;
            const Style inherited = inherit(was, now, child);
            if (!(inherited == child))
                changes.append({child, inherited});
        }
    }
    QUndoStack *stack = edition->undoStack();
    const QString label = tr("修改样式“%1”").arg(after.name);
    stack->beginMacro(label);
    for (const auto &[was, now] : std::as_const(changes))
        stack->push(ResourceCommand::put(edition, now, label));
    stack->endMacro();
    return {};
}

QString StyleActions::changeParagraphStyle(Edition *edition, const ParagraphStyle &after)
{
    return change(edition, after, edition->paragraphStyles());
}

QString StyleActions::changeCharacterStyle(Edition *edition, const CharacterStyle &after)
{
    return change(edition, after, edition->characterStyles());
}

template <typename Style>
ObjectId StyleActions::add(Edition *edition, ObjectId basedOnId, const QList<Style> &all,
                           const QString &baseName, const QString &label)
{
    Style style;
    const Style *base = findStyle(all, basedOnId);
    if (base)
        style = *base;
    style.id = edition->newId();
    style.basedOnId = base ? basedOnId : 0;
    style.name = uniqueName(all, baseName);
    edition->undoStack()->push(ResourceCommand::put(edition, style, label));
    return style.id;
}

ObjectId StyleActions::addParagraphStyle(Edition *edition, ObjectId basedOnId)
{
    return add(edition, basedOnId, edition->paragraphStyles(), tr("段落样式"), tr("新建段落样式"));
}

ObjectId StyleActions::addCharacterStyle(Edition *edition, ObjectId basedOnId)
{
    return add(edition, basedOnId, edition->characterStyles(), tr("字符样式"), tr("新建字符样式"));
}

template <typename Style, typename Uses>
QString StyleActions::remove(Edition *edition, ObjectId styleId, const QList<Style> &all, Uses uses)
{
    const Style *style = findStyle(all, styleId);
    if (!style)
        return tr("样式不存在。");
    for (const Story &story : edition->stories())
        for (const Paragraph &p : story.paragraphs)
            if (uses(p))
                return tr("稿件“%1”正在使用样式“%2”，无法删除。").arg(story.slug, style->name);
    const Style removed = *style;
    // A copy: each put below changes the edition's list while we walk it.
    const QList<Style> styles = all;
    QUndoStack *stack = edition->undoStack();
    stack->beginMacro(tr("删除样式“%1”").arg(removed.name));
    for (Style child : styles) {
        if (child.basedOnId != styleId)
            continue;
        child.basedOnId = removed.basedOnId;
        stack->push(ResourceCommand::put(edition, child, QString()));
    }
    stack->push(ResourceCommand::remove(edition, removed, QString()));
    stack->endMacro();
    return {};
}

QString StyleActions::removeParagraphStyle(Edition *edition, ObjectId styleId)
{
    return remove(edition, styleId, edition->paragraphStyles(),
                  [styleId](const Paragraph &p) { return p.styleId == styleId; });
}

QString StyleActions::removeCharacterStyle(Edition *edition, ObjectId styleId)
{
    return remove(edition, styleId, edition->characterStyles(), [styleId](const Paragraph &p) {
        return std::any_of(p.runs.begin(), p.runs.end(), [styleId](const TextRun &run) {
            return run.characterStyleId == styleId;
        });
    });
}

} // namespace folio::app
