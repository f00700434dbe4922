#include "app/storytext.h"

#include <QStringList>

namespace folio::app {

int StoryText::length(const Story &story)
{
    int n = 0;
    for (const Paragraph &p : story.paragraphs)
        n += p.length() + 1;
    return qMax(0, n - 1);
}

QList<int> StoryText::paragraphStarts(const Story &story)
{
    QList<int> starts;
    starts.reserve(story.paragraphs.size());
    int at = 0;
    for (const Paragraph &p : story.paragraphs) {
        starts.append(at);
        at += p.length() + 1;
    }
    return starts;
}

StoryText::Place StoryText::place(const Story &story, int position)
{
    int at = 0;
    for (int i = 0; i < story.paragraphs.size(); ++i) {
        const int length = story.paragraphs[i].length();
        if (position <= at + length || i == story.paragraphs.size() - 1)
            return {i, qBound(0, position - at, length)};
        at += length + 1;
    }
    return {};
}

int StoryText::position(const Story &story, int paragraph, int offset)
{
    int at = 0;
    for (int i = 0; i < paragraph && i < story.paragraphs.size(); ++i)
        at += story.paragraphs[i].length() + 1;
    return at + offset;
}

void StoryText::normalize(Paragraph &paragraph)
{
    QList<TextRun> runs;
    for (const TextRun &run : paragraph.runs) {
        if (run.text.isEmpty())
            continue;
        if (!runs.isEmpty() && runs.last().characterStyleId == run.characterStyleId)
            runs.last().text += run.text;
        else
            runs.append(run);
    }
    paragraph.runs = runs;
}

int StoryText::splitAt(Paragraph &paragraph, int offset)
{
    int at = 0;
    for (int i = 0; i < paragraph.runs.size(); ++i) {
        const int length = int(paragraph.runs[i].text.size());
        if (offset == at)
            return i;
        if (offset < at + length) {
            TextRun tail{paragraph.runs[i].text.mid(offset - at),
                         paragraph.runs[i].characterStyleId};
            paragraph.runs[i].text.truncate(offset - at);
            paragraph.runs.insert(i + 1, tail);
            return i + 1;
        }
        at += length;
    }
    return int(paragraph.runs.size());
}

Story StoryText::insert(const Story &story, int position, const QString &text)
{
    if (story.paragraphs.isEmpty() || text.isEmpty())
        return story;
    const Place at = place(story, position);
    Paragraph head = story.paragraphs[at.paragraph];
    const int index = splitAt(head, at.offset);
    const ObjectId charStyle = index > 0                  ? head.runs[index - 1].characterStyleId
                               : index < head.runs.size() ? head.runs[index].characterStyleId
                                                          : 0;
    Paragraph tail{head.styleId, head.runs.mid(index)};
    head.runs = head.runs.mid(0, index);
    const QStringList lines = text.split(QLatin1Char('\n'));
    QList<Paragraph> made;
    for (int i = 0; i < lines.size(); ++i) {
        Paragraph p = i == 0 ? head : Paragraph{head.styleId, {}};
        p.runs.append({lines[i], charStyle});
        if (i == lines.size() - 1)
            p.runs += tail.runs;
        normalize(p);
        made.append(p);
    }
    Story out = story;
    out.paragraphs.remove(at.paragraph);
    for (int i = 0; i < made.size(); ++i)
        out.paragraphs.insert(at.paragraph + i, made[i]);
    return out;
}

Story StoryText::remove(const Story &story, int from, int to)
{
    if (from > to)
        std::swap(from, to);
    if (from == to || story.paragraphs.isEmpty())
        return story;
    const Place a = place(story, from);
    const Place b = place(story, to);
    Paragraph first = story.paragraphs[a.paragraph];
    first.runs = first.runs.mid(0, splitAt(first, a.offset));
    Paragraph last = story.paragraphs[b.paragraph];
    first.runs += last.runs.mid(splitAt(last, b.offset));
    normalize(first);
    Story out = story;
    out.paragraphs.remove(a.paragraph, b.paragraph - a.paragraph + 1);
    out.paragraphs.insert(a.paragraph, first);
    return out;
}

QList<Paragraph> StoryText::fragment(const Story &story, int from, int to)
{
    if (from > to)
        std::swap(from, to);
    QList<Paragraph> out;
    if (story.paragraphs.isEmpty())
        return out;
    const Place a = place(story, from);
    const Place b = place(story, to);
    for (int i = a.paragraph; i <= b.paragraph; ++i) {
        Paragraph p = story.paragraphs[i];
        if (i == b.paragraph)
            p.runs = p.runs.mid(0, splitAt(p, b.offset));
        if (i == a.paragraph)
            p.runs = p.runs.mid(splitAt(p, a.offset));
        normalize(p);
        out.append(p);
    }
    return out;
}

Story StoryText::insertFragment(const Story &story, int position, const QList<Paragraph> &fragment,
                                int *end)
{
    if (end)
        *end = position;
    if (story.paragraphs.isEmpty() || fragment.isEmpty())
        return story;
    const Place at = place(story, position);
    Paragraph head = story.paragraphs[at.paragraph];
    const int index = splitAt(head, at.offset);
    const QList<TextRun> tail = head.runs.mid(index);
    head.runs = head.runs.mid(0, index);
    QList<Paragraph> made;
    for (int i = 0; i < fragment.size(); ++i) {
        Paragraph p = i == 0 ? head : Paragraph{fragment[i].styleId, {}};
        p.runs += fragment[i].runs;
        made.append(p);
    }
    made.last().runs += tail;
    for (Paragraph &p : made)
        normalize(p);
    Story out = story;
    out.paragraphs.remove(at.paragraph);
    for (int i = 0; i < made.size(); ++i)
        out.paragraphs.insert(at.paragraph + i, made[i]);
    if (end)
        *end = position + int(plainText(fragment).size());
    return out;
}

Story StoryText::setCharacterStyle(const Story &story, int from, int to, ObjectId styleId)
{
    if (from > to)
        std::swap(from, to);
    if (from == to || story.paragraphs.isEmpty())
        return story;
    const Place a = place(story, from);
    const Place b = place(story, to);
    Story out = story;
    for (int i = a.paragraph; i <= b.paragraph; ++i) {
        Paragraph &p = out.paragraphs[i];
        const int startOffset = i == a.paragraph ? a.offset : 0;
        const int endOffset = i == b.paragraph ? b.offset : p.length();
        // Runs split at both ends, so each run lies wholly inside or outside the range.
        splitAt(p, endOffset);
        splitAt(p, startOffset);
        int at = 0;
        for (TextRun &run : p.runs) {
            if (at >= startOffset && at + run.text.size() <= endOffset)
                run.characterStyleId = styleId;
            at += int(run.text.size());
        }
        normalize(p);
    }
    return out;
}

Story StoryText::setParagraphStyle(const Story &story, int from, int to, ObjectId styleId)
{
    if (story.paragraphs.isEmpty())
        return story;
    const Place a = place(story, qMin(from, to));
    const Place b = place(story, qMax(from, to));
    Story out = story;
    for (int i = a.paragraph; i <= b.paragraph; ++i)
        out.paragraphs[i].styleId = styleId;
    return out;
}

QString StoryText::plainText(const QList<Paragraph> &fragment)
{
    QStringList parts;
    for (const Paragraph &p : fragment)
        parts << p.text();
    return parts.join(QLatin1Char('\n'));
}

} // namespace folio::app
