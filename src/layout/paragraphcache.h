#pragma once

#include "core/diagnostic.h"
#include "layout/storyflow.h"
#include "text/paragraphcomposer.h"

#include <QHash>
#include <memory>

namespace folio {

// Prepared paragraphs by fingerprint, each with the lines composed from it: relayout of an
// unchanged paragraph reuses its shaping, items and break opportunities, whatever frame it
// lands in, and a line set again at the same offset and width (the paragraph moved to another
// column or frame of the same measure) costs a lookup. The fingerprint covers the text, its
// styles and the paragraph options, so any change to the paragraph reaches a new entry.
// Bounded by an estimate of the memory it holds; the least recently used paragraphs go first.
class ParagraphCache
{
public:
    std::shared_ptr<const text::ParagraphComposer> composer(const FlowParagraph &paragraph);
    // The same, when the caller has the paragraph's fingerprint() already.
    std::shared_ptr<const text::ParagraphComposer> composer(const FlowParagraph &paragraph,
                                                            quint64 fingerprint);
    // The line that starts at offset in width pt of the paragraph with this fingerprint (whose
    // composer() this is), with the diagnostics its composition gave, appended to diagnostics.
    text::ComposedLine line(quint64 fingerprint,
                            const std::shared_ptr<const text::ParagraphComposer> &composer,
                            int offset, double width, Diagnostics *diagnostics);

    int size() const { return int(m_entries.size()); }
    int preparedCount() const { return m_prepared; }
    int linesComposed() const { return m_linesComposed; }
    qint64 memoryEstimate() const { return m_bytes; }
    void setMemoryLimit(qint64 bytes);
    void clear();

private:
    struct LineKey
    {
        int offset = 0;
        quint64 widthBits = 0; // the width's exact bits: any other width is another line
        bool operator==(const LineKey &) const = default;
    };
    friend size_t qHash(const LineKey &key, size_t seed)
    {
        return qHashMulti(seed, key.offset, key.widthBits);
    }
    struct CachedLine
    {
        text::ComposedLine line;
        Diagnostics diagnostics;
    };
    struct Entry
    {
        std::shared_ptr<const text::ParagraphComposer> composer;
        QHash<LineKey, CachedLine> lines;
        qint64 bytes = 0;
        quint64 lastUse = 0;
    };

    Entry &entry(quint64 fingerprint, const std::shared_ptr<const text::ParagraphComposer> &c);
    void evict();

    QHash<quint64, Entry> m_entries;
    qint64 m_bytes = 0;
    qint64 m_limit = 64 * 1024 * 1024;
    quint64 m_clock = 0;
    int m_prepared = 0;
    int m_linesComposed = 0;
};

} // namespace folio
