#include "model/storytext.h"

namespace folio {

namespace {

// Paragraph and offset in it of a plainText() offset.
bool locate(const Story &story, int offset, int *paragraph, int *at)
{
    int start = 0;
    for (int i = 0; i < story.paragraphs.size(); ++i) {
        const int length = story.paragraphs[i].length();
        if (offset <= start + length) {
            *paragraph = i;
            *at = offset - start;
            return true;
        }
        start += length + 1;
    }
    return false;
}

// Removes [from, to) of one paragraph's text, run by run.
void removeRange(Paragraph &p, int from, int to)
{
    int start = 0;
    for (TextRun &run : p.runs) {
        const int end = start + int(run.text.size());
        const int a = std::max(from, start);
        const int b = std::min(to, end);
        if (a < b)
            run.text.remove(a - start, b - a);
        start = end;
    }
}

void insertAt(Paragraph &p, int at, const QString &text)
{
    if (p.runs.isEmpty())
        p.runs.append(TextRun());
    int start = 0;
    for (TextRun &run : p.runs) {
        const int end = start + int(run.text.size());
        // Inserted text takes the style of the run it lands in (the earlier one at a border).
        if (at <= end) {
            run.text.insert(at - start, text);
            return;
        }
        start = end;
    }
    p.runs.last().text += text;
}

void dropEmptyRuns(Paragraph &p)
{
    p.runs.removeIf([](const TextRun &r) { return r.text.isEmpty(); });
    if (p.runs.isEmpty())
        p.runs.append(TextRun());
}

} // namespace

bool StoryText::replace(Story *story, int offset, int length, const QString &text)
{
    int firstParagraph = 0;
    int firstAt = 0;
    int lastParagraph = 0;
    int lastAt = 0;
    if (offset < 0 || length < 0 || text.contains(QLatin1Char('\n')) ||
        !locate(*story, offset, &firstParagraph, &firstAt) ||
        !locate(*story, offset + length, &lastParagraph, &lastAt))
        return false;
    Paragraph &first = story->paragraphs[firstParagraph];
    if (firstParagraph == lastParagraph) {
        removeRange(first, firstAt, lastAt);
    } else {
        removeRange(first, firstAt, first.length());
        Paragraph last = story->paragraphs[lastParagraph];
        removeRange(last, 0, lastAt);
        first.runs += last.runs;
        story->paragraphs.remove(firstParagraph + 1, lastParagraph - firstParagraph);
    }
    insertAt(first, firstAt, text);
    dropEmptyRuns(first);
    return true;
}

} // namespace folio
