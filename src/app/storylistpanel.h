#pragma once

#include "core/ids.h"

#include <QWidget>

class QAction;
class QListWidget;
class QPushButton;

namespace folio {
class Edition;
}

namespace folio::app {

// The edition's stories with their size and where they are placed; choosing one opens it in
// the story editor. 新建稿件 adds an empty story (an undo command).
class StoryListPanel : public QWidget
{
    Q_OBJECT
public:
    explicit StoryListPanel(QWidget *parent = nullptr);

    void setEdition(Edition *edition);
    ObjectId currentStory() const;
    void setCurrentStory(ObjectId storyId);
    // Adds an empty story and makes it current; returns its id.
    ObjectId addStory();
    // An entry of the list's context menu (选择稿件块), acting on the current story.
    void addContextAction(QAction *action);

Q_SIGNALS:
    void storyActivated(folio::ObjectId storyId);

private:
    void rebuild();

    Edition *m_edition = nullptr;
    QListWidget *m_list;
    QPushButton *m_add;
};

} // namespace folio::app
