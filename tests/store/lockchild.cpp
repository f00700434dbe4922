// Helper of tst_editionlock: takes the lock of the edition named on the command line as user
// "张三", prints "locked" (or the refusal), and holds the lock until its stdin closes.

#include "store/editionlock.h"

#include <QCoreApplication>
#include <cstdio>

using folio::store::EditionLock;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 2) {
        std::fprintf(stderr, "usage: tst_store_lockchild EDITION\n");
        return 2;
    }
    EditionLock::setUserName(QStringLiteral("张三"));
    EditionLock lock(args[1]);
    if (!lock.tryLock()) {
        std::printf("refused %s\n", qPrintable(lock.errorString()));
        return 1;
    }
    std::printf("locked\n");
    std::fflush(stdout);
    char buffer[64];
    while (std::fread(buffer, 1, sizeof buffer, stdin) > 0) {
    }
    return 0;
}
