#include "ingest/storyparser.h"

#include "ingest/blocksplitter.h"
#include "ingest/textpatterns.h"

#include <QHash>
#include <algorithm>

namespace folio::ingest {

namespace {

constexpr int kMaxHeadlineLines = 4;
// A photo story's caption may run over this many blocks before its credit line.
constexpr int kMaxCaptionBlocks = 3;

bool isText(const SourceBlock &b)
{
    return b.kind == BlockKind::Text;
}

int headRank(ParagraphRole role)
{
    switch (role) {
    case ParagraphRole::Kicker:
        return 0;
    case ParagraphRole::Headline:
        return 1;
    default:
        return 2;
    }
}

} // namespace

ParsedPage StoryParser::parse(const QString &text)
{
    Diagnostics diagnostics;
    const QList<SourceBlock> blocks = BlockSplitter::split(text, &diagnostics);
    ParsedPage page = parseBlocks(blocks);
    page.diagnostics = diagnostics + page.diagnostics;
    return page;
}

ParsedPage StoryParser::parseBlocks(const QList<SourceBlock> &blocks)
{
    StoryParser parser(blocks);
    parser.run();
    return std::move(parser.m_page);
}

void StoryParser::run()
{
    const int n = int(m_blocks.size());
    // Only a gap wider than the file's usual paragraph gap separates stories visually.
    QHash<int, int> gaps;
    for (const auto &b : m_blocks)
        if (isText(b))
            ++gaps[b.blankLinesBefore];
    int best = 0;
    for (auto it = gaps.cbegin(); it != gaps.cend(); ++it)
        if (it.value() > best || (it.value() == best && it.key() < m_paragraphGap)) {
            best = it.value();
            m_paragraphGap = it.key();
        }
    for (int i = 0; i < n; ++i) {
        const SourceBlock &b = m_blocks[i];
        if (b.kind == BlockKind::Separator) {
            closeStory();
            continue;
        }
        if (b.kind == BlockKind::Marker) {
            addMarked(b);
            continue;
        }
        if (patterns::isCredit(b.text)) {
            addCredit(b, false);
            continue;
        }
        if (patterns::isHeadlineShaped(b.text)) {
            const int last = headlineRunEnd(i);
            const Evidence evidence = storyStartEvidence(i, last);
            // A strong sign (a dateline or a credit right after the run) starts a story even
            // when the previous paragraph lacks its full stop; a weak one only when the
            // previous paragraph is complete, otherwise the line is a column-break split.
            const bool unfinished = lastParagraphUnfinished();
            // The first line of a longer run after an unfinished paragraph is its tail.
            if (unfinished && last > i) {
                addBody(b, false);
                continue;
            }
            if (evidence == Evidence::Strong || evidence == Evidence::Photo ||
                (evidence == Evidence::Weak && !unfinished)) {
                takeHeadlineRun(i, last, evidence == Evidence::Photo);
                i = last;
                continue;
            }
        }
        addBody(b, false);
    }
    closeStory();
    if (m_page.stories.isEmpty()) {
        m_page.diagnostics.append({Diagnostic::Severity::Error, QStringLiteral("no-stories"),
                                   tr("文件中没有可导入的稿件文字。"), 0, 0, -1});
    }
}

int StoryParser::headlineRunEnd(int first) const
{
    int last = first;
    while (last + 1 < m_blocks.size() && last + 1 - first < kMaxHeadlineLines) {
        const SourceBlock &next = m_blocks[last + 1];
        if (!isText(next) || !patterns::isHeadlineShaped(next.text))
            break;
        ++last;
    }
    return last;
}

StoryParser::Evidence StoryParser::storyStartEvidence(int first, int last) const
{
    const int n = int(m_blocks.size());
    const int next = last + 1;
    if (next < n) {
        const SourceBlock &b = m_blocks[next];
        if (isText(b) && patterns::datelineLength(b.text) > 0)
            return Evidence::Strong;
        if (b.kind == BlockKind::Marker &&
            (b.marker == Marker::Body || b.marker == Marker::Dateline ||
             b.marker == Marker::Byline))
            return Evidence::Strong;
        if (b.kind == BlockKind::Marker &&
            (b.marker == Marker::Caption || b.marker == Marker::Credit ||
             b.marker == Marker::Image))
            return Evidence::Photo;
        // A photo story: headline, a caption of a few blocks, then the credit line.
        for (int k = next; k < n && k <= next + kMaxCaptionBlocks; ++k) {
            const SourceBlock &c = m_blocks[k];
            if (!isText(c) || patterns::datelineLength(c.text) > 0)
                break;
            // The next story's headline ends the search: its credit is not ours.
            if (k > next && patterns::isHeadlineShaped(c.text))
                break;
            if (patterns::isCredit(c.text))
                return Evidence::Photo;
        }
    }
    const bool nothingFollows = next >= n || !isText(m_blocks[next]);
    if (!m_draft || !m_draft->hasContent())
        return Evidence::Weak;
    if (nothingFollows)
        return Evidence::None;
    // A wider gap than between paragraphs separates stories visually.
    if (m_blocks[first].blankLinesBefore > std::max(1, m_paragraphGap) && m_draft->hasBody())
        return Evidence::Weak;
    return Evidence::None;
}

bool StoryParser::lastParagraphUnfinished() const
{
    if (!m_draft || m_draft->story.paragraphs.isEmpty())
        return false;
    const ParsedParagraph &p = m_draft->story.paragraphs.last();
    return (p.role == ParagraphRole::Body || p.role == ParagraphRole::Caption) && !p.marked &&
           !patterns::endsSentence(p.text);
}

void StoryParser::startStory(int line)
{
    closeStory();
    m_draft.emplace();
    m_draft->story.line = line;
    m_draft->story.group = m_group;
}

void StoryParser::closeStory()
{
    if (!m_draft)
        return;
    Draft draft = std::move(*m_draft);
    m_draft.reset();
    if (!m_pendingRunIn.isEmpty()) {
        // A dateline with no body after it stays visible as a byline line.
        ParsedParagraph p;
        p.role = ParagraphRole::Byline;
        p.text = m_pendingRunIn;
        draft.story.paragraphs.append(p);
        m_pendingRunIn.clear();
    }
    if (!draft.hasContent())
        return;
    // Marked parts are set in the block's order (引题, 主题, 副题). Unmarked parts come from a
    // printed page read top to bottom, so their order is the printed one and stays: a 副题 that
    // stood above the 主题 is set there again, and the page reads as its source did.
    const bool anyMarked = std::any_of(draft.heads.begin(), draft.heads.end(),
                                       [](const ParsedParagraph &p) { return p.marked; });
    if (anyMarked) {
        std::stable_sort(draft.heads.begin(), draft.heads.end(),
                         [](const ParsedParagraph &a, const ParsedParagraph &b) {
                             return headRank(a.role) < headRank(b.role);
                         });
    }
    ParsedStory story = std::move(draft.story);
    if (story.photo) {
        // The picture's caption and credit sit under the picture, after the body in the
        // story's frame chain.
        std::stable_partition(
            story.paragraphs.begin(), story.paragraphs.end(), [](const ParsedParagraph &p) {
                return p.role != ParagraphRole::Caption && p.role != ParagraphRole::Credit;
            });
    }
    story.paragraphs = draft.heads + story.paragraphs;
    if (story.count(ParagraphRole::Headline) == 0)
        story.notes << tr("未识别到主题（标题）。");
    const bool hasBody = story.count(ParagraphRole::Body) > 0;
    if (story.photo && !hasBody)
        story.photoStory = true;
    if (story.group >= 0)
        m_page.groups[story.group].stories.append(int(m_page.stories.size()));
    m_page.stories.append(std::move(story));
}

void StoryParser::startGroup(const QString &banner, int line, bool marked)
{
    closeStory();
    StoryGroup g;
    g.banner = banner;
    g.line = line;
    g.marked = marked;
    m_page.groups.append(g);
    m_group = int(m_page.groups.size()) - 1;
}

void StoryParser::takeHeadlineRun(int first, int last, bool photo)
{
    if (last > first && patterns::isBannerShaped(m_blocks[first].text)) {
        startGroup(m_blocks[first].text, m_blocks[first].line, false);
        ++first;
    }
    startStory(m_blocks[first].line);
    m_draft->story.photo = photo;
    QList<int> plain;
    for (int i = first; i <= last; ++i) {
        if (patterns::startsWithDash(m_blocks[i].text))
            addHead(ParagraphRole::Subhead, m_blocks[i], false);
        else
            plain << i;
    }
    // Text extracted from a printed page lists the headline block top to bottom: 引题 first,
    // 主题 last before the body, anything between them a 副题.
    for (int k = 0; k < plain.size(); ++k) {
        ParagraphRole role = ParagraphRole::Subhead;
        if (k == plain.size() - 1)
            role = ParagraphRole::Headline;
        else if (k == 0)
            role = ParagraphRole::Kicker;
        addHead(role, m_blocks[plain[k]], false);
    }
    if (plain.isEmpty() && !m_draft->heads.isEmpty())
        m_draft->heads.first().role = ParagraphRole::Headline;
    if (plain.size() >= 3)
        m_draft->story.notes << tr("引题与主题之间的 %n 行标题按副题处理；如为第二行引题，请用"
                                   "【引题】标记。",
                                   nullptr, int(plain.size()) - 2);
}

void StoryParser::addHead(ParagraphRole role, const SourceBlock &block, bool marked)
{
    ParsedParagraph p;
    p.role = role;
    p.text = block.text;
    p.line = block.line;
    p.marked = marked;
    m_draft->heads.append(p);
}

void StoryParser::addMarked(ParagraphRole role, const SourceBlock &block)
{
    if (!m_draft)
        startStory(block.line);
    ParsedParagraph p;
    p.role = role;
    p.text = block.text;
    p.line = block.line;
    p.marked = true;
    m_draft->story.paragraphs.append(p);
}

void StoryParser::addBody(const SourceBlock &block, bool marked)
{
    QString text = block.text;
    int runIn = patterns::datelineLength(text);
    if (runIn > 0 && m_draft && m_draft->hasBody() && m_pendingRunIn.isEmpty()) {
        // A second dateline means a new story whose headline is missing.
        startStory(block.line);
    }
    if (!m_draft)
        startStory(block.line);
    if (runIn > 0 && runIn >= text.size()) {
        m_pendingRunIn += text;
        return;
    }
    if (!m_pendingRunIn.isEmpty()) {
        QString prefix = m_pendingRunIn;
        m_pendingRunIn.clear();
        runIn = int(prefix.size()) + runIn;
        text = prefix + text;
    }
    auto &paragraphs = m_draft->story.paragraphs;
    if (!marked && runIn == 0 && lastParagraphUnfinished()) {
        ParsedParagraph &last = paragraphs.last();
        last.text = patterns::joinSplit(last.text, text);
        ++last.pieces;
        return;
    }
    ParsedParagraph p;
    p.role = !marked && runIn == 0 && patterns::isSelfNamedCaption(text) ? ParagraphRole::Caption
                                                                         : ParagraphRole::Body;
    if (p.role == ParagraphRole::Caption)
        m_draft->story.photo = true;
    p.text = text;
    p.runInLength = runIn;
    p.line = block.line;
    p.marked = marked;
    paragraphs.append(p);
}

void StoryParser::addCredit(const SourceBlock &block, bool marked)
{
    if (!m_draft)
        startStory(block.line);
    auto &story = m_draft->story;
    auto &paragraphs = story.paragraphs;
    const bool hasCaption = std::any_of(paragraphs.begin(), paragraphs.end(), [](const auto &p) {
        return p.role == ParagraphRole::Caption;
    });
    int bodies = 0;
    for (const auto &p : paragraphs)
        bodies += p.role == ParagraphRole::Body ? 1 : 0;
    if (!hasCaption && (story.photo || bodies == 1)) {
        // A photo story: everything between its headline and its credit is the caption.
        for (auto &p : paragraphs)
            if (p.role == ParagraphRole::Body && !p.marked)
                p.role = ParagraphRole::Caption;
    } else if (!hasCaption && !paragraphs.isEmpty() &&
               paragraphs.last().role == ParagraphRole::Body && !paragraphs.last().marked &&
               paragraphs.last().runInLength == 0) {
        // A picture inside a story: the paragraph just before the credit is its caption.
        paragraphs.last().role = ParagraphRole::Caption;
        story.notes << tr("第 %1 行按图片说明处理。").arg(paragraphs.last().line);
    }
    story.photo = true;
    ParsedParagraph p;
    p.role = ParagraphRole::Credit;
    p.text = block.text;
    p.line = block.line;
    p.marked = marked;
    paragraphs.append(p);
}

void StoryParser::addMarked(const SourceBlock &b)
{
    const bool empty = b.text.isEmpty();
    if (empty && b.marker != Marker::EndGroup) {
        m_page.diagnostics.append({Diagnostic::Severity::Warning, QStringLiteral("empty-marker"),
                                   tr("第 %1 行的标记后没有文字，已忽略。").arg(b.line), 0, 0, -1});
        return;
    }
    switch (b.marker) {
    case Marker::Banner:
        startGroup(b.text, b.line, true);
        return;
    case Marker::EndGroup:
        closeStory();
        m_group = -1;
        return;
    case Marker::Kicker:
    case Marker::Headline:
    case Marker::Subhead: {
        const ParagraphRole role = b.marker == Marker::Kicker     ? ParagraphRole::Kicker
                                   : b.marker == Marker::Headline ? ParagraphRole::Headline
                                                                  : ParagraphRole::Subhead;
        // A marked headline part after body text, or a second 主题, begins the next story.
        if (!m_draft || m_draft->hasBody() ||
            (role != ParagraphRole::Subhead && m_draft->hasHead(role)) ||
            (role == ParagraphRole::Kicker && m_draft->hasHead(ParagraphRole::Headline)))
            startStory(b.line);
        addHead(role, b, true);
        return;
    }
    case Marker::Body:
        addBody(b, true);
        return;
    case Marker::Caption:
        addMarked(ParagraphRole::Caption, b);
        m_draft->story.photo = true;
        return;
    case Marker::Credit:
        addCredit(b, true);
        return;
    case Marker::Byline:
        addMarked(ParagraphRole::Byline, b);
        return;
    case Marker::Dateline:
        if (!m_draft)
            startStory(b.line);
        m_pendingRunIn += b.text;
        return;
    case Marker::Image:
        if (!m_draft)
            startStory(b.line);
        m_draft->story.imageFile = b.text;
        m_draft->story.photo = true;
        return;
    case Marker::None:
        break;
    }
}

} // namespace folio::ingest
