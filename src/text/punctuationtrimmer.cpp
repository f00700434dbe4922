#include "text/punctuationtrimmer.h"

#include "text/preparedparagraph.h"

namespace folio::text {

void PunctuationTrimmer::apply(std::vector<Cluster> &clusters, PunctuationStyle style)
{
    const size_t n = clusters.size();
    for (size_t i = 0; i < n; ++i) {
        Cluster &c = clusters[i];
        c.styleTrim = false;
        c.pairTrimPrev = false;
        c.pairTrimNext = false;
        if (!c.isTrimmable())
            continue;
        switch (style) {
        case PunctuationStyle::FullWidth:
            break;
        case PunctuationStyle::Kaiming:
            // 。？！ stay full width; in-sentence marks and brackets take half.
            c.styleTrim = c.group == PunctGroup::Comma || c.group == PunctGroup::Bracket;
            break;
        case PunctuationStyle::HalfWidth:
            c.styleTrim = true;
            break;
        }
    }
    for (size_t i = 0; i + 1 < n; ++i) {
        Cluster &a = clusters[i];
        Cluster &b = clusters[i + 1];
        const bool aMark = a.kind == CharKind::Punctuation;
        const bool bMark = b.kind == CharKind::Punctuation;
        // A closing mark followed by a closing mark, a middle dot or U+3000 loses its end.
        if (aMark && a.punct == PunctKind::Closing && a.isTrimmable() &&
            ((bMark && (b.punct == PunctKind::Closing || b.punct == PunctKind::Middle)) ||
             b.kind == CharKind::IdeographicSpace))
            a.pairTrimNext = true;
        // An opening mark after an opening, closing or middle mark loses its start.
        if (bMark && b.punct == PunctKind::Opening && b.isTrimmable() && aMark &&
            a.punct != PunctKind::None)
            b.pairTrimPrev = true;
    }
}

} // namespace folio::text
