// folio-cli signoff EDITION.folio [--json] [--levels 责编,夜班主任,值班总编] [--require on|off]:
// every page's sign-off status (levels, who and when, valid or changed since signing); with
// --levels or --require, sets the edition's sign-off levels or whether export needs a
// signature on every page (saved, under the edition's lock).

#include "clicommand.h"
#include "commandline.h"

#include "model/edition.h"
#include "model/signoffsettingscommand.h"
#include "proof/exportguard.h"
#include "proof/signoff.h"
#include "proof/signoffformat.h"
#include "store/editionlock.h"
#include "store/editionstore.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTextStream>
#include <QUndoStack>

namespace {

using namespace folio;

QString tr(const char *text)
{
    return QCoreApplication::translate("folio::cli::signoff", text);
}

int runSignOff(const QStringList &args, QTextStream &out, QTextStream &err)
{
    const QString usage = tr("用法：folio-cli signoff EDITION.folio [--json] "
                             "[--levels 级别1,级别2,…] [--require on|off]");
    cli::CommandLine line;
    if (!line.parse(args, {QStringLiteral("--levels"), QStringLiteral("--require")},
                    {QStringLiteral("--json")})) {
        err << usage << "\n";
        return 2;
    }
    const QString input = line.positional().value(0);
    const QString levelsSpec = line.value(QStringLiteral("--levels"));
    const QString require = line.value(QStringLiteral("--require"));
    if (input.isEmpty() ||
        (!require.isEmpty() && require != QLatin1String("on") && require != QLatin1String("off"))) {
        err << usage << "\n";
        return 2;
    }
    QStringList levels;
    for (const QString &level : levelsSpec.split(QRegularExpression(QStringLiteral("[,，]"))))
        if (!level.trimmed().isEmpty())
            levels.append(level.trimmed());
    if (!levelsSpec.isNull() && (levels.isEmpty() || levels.removeDuplicates() > 0)) {
        err << "folio-cli signoff: "
            << tr("签版级别“%1”不对：至少一级，各级名称不能重复。").arg(levelsSpec) << "\n";
        return 2;
    }
    const bool changing = !levels.isEmpty() || !require.isEmpty();

    store::EditionLock lock(input);
    if (changing && !lock.tryLock() && lock.isHeldByOther()) {
        err << "folio-cli signoff: " << tr("不能修改：%1").arg(lock.errorString()) << "\n";
        return 1;
    }
    OpenResult opened = EditionStore::open(input, changing ? EditionStore::OpenMode::ReadWrite
                                                           : EditionStore::OpenMode::ReadOnly);
    if (!opened.isOk()) {
        err << "folio-cli signoff: " << opened.error << "\n";
        return 1;
    }
    Edition &edition = *opened.edition;
    if (changing) {
        if (opened.readOnly) {
            err << "folio-cli signoff: " << tr("%1 是只读文件，签版级别无法修改。").arg(input)
                << "\n";
            return 1;
        }
        SignOffSettings settings = edition.signOffSettings();
        if (!levels.isEmpty())
            settings.levels = levels;
        if (!require.isEmpty())
            settings.requireSignature = require == QLatin1String("on");
        edition.undoStack()->push(new SignOffSettingsCommand(&edition, settings));
        QString error;
        if (!EditionStore::save(edition, input, &error)) {
            err << "folio-cli signoff: " << tr("没有保存：%1").arg(error) << "\n";
            return 1;
        }
    }

    proof::SignOff signOff(&edition);
    const SignOffSettings &settings = edition.signOffSettings();
    if (line.isSet(QStringLiteral("--json"))) {
        QJsonArray pages;
        for (int i = 0; i < edition.pages().size(); ++i)
            pages.append(proof::SignOffFormat::json(edition, i, signOff.state(i)));
        const QJsonObject root{
            {QStringLiteral("levels"), QJsonArray::fromStringList(settings.levels)},
            {QStringLiteral("requireSignature"), settings.requireSignature},
            {QStringLiteral("inForce"), proof::ExportGuard::isInForce(edition)},
            {QStringLiteral("pages"), pages}};
        out << QString::fromUtf8(QJsonDocument(root).toJson(QJsonDocument::Indented));
        return 0;
    }
    out << tr("签版级别：%1").arg(settings.levels.join(QStringLiteral(" → ")));
    out << (proof::ExportGuard::isInForce(edition) ? tr("（发厂须签版）") : tr("（尚未启用）"))
        << "\n";
    for (int i = 0; i < edition.pages().size(); ++i)
        out << proof::SignOffFormat::line(edition, i, signOff.state(i)) << "\n";
    return 0;
}

} // namespace

FOLIO_CLI_COMMAND(signoff, QStringLiteral("signoff"),
                  QStringLiteral("signoff EDITION.folio [--json] [--levels A,B,C] "
                                 "[--require on|off]"),
                  QStringLiteral("sign-off status per page; set the sign-off levels"), &runSignOff);
