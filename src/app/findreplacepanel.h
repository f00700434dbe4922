#pragma once

#include "app/hitlocator.h"
#include "core/ids.h"
#include "model/textmatcher.h"
#include "model/textsearch.h"

#include <QPointer>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTreeWidget;

namespace folio {
class Edition;
}

namespace folio::app {

// The 查找/替换 dock: a pattern and its replacement, the scope (the selected story or every
// story of the edition), match case, whole word, regular expression and 全角/半角 insensitive;
// the hits listed with story, 版 and context. Enter in the find field goes to the next hit
// (hitActivated: the window selects its frame, scrolls there and selects it in 稿件编辑).
// Replacing goes through model/'s TextSearch: one hit, or all as one undo step.
class FindReplacePanel : public QWidget
{
    Q_OBJECT
public:
    explicit FindReplacePanel(QWidget *parent = nullptr);

    void setEdition(Edition *edition, LayoutSource layouts);
    // The story the 当前稿件 scope searches (the selected frame's or the story editor's).
    void setCurrentStory(ObjectId storyId) { m_currentStory = storyId; }

    QLineEdit *findField() const { return m_find; }
    QLineEdit *replaceField() const { return m_replace; }
    QComboBox *scopeBox() const { return m_scope; }
    QCheckBox *matchCaseBox() const { return m_matchCase; }
    QCheckBox *wholeWordBox() const { return m_wholeWord; }
    QCheckBox *regexBox() const { return m_regex; }
    QCheckBox *foldWidthBox() const { return m_foldWidth; }
    QTreeWidget *results() const { return m_results; }
    QPushButton *replaceButton() const { return m_replaceOne; }
    QPushButton *replaceAllButton() const { return m_replaceAll; }

    const QList<StoryHit> &hits() const { return m_hits; }
    int currentIndex() const { return m_current; }

    // Searches again and lists every hit; false (the reason shown) on an invalid pattern.
    bool search();
    // The hit after the current one (the first after the last); false when there is none.
    bool findNext();
    // Replaces the current hit and moves on to the next one.
    bool replaceCurrent();
    // Replaces every hit in the scope in one undo step; the number replaced.
    int replaceAll();

Q_SIGNALS:
    void hitActivated(const folio::StoryHit &hit);
    void message(const QString &text);

private:
    TextMatcher matcher() const;
    ObjectId scopeStory() const;
    void fillResults();
    void setCurrent(int index);
    void markStale();

    QPointer<Edition> m_edition;
    LayoutSource m_layouts;
    ObjectId m_currentStory = 0;
    QLineEdit *m_find;
    QLineEdit *m_replace;
    QComboBox *m_scope;
    QCheckBox *m_matchCase;
    QCheckBox *m_wholeWord;
    QCheckBox *m_regex;
    QCheckBox *m_foldWidth;
    QPushButton *m_next;
    QPushButton *m_replaceOne;
    QPushButton *m_replaceAll;
    QTreeWidget *m_results;
    QLabel *m_status;
    QList<StoryHit> m_hits;
    int m_current = -1;
    // The hits no longer match the text or the options: the next command searches again.
    bool m_stale = true;
};

} // namespace folio::app
