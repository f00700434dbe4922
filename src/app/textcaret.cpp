#include "app/textcaret.h"

#include <QTextBoundaryFinder>

namespace folio::app {

void TextCaret::setStory(ObjectId storyId)
{
    m_storyId = storyId;
    m_anchor = m_position = 0;
    m_upstream = false;
    m_hasPreferredX = false;
}

void TextCaret::moveTo(int position, bool keepAnchor, bool upstream)
{
    m_position = qMax(0, position);
    if (!keepAnchor)
        m_anchor = m_position;
    m_upstream = upstream;
}

void TextCaret::select(int anchor, int position)
{
    m_anchor = qMax(0, anchor);
    m_position = qMax(0, position);
    m_upstream = false;
}

void TextCaret::setPreferredX(double x)
{
    m_preferredX = x;
    m_hasPreferredX = true;
}

void TextCaret::clamp(const QString &text)
{
    m_anchor = graphemeStart(text, qBound(0, m_anchor, int(text.size())));
    m_position = graphemeStart(text, qBound(0, m_position, int(text.size())));
}

namespace {
// Graphemes are short: a window around the position spares scanning a long story per key.
constexpr int kWindow = 32;

struct Window
{
    QString text;
    int offset = 0;
};

Window around(const QString &text, int position)
{
    const int start = qMax(0, position - kWindow);
    const int end = qMin(int(text.size()), position + kWindow);
    return {text.mid(start, end - start), start};
}
} // namespace

int TextCaret::nextGrapheme(const QString &text, int position)
{
    if (position >= text.size())
        return int(text.size());
    const Window w = around(text, qMax(0, position));
    QTextBoundaryFinder finder(QTextBoundaryFinder::Grapheme, w.text);
    finder.setPosition(qMax(0, position) - w.offset);
    const qsizetype next = finder.toNextBoundary();
    return next < 0 ? int(text.size()) : int(next) + w.offset;
}

int TextCaret::previousGrapheme(const QString &text, int position)
{
    if (position <= 0)
        return 0;
    const Window w = around(text, qMin(int(text.size()), position));
    QTextBoundaryFinder finder(QTextBoundaryFinder::Grapheme, w.text);
    finder.setPosition(qMin(int(text.size()), position) - w.offset);
    const qsizetype previous = finder.toPreviousBoundary();
    return previous < 0 ? 0 : int(previous) + w.offset;
}

int TextCaret::graphemeStart(const QString &text, int position)
{
    if (position <= 0 || position >= text.size())
        return qBound(0, position, int(text.size()));
    const Window w = around(text, position);
    QTextBoundaryFinder finder(QTextBoundaryFinder::Grapheme, w.text);
    finder.setPosition(position - w.offset);
    if (finder.isAtBoundary())
        return position;
    const qsizetype previous = finder.toPreviousBoundary();
    return previous < 0 ? 0 : int(previous) + w.offset;
}

} // namespace folio::app
