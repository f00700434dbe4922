#pragma once

#include "app/storylines.h"
#include "app/textcaret.h"
#include "core/ids.h"

#include <QHash>
#include <QObject>
#include <QPointF>
#include <QPointer>
#include <QTimer>
#include <memory>
#include <optional>

class QPainter;

namespace folio {
class Edition;
struct Paragraph;
struct Story;
struct PageLayout;
} // namespace folio

namespace folio::app {

class LayoutCache;
class PageView;
class StoryEditor;
class StylesPanel;

// Text editing on the page view (text mode): a double-click in a text frame, or a click with
// the text tool, puts a caret into its story at the character under the pointer. Keys, input
// methods and the mouse move the caret and select; typing, deleting, paste and styles become
// PageTextCommands on the edition's stack. It watches the view's events (an event filter),
// so the view only constructs it and asks it to paint; caret, selection and the input
// method's preedit are drawn on screen only.
class PageTextEditor : public QObject
{
    Q_OBJECT
public:
    explicit PageTextEditor(PageView *view);

    void setEdition(Edition *edition, LayoutCache *layouts);
    bool isActive() const { return m_active; }
    // True while its own edit is being applied (the view then repaints only what changed).
    bool isPushing() const { return m_pushing; }
    const TextCaret &caret() const { return m_caret; }
    QString preedit() const { return m_preedit; }

    // Enters text mode in a story with the selection anchor..position (the caret at position).
    void edit(ObjectId storyId, int anchor, int position);
    // Leaves text mode; the frame that held the caret stays selected.
    void leave();
    // Where undo or redo of a page edit puts the caret.
    void restoreCaret(ObjectId storyId, int anchor, int position);
    // The caret's rectangle in the view's viewport pixels (empty when not on screen).
    QRectF caretRect() const;

    void copy();
    void cut();
    void paste();
    void applyParagraphStyle(ObjectId styleId);
    void applyCharacterStyle(ObjectId styleId);

    // Caret, selection and preedit of one page drawn at `origin` with `scale` px per pt.
    void paint(QPainter &painter, ObjectId pageId, const QPointF &origin, double scale);

    // The 稿件编辑 dock follows the caret (after typing pauses) and the caret follows the dock;
    // style actions go to the page's selection while in text mode.
    static void connectPanels(PageTextEditor *editor, StoryEditor *storyEditor,
                              StylesPanel *styles);

    static QString mimeType();

Q_SIGNALS:
    void activeChanged(bool active);
    // The caret or selection moved, told once typing or moving pauses.
    void caretSettled(folio::ObjectId storyId, int anchor, int position);

private:
    // Keys, input methods and the mouse arrive through PageTextInput, the view's event filter.
    friend class PageTextInput;

    struct Hit
    {
        ObjectId pageId = 0;
        ObjectId frameId = 0;
        ObjectId storyId = 0;
        int position = 0;
    };
    struct Spot
    {
        ObjectId pageId = 0;
        int line = -1;
        double x = 0;
    };

    std::optional<Hit> hitTest(const QPointF &viewportPx) const;

    // The story's lines on a page, cached per composed layout.
    const QList<StoryLine> &linesOn(ObjectId pageId) const;
    QList<ObjectId> chainPages() const;
    QList<StoryLine> allLines() const;
    std::optional<Spot> locate() const;
    const QString &plainText() const;
    QList<int> paragraphStarts() const;

    void moveCaret(int position, bool keepAnchor, bool upstream = false);
    void moveVertically(int lines, bool keepAnchor);
    void moveToLineEdge(bool end, bool keepAnchor);
    // Where Ctrl+Right (forward) or Ctrl+Left moves from `position`: the end or start of the
    // word (ICU's Chinese word rules) or of the run of spaces or punctuation there, within its
    // paragraph; at a paragraph's edge, one character into the next or previous one.
    int wordEdge(int position, bool forward) const;
    void caretChanged(bool scroll);
    void ensureCaretVisible();
    void selectWord(int position);
    void selectParagraph(int position);

    // Replaces the selection with text (typing) as one merging edit.
    void typeText(const QString &text);
    void deleteBackward(bool forward);
    void push(const Story &after, const QString &label, int caretAfter, bool typing);
    void startBurst() { ++m_burst; }
    void updateRepaint();

    PageView *m_view;
    Edition *m_edition = nullptr;
    LayoutCache *m_layouts = nullptr;
    bool m_active = false;
    TextCaret m_caret;
    QString m_preedit;
    QTimer m_blink;
    bool m_blinkOn = true;
    QTimer m_settle;
    int m_burst = 0;
    bool m_pushing = false;
    bool m_dragging = false;
    QRectF m_paintedCaret; // viewport pixels, repainted when the caret moves or blinks
    bool m_paintedSelection = false;

    struct PageLines
    {
        std::shared_ptr<const PageLayout> layout;
        QList<StoryLine> lines;
    };
    mutable QHash<ObjectId, PageLines> m_lines;
    mutable QString m_plain;
    mutable quint64 m_plainRevision = 0;
    mutable ObjectId m_plainStory = 0;
};

} // namespace folio::app
