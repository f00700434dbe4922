#include "text/justifier.h"

#include "text/preparedparagraph.h"

#include <QVarLengthArray>
#include <algorithm>
#include <array>
#include <cmath>
#include <functional>
#include <limits>
#include <memory>
#include <vector>

namespace folio::text {

namespace {
constexpr double kEpsilon = 1e-9;

// One place where space can be taken or given: a cluster's advance or the space after it.
struct Opportunity
{
    int index = 0;         // cluster index
    bool isGap = false;    // the space after the cluster rather than its advance
    double capacity = 0.0; // how much it can change, pt; infinity for unlimited
};

// Changes the opportunities by `amount` in total, equal amounts where capacity allows
// (water filling). Returns what was applied.
double distribute(const std::vector<Opportunity> &ops, double amount, std::vector<double> &delta)
{
    if (ops.empty() || amount <= kEpsilon)
        return 0.0;
    std::vector<size_t> order(ops.size());
    for (size_t i = 0; i < ops.size(); ++i)
        order[i] = i;
    std::sort(order.begin(), order.end(),
              [&](size_t a, size_t b) { return ops[a].capacity < ops[b].capacity; });
    double remaining = amount;
    size_t left = ops.size();
    std::vector<double> given(ops.size(), 0.0);
    for (size_t k = 0; k < order.size(); ++k) {
        const double share = remaining / double(left);
        const double take = std::min(share, ops[order[k]].capacity);
        given[order[k]] = take;
        remaining -= take;
        --left;
    }
    for (size_t i = 0; i < ops.size(); ++i)
        delta[i] = given[i];
    return amount - remaining;
}
// A cluster's text. Most clusters are one UTF-16 unit: those share one string per character
// (per thread) instead of allocating a string for every cluster of every line.
QString clusterText(const QString &text, int start, int end)
{
    if (end - start != 1)
        return text.mid(start, end - start);
    using Page = std::array<QString, 256>;
    thread_local std::array<std::unique_ptr<Page>, 256> pages;
    const char16_t u = text.at(start).unicode();
    std::unique_ptr<Page> &page = pages[u >> 8];
    if (!page)
        page = std::make_unique<Page>();
    QString &s = (*page)[u & 0xff];
    if (s.isEmpty())
        s = QString(QChar(u));
    return s;
}
} // namespace

ComposedLine Justifier::justify(const PreparedParagraph &p, const Request &req,
                                Diagnostics *diagnostics)
{
    const ParagraphOptions &opt = p.options;
    const auto &cl = p.clusters;
    const int first = req.first;
    const int end = req.end;
    const int last = p.lastVisible(first, end);
    const int count = end - first;

    ComposedLine line;
    line.availableWidth = req.width + req.indent;
    line.isFirst = req.isFirstLine;
    line.isLast = req.isLastLine;
    line.hangs = req.hangs;
    if (count <= 0)
        return line;
    line.start = cl[size_t(first)].start;
    line.end = cl[size_t(end - 1)].end;

    // Natural state of each cluster in this line.
    std::vector<double> advance(size_t(count), 0.0);
    std::vector<double> trimOffset(size_t(count), 0.0); // x shift of the glyph
    std::vector<bool> fullyTrimmed(size_t(count), false);
    std::vector<double> after(size_t(count), 0.0); // space after the cluster
    for (int i = first; i < end; ++i) {
        const size_t k = size_t(i - first);
        const Cluster &c = cl[size_t(i)];
        advance[k] = p.advanceInLine(i, first, last, req.isFirstLine);
        if (i <= last && p.isTrimmedInLine(i, first, last, req.isFirstLine)) {
            fullyTrimmed[k] = true;
            trimOffset[k] = c.haltOffset;
        }
        if (i < last)
            after[k] = c.gapAfter + opt.letterSpacing * c.em;
    }
    double natural = 0.0;
    for (int k = 0; k < count; ++k)
        natural += advance[size_t(k)] + after[size_t(k)];

    // The hanging mark stands outside the measure.
    double target = req.width;
    if (req.hangs && last >= first)
        target += advance[size_t(last - first)];

    const auto applyCompression = [&](const std::vector<Opportunity> &ops, double need) {
        std::vector<double> delta(ops.size(), 0.0);
        const double done = distribute(ops, need, delta);
        for (size_t j = 0; j < ops.size(); ++j) {
            const Opportunity &o = ops[j];
            const size_t k = size_t(o.index - first);
            if (o.isGap) {
                after[k] -= delta[j];
                continue;
            }
            const Cluster &c = cl[size_t(o.index)];
            advance[k] -= delta[j];
            // A partly compressed mark keeps its ink: an opening mark moves left by what its
            // leading side lost, a middle dot by half of it.
            const double full = c.advance - c.halfAdvance;
            if (full > 0 && c.punct != PunctKind::Closing)
                trimOffset[k] += c.haltOffset * (delta[j] / full);
        }
        return done;
    };

    double diff = target - natural;
    if (diff < -1e-6) {
        // Rule 15 compression order.
        const auto punctuationStep = [&](auto predicate) {
            std::vector<Opportunity> ops;
            for (int i = first; i <= last; ++i) {
                const size_t k = size_t(i - first);
                const Cluster &c = cl[size_t(i)];
                if (!c.isTrimmable() || fullyTrimmed[k] || (req.hangs && i == last))
                    continue;
                // A line-start opening mark is trimmed by rule 9 alone (see minAdvanceInLine).
                if (i == first && c.punct == PunctKind::Opening)
                    continue;
                if (predicate(i, c) && advance[k] > c.halfAdvance + 1e-9)
                    ops.push_back({i, false, advance[k] - c.halfAdvance});
            }
            return ops;
        };
        // Each step is gathered after the previous one ran: a mark trimmed at the line end
        // has nothing left to give later.
        const auto spaceStep = [&] {
            std::vector<Opportunity> ops;
            for (int i = first; i < last; ++i) {
                const Cluster &c = cl[size_t(i)];
                const size_t k = size_t(i - first);
                if (c.isSpace())
                    ops.push_back(
                        {i, false, std::max(0.0, advance[k] - opt.wordSpacingMin * c.em)});
            }
            return ops;
        };
        const auto gapStep = [&] {
            std::vector<Opportunity> ops;
            for (int i = first; i < last; ++i) {
                if (cl[size_t(i)].gapAfter > 0)
                    ops.push_back({i, true,
                                   std::max(0.0, after[size_t(i - first)] - p.minGapAfter(i) -
                                                     opt.letterSpacing * cl[size_t(i)].em)});
            }
            return ops;
        };
        const std::function<std::vector<Opportunity>()> steps[] = {
            [&] {
                return punctuationStep([&](int i, const Cluster &c) {
                    return i == last && c.punct == PunctKind::Closing;
                });
            },
            spaceStep,
            [&] {
                return punctuationStep(
                    [](int, const Cluster &c) { return c.group == PunctGroup::MiddleDot; });
            },
            [&] {
                return punctuationStep(
                    [](int, const Cluster &c) { return c.group == PunctGroup::Bracket; });
            },
            [&] {
                return punctuationStep(
                    [](int, const Cluster &c) { return c.group == PunctGroup::Comma; });
            },
            gapStep,
            [&] {
                return punctuationStep(
                    [](int, const Cluster &c) { return c.group == PunctGroup::FullStop; });
            },
        };
        double need = -diff;
        for (const auto &step : steps) {
            if (need <= 1e-9)
                break;
            need -= applyCompression(step(), need);
        }
        if (need > 1e-6) {
            line.overfull = true;
            if (diagnostics && count > 1) {
                diagnostics->append({Diagnostic::Severity::Warning, QStringLiteral("overfull-line"),
                                     QStringLiteral("Line at offset %1 is %2 pt too wide")
                                         .arg(line.start)
                                         .arg(need, 0, 'f', 2),
                                     0, 0, -1});
            }
        }
    } else if (diff > 1e-6 && ((opt.alignment == Alignment::Justify && !req.isLastLine) ||
                               opt.alignment == Alignment::Distributed)) {
        // Expansion: word spaces, Han–Latin gaps, then equal amounts between characters.
        std::vector<Opportunity> spaces;
        std::vector<Opportunity> gaps;
        std::vector<Opportunity> between;
        for (int i = first; i < last; ++i) {
            const Cluster &c = cl[size_t(i)];
            const Cluster &next = cl[size_t(i + 1)];
            if (c.isSpace()) {
                spaces.push_back({i, false, std::max(0.0, opt.wordSpacingMax * c.em - c.advance)});
                continue;
            }
            if (c.gapAfter > 0) {
                gaps.push_back(
                    {i, true, std::max(0.0, opt.hanLatinMaxSpacing * c.em - c.gapAfter)});
                // Rule 12 caps the gap at ½ em: step 3 only runs once every gap is there, so
                // adding its equal amounts on top would push the gap past its maximum.
                continue;
            }
            // Step 3 spreads over every other place between characters.
            if (!c.rigidAfter && !next.isSpace() && !(req.hangs && i + 1 == last))
                between.push_back({i, true, std::numeric_limits<double>::infinity()});
        }
        const auto grow = [&](const std::vector<Opportunity> &ops, double amount) {
            std::vector<double> delta(ops.size(), 0.0);
            const double done = distribute(ops, amount, delta);
            for (size_t j = 0; j < ops.size(); ++j) {
                const size_t k = size_t(ops[j].index - first);
                if (ops[j].isGap)
                    after[k] += delta[j];
                else
                    advance[k] += delta[j];
            }
            return done;
        };
        diff -= grow(spaces, diff);
        diff -= grow(gaps, diff);
        if (!between.empty()) {
            diff -= grow(between, diff);
        } else {
            // Nothing else may grow: let spaces and gaps exceed their maximum.
            std::vector<Opportunity> all;
            for (auto o : spaces) {
                o.capacity = std::numeric_limits<double>::infinity();
                all.push_back(o);
            }
            for (auto o : gaps) {
                o.capacity = std::numeric_limits<double>::infinity();
                all.push_back(o);
            }
            diff -= grow(all, diff);
        }
    }

    double width = 0.0;
    for (int k = 0; k < count; ++k)
        width += advance[size_t(k)] + after[size_t(k)];
    line.width = width;

    double x = req.indent;
    const double slack = req.width - width;
    const bool stretch = (opt.alignment == Alignment::Justify && !req.isLastLine) ||
                         opt.alignment == Alignment::Distributed;
    if (!stretch && slack > 0) {
        if (opt.alignment == Alignment::Center)
            x += slack / 2;
        else if (opt.alignment == Alignment::Right)
            x += slack;
    } else if (stretch && slack > 1e-6 && opt.alignment == Alignment::Distributed) {
        x += slack / 2; // a single unstretchable cluster sits in the middle
    }
    line.x = x;

    // Glyph runs: one per face, size and colour. The runs are found first, so that each list
    // is allocated once at its size.
    struct RunSpan
    {
        int first = 0; // cluster index
        int end = 0;
        const TextStyle *style = nullptr;
        const FontFace *face = nullptr;
    };
    QVarLengthArray<RunSpan, 4> spans;
    for (int i = first; i < end; ++i) {
        const Cluster &c = cl[size_t(i)];
        const TextItem &item = p.items[c.item];
        const TextStyle &style = p.runs[item.styleIndex].style;
        if (item.face) {
            line.ascent = std::max(line.ascent, item.face->emBoxAscent() * style.size);
            line.descent = std::max(line.descent, item.face->emBoxDescent() * style.size);
        } else {
            line.ascent = std::max(line.ascent, 0.88 * style.size);
            line.descent = std::max(line.descent, 0.12 * style.size);
        }
        line.leading = std::max(line.leading, opt.leading.lineHeight(style.size));
        const bool sameRun = !spans.isEmpty() && item.face && spans.last().face &&
                             spans.last().face->fontRef() == item.face->fontRef() &&
                             spans.last().style->size == style.size &&
                             spans.last().style->color == style.color;
        if (sameRun)
            spans.last().end = i + 1;
        else
            spans.append({i, i + 1, &style, item.face.get()});
    }

    line.runs.reserve(spans.size());
    double pen = x;
    for (const RunSpan &span : spans) {
        GlyphRun run;
        run.font = span.face ? span.face->fontRef() : nullptr;
        run.size = span.style->size;
        run.color = span.style->color;
        run.origin = QPointF(pen, 0.0);
        const int glyphs = cl[size_t(span.end - 1)].glyphEnd - cl[size_t(span.first)].glyphStart;
        run.glyphs.reserve(glyphs);
        run.advances.reserve(glyphs);
        run.offsets.reserve(glyphs);
        run.clusters.reserve(span.end - span.first);
        for (int i = span.first; i < span.end; ++i) {
            const size_t k = size_t(i - first);
            const Cluster &c = cl[size_t(i)];
            GlyphCluster gc;
            gc.firstGlyph = int(run.glyphs.size());
            gc.glyphCount = c.glyphEnd - c.glyphStart;
            gc.text = clusterText(p.text, c.start, c.end);
            gc.offset = c.start;
            const double total = advance[k] + after[k];
            double used = 0.0;
            for (int g = c.glyphStart; g < c.glyphEnd; ++g) {
                const bool lastGlyph = g == c.glyphEnd - 1;
                quint32 glyph = p.glyphs[g];
                QPointF offset = p.offsets[g];
                if (fullyTrimmed[k] && c.haltGlyph != 0)
                    glyph = c.haltGlyph;
                offset.rx() += trimOffset[k];
                const double adv = lastGlyph ? total - used : p.advances[g];
                used += adv;
                run.glyphs.append(glyph);
                run.advances.append(adv);
                run.offsets.append(offset);
            }
            run.clusters.append(std::move(gc));
            pen += total;
        }
        line.runs.append(std::move(run));
    }
    return line;
}

} // namespace folio::text
