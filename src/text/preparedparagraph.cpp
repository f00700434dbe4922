#include "text/preparedparagraph.h"

#include "text/fontcatalog.h"
#include "text/linebreaker.h"
#include "text/punctuationtrimmer.h"
#include "text/shaper.h"

#include <algorithm>

namespace folio::text {

namespace {
char32_t codePointAt(const QString &text, int i)
{
    const QChar c = text.at(i);
    if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate())
        return QChar::surrogateToUcs4(c, text.at(i + 1));
    return c.unicode();
}

CharKind kindOf(char32_t c, bool chinese)
{
    if (c == ' ' || c == 0x2002 || c == 0x2003 || c == 0x2009)
        return CharKind::Space;
    if (c == 0x3000)
        return CharKind::IdeographicSpace;
    if (charclass::isHanLike(c))
        return CharKind::Han;
    if (chinese) {
        if (charclass::punctKind(c) != PunctKind::None)
            return CharKind::Punctuation;
        if (c == 0x2E3A || c == 0x2015)
            return CharKind::Dash;
        if (charclass::isDashChar(c))
            return CharKind::Dash; // a lone — becomes a connector below
        if (charclass::isEllipsisChar(c))
            return CharKind::Ellipsis;
        if (charclass::isConnectorChar(c))
            return CharKind::Connector;
        if (charclass::isWide(c))
            return CharKind::Han;
    }
    if (charclass::isLatinAlnum(c))
        return CharKind::Latin;
    if (charclass::isWide(c))
        return CharKind::Han;
    return CharKind::LatinPunct;
}

// Fills gaps in the style runs so that every character has a style.
QList<StyleRun> normalizedRuns(const QList<StyleRun> &runs, int length)
{
    QList<StyleRun> sorted = runs;
    std::stable_sort(sorted.begin(), sorted.end(),
                     [](const StyleRun &a, const StyleRun &b) { return a.start < b.start; });
    const TextStyle fallback = sorted.isEmpty() ? TextStyle{} : sorted.first().style;
    QList<StyleRun> out;
    int pos = 0;
    for (const StyleRun &r : std::as_const(sorted)) {
        const int s = qBound(pos, r.start, length);
        const int e = qBound(s, r.start + r.length, length);
        if (s > pos)
            out.append({pos, s - pos, out.isEmpty() ? fallback : out.last().style});
        if (e > s)
            out.append({s, e - s, r.style});
        pos = std::max(pos, e);
    }
    if (pos < length || out.isEmpty())
        out.append({pos, length - pos, out.isEmpty() ? fallback : out.last().style});
    return out;
}
} // namespace

std::shared_ptr<const PreparedParagraph>
PreparedParagraph::build(const QString &text, const QList<StyleRun> &runs,
                         const ParagraphOptions &options, FontCatalog *catalog, Shaper *shaper)
{
    auto p = std::make_shared<PreparedParagraph>();
    p->text = text;
    p->options = options;
    p->runs = normalizedRuns(runs, int(text.size()));
    p->baseSize = p->runs.first().style.size > 0 ? p->runs.first().style.size : 9.0;
    for (StyleRun &r : p->runs) {
        if (!(r.style.size > 0.0) || r.style.size > 10000.0) {
            p->diagnostics.append(
                {Diagnostic::Severity::Warning, QStringLiteral("bad-font-size"),
                 QStringLiteral("Font size %1 replaced with %2 pt")
                     .arg(r.style.size)
                     .arg(p->baseSize > 0 && p->baseSize <= 10000 ? p->baseSize : 9.0),
                 0, 0, -1});
            r.style.size = p->baseSize > 0 && p->baseSize <= 10000 ? p->baseSize : 9.0;
        }
    }
    p->baseSize = p->runs.first().style.size;
    if (text.isEmpty())
        return p;

    Itemizer itemizer(catalog);
    p->items = itemizer.itemize(text, p->runs, &p->diagnostics);

    std::vector<Cluster> &clusters = p->clusters;
    clusters.reserve(size_t(text.size()));
    for (int itemIndex = 0; itemIndex < p->items.size(); ++itemIndex) {
        const TextItem &item = p->items[itemIndex];
        const TextStyle &style = p->runs[item.styleIndex].style;
        const double em = style.size;
        if (!item.face) {
            // No font at all: keep the text measurable with empty clusters of a nominal width.
            for (int i = item.start; i < item.end;) {
                const char32_t c = codePointAt(text, i);
                const int len = c > 0xFFFF ? 2 : 1;
                Cluster cl;
                cl.start = i;
                cl.end = i + len;
                cl.item = itemIndex;
                cl.glyphStart = cl.glyphEnd = int(p->glyphs.size());
                cl.ch = c;
                cl.em = em;
                cl.advance = cl.halfAdvance = charclass::isWide(c) ? em : em / 2;
                cl.kind = kindOf(c, item.isChinese);
                clusters.push_back(cl);
                i += len;
            }
            continue;
        }
        const QString itemText = text.mid(item.start, item.end - item.start);
        const QStringList features =
            item.features.isEmpty() ? style.features : style.features + item.features;
        const auto shaped =
            shaper->shape(*item.face, em, itemText, item.script, item.language, features);
        const int glyphBase = int(p->glyphs.size());
        p->glyphs.append(shaped->glyphs);
        p->advances.append(shaped->advances);
        p->offsets.append(shaped->offsets);
        const int count = int(shaped->glyphs.size());
        for (int g = 0; g < count;) {
            const int clusterValue = shaped->clusters[g];
            int h = g + 1;
            while (h < count && shaped->clusters[h] == clusterValue)
                ++h;
            const int nextValue = h < count ? shaped->clusters[h] : item.end - item.start;
            Cluster cl;
            cl.start = item.start + clusterValue;
            cl.end = item.start + std::max(nextValue, clusterValue + 1);
            cl.item = itemIndex;
            cl.glyphStart = glyphBase + g;
            cl.glyphEnd = glyphBase + h;
            cl.ch = codePointAt(text, cl.start);
            cl.em = em;
            for (int k = g; k < h; ++k)
                cl.advance += shaped->advances[k];
            cl.halfAdvance = cl.advance;
            cl.kind = kindOf(cl.ch, item.isChinese);
            clusters.push_back(cl);
            g = h;
        }
    }

    const int n = int(clusters.size());
    for (int i = 0; i < n; ++i) {
        Cluster &c = clusters[size_t(i)];
        // A single — is a connector; only —— is a dash unit (rules 1, 3).
        if (c.kind == CharKind::Dash && c.ch == 0x2014 && c.end - c.start < 2) {
            const bool prevDash = i > 0 && clusters[size_t(i - 1)].ch == 0x2014;
            const bool nextDash = i + 1 < n && clusters[size_t(i + 1)].ch == 0x2014;
            if (!prevDash && !nextDash)
                c.kind = CharKind::Connector;
        }
        if (c.kind != CharKind::Punctuation)
            continue;
        c.punct = charclass::punctKind(c.ch);
        c.group = charclass::punctGroup(c.ch);
        const TextItem &item = p->items[c.item];
        if (!item.face || c.glyphEnd - c.glyphStart != 1)
            continue;
        const PunctuationMetrics m = shaper->punctuationMetrics(*item.face, c.ch);
        // Only a mark that is a full em in this font and has a `halt` form can be trimmed.
        if (m.isTrimmable() && std::abs(c.advance - m.advance * c.em) < 1e-6 &&
            std::abs(m.advance - 1.0) < 1e-3) {
            c.halfAdvance = m.haltAdvance * c.em;
            c.haltOffset = m.haltOffset * c.em;
            c.haltGlyph = m.haltGlyph;
        }
    }

    PunctuationTrimmer::apply(clusters, options.punctuation);

    // Rule 11: Han–Latin gaps, only between an ideograph and a Latin letter or digit.
    if (options.hanLatinSpacing > 0) {
        for (int i = 0; i + 1 < n; ++i) {
            const Cluster &a = clusters[size_t(i)];
            const Cluster &b = clusters[size_t(i + 1)];
            if ((a.kind == CharKind::Han && b.kind == CharKind::Latin) ||
                (a.kind == CharKind::Latin && b.kind == CharKind::Han)) {
                const double em = a.kind == CharKind::Han ? a.em : b.em;
                clusters[size_t(i)].gapAfter = options.hanLatinSpacing * em;
            }
        }
    }

    // Rule 15: where justification may not add space.
    for (int i = 0; i + 1 < n; ++i) {
        const Cluster &a = clusters[size_t(i)];
        const Cluster &b = clusters[size_t(i + 1)];
        const bool aWord = a.kind == CharKind::Latin || a.kind == CharKind::LatinPunct;
        const bool bWord = b.kind == CharKind::Latin || b.kind == CharKind::LatinPunct;
        clusters[size_t(i)].rigidAfter =
            (aWord && bWord) || (a.kind == CharKind::Dash && b.kind == CharKind::Dash) ||
            (a.kind == CharKind::Ellipsis && b.kind == CharKind::Ellipsis) ||
            a.kind == CharKind::Connector || b.kind == CharKind::Connector;
    }
    if (n > 0)
        clusters[size_t(n - 1)].rigidAfter = true;

    LineBreaker::computeOpportunities(*p);
    return p;
}

int PreparedParagraph::clusterAtOffset(int offset) const
{
    auto it = std::lower_bound(clusters.begin(), clusters.end(), offset,
                               [](const Cluster &c, int o) { return c.start < o; });
    return int(it - clusters.begin());
}

bool PreparedParagraph::isTrimmedInLine(int i, int first, int last, bool firstLine) const
{
    const Cluster &c = clusters[size_t(i)];
    if (!c.isTrimmable())
        return false;
    bool trimmed = c.styleTrim;
    if (i == first && c.punct == PunctKind::Opening) {
        trimmed = trimmed || options.lineStartTrim == LineStartTrim::Always ||
                  (options.lineStartTrim == LineStartTrim::ExceptFirstLine && !firstLine);
    } else {
        trimmed = trimmed || c.pairTrimPrev;
    }
    if (i == last)
        trimmed = trimmed ||
                  (c.punct == PunctKind::Closing && options.lineEndTrim == LineEndTrim::Always);
    else
        trimmed = trimmed || c.pairTrimNext;
    return trimmed;
}

double PreparedParagraph::advanceInLine(int i, int first, int last, bool firstLine) const
{
    const Cluster &c = clusters[size_t(i)];
    if (i > last)
        return 0.0; // trailing spaces take no room
    return isTrimmedInLine(i, first, last, firstLine) ? c.halfAdvance : c.advance;
}

double PreparedParagraph::minAdvanceInLine(int i, int first, int last, bool firstLine) const
{
    const Cluster &c = clusters[size_t(i)];
    if (i > last)
        return 0.0;
    if (c.isSpace())
        return std::min(c.advance, options.wordSpacingMin * c.em);
    // Every trimmable mark may be compressed to half (rule 15), but an opening mark at the
    // line start only as rule 9 says: compressing it would eat into the paragraph indent or
    // push its ink past the column edge.
    if (i == first && c.punct == PunctKind::Opening)
        return advanceInLine(i, first, last, firstLine);
    if (c.isTrimmable())
        return c.halfAdvance;
    return c.advance;
}

double PreparedParagraph::minGapAfter(int i) const
{
    const Cluster &c = clusters[size_t(i)];
    if (c.gapAfter <= 0)
        return 0.0;
    return std::min(c.gapAfter, options.hanLatinMinSpacing * c.em);
}

int PreparedParagraph::lastVisible(int first, int end) const
{
    int v = end - 1;
    while (v >= first && clusters[size_t(v)].isSpace())
        --v;
    return v;
}

double PreparedParagraph::naturalWidth(int first, int end, bool firstLine) const
{
    const int last = lastVisible(first, end);
    double w = 0;
    for (int i = first; i <= last; ++i) {
        w += advanceInLine(i, first, last, firstLine);
        if (i < last)
            w += clusters[size_t(i)].gapAfter + options.letterSpacing * clusters[size_t(i)].em;
    }
    return w;
}

double PreparedParagraph::minWidth(int first, int end, bool firstLine) const
{
    const int last = lastVisible(first, end);
    double w = 0;
    for (int i = first; i <= last; ++i) {
        w += minAdvanceInLine(i, first, last, firstLine);
        if (i < last)
            w += minGapAfter(i) + options.letterSpacing * clusters[size_t(i)].em;
    }
    return w;
}

} // namespace folio::text
