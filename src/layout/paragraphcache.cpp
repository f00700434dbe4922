#include "layout/paragraphcache.h"

namespace folio {

std::shared_ptr<const text::ParagraphComposer>
ParagraphCache::composer(const FlowParagraph &paragraph)
{
    const quint64 key = paragraph.fingerprint();
    auto it = m_composers.constFind(key);
    if (it != m_composers.constEnd())
        return it.value();
    auto composer = std::make_shared<text::ParagraphComposer>();
    composer->setParagraph(paragraph.text, paragraph.runs, paragraph.options);
    ++m_prepared;
    // A bounded cache: an edition's paragraphs number in the thousands at most.
    if (m_composers.size() > 20000)
        m_composers.clear();
    m_composers.insert(key, composer);
    return composer;
}

} // namespace folio
