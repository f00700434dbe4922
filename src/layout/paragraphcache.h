#pragma once

#include "layout/storyflow.h"
#include "text/paragraphcomposer.h"

#include <QHash>
#include <memory>

namespace folio {

// Prepared paragraphs by fingerprint: relayout of an unchanged paragraph reuses its shaping,
// items and break opportunities, whatever frame it lands in.
class ParagraphCache
{
public:
    std::shared_ptr<const text::ParagraphComposer> composer(const FlowParagraph &paragraph);
    int size() const { return int(m_composers.size()); }
    int preparedCount() const { return m_prepared; }
    void clear() { m_composers.clear(); }

private:
    QHash<quint64, std::shared_ptr<const text::ParagraphComposer>> m_composers;
    int m_prepared = 0;
};

} // namespace folio
