#pragma once

#include "core/ids.h"
#include "model/story.h"

#include <QWidget>
#include <utility>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QTimer;

namespace folio {
class Edition;
}

namespace folio::app {

// Edits one story's text as plain paragraphs, each with its paragraph style; inline runs keep
// their character styles while typing. Every edit is a StoryCommand (typing ones merge into
// one undo step), so the page relayouts as you type and undo lives on the edition's stack,
// not in the text widget. Undo from elsewhere reloads the text, keeping the cursor.
class StoryEditor : public QWidget
{
    Q_OBJECT
public:
    explicit StoryEditor(QWidget *parent = nullptr);

    void setEdition(Edition *edition);
    ObjectId storyId() const { return m_storyId; }
    void setStoryId(ObjectId storyId);
    QPlainTextEdit *textEdit() const { return m_text; }
    QComboBox *styleBox() const { return m_styles; }
    // Sets the paragraph style of the paragraphs under the cursor or selection.
    void applyParagraphStyle(ObjectId styleId);
    // Sets the character style of the selected text (0: back to the paragraph style alone).
    void applyCharacterStyle(ObjectId styleId);
    // Shows a story with the selection anchor..position (flat positions, the document's) and
    // scrolls there: the dock follows the caret on the page.
    void showRange(ObjectId storyId, int anchor, int position);
    // While set, a change of the story made elsewhere reloads the text once changes pause
    // (typing on the page), unless the text has the focus.
    void setDeferredReload(bool deferred);
    // First and last paragraph under the cursor or selection (挤字/扩字 act on them).
    std::pair<int, int> paragraphRange() const;

Q_SIGNALS:
    // The user moved the cursor or selection in the text (not a reload).
    void cursorMoved(folio::ObjectId storyId, int anchor, int position);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void load();
    void reloadStyles();
    void commit(bool typing, const QString &label);
    Story storyFromDocument() const;
    void syncStyleBox();
    void updateCount();

    Edition *m_edition = nullptr;
    ObjectId m_storyId = 0;
    QComboBox *m_styles;
    QLabel *m_count;
    QPlainTextEdit *m_text;
    bool m_loading = false;
    bool m_committing = false;
    bool m_deferReload = false;
    QTimer *m_reloadTimer;
};

} // namespace folio::app
