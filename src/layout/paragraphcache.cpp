#include "layout/paragraphcache.h"

#include "text/preparedparagraph.h"

#include <algorithm>
#include <bit>
#include <vector>

namespace folio {

namespace {
// Rough heap bytes, enough to bound the cache: arrays at their element sizes plus a little
// per allocation.
qint64 preparedBytes(const text::ParagraphComposer &composer)
{
    const text::PreparedParagraph &p = *composer.prepared();
    return 256 + qint64(p.text.size()) * 2 + qint64(p.clusters.size()) * sizeof(text::Cluster) +
           qint64(p.glyphs.size()) * (sizeof(quint32) + sizeof(double) + sizeof(QPointF)) +
           qint64(p.items.size()) * 96;
}

qint64 lineBytes(const text::ComposedLine &line)
{
    qint64 bytes = 160 + sizeof(text::ComposedLine);
    for (const GlyphRun &run : line.runs) {
        bytes += sizeof(GlyphRun) + 4 * 32 +
                 qint64(run.glyphs.size()) * (sizeof(quint32) + sizeof(double) + sizeof(QPointF)) +
                 qint64(run.clusters.size()) * sizeof(GlyphCluster);
    }
    return bytes;
}
} // namespace

std::shared_ptr<const text::ParagraphComposer>
ParagraphCache::composer(const FlowParagraph &paragraph)
{
    return composer(paragraph, paragraph.fingerprint());
}

std::shared_ptr<const text::ParagraphComposer>
ParagraphCache::composer(const FlowParagraph &paragraph, quint64 key)
{
    auto it = m_entries.find(key);
    if (it != m_entries.end()) {
        it->lastUse = ++m_clock;
        return it->composer;
    }
    auto composer = std::make_shared<text::ParagraphComposer>();
    composer->setParagraph(paragraph.text, paragraph.runs, paragraph.options);
    ++m_prepared;
    entry(key, composer);
    return composer;
}

ParagraphCache::Entry &
ParagraphCache::entry(quint64 fingerprint, const std::shared_ptr<const text::ParagraphComposer> &c)
{
    auto it = m_entries.find(fingerprint);
    if (it == m_entries.end()) {
        evict();
        Entry e;
        e.composer = c;
        e.bytes = preparedBytes(*c);
        m_bytes += e.bytes;
        it = m_entries.insert(fingerprint, e);
    }
    it->lastUse = ++m_clock;
    return *it;
}

text::ComposedLine ParagraphCache::line(quint64 fingerprint,
                                        const std::shared_ptr<const text::ParagraphComposer> &c,
                                        int offset, double width, Diagnostics *diagnostics)
{
    // An evicted paragraph comes back with the composer the caller holds.
    Entry &e = entry(fingerprint, c);
    const LineKey key{offset, std::bit_cast<quint64>(width)};
    auto it = e.lines.constFind(key);
    if (it == e.lines.constEnd()) {
        CachedLine cached;
        cached.line = e.composer->composeLine(offset, width, &cached.diagnostics);
        ++m_linesComposed;
        const qint64 bytes = lineBytes(cached.line);
        e.bytes += bytes;
        m_bytes += bytes;
        it = e.lines.insert(key, std::move(cached));
    }
    if (diagnostics)
        *diagnostics += it->diagnostics;
    return it->line;
}

void ParagraphCache::setMemoryLimit(qint64 bytes)
{
    m_limit = bytes;
    evict();
}

void ParagraphCache::clear()
{
    m_entries.clear();
    m_bytes = 0;
}

// Drops the least recently used paragraphs down to three quarters of the limit, so that
// eviction runs now and then rather than on every new paragraph.
void ParagraphCache::evict()
{
    if (m_bytes <= m_limit)
        return;
    std::vector<std::pair<quint64, quint64>> byUse; // (last use, fingerprint)
    byUse.reserve(size_t(m_entries.size()));
    for (auto it = m_entries.cbegin(); it != m_entries.cend(); ++it)
        byUse.emplace_back(it->lastUse, it.key());
    std::sort(byUse.begin(), byUse.end());
    for (const auto &[use, fingerprint] : byUse) {
        if (m_bytes <= m_limit / 4 * 3)
            break;
        auto it = m_entries.find(fingerprint);
        m_bytes -= it->bytes;
        m_entries.erase(it);
    }
}

} // namespace folio
