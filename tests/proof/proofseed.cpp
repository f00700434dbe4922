#include "proofseed.h"

#include "ingest/pageimporter.h"
#include "model/edition.h"

#include <QFile>

namespace folio::proof::test {

std::unique_ptr<Edition> createSeedEdition()
{
    QFile file(QStringLiteral(FOLIO_TEST_DATA_DIR "/seed-page.txt"));
    if (!file.open(QIODevice::ReadOnly))
        return nullptr;
    auto edition = Edition::createDefault();
    edition->setInfo({QStringLiteral("北京工人报 2025-01-20"), QDate(2025, 1, 20),
                      QStringLiteral("北京工人报")});
    ingest::ImportOptions options;
    options.templateKey = QStringLiteral("broadsheet8");
    options.section = QStringLiteral("A");
    options.pageNumber = 1;
    const ingest::ImportResult result =
        ingest::PageImporter::importBytes(file.readAll(), *edition, options);
    if (!result.ok || !result.hasPage)
        return nullptr;
    ingest::PageImporter::apply(*edition, result);
    return edition;
}

} // namespace folio::proof::test
