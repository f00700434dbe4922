#include "benchmemory.h"

#include <QFile>
#include <QSet>
#include <unistd.h>

#if defined(__GLIBC__)
#include <malloc.h>
#endif

namespace folio::cli {

namespace {
// Adds the bytes of an implicitly shared array once, however many items point at it.
template <typename List> qint64 arrayBytes(const List &list, QSet<const void *> *seen)
{
    if (list.capacity() == 0 || seen->contains(list.constData()))
        return 0;
    seen->insert(list.constData());
    return qint64(list.capacity()) * qint64(sizeof(typename List::value_type));
}
} // namespace

qint64 BenchMemory::heapInUse()
{
#if defined(__GLIBC__)
    const struct mallinfo2 info = mallinfo2();
    return qint64(info.uordblks) + qint64(info.hblkhd);
#else
    return -1;
#endif
}

qint64 BenchMemory::residentBytes()
{
    QFile file(QStringLiteral("/proc/self/statm"));
    if (!file.open(QIODevice::ReadOnly))
        return -1;
    const QList<QByteArray> fields = file.readAll().simplified().split(' ');
    if (fields.size() < 2)
        return -1;
    bool ok = false;
    const qint64 pages = fields[1].toLongLong(&ok);
    return ok ? pages * qint64(sysconf(_SC_PAGESIZE)) : -1;
}

qint64 BenchMemory::layoutBytes(const QList<PageLayout> &pages)
{
    QSet<const void *> seen;
    qint64 bytes = 0;
    for (const PageLayout &page : pages) {
        bytes += qint64(sizeof(PageLayout));
        bytes += arrayBytes(page.items, &seen);
        for (const PageItem &item : page.items) {
            const GlyphRun *run = std::get_if<GlyphRun>(&item);
            if (!run)
                continue;
            bytes += arrayBytes(run->glyphs, &seen);
            bytes += arrayBytes(run->advances, &seen);
            bytes += arrayBytes(run->offsets, &seen);
            bytes += arrayBytes(run->clusters, &seen);
            for (const GlyphCluster &cluster : run->clusters)
                bytes += arrayBytes(cluster.text, &seen);
        }
    }
    return bytes;
}

qint64 BenchMemory::glyphCount(const QList<PageLayout> &pages)
{
    qint64 n = 0;
    for (const PageLayout &page : pages)
        for (const PageItem &item : page.items)
            if (const GlyphRun *run = std::get_if<GlyphRun>(&item))
                n += run->glyphs.size();
    return n;
}

} // namespace folio::cli
