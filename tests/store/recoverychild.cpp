// Helper of tst_recoverystore: writes one recovery copy of a small edition into the folder it
// is given, prints its id, then waits until the test kills it (SIGKILL) or closes its stdin.

#include "model/edition.h"
#include "store/recoverycopy.h"

#include <QCoreApplication>
#include <cstdio>

using namespace folio;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 3) {
        std::fprintf(stderr, "usage: tst_store_recoverychild FOLDER STORY_TEXT\n");
        return 2;
    }
    Edition edition;
    Story story;
    story.id = 1;
    story.slug = QStringLiteral("稿件");
    story.paragraphs = {{0, {{args[2], 0}}}};
    edition.putStory(story);
    RecoveryCopy copy(args[1]);
    QString error;
    if (!copy.write(edition, QStringLiteral("/報社/要闻.folio"), QStringLiteral("要闻.folio"),
                    {QStringLiteral("移动框")}, &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    std::printf("%s\n", qPrintable(copy.id()));
    std::fflush(stdout);
    // Alive until stdin closes: the copy's lock is held all the while.
    char buffer[64];
    while (std::fgets(buffer, sizeof buffer, stdin)) {
    }
    return 0;
}
