#pragma once

#include "core/ids.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace folio {

// Inline text with one character style (0 = none, the paragraph style alone).
struct TextRun
{
    QString text;
    ObjectId characterStyleId = 0;
    bool operator==(const TextRun &) const = default;
};

struct Paragraph
{
    ObjectId styleId = 0;
    QList<TextRun> runs;
    // 挤字/扩字: extra space after every character in 1/100 em, on top of the style's letter
    // spacing (negative squeezes). The night desk's per-paragraph fitting, kept with the text.
    int tracking = 0;
    static constexpr int kMinTracking = -50;
    static constexpr int kMaxTracking = 100;

    QString text() const
    {
        QString t;
        for (const auto &r : runs)
            t += r.text;
        return t;
    }
    int length() const
    {
        int n = 0;
        for (const auto &r : runs)
            n += int(r.text.size());
        return n;
    }
    bool operator==(const Paragraph &) const = default;
};

enum class StoryStatus { Draft, Edited, Proofed, Approved };

struct Story
{
    ObjectId id = 0;
    QString slug; // the newsroom's short name for the story
    StoryStatus status = StoryStatus::Draft;
    QList<Paragraph> paragraphs;

    QString plainText() const
    {
        QStringList parts;
        for (const auto &p : paragraphs)
            parts << p.text();
        return parts.join(QLatin1Char('\n'));
    }
    int characterCount() const
    {
        int n = 0;
        for (const auto &p : paragraphs)
            n += p.length();
        return n;
    }
    bool operator==(const Story &) const = default;
};

} // namespace folio
