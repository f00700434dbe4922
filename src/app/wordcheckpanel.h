#pragma once

#include "app/hitlocator.h"
#include "core/ids.h"
#include "model/textsearch.h"
#include "model/wordlist.h"

#include <QPointer>
#include <QSet>
#include <QStringList>
#include <QWidget>

class QLabel;
class QPushButton;
class QTimer;
class QTreeWidget;

namespace folio {
class Edition;
}

namespace folio::app {

// The 用字检查 dock: model/'s WordList (Folio's default list and the extra files chosen in
// 首选项, SettingsDialog::wordListFiles()) run over every story 300 ms after the last edit, the
// hits listed with 版, story, the word and its suggestion; 替换 puts the suggestion in (one undo
// step). A click shows the hit (hitActivated). The page view's wavy lines read hits().
class WordCheckPanel : public QWidget
{
    Q_OBJECT
public:
    explicit WordCheckPanel(QWidget *parent = nullptr);

    void setEdition(Edition *edition, LayoutSource layouts);
    // Reads the default list and the preferences' files again; a file that cannot be read is
    // named in the panel and left out. Checks again.
    void loadLists();
    const WordList &words() const { return m_words; }
    // Problems of the last loadLists(), one per file.
    const QStringList &listErrors() const { return m_listErrors; }

    // Runs the check now (otherwise 300 ms after the last edit).
    void check();
    const QList<StoryHit> &hits() const { return m_hits; }
    // Stories edited since the last check: their hits' offsets may be stale, so they are not
    // underlined until the check runs again.
    bool isStale(ObjectId storyId) const { return m_editedStories.contains(storyId); }
    QTreeWidget *results() const { return m_results; }
    QPushButton *replaceButton() const { return m_replace; }
    // Puts the suggestion of hit `index` in place of the word; one undo step.
    bool replaceHit(int index);

Q_SIGNALS:
    void hitActivated(const folio::StoryHit &hit);
    // The hits changed: the page view repaints its marks.
    void hitsChanged();
    void message(const QString &text);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void storyEdited(ObjectId storyId);
    void fillResults();

    QPointer<Edition> m_edition;
    LayoutSource m_layouts;
    WordList m_words;
    QStringList m_listErrors;
    QList<StoryHit> m_hits;
    QSet<ObjectId> m_editedStories;
    QTreeWidget *m_results;
    QPushButton *m_replace;
    QLabel *m_status;
    QTimer *m_timer;
    // The list is filled only while the dock shows (naming a hit's 版 lays out its page).
    bool m_listStale = false;
};

} // namespace folio::app
