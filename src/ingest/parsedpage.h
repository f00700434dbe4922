#pragma once

#include "core/diagnostic.h"
#include "model/paragraphstyle.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace folio::ingest {

// A paragraph as the parser recognised it, before it becomes a model Paragraph.
struct ParsedParagraph
{
    ParagraphRole role = ParagraphRole::Body;
    QString text;
    int runInLength = 0; // leading dateline and byline (本报讯（记者 …）), set as a run-in
    int line = 0;        // 1-based source line of its first piece
    int pieces = 1;      // source chunks joined into it; more than 1 = rejoined column splits
    bool marked = false; // its role came from an explicit marker, not from a heuristic

    QString runIn() const { return text.left(runInLength); }
};

// One story: its headline parts first in reading order (引题, 主题, 副题), then body, captions
// and credits in source order.
struct ParsedStory
{
    QList<ParsedParagraph> paragraphs;
    int group = -1;     // index into ParsedPage::groups, -1 when under no banner
    int line = 0;       // first source line
    bool photo = false; // a picture belongs to it (a credit, a caption or an 【图片】 marker)
    bool photoStory = false; // headline, picture, caption and credit without body text
    QString imageFile;       // from an 【图片】 marker, relative to the text file
    QStringList notes;       // decisions an editor may want to check (translated)

    int count(ParagraphRole role) const
    {
        int n = 0;
        for (const auto &p : paragraphs)
            n += p.role == role ? 1 : 0;
        return n;
    }
    // The texts of every paragraph with this role, joined by a newline.
    QString text(ParagraphRole role) const
    {
        QStringList parts;
        for (const auto &p : paragraphs)
            if (p.role == role)
                parts << p.text;
        return parts.join(u'\n');
    }
    QString byline() const
    {
        for (const auto &p : paragraphs) {
            if (p.runInLength > 0)
                return p.runIn().trimmed();
            if (p.role == ParagraphRole::Byline)
                return p.text;
        }
        return {};
    }
    int rejoinedSplits() const
    {
        int n = 0;
        for (const auto &p : paragraphs)
            n += p.pieces - 1;
        return n;
    }
    // What the newsroom calls the story: its headline, or the start of its first paragraph.
    QString slug() const
    {
        const QString h = text(ParagraphRole::Headline).section(u'\n', 0, 0);
        if (!h.isEmpty())
            return h;
        return paragraphs.isEmpty() ? QString() : paragraphs.first().text.left(16);
    }
};

// A section banner (栏目) heading a group of stories.
struct StoryGroup
{
    QString banner;
    int line = 0;
    bool marked = false;
    QList<int> stories; // indices into ParsedPage::stories
};

struct ParsedPage
{
    QList<ParsedStory> stories;
    QList<StoryGroup> groups;
    Diagnostics diagnostics;
};

} // namespace folio::ingest
