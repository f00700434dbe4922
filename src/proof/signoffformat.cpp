#include "proof/signoffformat.h"

#include "model/edition.h"
#include "proof/exportguard.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace folio::proof {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("folio::proof::SignOffFormat", text);
}

QString timeText(const QDateTime &time)
{
    return time.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

} // namespace

QString SignOffFormat::statusKey(SignOff::Status status)
{
    switch (status) {
    case SignOff::Status::Unsigned:
        return QStringLiteral("unsigned");
    case SignOff::Status::Partly:
        return QStringLiteral("partly");
    case SignOff::Status::Signed:
        return QStringLiteral("signed");
    case SignOff::Status::ChangedSinceSigned:
        return QStringLiteral("changed");
    }
    return {};
}

QString SignOffFormat::levels(const SignOff::PageState &state)
{
    QStringList parts;
    for (const SignOff::LevelState &level : state.levels) {
        if (!level.signature) {
            parts.append(tr("%1 —").arg(level.level));
            continue;
        }
        QString part = tr("%1 %2 %3（%4）")
                           .arg(level.level, level.signature->user, timeText(level.signature->time),
                                level.valid ? tr("有效") : tr("签后改动，已失效"));
        if (!level.signature->overrideReason.isEmpty())
            part += tr("［有待处理意见时签，理由：%1］").arg(level.signature->overrideReason);
        parts.append(part);
    }
    return parts.join(QStringLiteral("  "));
}

QString SignOffFormat::line(const Edition &edition, int pageIndex, const SignOff::PageState &state)
{
    return QStringLiteral("%1  %2  %3")
        .arg(ExportGuard::pageLabel(edition, pageIndex), SignOff::statusName(state.status),
             levels(state));
}

QJsonObject SignOffFormat::json(const Edition &edition, int pageIndex,
                                const SignOff::PageState &state)
{
    const Page &page = edition.pages()[pageIndex];
    QJsonArray levelArray;
    for (const SignOff::LevelState &level : state.levels) {
        QJsonObject o{{QStringLiteral("level"), level.level},
                      {QStringLiteral("signed"), level.signature != nullptr},
                      {QStringLiteral("valid"), level.valid}};
        if (level.signature) {
            o.insert(QStringLiteral("user"), level.signature->user);
            o.insert(QStringLiteral("time"),
                     level.signature->time.toUTC().toString(Qt::ISODateWithMs));
            o.insert(QStringLiteral("overrideReason"), level.signature->overrideReason);
        }
        levelArray.append(o);
    }
    const QList<const SentFile *> sent = ExportGuard::sentFiles(edition, page.id);
    QJsonObject o{{QStringLiteral("page"), pageIndex + 1},
                  {QStringLiteral("section"), page.section},
                  {QStringLiteral("number"), page.number},
                  {QStringLiteral("status"), statusKey(state.status)},
                  {QStringLiteral("statusName"), SignOff::statusName(state.status)},
                  {QStringLiteral("fingerprint"), QString::fromLatin1(state.fingerprint.toHex())},
                  {QStringLiteral("levels"), levelArray},
                  {QStringLiteral("sent"), int(sent.size())}};
    if (!sent.isEmpty()) {
        o.insert(QStringLiteral("lastSentPath"), sent.last()->path);
        o.insert(QStringLiteral("lastSentTime"),
                 sent.last()->time.toUTC().toString(Qt::ISODateWithMs));
        o.insert(QStringLiteral("changedSinceSent"), sent.last()->fingerprint != state.fingerprint);
    }
    return o;
}

QString SignOffFormat::change(const ProofComparer::Change &change)
{
    if (change.oldText.isEmpty())
        return tr("增：“%1”").arg(change.newText);
    if (change.newText.isEmpty())
        return tr("删：“%1”").arg(change.oldText);
    return tr("改：“%1” → “%2”").arg(change.oldText, change.newText);
}

} // namespace folio::proof
