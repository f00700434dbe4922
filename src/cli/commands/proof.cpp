// folio-cli proof EDITION.folio -o DIR [--pages 1,3-5] [--user NAME]: one proof PDF per page
// (出校样), each recorded in the edition with its 校次, time, user and text map. The edition
// is saved before any PDF is written, so a proof on disk is always one the edition knows.

#include "clicommand.h"
#include "commandline.h"

#include "model/edition.h"
#include "pdf/filenamepattern.h"
#include "proof/proofwriter.h"
#include "store/editionstore.h"

#include <QCoreApplication>
#include <QDir>
#include <QSaveFile>
#include <QTextStream>

namespace {

using namespace folio;

QString tr(const char *text)
{
    return QCoreApplication::translate("folio::cli::proof", text);
}

int runProof(const QStringList &args, QTextStream &out, QTextStream &err)
{
    const QString usage =
        tr("用法：folio-cli proof EDITION.folio -o DIR [--pages 1,3-5] [--user NAME]");
    cli::CommandLine line;
    if (!line.parse(args, {QStringLiteral("--output"), QStringLiteral("--pages"),
                           QStringLiteral("--user")})) {
        err << usage << "\n";
        return 2;
    }
    const QString input = line.positional().value(0);
    const QString output = line.value(QStringLiteral("--output"));
    const QString pageSpec = line.value(QStringLiteral("--pages"));
    const QString user = line.value(QStringLiteral("--user"), qEnvironmentVariable("USER"));
    if (input.isEmpty() || output.isEmpty()) {
        err << usage << "\n";
        return 2;
    }

    OpenResult opened = EditionStore::open(input);
    if (!opened.isOk()) {
        err << "folio-cli proof: " << opened.error << "\n";
        return 1;
    }
    if (opened.readOnly) {
        err << "folio-cli proof: " << tr("%1 是只读文件，校样无法记录在这期里。").arg(input)
            << "\n";
        return 1;
    }
    Edition &edition = *opened.edition;
    const int pageCount = int(edition.pages().size());
    if (pageCount == 0) {
        err << "folio-cli proof: " << tr("这期没有版面，没有可出校样的内容。") << "\n";
        return 1;
    }
    QList<int> pages;
    QString pageError;
    if (!cli::selectPages(pageSpec, pageCount, &pages, &pageError)) {
        err << "folio-cli proof: " << pageError << "\n";
        return 2;
    }
    if (!QDir().mkpath(output)) {
        err << "folio-cli proof: " << tr("无法创建文件夹 %1。").arg(output) << "\n";
        return 1;
    }

    proof::ProofWriter writer(&edition);
    const QDateTime now = QDateTime::currentDateTime();
    QList<ObjectId> issued;
    for (int index : pages) {
        QString error;
        const ProofRecord *proof = writer.issue(index, user, now, &error);
        if (!proof) {
            err << "folio-cli proof: " << error << "\n";
            return 1;
        }
        issued.append(proof->id);
    }
    QString error;
    if (!EditionStore::save(edition, input, &error)) {
        err << "folio-cli proof: " << tr("校样未记录，没有写出：%1").arg(error) << "\n";
        return 1;
    }

    const QString paper =
        edition.info().paperName.isEmpty() ? edition.info().name : edition.info().paperName;
    int failures = 0;
    for (ObjectId id : std::as_const(issued)) {
        const ProofRecord &proof = *edition.proof(id);
        const Page &page = *edition.page(proof.pageId);
        const QString name = pdf::FileNamePattern::expand(
            QStringLiteral("{paper}_{yyyymmdd}_{section}{page:02}_校{version}.pdf"),
            {paper, edition.info().date, page.section, page.number, proof.round}, &error);
        const QString path = QDir(output).filePath(name);
        QSaveFile file(path);
        const bool ok = !name.isEmpty() && file.open(QIODevice::WriteOnly) &&
                        file.write(proof.pdf) == proof.pdf.size() && file.commit();
        out << tr("第 %1 页 第%2校 → %3：%4")
                   .arg(edition.pageIndex(page.id) + 1)
                   .arg(proof.round)
                   .arg(path, ok ? tr("完成") : tr("失败"))
            << "\n";
        if (!ok) {
            err << "folio-cli proof: " << tr("%1：%2").arg(path, file.errorString()) << "\n";
            ++failures;
        }
    }
    return failures ? 1 : 0;
}

} // namespace

FOLIO_CLI_COMMAND(proof, QStringLiteral("proof"),
                  QStringLiteral("proof EDITION.folio -o DIR [--pages 1,3-5] [--user NAME]"),
                  QStringLiteral("write a proof PDF per page and record it (校次, user, text map)"),
                  &runProof);
