#include "text/linebreaker.h"

#include "text/preparedparagraph.h"

#include <unicode/brkiter.h>
#include <unicode/locid.h>
#include <unicode/unistr.h>

#include <cmath>
#include <memory>
#include <vector>

namespace folio::text {

namespace {
constexpr double kEpsilon = 1e-6;
// How far past the natural end a squeeze may reach (rule 4 keeps a mark or two, a word).
constexpr int kSqueezeReach = 24;
// A paragraph tail this short may be a lone last character (rule 18).
constexpr int kLoneTailReach = 6;

bool isChineseKind(const Cluster &c)
{
    switch (c.kind) {
    case CharKind::Han:
    case CharKind::Punctuation:
    case CharKind::Dash:
    case CharKind::Ellipsis:
    case CharKind::Connector:
    case CharKind::IdeographicSpace:
        return true;
    default:
        return false;
    }
}

// Creating a line break iterator loads and compiles ICU's rules, which cost more than
// breaking a paragraph: each thread keeps one and gives it one paragraph after another.
icu::BreakIterator *lineIterator()
{
    thread_local const std::unique_ptr<icu::BreakIterator> iterator = [] {
        UErrorCode status = U_ZERO_ERROR;
        std::unique_ptr<icu::BreakIterator> it(
            icu::BreakIterator::createLineInstance(icu::Locale("zh"), status));
        if (U_FAILURE(status))
            it.reset();
        return it;
    }();
    return iterator.get();
}

std::vector<bool> icuBreaks(const QString &text)
{
    std::vector<bool> breaks(size_t(text.size()) + 1, false);
    icu::BreakIterator *it = lineIterator();
    if (!it)
        return breaks;
    // Read-only alias: no copy of a long paragraph.
    const icu::UnicodeString alias(false, reinterpret_cast<const UChar *>(text.utf16()),
                                   int32_t(text.size()));
    it->setText(alias);
    for (int32_t pos = it->first(); pos != icu::BreakIterator::DONE; pos = it->next())
        breaks[size_t(pos)] = true;
    // The iterator outlives the alias: leave it on text that stays valid.
    static const icu::UnicodeString empty;
    it->setText(empty);
    return breaks;
}
} // namespace

void LineBreaker::computeOpportunities(PreparedParagraph &p)
{
    auto &clusters = p.clusters;
    const int n = int(clusters.size());
    if (n == 0)
        return;
    const Kinsoku level = p.options.kinsoku;
    for (Cluster &c : clusters) {
        const bool prohibitedMark = c.kind == CharKind::Punctuation &&
                                    (c.punct == PunctKind::Closing || c.punct == PunctKind::Middle);
        c.startProhibited =
            level != Kinsoku::None && (prohibitedMark || c.kind == CharKind::Connector);
        c.endProhibited = level != Kinsoku::None && c.kind == CharKind::Punctuation &&
                          c.punct == PunctKind::Opening;
    }
    if (level == Kinsoku::Strict) {
        // Strict keeps —— and …… off line starts as well.
        for (int i = 0; i < n; ++i) {
            Cluster &c = clusters[size_t(i)];
            if ((c.kind == CharKind::Dash || c.kind == CharKind::Ellipsis) &&
                (i == 0 || clusters[size_t(i - 1)].kind != c.kind))
                c.startProhibited = true;
        }
    }

    const std::vector<bool> icu = icuBreaks(p.text);
    for (int i = 0; i + 1 < n; ++i) {
        Cluster &a = clusters[size_t(i)];
        const Cluster &b = clusters[size_t(i + 1)];
        const bool insideUnit = (a.kind == CharKind::Dash && b.kind == CharKind::Dash) ||
                                (a.kind == CharKind::Ellipsis && b.kind == CharKind::Ellipsis);
        const bool prohibited = b.startProhibited || a.endProhibited;
        bool allowed = false;
        if (insideUnit) {
            allowed = false; // rule 3, at every level
        } else if (isChineseKind(a) && isChineseKind(b)) {
            // Between Chinese characters our tables decide: ICU 72 forbids breaks around
            // curly quotes (UAX #14 LB19), which Chinese text must allow.
            allowed = !prohibited;
        } else {
            allowed = icu[size_t(b.start)] && !prohibited;
            if (level == Kinsoku::None && (isChineseKind(a) || isChineseKind(b)) && !a.isSpace() &&
                !b.isSpace())
                allowed = true;
            if (b.isSpace())
                allowed = false; // a line ends after its spaces, which then take no room
        }
        a.breakAfter = allowed;
    }
    clusters[size_t(n - 1)].breakAfter = true;
}

LineBreak LineBreaker::breakLine(const PreparedParagraph &p, int first, double width,
                                 bool firstLine, Diagnostics *diagnostics)
{
    const int n = p.clusterCount();
    LineBreak result;
    if (first >= n) {
        result.end = n;
        return result;
    }
    const double w = std::isfinite(width) ? std::max(0.0, width) : 0.0;
    const double limit = w + kEpsilon;
    const auto &cl = p.clusters;
    const double letterSpacing = p.options.letterSpacing;

    // 1. The longest run of clusters that fits at natural widths.
    int fit = first;
    double prefix = 0.0;
    double widthAtEnd = 0.0;
    for (int i = first; i < n; ++i) {
        const Cluster &c = cl[size_t(i)];
        double lineWidth = widthAtEnd;
        if (!c.isSpace())
            lineWidth = prefix + p.advanceInLine(i, first, i, firstLine);
        if (lineWidth > limit)
            break;
        widthAtEnd = lineWidth;
        fit = i + 1;
        prefix += p.advanceInLine(i, first, n, firstLine) + c.gapAfter + letterSpacing * c.em;
    }
    if (fit == n) {
        result.end = n;
        return result;
    }

    const auto legalEnd = [&](int e) { return e > first && cl[size_t(e - 1)].breakAfter; };

    int chosen = -1;
    if (legalEnd(fit)) {
        chosen = fit;
    } else {
        // Rule 17: a mark that would start the next line hangs, unless marks are adjacent.
        if (p.options.hangingPunctuation && fit > first && fit < n) {
            const Cluster &mark = cl[size_t(fit)];
            const bool adjacent =
                cl[size_t(fit - 1)].kind == CharKind::Punctuation ||
                (fit + 1 < n && cl[size_t(fit + 1)].kind == CharKind::Punctuation);
            if (mark.kind == CharKind::Punctuation && charclass::isHangable(mark.ch) &&
                mark.startProhibited && mark.breakAfter && !adjacent && legalEnd(fit + 1)) {
                result.end = fit + 1;
                result.hangs = true;
                return result;
            }
        }
        // Rule 4: squeeze first — compress punctuation to reach the next legal break.
        int next = fit + 1;
        while (next <= n && next - fit <= kSqueezeReach && !legalEnd(next))
            ++next;
        if (next <= n && legalEnd(next) && p.minWidth(first, next, firstLine) <= limit) {
            result.end = next;
            result.squeezed = true;
            return result;
        }
        // … then push: end at the previous legal break and let justification expand.
        for (int e = fit - 1; e > first; --e) {
            if (legalEnd(e)) {
                chosen = e;
                result.pushed = true;
                break;
            }
        }
    }

    if (chosen < 0) {
        // No legal break fits: break where it fits (or after one cluster) and say so, but
        // still never inside —— or …… (rule 3).
        chosen = std::max(fit, first + 1);
        const auto insideUnit = [&](int e) {
            if (e <= first || e >= n)
                return false;
            const CharKind a = cl[size_t(e - 1)].kind;
            return a == cl[size_t(e)].kind && (a == CharKind::Dash || a == CharKind::Ellipsis);
        };
        if (insideUnit(chosen))
            chosen = chosen - 1 > first ? chosen - 1 : chosen + 1;
        result.forced = true;
        if (diagnostics) {
            const bool narrow = fit == first;
            diagnostics->append(
                {Diagnostic::Severity::Warning,
                 narrow ? QStringLiteral("line-too-narrow") : QStringLiteral("forced-break"),
                 narrow ? QStringLiteral("Line of %1 pt is narrower than \"%2\"")
                              .arg(w)
                              .arg(p.text.mid(cl[size_t(first)].start,
                                              cl[size_t(first)].end - cl[size_t(first)].start))
                        : QStringLiteral("No permitted line break within %1 pt at offset %2")
                              .arg(w)
                              .arg(cl[size_t(first)].start),
                 0, 0, -1});
        }
        result.end = chosen;
        return result;
    }

    // Rule 18: no lone Han character on the paragraph's last line.
    if (p.options.avoidLoneLastChar && n - chosen <= kLoneTailReach) {
        int han = 0;
        int other = 0;
        for (int i = chosen; i < n; ++i) {
            const Cluster &c = cl[size_t(i)];
            if (c.kind == CharKind::Han)
                ++han;
            else if (c.kind != CharKind::Punctuation && !c.isSpace())
                ++other;
        }
        if (han == 1 && other == 0 && p.naturalWidth(chosen, n, false) <= limit) {
            if (p.minWidth(first, n, firstLine) <= limit) {
                result.end = n;
                result.squeezed = true;
                result.pushed = false;
                return result;
            }
            for (int e = chosen - 1; e > first + 1; --e) {
                if (legalEnd(e) && p.naturalWidth(e, n, false) <= limit) {
                    result.end = e;
                    result.pushed = true;
                    return result;
                }
            }
        }
    }
    result.end = chosen;
    return result;
}

} // namespace folio::text
