#include "ingest/pageplacer.h"

#include "ingest/bandplanner.h"
#include "ingest/storymetrics.h"
#include "model/edition.h"

#include <QHash>
#include <algorithm>
#include <cmath>
#include <limits>

namespace folio::ingest {

namespace {

// Body frames grow into spare page height by at most this many lines summed over a story's
// columns (a story's text fills its columns in turn, so its last column shows the growth):
// enough to close a gap at the foot, little enough to keep 剩余 counts small.
constexpr int kBodyGrowthLines = 8;

// Geometry of the page grid. Every height below is in body lines (the grid's leading), so
// that frames in neighbouring columns share baselines.
struct Grid
{
    double left = 0;
    double top = 0;
    double columnWidth = 0;
    double gutter = 0;
    double line = 13.5;
    int columns = 1;
    int lines = 0; // lines in the type area
    int charsPerLine = 13;

    double spanWidth(int c) const { return c * columnWidth + (c - 1) * gutter; }
    double columnX(int i) const { return left + i * (columnWidth + gutter); }
    double y(int lineIndex) const { return top + lineIndex * line; }
    int linesFor(double pt) const { return pt <= 0 ? 0 : int(std::ceil(pt / line - 1e-6)); }
};

bool isHead(ParagraphRole r)
{
    return r == ParagraphRole::Kicker || r == ParagraphRole::Headline ||
           r == ParagraphRole::Subhead;
}

bool isCaption(ParagraphRole r)
{
    return r == ParagraphRole::Caption || r == ParagraphRole::Credit;
}

// A story module's parts at one width, in lines.
struct ModuleSize
{
    int head = 0;      // headline block with the space under it
    int image = 0;     // picture
    int caption = 0;   // caption and credit
    int bodyLines = 0; // body lines in one column
    int perColumn = 0; // balanced body lines per column
    int imageMin = 0;
    int imageMax = 0;
    int headMax = 0;
    double headPoints = 0; // where the body starts under the headline block, pt
    int variant = 0;       // headline style variant (StoryMetrics)
    int bodyFirst = 0;     // body paragraphs [bodyFirst, bodyEnd)
    int bodyEnd = 0;

    int total() const { return head + image + caption + perColumn; }
};

class ModuleMeasurer
{
public:
    ModuleMeasurer(StoryMetrics &metrics, const Grid &grid, const ParsedPage &parsed,
                   const BuiltStories &built)
        : m_metrics(metrics), m_grid(grid), m_parsed(parsed), m_built(built)
    {}

    ModuleSize size(int story, int columns)
    {
        const quint64 key = (quint64(story) << 8) | quint64(columns);
        if (auto it = m_cache.constFind(key); it != m_cache.cend())
            return *it;
        const ParsedStory &ps = m_parsed.stories[story];
        const Story &s = m_built.stories[story];
        const double span = m_grid.spanWidth(columns);
        ModuleSize m;
        // The largest headline size that keeps the 主题 on one line in this width.
        const int variants = m_metrics.headlineVariants();
        while (m.variant + 1 < variants && m_metrics.headlineLines(s.id, span, m.variant) > 1)
            ++m.variant;
        m.headPoints = m_metrics.headBlockHeight(s.id, span, m.variant);
        m.head = m_grid.linesFor(m.headPoints);
        m.headMax = m.head > 0 ? m.head + std::max(1, m.head * 3 / 5) : 0;
        m.bodyFirst = m.bodyEnd = 0;
        while (m.bodyFirst < ps.paragraphs.size() && isHead(ps.paragraphs[m.bodyFirst].role))
            ++m.bodyFirst;
        m.bodyEnd = int(ps.paragraphs.size());
        if (ps.photo) {
            // Captions and credits close the story (StoryParser puts them last).
            while (m.bodyEnd > m.bodyFirst && isCaption(ps.paragraphs[m.bodyEnd - 1].role))
                --m.bodyEnd;
            const int captionLines = m_metrics.lines(s.id, m.bodyEnd, -1, span);
            m.caption = captionLines > 0 ? captionLines + 1 : 0;
            m.image = m_grid.linesFor(span * (ps.photoStory ? 0.62 : 0.5));
            m.imageMin = std::max(3, m_grid.linesFor(span * 0.4));
            m.imageMax = std::max(m.image, int(span / m_grid.line));
        }
        m.bodyLines = m_metrics.lines(s.id, m.bodyFirst, m.bodyEnd, m_grid.columnWidth);
        m.perColumn =
            m_metrics.balancedLines(s.id, m.bodyFirst, m.bodyEnd, columns, m_grid.columnWidth);
        m_cache.insert(key, m);
        return m;
    }

private:
    StoryMetrics &m_metrics;
    const Grid &m_grid;
    const ParsedPage &m_parsed;
    const BuiltStories &m_built;
    QHash<quint64, ModuleSize> m_cache;
};

struct Band
{
    int group = -1;
    bool banner = false;
    QList<int> stories;
    int bannerLines = 0;
    BandPlan plan;
    int natural = 0; // lines
    int target = 0;
    int flex = 0; // lines its pictures can grow
    // Per stack: natural lines below the banner, lines its pictures can give up, columns.
    QList<int> stackLines;
    QList<int> stackShrink;
    QList<int> stackColumns;
};

// Shares `amount` whole lines among slots by weight, each slot at most its cap (-1: none).
QList<int> share(int amount, const QList<int> &weights, const QList<int> &caps)
{
    QList<int> out(weights.size(), 0);
    int left = amount;
    for (int round = 0; round < 4 && left > 0; ++round) {
        int total = 0;
        for (int i = 0; i < weights.size(); ++i)
            if (caps[i] < 0 || out[i] < caps[i])
                total += std::max(1, weights[i]);
        if (total == 0)
            break;
        const int pool = left;
        for (int i = 0; i < weights.size() && left > 0; ++i) {
            if (caps[i] >= 0 && out[i] >= caps[i])
                continue;
            int give = pool * std::max(1, weights[i]) / total;
            give = std::max(give, 1);
            if (caps[i] >= 0)
                give = std::min(give, caps[i] - out[i]);
            give = std::min(give, left);
            out[i] += give;
            left -= give;
        }
    }
    return out;
}

Frame textFrame(Edition &edition, const QString &name, const QRectF &rect, ObjectId storyId,
                int chainIndex)
{
    Frame f;
    f.id = edition.newId();
    f.kind = FrameKind::Text;
    f.name = name;
    f.rect = rect;
    f.storyId = storyId;
    f.chainIndex = chainIndex;
    f.z = 1;
    return f;
}

Frame ruleFrame(Edition &edition, const QString &name, QPointF from, QPointF to, double width)
{
    Frame f;
    f.id = edition.newId();
    f.kind = FrameKind::Rule;
    f.name = name;
    f.rect = QRectF(from, to);
    f.hasStroke = true;
    f.strokeWidth = width;
    f.strokeColor = CmykColor::black();
    f.z = 0;
    return f;
}

} // namespace

PagePlacement PagePlacer::place(const PageTemplate &pageTemplate, const ParsedPage &parsed,
                                const BuiltStories &built, Edition &edition)
{
    PagePlacement out;
    out.page = pageTemplate.makePage();
    Page &page = out.page;
    Grid grid;
    grid.left = page.margins.left();
    grid.top = page.margins.top();
    grid.columnWidth = page.columnWidth();
    grid.gutter = page.grid.gutter;
    grid.columns = std::max(1, page.grid.columns);
    grid.line = m_metrics.bodyLeading();
    grid.lines = int(page.typeArea().height() / grid.line + 1e-6);
    grid.charsPerLine = std::max(1, int(grid.columnWidth / m_metrics.bodySize() + 1e-6));
    // No story uses more lines than the page has: measuring stops a little past that.
    m_metrics.setPageCapacity(grid.lines, grid.columns);

    for (int i = 0; i < built.stories.size(); ++i) {
        StoryPlacement sp;
        sp.story = i;
        sp.storyId = built.stories[i].id;
        out.stories.append(sp);
    }
    if (built.stories.isEmpty())
        return out;

    ModuleMeasurer measurer(m_metrics, grid, parsed, built);
    const int gap = 1; // one line between stories, bands and a banner's rule and its stories

    // Bands in reading order: a band ends where the group changes; a long group is cut so
    // that the planner's search stays small.
    QList<Band> bands;
    for (int i = 0; i < parsed.stories.size(); ++i) {
        const int group = parsed.stories[i].group;
        if (bands.isEmpty() || bands.last().group != group ||
            bands.last().stories.size() >= BandPlanner::kMaxStories - 2) {
            Band b;
            b.group = group;
            b.banner = group >= 0 && (bands.isEmpty() || bands.last().group != group);
            bands.append(b);
        }
        bands.last().stories.append(i);
    }

    // A band's arrangement, its natural height and how far it can grow. `slack`: lines the
    // band may be taller than its lowest arrangement when that leaves less blank.
    const auto planBand = [&](Band &band, int slack) {
        const auto height = [&](int s, int columns) {
            return double(measurer.size(band.stories[s], columns).total());
        };
        const auto growth = [&](int s, int columns) {
            const ModuleSize m = measurer.size(band.stories[s], columns);
            return double((m.imageMax - m.image) + (m.headMax - m.head));
        };
        band.plan =
            BandPlanner::plan(int(band.stories.size()), grid.columns, gap, height, slack, growth);
        band.natural = band.bannerLines + int(std::lround(band.plan.height));
        band.stackLines.clear();
        band.stackShrink.clear();
        band.stackColumns.clear();
        // How far the band can grow with bigger pictures and roomier headlines alone, without
        // leaving body columns short: the least such height over its stacks.
        int grow = std::numeric_limits<int>::max();
        for (const StackPlan &stack : band.plan.stacks) {
            int stackLines = gap * (int(stack.stories.size()) - 1);
            int stackFlex = 0;
            int stackShrink = 0;
            for (int s : stack.stories) {
                const ModuleSize m = measurer.size(band.stories[s], stack.columns);
                stackLines += m.total();
                stackFlex += (m.imageMax - m.image) + (m.headMax - m.head);
                stackShrink += m.image - m.imageMin;
            }
            band.stackLines << stackLines;
            band.stackShrink << std::max(0, stackShrink);
            band.stackColumns << stack.columns;
            grow = std::min(grow, band.bannerLines + stackLines + stackFlex - band.natural);
        }
        band.flex = std::max(0, grow);
    };

    // Natural heights, band by band, until the page is full.
    int used = 0;
    int placedBands = 0;
    for (Band &band : bands) {
        if (band.banner && band.group < built.bannerStories.size()) {
            const ObjectId id = built.bannerStories[band.group].id;
            band.bannerLines =
                grid.linesFor(m_metrics.paragraphHeight(id, 0, grid.spanWidth(grid.columns))) + gap;
        }
        planBand(band, 0);
        int minimum = band.bannerLines;
        for (const StackPlan &stack : band.plan.stacks)
            for (int s : stack.stories)
                minimum =
                    std::max(minimum, band.bannerLines +
                                          measurer.size(band.stories[s], stack.columns).head + 4);
        const int room = grid.lines - used - (placedBands > 0 ? gap : 0);
        if (placedBands > 0 && room < minimum)
            break;
        used += band.natural + (placedBands > 0 ? gap : 0);
        ++placedBands;
    }
    bands = bands.mid(0, placedBands);

    // Share the page's height among the bands.
    const int available = grid.lines - gap * (int(bands.size()) - 1);
    const auto naturalTotal = [&bands] {
        int sum = 0;
        for (const Band &b : bands)
            sum += b.natural;
        return sum;
    };
    int natural = naturalTotal();
    if (natural < available) {
        // With room to spare, each band may take a slightly taller arrangement (its share of
        // the spare) when that leaves fewer columns short under it.
        const int spare = available - natural;
        for (Band &b : bands)
            planBand(b, spare * b.natural / std::max(1, natural));
        natural = naturalTotal();
    }
    if (natural <= available) {
        // Spare lines go first to pictures and headline space, then to body frames, a few
        // lines a band, so that stories end near the foot of the page with a small 剩余 each.
        // When the text is really too short, the rest stays free at the foot and is reported.
        QList<int> flexes, bodyWeights, bodyCaps;
        for (const Band &b : bands) {
            flexes << b.flex;
            bodyWeights << b.natural - b.bannerLines;
            int widest = 1;
            for (int columns : b.stackColumns)
                widest = std::max(widest, columns);
            bodyCaps << std::max(1, kBodyGrowthLines / widest);
        }
        int spare = available - natural;
        const QList<int> extra = share(spare, flexes, flexes);
        for (int v : extra)
            spare -= v;
        const QList<int> body = share(spare, bodyWeights, bodyCaps);
        for (int i = 0; i < bands.size(); ++i) {
            bands[i].target = bands[i].natural + extra[i] + body[i];
            spare -= body[i];
        }
        out.spareLines = spare;
        if (spare > 0) {
            out.diagnostics.append(
                {Diagnostic::Severity::Info, QStringLiteral("page-underfull"),
                 tr("版面下方剩余 %n 行（约 %1 字），可补稿或安排广告。", nullptr, spare)
                     .arg(spare * grid.columns * grid.charsPerLine),
                 0, 0, -1});
        }
    } else {
        // Take line by line from the band where it costs the fewest body columns: a stack
        // shorter than its band, or with a picture to shrink, loses nothing.
        for (Band &b : bands)
            b.target = b.natural;
        for (int missing = natural - available; missing > 0; --missing) {
            int best = -1;
            int bestCost = std::numeric_limits<int>::max();
            for (int i = 0; i < bands.size(); ++i) {
                const Band &b = bands[i];
                if (b.target <= b.bannerLines + 3)
                    continue;
                int cost = 0;
                for (int k = 0; k < b.stackLines.size(); ++k)
                    if (b.stackLines[k] - b.stackShrink[k] >= b.target - b.bannerLines)
                        cost += b.stackColumns[k];
                if (cost < bestCost) {
                    best = i;
                    bestCost = cost;
                }
            }
            if (best < 0)
                break;
            --bands[best].target;
        }
        out.diagnostics.append(
            {Diagnostic::Severity::Warning, QStringLiteral("page-overfull"),
             tr("稿件多于版面容量，约超出 %n 行。", nullptr, natural - available), 0, 0, -1});
    }

    int line = 0;
    for (int bi = 0; bi < bands.size(); ++bi) {
        const Band &band = bands[bi];
        const double bandLeft = grid.columnX(0);
        const double bandRight = grid.columnX(grid.columns - 1) + grid.columnWidth;
        if (bi > 0) {
            const double y = grid.y(line) - grid.line * 0.5;
            page.frames.append(ruleFrame(edition, tr("隔线"), {bandLeft, y}, {bandRight, y}, 0.5));
        }
        if (band.banner) {
            const Story &bannerStory = built.bannerStories[band.group];
            const double bannerBottom = grid.y(line + band.bannerLines - gap);
            Frame bf = textFrame(
                edition, tr("栏目"),
                QRectF(bandLeft, grid.y(line), bandRight - bandLeft, bannerBottom - grid.y(line)),
                bannerStory.id, 0);
            page.frames.append(bf);
            const double ruleY = bannerBottom + grid.line * 0.25;
            page.frames.append(
                ruleFrame(edition, tr("栏目线"), {bandLeft, ruleY}, {bandRight, ruleY}, 1.5));
        }
        const int stackTop = line + band.bannerLines;
        const int inner = band.target - band.bannerLines;
        for (int si = 0; si < band.plan.stacks.size(); ++si) {
            const StackPlan &stack = band.plan.stacks[si];
            const double x = grid.columnX(stack.firstColumn);
            const double span = grid.spanWidth(stack.columns);
            if (si > 0) {
                const double rx = x - grid.gutter / 2;
                page.frames.append(ruleFrame(edition, tr("隔线"), {rx, grid.y(stackTop)},
                                             {rx, grid.y(stackTop + inner)}, 0.5));
            }
            QList<ModuleSize> sizes;
            int stackNatural = gap * (int(stack.stories.size()) - 1);
            for (int s : stack.stories) {
                sizes << measurer.size(band.stories[s], stack.columns);
                stackNatural += sizes.last().total();
            }
            const int n = int(sizes.size());
            QList<int> imageExtra(n, 0), headExtra(n, 0), bodyExtra(n, 0);
            int extra = inner - stackNatural;
            QList<int> w, c;
            if (extra > 0) {
                for (const auto &m : sizes) {
                    w << m.imageMax - m.image;
                    c << m.imageMax - m.image;
                }
                imageExtra = share(extra, w, c);
                for (int v : imageExtra)
                    extra -= v;
                w.clear();
                c.clear();
                for (const auto &m : sizes) {
                    w << m.headMax - m.head;
                    c << m.headMax - m.head;
                }
                headExtra = share(extra, w, c);
                for (int v : headExtra)
                    extra -= v;
                w.clear();
                c.clear();
                bool anyBody = false;
                for (const auto &m : sizes) {
                    anyBody = anyBody || m.perColumn > 0;
                    w << m.perColumn;
                    c << (m.perColumn > 0 ? -1 : 0);
                }
                if (!anyBody)
                    c[n - 1] = -1; // a stack of picture stories: the last picture takes it
                bodyExtra = share(extra, w, c);
                if (!anyBody) {
                    imageExtra[n - 1] += bodyExtra[n - 1];
                    bodyExtra[n - 1] = 0;
                }
            } else if (extra < 0) {
                int missing = -extra;
                for (int i = 0; i < n && missing > 0; ++i) {
                    const int cut = std::min(missing, sizes[i].image - sizes[i].imageMin);
                    if (cut > 0) {
                        imageExtra[i] = -cut;
                        missing -= cut;
                    }
                }
                for (const auto &m : sizes) {
                    w << m.perColumn;
                    c << std::max(0, m.perColumn - 1);
                }
                const QList<int> cut = share(missing, w, c);
                for (int i = 0; i < n; ++i)
                    bodyExtra[i] = -cut[i];
            }

            int y = stackTop;
            for (int k = 0; k < n; ++k) {
                const int storyIndex = band.stories[stack.stories[k]];
                const Story &story = built.stories[storyIndex];
                const ParsedStory &ps = parsed.stories[storyIndex];
                const ModuleSize &m = sizes[k];
                StoryPlacement &sp = out.stories[storyIndex];
                if (k > 0) {
                    const double ry = grid.y(y) - grid.line * 0.5;
                    page.frames.append(
                        ruleFrame(edition, tr("隔线"), {x, ry}, {x + span, ry}, 0.5));
                }
                const int moduleTop = y;
                int chain = 0;
                const QString slug = story.slug.left(12);
                if (m.head > 0) {
                    const int h = m.head + headExtra[k];
                    Frame f =
                        textFrame(edition, tr("%1 标题").arg(slug),
                                  QRectF(x, grid.y(y), span, h * grid.line), story.id, chain++);
                    // Spare headline space sits above and below the block alike; the bottom
                    // inset keeps body lines out of the headline frame.
                    const double pad = headExtra[k] * grid.line / 2;
                    const double inner = m.headPoints + m_metrics.bodySize() - 1.0;
                    f.insets = QMarginsF(0, pad, 0, std::max(0.0, h * grid.line - pad - inner));
                    page.frames.append(f);
                    sp.frameIds << f.id;
                    y += h;
                }
                Frame caption;
                if (ps.photo) {
                    const int ih = m.image + imageExtra[k];
                    Frame img;
                    img.id = edition.newId();
                    img.kind = FrameKind::Image;
                    img.name = tr("%1 图片").arg(slug);
                    img.rect = QRectF(x, grid.y(y), span, ih * grid.line - grid.line * 0.25);
                    img.fit = ImageFit::Fill;
                    // Until a picture is placed the frame shows as a grey box with an outline.
                    img.hasFill = true;
                    img.fillColor = CmykColor::grey(0.15);
                    img.hasStroke = true;
                    img.strokeWidth = 0.3;
                    img.z = 1;
                    y += ih;
                    caption =
                        textFrame(edition, tr("%1 图片说明").arg(slug),
                                  QRectF(x, grid.y(y), span, m.caption * grid.line), story.id, 0);
                    caption.insets = QMarginsF(0, grid.line * 0.25, 0, 0);
                    img.captionFrameId = caption.id;
                    page.frames.append(img);
                    sp.imageFrameId = img.id;
                    y += m.caption;
                }
                const int perColumn = m.perColumn + bodyExtra[k];
                if (m.bodyLines > 0) {
                    for (int col = 0; col < stack.columns; ++col) {
                        Frame f = textFrame(edition, tr("%1 正文 %2").arg(slug).arg(col + 1),
                                            QRectF(grid.columnX(stack.firstColumn + col), grid.y(y),
                                                   grid.columnWidth, perColumn * grid.line),
                                            story.id, chain++);
                        page.frames.append(f);
                        sp.frameIds << f.id;
                    }
                    y += perColumn;
                }
                // The caption follows the body in the story, so it closes the chain.
                if (ps.photo) {
                    caption.chainIndex = chain++;
                    page.frames.append(caption);
                    sp.frameIds << caption.id;
                }
                sp.placed = true;
                sp.headlineVariant = m.variant;
                m_metrics.setHeadlineVariant(story.id, m.variant);
                sp.firstColumn = stack.firstColumn;
                sp.columns = stack.columns;
                sp.module = QRectF(x, grid.y(moduleTop), span, (y - moduleTop) * grid.line);
                sp.neededLines = m.bodyLines;
                sp.capacityLines = m.bodyLines > 0 ? perColumn * stack.columns : 0;
                y += gap;
            }
        }
        line += band.target + gap;
    }

    for (StoryPlacement &sp : out.stories) {
        if (sp.placed) {
            const StoryLayout layout = m_metrics.layoutOn(page, sp.storyId);
            sp.copyfit = layout.overset ? -layout.oversetChars : layout.remainingChars;
            continue;
        }
        sp.copyfit = -built.stories[sp.story].characterCount();
        out.diagnostics.append({Diagnostic::Severity::Warning, QStringLiteral("story-unplaced"),
                                tr("《%1》未能排入版面。").arg(built.stories[sp.story].slug),
                                sp.storyId, 0, -1});
    }
    return out;
}

} // namespace folio::ingest
