#include "proof/exportguard.h"

#include "model/edition.h"

namespace folio::proof {

ExportGuard::ExportGuard(Edition *edition, SignOff::LayoutProvider layout)
    : m_edition(edition), m_signOff(edition, std::move(layout))
{}

bool ExportGuard::isInForce(const Edition &edition)
{
    return edition.signOffSettings().requireSignature || !edition.signatures().isEmpty();
}

QString ExportGuard::pageLabel(const Edition &edition, int pageIndex)
{
    const Page &page = edition.pages()[pageIndex];
    const QString name = page.section.isEmpty()
                             ? tr("第%1版").arg(page.number)
                             : tr("%1 第%2版").arg(page.section).arg(page.number);
    return tr("第 %1 页（%2）").arg(pageIndex + 1).arg(name);
}

ExportGuard::Verdict ExportGuard::check(int pageIndex) const
{
    Verdict verdict;
    if (!isInForce(*m_edition))
        return verdict;
    const SignOff::PageState state = m_signOff.state(pageIndex);
    if (state.isSigned())
        return verdict;
    verdict.allowed = false;
    QStringList revoked;
    QStringList missing;
    for (const SignOff::LevelState &level : state.levels) {
        if (level.valid)
            continue;
        if (level.signature)
            revoked.append(tr("%1（%2 签于 %3）")
                               .arg(level.level, level.signature->user,
                                    level.signature->time.toLocalTime().toString(
                                        QStringLiteral("yyyy-MM-dd HH:mm"))));
        else
            missing.append(level.level);
    }
    QStringList why;
    if (!revoked.isEmpty())
        why.append(tr("签版后有改动，这些签字已失效：%1").arg(revoked.join(tr("、"))));
    if (!missing.isEmpty())
        why.append(tr("还没有签：%1").arg(missing.join(tr("、"))));
    if (state.levels.isEmpty())
        why.append(tr("本期没有设签版级别"));
    verdict.problem =
        tr("%1 不能发厂：%2。").arg(pageLabel(*m_edition, pageIndex), why.join(tr("；")));
    return verdict;
}

const SentFile *ExportGuard::recordSent(int pageIndex, const QString &path, const QString &user,
                                        const QDateTime &time, const QString &overrideReason)
{
    const SignOff::Snapshot now = m_signOff.snapshot(pageIndex);
    SentFile sent;
    sent.id = m_edition->newId();
    sent.pageId = m_edition->pages()[pageIndex].id;
    sent.time = QDateTime::fromMSecsSinceEpoch(time.toMSecsSinceEpoch(), Qt::UTC);
    sent.user = user;
    sent.path = path;
    sent.fingerprint = now.fingerprint;
    sent.textMap = now.textMap;
    sent.overrideReason = overrideReason.trimmed();
    m_edition->putSentFile(sent);
    return &m_edition->sentFiles().last();
}

QList<const SentFile *> ExportGuard::sentFiles(const Edition &edition, ObjectId pageId)
{
    QList<const SentFile *> files;
    for (const SentFile &s : edition.sentFiles())
        if (s.pageId == pageId)
            files.append(&s);
    return files;
}

bool ExportGuard::compareSent(const Edition &edition, ObjectId pageId,
                              ProofComparer::Result *result, QString *error)
{
    const QList<const SentFile *> files = sentFiles(edition, pageId);
    if (files.size() < 2) {
        if (error)
            *error =
                files.isEmpty()
                    ? tr("这一版还没有发过厂。")
                    : tr("这一版只发过一次（%1），没有可比较的替换文件。").arg(files.first()->path);
        return false;
    }
    *result =
        ProofComparer::compareTextMaps(files[files.size() - 2]->textMap, files.last()->textMap);
    return true;
}

} // namespace folio::proof
