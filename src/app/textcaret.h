#pragma once

#include "core/ids.h"

#include <QString>

namespace folio::app {

// The caret and selection of text editing on the page: a story, an anchor and a position
// (flat story positions, StoryText), whether the caret sits at the end of a line rather than
// at the start of the next (End), and the x that Up and Down keep. Moves never stop inside a
// grapheme (a surrogate pair or a base character with its combining marks).
class TextCaret
{
public:
    ObjectId storyId() const { return m_storyId; }
    int anchor() const { return m_anchor; }
    int position() const { return m_position; }
    bool hasSelection() const { return m_anchor != m_position; }
    int selectionStart() const { return qMin(m_anchor, m_position); }
    int selectionEnd() const { return qMax(m_anchor, m_position); }
    bool isUpstream() const { return m_upstream; }
    double preferredX() const { return m_preferredX; }
    bool hasPreferredX() const { return m_hasPreferredX; }

    void setStory(ObjectId storyId);
    // Moves the caret; with keepAnchor the selection grows from the anchor.
    void moveTo(int position, bool keepAnchor = false, bool upstream = false);
    void select(int anchor, int position);
    void setPreferredX(double x);
    void clearPreferredX() { m_hasPreferredX = false; }
    // Keeps anchor and position inside a text of this length and on grapheme boundaries.
    void clamp(const QString &text);

    static int nextGrapheme(const QString &text, int position);
    static int previousGrapheme(const QString &text, int position);
    // The grapheme boundary at or before position.
    static int graphemeStart(const QString &text, int position);

private:
    ObjectId m_storyId = 0;
    int m_anchor = 0;
    int m_position = 0;
    bool m_upstream = false;
    double m_preferredX = 0;
    bool m_hasPreferredX = false;
};

} // namespace folio::app
