#include "proof/signoff.h"

#include "layout/layoutengine.h"
#include "model/edition.h"
#include "model/signaturecommand.h"
#include "proof/pagefingerprint.h"
#include "proof/signoffformat.h"
#include "proof/textmapbuilder.h"

#include <algorithm>

namespace folio::proof {

SignOff::SignOff(Edition *edition, LayoutProvider layout)
    : m_edition(edition), m_layout(std::move(layout))
{
    if (!m_layout)
        m_engine = std::make_unique<LayoutEngine>(edition);
}

SignOff::~SignOff() = default;

PageLayout SignOff::layout(int pageIndex) const
{
    return m_layout ? m_layout(pageIndex) : m_engine->layoutPage(pageIndex);
}

SignOff::Snapshot SignOff::snapshot(int pageIndex) const
{
    Snapshot s;
    const PageLayout pageLayout = layout(pageIndex);
    s.fingerprint = PageFingerprint::compute(pageLayout, *m_edition);
    s.textMap = TextMapBuilder::build(pageLayout, *m_edition);
    for (const Frame &frame : m_edition->pages()[pageIndex].frames)
        s.frames.append({frame.id, frame.rect});
    return s;
}

SignOff::PageState SignOff::state(int pageIndex) const
{
    PageState state;
    if (pageIndex < 0 || pageIndex >= m_edition->pages().size())
        return state;
    state.pageId = m_edition->pages()[pageIndex].id;
    state.fingerprint = PageFingerprint::compute(layout(pageIndex), *m_edition);
    bool anyValid = false;
    bool anyRevoked = false;
    bool allValid = !m_edition->signOffSettings().levels.isEmpty();
    for (const QString &level : m_edition->signOffSettings().levels) {
        LevelState ls;
        ls.level = level;
        for (const PageSignature &s : m_edition->signatures())
            if (s.pageId == state.pageId && s.level == level)
                ls.signature = &s;
        ls.valid = ls.signature && ls.signature->fingerprint == state.fingerprint;
        anyValid = anyValid || ls.valid;
        anyRevoked = anyRevoked || (ls.signature && !ls.valid);
        allValid = allValid && ls.valid;
        state.levels.append(ls);
    }
    state.status = allValid     ? Status::Signed
                   : anyRevoked ? Status::ChangedSinceSigned
                   : anyValid   ? Status::Partly
                                : Status::Unsigned;
    return state;
}

QString SignOff::statusName(Status status)
{
    switch (status) {
    case Status::Unsigned:
        return tr("未签");
    case Status::Partly:
        return tr("签版中");
    case Status::Signed:
        return tr("已签");
    case Status::ChangedSinceSigned:
        return tr("签后改动");
    }
    return {};
}

QString SignOff::signedLine(const Edition &edition, ObjectId pageId, const QByteArray &fingerprint)
{
    QStringList parts;
    for (const QString &level : edition.signOffSettings().levels) {
        const PageSignature *latest = nullptr;
        for (const PageSignature &s : edition.signatures())
            if (s.pageId == pageId && s.level == level)
                latest = &s;
        if (latest && latest->fingerprint == fingerprint)
            parts.append(
                QStringLiteral("%1 %2 %3")
                    .arg(level, latest->user,
                         latest->time.toLocalTime().toString(QStringLiteral("MM-dd HH:mm"))));
    }
    return parts.join(tr("，"));
}

QList<const ProofNote *> SignOff::openNotes(ObjectId pageId) const
{
    QList<const ProofNote *> open;
    for (const ProofNote &note : m_edition->notes())
        if (note.pageId == pageId && note.status == NoteStatus::Open)
            open.append(&note);
    return open;
}

SignatureCommand *SignOff::sign(int pageIndex, const QString &level, const QString &user,
                                const QDateTime &time, const QString &overrideReason,
                                QString *error) const
{
    const auto fail = [error](const QString &why) -> SignatureCommand * {
        if (error)
            *error = why;
        return nullptr;
    };
    if (pageIndex < 0 || pageIndex >= m_edition->pages().size())
        return fail(
            tr("没有第 %1 页（本期共 %2 页）。").arg(pageIndex + 1).arg(m_edition->pages().size()));
    const QStringList &levels = m_edition->signOffSettings().levels;
    const int rank = int(levels.indexOf(level));
    if (rank < 0)
        return fail(tr("没有签版级别“%1”（本期的级别：%2）。")
                        .arg(level, levels.join(QStringLiteral(" → "))));
    const Page &page = m_edition->pages()[pageIndex];
    const PageState now = state(pageIndex);
    for (int i = 0; i < rank; ++i)
        if (!now.levels[i].valid)
            return fail(tr("第 %1 页还没有“%2”的有效签字：按 %3 的顺序签版。")
                            .arg(pageIndex + 1)
                            .arg(levels[i], levels.join(QStringLiteral(" → "))));
    if (now.levels[rank].valid)
        return fail(tr("第 %1 页“%2”已签（%3，%4），版面此后未改动。")
                        .arg(pageIndex + 1)
                        .arg(level, now.levels[rank].signature->user,
                             now.levels[rank].signature->time.toLocalTime().toString(
                                 QStringLiteral("yyyy-MM-dd HH:mm"))));
    const QList<const ProofNote *> open = openNotes(page.id);
    const QString reason = overrideReason.trimmed();
    if (!open.isEmpty() && reason.isEmpty())
        return fail(
            tr("第 %1 页还有 %2 条校对意见待处理：全部已改或不改后才能签版，或说明理由强行签版。")
                .arg(pageIndex + 1)
                .arg(open.size()));

    const Snapshot s = snapshot(pageIndex);
    PageSignature signature;
    signature.id = m_edition->newId();
    signature.pageId = page.id;
    signature.level = level;
    signature.user = user;
    // Stored to the millisecond in UTC: the record reads back equal.
    signature.time = QDateTime::fromMSecsSinceEpoch(time.toMSecsSinceEpoch(), Qt::UTC);
    signature.fingerprint = s.fingerprint;
    signature.textMap = s.textMap;
    signature.frames = s.frames;
    // The reason is kept only when it overrode something.
    if (!open.isEmpty())
        signature.overrideReason = reason;
    return SignatureCommand::sign(m_edition, signature);
}

SignatureCommand *SignOff::unsign(int pageIndex, const QString &level, QString *error) const
{
    const PageState now = state(pageIndex);
    int rank = -1;
    for (int i = 0; i < now.levels.size(); ++i)
        if (now.levels[i].level == level)
            rank = i;
    if (rank < 0 || !now.levels[rank].signature) {
        if (error)
            *error = tr("第 %1 页没有“%2”的签字。").arg(pageIndex + 1).arg(level);
        return nullptr;
    }
    // The later levels signed on top of this one: their valid signatures go with it.
    QList<ObjectId> ids;
    for (int i = rank; i < now.levels.size(); ++i)
        if (i == rank || now.levels[i].valid)
            ids.append(now.levels[i].signature->id);
    return SignatureCommand::unsign(m_edition, ids, level);
}

SignOff::Changes SignOff::changesSinceSignature(int pageIndex) const
{
    Changes changes;
    if (pageIndex < 0 || pageIndex >= m_edition->pages().size())
        return changes;
    const ObjectId pageId = m_edition->pages()[pageIndex].id;
    for (const PageSignature &s : m_edition->signatures())
        if (s.pageId == pageId)
            changes.since = &s;
    if (!changes.since)
        return changes;
    const Snapshot now = snapshot(pageIndex);
    changes.changed = now.fingerprint != changes.since->fingerprint;
    changes.text = ProofComparer::compareTextMaps(changes.since->textMap, now.textMap);
    const Page &page = m_edition->pages()[pageIndex];
    for (const SignedFrame &before : changes.since->frames) {
        const Frame *after = page.frame(before.frameId);
        if (!after)
            changes.moved.append({before.frameId, QString(), before.rect, QRectF()});
        else if (after->rect != before.rect)
            changes.moved.append({before.frameId, after->name, before.rect, after->rect});
    }
    for (const SignedFrame &after : now.frames) {
        const bool known =
            std::any_of(changes.since->frames.cbegin(), changes.since->frames.cend(),
                        [&](const SignedFrame &f) { return f.frameId == after.frameId; });
        if (!known)
            changes.moved.append(
                {after.frameId, page.frame(after.frameId)->name, QRectF(), after.rect});
    }
    return changes;
}

QStringList SignOff::describe(const Changes &changes)
{
    QStringList lines;
    if (!changes.since)
        return {tr("此版从未签过。")};
    lines.append(
        tr("上次签版：%1 %2（%3）")
            .arg(changes.since->level, changes.since->user,
                 changes.since->time.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"))));
    if (!changes.changed) {
        lines.append(tr("签版后版面没有改动。"));
        return lines;
    }
    lines.append(ProofComparer::summary(changes.text));
    for (const ProofComparer::Change &c : changes.text.changes)
        lines.append(SignOffFormat::change(c));
    const auto mm = [](const QRectF &r) {
        return tr("%1, %2 mm")
            .arg(r.x() / 72.0 * 25.4, 0, 'f', 1)
            .arg(r.y() / 72.0 * 25.4, 0, 'f', 1);
    };
    for (const MovedFrame &m : changes.moved) {
        const QString name = m.name.isEmpty() ? tr("框 %1").arg(m.frameId) : m.name;
        if (m.before.isNull())
            lines.append(tr("新框：%1（%2）").arg(name, mm(m.after)));
        else if (m.after.isNull())
            lines.append(tr("删去的框：%1").arg(name));
        else
            lines.append(tr("移动或改变大小：%1（%2 → %3，%4 × %5 mm）")
                             .arg(name, mm(m.before), mm(m.after))
                             .arg(m.after.width() / 72.0 * 25.4, 0, 'f', 1)
                             .arg(m.after.height() / 72.0 * 25.4, 0, 'f', 1));
    }
    if (changes.text.changes.isEmpty() && changes.moved.isEmpty())
        lines.append(tr("文字和框的位置未变，其他印出的内容（样式、颜色、图片、线条）有改动。"));
    return lines;
}

} // namespace folio::proof
