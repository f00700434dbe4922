// The whole page import of a text (decode, parse, build, place on a broadsheet page) followed
// by the layout of the placed page: PageImporter and LayoutEngine.
#include "fuzzsupport.h"
#include "ingest/pageimporter.h"
#include "layout/layoutengine.h"
#include "model/edition.h"

#include <QByteArray>

using namespace folio;

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    fuzz::ensureApplication(argc, argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    auto edition = Edition::createDefault();
    ingest::ImportOptions options;
    // No picture files: 【图片】 markers name files that are not there.
    options.baseDirectory = QStringLiteral("/nonexistent-folio-fuzz");
    const ingest::ImportResult result = ingest::PageImporter::importBytes(bytes, *edition, options);
    if (!result.ok)
        return 0;
    ingest::PageImporter::apply(*edition, result);
    LayoutEngine engine(edition.get());
    for (int i = 0; i < edition->pages().size(); ++i)
        engine.layoutPage(i);
    return 0;
}
