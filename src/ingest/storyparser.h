#pragma once

#include "ingest/parsedpage.h"
#include "ingest/sourceblock.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <optional>

namespace folio::ingest {

// Phase three of page import: recognises stories in the blocks of a page of text. Explicit
// markers and === separators win; unmarked text goes through the heuristics of
// docs/ingest-format.md (headline runs, run-in datelines, captions and credits, section
// banners, rejoining paragraphs split by column breaks).
class StoryParser
{
    Q_DECLARE_TR_FUNCTIONS(StoryParser)
public:
    // Decoded text (see TextDecoder) to stories.
    static ParsedPage parse(const QString &text);
    static ParsedPage parseBlocks(const QList<SourceBlock> &blocks);

private:
    enum class Evidence { None, Weak, Strong, Photo };

    struct Draft
    {
        ParsedStory story;
        QList<ParsedParagraph> heads;
        bool hasContent() const { return !heads.isEmpty() || !story.paragraphs.isEmpty(); }
        bool hasBody() const { return !story.paragraphs.isEmpty(); }
        bool hasHead(ParagraphRole role) const
        {
            for (const auto &h : heads)
                if (h.role == role)
                    return true;
            return false;
        }
    };

    explicit StoryParser(const QList<SourceBlock> &blocks) : m_blocks(blocks) {}
    void run();

    int headlineRunEnd(int first) const;
    Evidence storyStartEvidence(int first, int last) const;
    bool lastParagraphUnfinished() const;

    void startStory(int line);
    void closeStory();
    void startGroup(const QString &banner, int line, bool marked);
    void takeHeadlineRun(int first, int last, bool photo);
    void addHead(ParagraphRole role, const SourceBlock &block, bool marked);
    // A paragraph whose role a marker gave (caption, byline), appended as it stands.
    void addMarked(ParagraphRole role, const SourceBlock &block);
    void addBody(const SourceBlock &block, bool marked);
    void addCredit(const SourceBlock &block, bool marked);
    void addMarked(const SourceBlock &block);

    const QList<SourceBlock> &m_blocks;
    ParsedPage m_page;
    std::optional<Draft> m_draft;
    int m_group = -1;
    QString m_pendingRunIn;
    int m_paragraphGap = 1; // the usual number of empty lines between paragraphs
};

} // namespace folio::ingest
