// folio-cli sign EDITION.folio --page N --level LEVEL [--user NAME] [--override REASON]:
// signs a page at one level (签版). Refused, with the edition untouched, when an earlier level
// has no valid signature, the level already signed this page as it prints now, or notes on the
// page are still 待处理 and no --override reason is given. A page signed before and changed
// since shows what changed (text, reflow-aware, and frames) before it is signed again.

#include "clicommand.h"
#include "commandline.h"

#include "model/edition.h"
#include "model/signaturecommand.h"
#include "proof/signoff.h"
#include "proof/signoffformat.h"
#include "store/editionlock.h"
#include "store/editionstore.h"

#include <QCoreApplication>
#include <QTextStream>
#include <QUndoStack>

namespace {

using namespace folio;

QString tr(const char *text)
{
    return QCoreApplication::translate("folio::cli::sign", text);
}

int runSign(const QStringList &args, QTextStream &out, QTextStream &err)
{
    const QString usage = tr("用法：folio-cli sign EDITION.folio --page N --level 级别 "
                             "[--user NAME] [--override 理由]");
    cli::CommandLine line;
    if (!line.parse(args, {QStringLiteral("--page"), QStringLiteral("--level"),
                           QStringLiteral("--user"), QStringLiteral("--override")})) {
        err << usage << "\n";
        return 2;
    }
    const QString input = line.positional().value(0);
    bool numberOk = false;
    const int pageNumber = line.value(QStringLiteral("--page")).toInt(&numberOk);
    const QString level = line.value(QStringLiteral("--level")).trimmed();
    const QString user = line.value(QStringLiteral("--user"), qEnvironmentVariable("USER"));
    const QString reason = line.value(QStringLiteral("--override"));
    if (input.isEmpty() || !numberOk || level.isEmpty()) {
        err << usage << "\n";
        return 2;
    }

    store::EditionLock lock(input);
    if (!lock.tryLock() && lock.isHeldByOther()) {
        err << "folio-cli sign: " << tr("不能签版：%1").arg(lock.errorString()) << "\n";
        return 1;
    }
    OpenResult opened = EditionStore::open(input);
    if (!opened.isOk()) {
        err << "folio-cli sign: " << opened.error << "\n";
        return 1;
    }
    if (opened.readOnly) {
        err << "folio-cli sign: "
            << tr("%1 无法写入（%2），签字无法记录。")
                   .arg(input,
                        opened.readOnlyReason.isEmpty() ? tr("只读文件") : opened.readOnlyReason)
            << "\n";
        return 1;
    }
    Edition &edition = *opened.edition;
    const int pageIndex = pageNumber - 1;
    proof::SignOff signOff(&edition);

    // Signing again after a change: what changed since the last signature, exactly.
    if (pageIndex >= 0 && pageIndex < edition.pages().size()) {
        const proof::SignOff::Changes changes = signOff.changesSinceSignature(pageIndex);
        if (changes.since && changes.changed)
            for (const QString &text : proof::SignOff::describe(changes))
                out << text << "\n";
    }
    QString error;
    SignatureCommand *command =
        signOff.sign(pageIndex, level, user, QDateTime::currentDateTimeUtc(), reason, &error);
    if (!command) {
        err << "folio-cli sign: " << error << "\n";
        return 1;
    }
    edition.undoStack()->push(command);
    if (!EditionStore::save(edition, input, &error)) {
        err << "folio-cli sign: " << tr("签字没有保存：%1").arg(error) << "\n";
        return 1;
    }
    const PageSignature &signature = edition.signatures().last();
    out << tr("第 %1 页 %2 已签（%3）").arg(pageNumber).arg(level, signature.user);
    if (!signature.overrideReason.isEmpty())
        out << tr("，有待处理的校对意见，理由：%1").arg(signature.overrideReason);
    out << "\n" << proof::SignOffFormat::line(edition, pageIndex, signOff.state(pageIndex)) << "\n";
    return 0;
}

} // namespace

FOLIO_CLI_COMMAND(sign, QStringLiteral("sign"),
                  QStringLiteral("sign EDITION.folio --page N --level LEVEL [--user NAME] "
                                 "[--override REASON]"),
                  QStringLiteral("sign a page at one sign-off level (签版)"), &runSign);
