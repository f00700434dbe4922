// folio-cli page PAGE.txt -o OUT.pdf: imports a page of story text (docs/ingest-format.md),
// places it on a page template, writes the print PDF and prints the import report. With
// --edition FILE a new FILE is created; an existing edition is changed only on the page named
// by --page N (and, when that page has frames, only with --replace). Everything that can make
// the command refuse is checked before anything is written, so a refused command leaves the
// edition and the PDF untouched.

#include "clicommand.h"

#include "ingest/pageimporter.h"
#include "layout/layoutengine.h"
#include "model/edition.h"
#include "pdf/pdfxwriter.h"
#include "store/editionlock.h"
#include "store/editionstore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QTextStream>

namespace {

using namespace folio;

QString tr(const char *text)
{
    return QCoreApplication::translate("folio::cli::page", text);
}

struct PageArgs
{
    QString input;
    QString output;
    QString editionPath;
    int page = 0; // --page N, 1-based; 0: not given
    bool replace = false;
    bool templateGiven = false;
    ingest::ImportOptions options;
};

// Parses the arguments; returns false on bad usage.
bool parse(const QStringList &args, PageArgs *p)
{
    for (int i = 0; i < args.size(); ++i) {
        const QString &a = args[i];
        const bool hasValue = i + 1 < args.size();
        bool ok = true;
        if ((a == QLatin1String("-o") || a == QLatin1String("--output")) && hasValue) {
            p->output = args[++i];
        } else if (a == QLatin1String("--template") && hasValue) {
            p->options.templateKey = args[++i];
            p->templateGiven = true;
        } else if (a == QLatin1String("--edition") && hasValue) {
            p->editionPath = args[++i];
        } else if (a == QLatin1String("--page") && hasValue) {
            p->page = args[++i].toInt(&ok);
            ok = ok && p->page >= 1;
        } else if (a == QLatin1String("--replace")) {
            p->replace = true;
        } else if (a == QLatin1String("--max-picture-mb") && hasValue) {
            const int mb = args[++i].toInt(&ok);
            ok = ok && mb >= 1 && mb <= 4096;
            p->options.maxPictureBytes = qint64(mb) * 1024 * 1024;
        } else if (!a.startsWith(QLatin1Char('-')) && p->input.isEmpty()) {
            p->input = a;
        } else {
            ok = false;
        }
        if (!ok)
            return false;
    }
    // --page and --replace say where in an edition the page goes.
    return !p->input.isEmpty() && !p->output.isEmpty() &&
           (p->editionPath.isEmpty() ? p->page == 0 && !p->replace : true);
}

// The edition the page goes into and where: a new one, or page `index` of an existing one.
// Returns an error (exit 1) when the command must be refused; nothing has been written then.
struct Target
{
    std::unique_ptr<Edition> edition;
    bool existing = false;
    int index = -1; // of the page to fill in an existing edition; == page count: a new page
};

// A new edition named after the story text.
std::unique_ptr<Edition> newEdition(const QString &input)
{
    auto edition = Edition::createDefault();
    EditionInfo info;
    info.name = QFileInfo(input).completeBaseName();
    edition->setInfo(info);
    return edition;
}

QString prepareTarget(const PageArgs &p, Target *t)
{
    const QString name = QDir::toNativeSeparators(p.editionPath);
    const QFileInfo info(p.editionPath);
    if (!info.exists() && !info.isSymLink()) {
        if (!QFileInfo(info.absolutePath()).isDir())
            return tr("无法创建 %1：文件夹 %2 不存在。")
                .arg(name, QDir::toNativeSeparators(info.absolutePath()));
        if (p.page > 1)
            return tr("%1 还不存在：新建的版面文件只有第 1 版，不能用 --page %2。")
                .arg(name)
                .arg(p.page);
        t->edition = newEdition(p.input);
        return QString();
    }
    // An existing file: read through store/'s checks without writing a byte of it.
    OpenResult opened = EditionStore::open(p.editionPath, EditionStore::OpenMode::ReadOnly);
    if (!opened.isOk())
        return tr("%1；没有改动该文件。").arg(opened.error);
    if (EditionStore::isReadOnlyFile(p.editionPath) || !QFileInfo(info.absolutePath()).isWritable())
        return tr("版面文件 %1 是只读的（没有写入权限），没有改动。").arg(name);
    const int count = int(opened.edition->pages().size());
    if (p.page == 0)
        return tr("%1 已是一份版面文件（共 %2 版），不会整份覆盖。请用 --page N 指定放到第几版"
                  "（1–%3，%3 为新加一版；该版已有内容时再加 --replace），或用 --edition "
                  "指定一个新文件。")
            .arg(name)
            .arg(count)
            .arg(count + 1);
    if (p.page > count + 1)
        return tr("%1 共 %2 版，没有第 %3 版（--page 可用 1–%4，%4 为新加一版）。")
            .arg(name)
            .arg(count)
            .arg(p.page)
            .arg(count + 1);
    t->index = p.page - 1;
    if (t->index < count) {
        const Page &page = opened.edition->pages().at(t->index);
        if (!page.frames.isEmpty() && !p.replace)
            return tr("%1 的第 %2 版已有 %3 个框；要用导入的稿件替换它们（连同只在该版上的稿件"
                      "和图片），请加 --replace。")
                .arg(name)
                .arg(p.page)
                .arg(page.frames.size());
    }
    t->edition = std::move(opened.edition);
    t->existing = true;
    return QString();
}

int runPage(const QStringList &args, QTextStream &out, QTextStream &err)
{
    const QString usage =
        tr("用法：folio-cli page PAGE.txt -o OUT.pdf [--template broadsheet8|tabloid6] "
           "[--edition FILE.folio [--page N [--replace]]] [--max-picture-mb N]");
    PageArgs p;
    if (!parse(args, &p)) {
        err << usage << "\n";
        return 2;
    }
    // The PDF must not land on the story text or on the edition it is about to save.
    const auto same = [](const QString &a, const QString &b) {
        return !b.isEmpty() && QFileInfo(a).absoluteFilePath() == QFileInfo(b).absoluteFilePath();
    };
    if (same(p.output, p.input) || same(p.output, p.editionPath) || same(p.input, p.editionPath)) {
        err << "folio-cli page: " << tr("稿件、PDF 和版面文件必须是三个不同的文件。") << "\n";
        return 2;
    }
    bool known = false;
    PageTemplate::byKey(p.options.templateKey, &known);
    if (!known) {
        err << "folio-cli page: "
            << tr("没有版式模板“%1”（可用 broadsheet8、tabloid6）。").arg(p.options.templateKey)
            << "\n";
        return 2;
    }

    // Held until the edition is written: no Folio opens it for writing meanwhile, and one that
    // edits it now is never written over.
    store::EditionLock lock(p.editionPath);
    if (!p.editionPath.isEmpty() && !lock.tryLock() && lock.isHeldByOther()) {
        err << "folio-cli page: " << tr("不能写入：%1").arg(lock.errorString()) << "\n";
        return 1;
    }

    Target target;
    if (!p.editionPath.isEmpty()) {
        const QString refused = prepareTarget(p, &target);
        if (!refused.isEmpty()) {
            err << "folio-cli page: " << refused << "\n";
            return 1;
        }
    } else {
        target.edition = newEdition(p.input);
    }
    Edition &edition = *target.edition;
    const bool onExistingPage = target.existing && target.index < edition.pages().size();
    if (onExistingPage) {
        const Page &page = edition.pages().at(target.index);
        p.options.pageTemplate = ingest::PageImporter::formatOf(page);
        p.options.section = page.section;
        p.options.pageNumber = page.number;
        if (p.templateGiven)
            err << "folio-cli page: "
                << tr("第 %1 版保留它自己的版式，--template 不起作用。").arg(p.page) << "\n";
    } else if (target.existing) {
        int number = 0;
        for (const Page &page : edition.pages())
            number = qMax(number, page.number);
        p.options.pageNumber = number + 1;
    }

    const ingest::ImportResult result =
        ingest::PageImporter::importFile(p.input, edition, p.options);
    if (!result.ok) {
        err << "folio-cli page: " << result.error << "\n";
        return 1;
    }
    ObjectId pageId = result.page.id;
    if (onExistingPage) {
        pageId = edition.pages().at(target.index).id;
        ingest::PageImporter::applyToPage(edition, result, pageId);
    } else {
        ingest::PageImporter::apply(edition, result);
    }
    out << result.report.toText();

    LayoutEngine engine(&edition);
    const int pageIndex = edition.pageIndex(pageId);
    const Page &placed = edition.pages().at(pageIndex);
    const PageLayout layout = engine.layoutPage(pageIndex);

    pdf::PdfExportOptions pdfOptions;
    pdfOptions.settings = edition.exportSettings();
    pdfOptions.title = edition.info().name;
    const Edition *e = &edition;
    pdfOptions.images = [e](ObjectId id) { return e->image(id); };
    pdf::PdfxWriter writer(pdfOptions);
    // PdfxWriter writes through a temporary file renamed at the end: no half-written PDF.
    if (!writer.writeFile(p.output, {layout}, {{placed.section, placed.number}})) {
        err << "folio-cli page: " << writer.errorString() << "\n";
        return 1;
    }
    for (const Diagnostic &d : writer.diagnostics())
        err << "folio-cli page: " << d.message << "\n";

    if (!p.editionPath.isEmpty()) {
        QString error;
        if (!EditionStore::save(edition, p.editionPath, &error)) {
            err << "folio-cli page: " << error << "\n";
            return 1;
        }
        out << tr("版面已存入 %1 的第 %2 版。")
                   .arg(QDir::toNativeSeparators(p.editionPath))
                   .arg(pageIndex + 1)
            << "\n";
    }
    return 0;
}

} // namespace

FOLIO_CLI_COMMAND(page, QStringLiteral("page"),
                  QStringLiteral("page PAGE.txt -o OUT.pdf [--template T] [--edition FILE.folio "
                                 "[--page N [--replace]]] [--max-picture-mb N]"),
                  QStringLiteral("import a page of story text, place it and write the print PDF"),
                  &runPage);
