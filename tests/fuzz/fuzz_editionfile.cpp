// Opening an edition file: the bytes are written to a file and opened through
// EditionStore::open (byte checks, SQLite checks, migration, reading); an edition that opens is
// laid out page by page, so that odd but well-formed content reaches the layout too.
#include "fuzzsupport.h"
#include "layout/layoutengine.h"
#include "model/edition.h"
#include "store/editionstore.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

using namespace folio;

namespace {
QTemporaryDir *workDir()
{
    static QTemporaryDir dir;
    return &dir;
}
} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    fuzz::ensureApplication(argc, argv);
    return workDir()->isValid() ? 0 : 1;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString path = workDir()->filePath(QStringLiteral("input.folio"));
    // Leftovers of the previous input (its -wal, -shm or temporary copies) must not leak in.
    QDir dir(workDir()->path());
    for (const QString &name : dir.entryList(QDir::Files | QDir::Hidden))
        dir.remove(name);
    {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            __builtin_trap();
        file.write(reinterpret_cast<const char *>(data), qint64(size));
    }
    OpenResult result = EditionStore::open(path, EditionStore::OpenMode::ReadWrite);
    if (!result.isOk()) {
        // A refused file gets a reason.
        if (result.error.isEmpty())
            __builtin_trap();
        return 0;
    }
    LayoutEngine engine(result.edition.get());
    for (int i = 0; i < result.edition->pages().size(); ++i)
        engine.layoutPage(i);
    return 0;
}
