#include "app/pageimport.h"

#include "ingest/pageimporter.h"
#include "model/edition.h"

#include <QDir>
#include <QFileInfo>

namespace folio::app {

PageImport::Outcome PageImport::run(Edition *edition, const Request &request)
{
    Outcome outcome;
    if (!edition) {
        outcome.error = tr("没有打开的版面。");
        return outcome;
    }
    if (request.path.isEmpty()) {
        outcome.error = tr("没有选择稿件文件。");
        return outcome;
    }
    const QFileInfo info(request.path);
    if (!info.exists() || !info.isFile()) {
        outcome.error = tr("找不到稿件文件 %1。").arg(QDir::toNativeSeparators(request.path));
        return outcome;
    }
    ingest::ImportOptions options;
    options.templateKey = request.templateKey;
    options.section = request.section;
    options.pageNumber = request.pageNumber > 0 ? request.pageNumber : nextPageNumber(edition);
    const ingest::ImportResult result =
        ingest::PageImporter::importFile(request.path, *edition, options);
    outcome.report = result.report;
    if (!result.ok) {
        outcome.error = result.error;
        return outcome;
    }
    if (!result.hasPage) {
        outcome.error = tr("稿件没有排成版面。");
        return outcome;
    }
    ingest::PageImporter::apply(*edition, result);
    outcome.ok = edition->page(result.page.id) != nullptr;
    if (!outcome.ok)
        outcome.error = tr("导入的版面没有加入本期。");
    outcome.pageId = result.page.id;
    return outcome;
}

int PageImport::nextPageNumber(const Edition *edition)
{
    int number = 0;
    for (const auto &page : edition->pages())
        number = qMax(number, page.number);
    return number + 1;
}

} // namespace folio::app
