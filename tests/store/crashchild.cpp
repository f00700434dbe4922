// Helper of tst_storecrash: saves an edition to one file over and over, each save tagged with a
// counter, and prints each counter only after its save has committed. The test kills it with
// SIGKILL at a random moment.

#include "model/edition.h"
#include "store/editionstore.h"

#include <QCoreApplication>
#include <QRandomGenerator>
#include <cstdio>

using namespace folio;

namespace {

// Every story, frame and the picture carry the counter, so a save that was applied only in
// part would show two different counters in one file.
void fill(Edition &edition, qint64 counter)
{
    const QString tag = QString::number(counter);
    edition.setInfo(
        {QStringLiteral("save ") + tag, QDate(2025, 1, 20), QStringLiteral("北京工人报")});
    for (int i = 0; i < 12; ++i) {
        Story story;
        story.id = 100 + i;
        story.slug = tag;
        for (int p = 0; p < 20 + int(counter % 7); ++p)
            story.paragraphs.append(
                {0,
                 {{QStringLiteral(
                       "第%1次保存，第%2段：昌平区总工会全方位激发产业工人创新创造潜能。")
                       .arg(tag)
                       .arg(p),
                   0}}});
        edition.putStory(story);
    }
    // Pages come and go between saves, so saves both insert and delete rows.
    for (const auto &page : QList<Page>(edition.pages()))
        edition.erasePage(page.id);
    for (int i = 0; i < 2 + int(counter % 3); ++i) {
        Page page;
        page.id = 1000 + counter * 10 + i;
        page.section = tag;
        Frame frame;
        frame.id = page.id * 10;
        frame.name = tag;
        frame.storyId = 100 + i;
        page.frames.append(frame);
        edition.insertPage(i, page);
    }
    ImageAsset image;
    image.id = 50;
    image.name = tag;
    image.data.resize(256 * 1024);
    QRandomGenerator random{quint32(counter)};
    random.fillRange(reinterpret_cast<quint32 *>(image.data.data()), image.data.size() / 4);
    edition.putImage(image);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 3) {
        std::fprintf(stderr, "usage: tst_store_crashchild FILE FIRST_COUNTER\n");
        return 2;
    }
    const QString path = args[1];
    const qint64 first = args[2].toLongLong();
    Edition edition;
    for (qint64 counter = first; counter < first + 100000; ++counter) {
        fill(edition, counter);
        QString error;
        if (!EditionStore::save(edition, path, &error)) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            return 1;
        }
        std::printf("%lld\n", static_cast<long long>(counter));
        std::fflush(stdout);
    }
    return 0;
}
