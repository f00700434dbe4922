// The driver of the ordinary (non-libFuzzer) build: runs LLVMFuzzerTestOneInput over every file
// of the target's seed corpus and saved crash inputs, so that ctest replays each of them.
#include "fuzzsupport.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QStringList>
#include <cstdio>

int main(int argc, char **argv)
{
    LLVMFuzzerInitialize(&argc, &argv);
    QStringList roots;
    for (int i = 1; i < argc; ++i)
        roots << QString::fromLocal8Bit(argv[i]);
    if (roots.isEmpty())
        roots << QStringLiteral(FOLIO_FUZZ_CORPUS_DIR) << QStringLiteral(FOLIO_FUZZ_CRASHES_DIR);

    int files = 0;
    for (const QString &root : roots) {
        QStringList paths;
        if (QFileInfo(root).isFile()) {
            paths << root;
        } else if (QFileInfo(root).isDir()) {
            QDirIterator it(root, QDir::Files, QDirIterator::Subdirectories);
            while (it.hasNext())
                paths << it.next();
        }
        paths.sort(); // a stable order, so a failure names the same file on every run
        for (const QString &path : paths) {
            QFile file(path);
            if (!file.open(QIODevice::ReadOnly)) {
                std::fprintf(stderr, "cannot read %s\n", qPrintable(path));
                return 1;
            }
            const QByteArray bytes = file.readAll();
            std::fprintf(stderr, "%s (%lld bytes)\n", qPrintable(path), qlonglong(bytes.size()));
            LLVMFuzzerTestOneInput(reinterpret_cast<const uint8_t *>(bytes.constData()),
                                   size_t(bytes.size()));
            ++files;
        }
    }
    std::fprintf(stderr, "%d inputs replayed\n", files);
    // A corpus that went missing must not pass as "nothing crashed".
    return files > 0 ? 0 : 1;
}
