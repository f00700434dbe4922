#include "proof/noteformat.h"

#include "model/edition.h"
#include "proof/noteanchor.h"

#include <QCoreApplication>

namespace folio::proof {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("folio::proof::NoteFormat", text);
}

QString stateName(NoteAnchor::State state)
{
    switch (state) {
    case NoteAnchor::State::Unchanged:
    case NoteAnchor::State::Moved:
        return {};
    case NoteAnchor::State::TextChanged:
        return tr("标记的文字已改动");
    case NoteAnchor::State::Lost:
        return tr("原文已找不到");
    }
    return {};
}

NoteAnchor::Resolved resolved(const Edition &edition, const ProofNote &note)
{
    const Story *story = edition.story(note.storyId);
    return story ? NoteAnchor::resolve(note, *story) : NoteAnchor::Resolved{};
}
} // namespace

QString NoteFormat::kindName(NoteKind kind)
{
    switch (kind) {
    case NoteKind::Replace:
        return tr("改");
    case NoteKind::Delete:
        return tr("删");
    case NoteKind::Insert:
        return tr("增");
    case NoteKind::Swap:
        return tr("调");
    case NoteKind::Query:
        return tr("疑");
    }
    return {};
}

QString NoteFormat::statusName(NoteStatus status)
{
    switch (status) {
    case NoteStatus::Open:
        return tr("待处理");
    case NoteStatus::Done:
        return tr("已改");
    case NoteStatus::Declined:
        return tr("不改");
    }
    return {};
}

QString NoteFormat::pageName(const Edition &edition, ObjectId pageId)
{
    const Page *page = edition.page(pageId);
    if (!page)
        return tr("（版面已删除）");
    return page->section.isEmpty() ? tr("第%1版").arg(page->number)
                                   : tr("第%1版 %2").arg(page->number).arg(page->section);
}

QString NoteFormat::storyTitle(const Edition &edition, ObjectId storyId)
{
    const Story *story = edition.story(storyId);
    if (!story)
        return tr("（稿件已删除）");
    for (const Paragraph &p : story->paragraphs) {
        const ParagraphStyle *style = edition.paragraphStyle(p.styleId);
        if (style && style->role == ParagraphRole::Headline && p.length() > 0)
            return p.text();
    }
    if (!story->slug.isEmpty())
        return story->slug;
    return story->plainText().left(12);
}

QString NoteFormat::line(const Edition &edition, const ProofNote &note)
{
    QString text = tr("%1  《%2》  “%3”  %4")
                       .arg(pageName(edition, note.pageId), storyTitle(edition, note.storyId),
                            note.markedText, kindName(note.kind));
    if (!note.replacement.isEmpty())
        text += tr("：%1").arg(note.replacement);
    if (!note.comment.isEmpty())
        text += tr("（%1）").arg(note.comment);
    text += QStringLiteral("  ") + statusName(note.status);
    if (!note.author.isEmpty())
        text += QStringLiteral("  ") + note.author;
    const QString state = stateName(resolved(edition, note).state);
    if (note.status == NoteStatus::Open && !state.isEmpty())
        text += tr("  [%1]").arg(state);
    return text;
}

QJsonObject NoteFormat::json(const Edition &edition, const ProofNote &note)
{
    const NoteAnchor::Resolved now = resolved(edition, note);
    return QJsonObject{
        {QStringLiteral("id"), note.id},
        {QStringLiteral("page"), pageName(edition, note.pageId)},
        {QStringLiteral("pageId"), note.pageId},
        {QStringLiteral("proofId"), note.proofId},
        {QStringLiteral("storyId"), note.storyId},
        {QStringLiteral("story"), storyTitle(edition, note.storyId)},
        {QStringLiteral("offset"), now.isFound() ? now.offset : note.offset},
        {QStringLiteral("length"), now.isFound() ? now.length : note.length},
        {QStringLiteral("markedText"), note.markedText},
        {QStringLiteral("markedTextChanged"), now.state == NoteAnchor::State::TextChanged},
        {QStringLiteral("found"), now.isFound()},
        {QStringLiteral("kind"), kindName(note.kind)},
        {QStringLiteral("replacement"), note.replacement},
        {QStringLiteral("comment"), note.comment},
        {QStringLiteral("author"), note.author},
        {QStringLiteral("time"), note.time.toUTC().toString(Qt::ISODateWithMs)},
        {QStringLiteral("status"), statusName(note.status)},
        {QStringLiteral("reply"), note.reply}};
}

} // namespace folio::proof
