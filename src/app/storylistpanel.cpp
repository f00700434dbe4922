#include "app/storylistpanel.h"

#include "app/paragraphtracking.h"
#include "model/edition.h"
#include "model/storycommand.h"

#include <QAction>
#include <QListWidget>
#include <QPushButton>
#include <QUndoStack>
#include <QVBoxLayout>

namespace folio::app {

namespace {
constexpr int kStoryIdRole = Qt::UserRole + 1;
}

StoryListPanel::StoryListPanel(QWidget *parent)
    : QWidget(parent), m_list(new QListWidget(this)), m_add(new QPushButton(tr("新建稿件"), this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_list);
    layout->addWidget(m_add);
    connect(m_add, &QPushButton::clicked, this, &StoryListPanel::addStory);
    connect(m_list, &QListWidget::currentItemChanged, this, [this](QListWidgetItem *item) {
        if (item)
            Q_EMIT storyActivated(item->data(kStoryIdRole).toLongLong());
    });
}

void StoryListPanel::setEdition(Edition *edition)
{
    if (m_edition)
        disconnect(m_edition, nullptr, this, nullptr);
    m_edition = edition;
    if (m_edition)
        connect(m_edition, &Edition::changed, this, &StoryListPanel::rebuild);
    rebuild();
}

ObjectId StoryListPanel::currentStory() const
{
    const auto *item = m_list->currentItem();
    return item ? item->data(kStoryIdRole).toLongLong() : 0;
}

void StoryListPanel::setCurrentStory(ObjectId storyId)
{
    for (int i = 0; i < m_list->count(); ++i)
        if (m_list->item(i)->data(kStoryIdRole).toLongLong() == storyId)
            m_list->setCurrentRow(i);
}

ObjectId StoryListPanel::addStory()
{
    if (!m_edition)
        return 0;
    Story story;
    story.id = m_edition->newId();
    story.slug = tr("新稿件 %1").arg(m_edition->stories().size() + 1);
    Paragraph paragraph;
    if (const ParagraphStyle *body = m_edition->styleForRole(ParagraphRole::Body))
        paragraph.styleId = body->id;
    story.paragraphs.append(paragraph);
    m_edition->undoStack()->push(StoryCommand::add(m_edition, story));
    setCurrentStory(story.id);
    return story.id;
}

void StoryListPanel::addContextAction(QAction *action)
{
    m_list->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_list->addAction(action);
}

void StoryListPanel::rebuild()
{
    const ObjectId current = currentStory();
    const QSignalBlocker block(m_list);
    if (!m_edition) {
        m_list->clear();
        return;
    }
    const auto &stories = m_edition->stories();
    // Typing changes one story's count, not the list: the items keep their place and only a
    // changed text is set (a rebuilt list costs a relayout of the dock on every keystroke).
    bool sameStories = m_list->count() == stories.size();
    for (int i = 0; sameStories && i < stories.size(); ++i)
        sameStories = m_list->item(i)->data(kStoryIdRole).value<ObjectId>() == stories[i].id;
    if (!sameStories)
        m_list->clear();
    for (int i = 0; i < stories.size(); ++i) {
        const Story &story = stories[i];
        const auto chain = m_edition->storyChain(story.id);
        QString where = tr("未置入");
        if (!chain.isEmpty()) {
            const Page *page = m_edition->pageOfFrame(chain.first()->id);
            where = tr("第 %1 版，%2 个框").arg(page ? page->number : 0).arg(chain.size());
        }
        QString text = tr("%1\n%2 字 · %3").arg(story.slug).arg(story.characterCount()).arg(where);
        // Paragraphs fitted by 挤字/扩字 stay visible, so a later edit does not forget them.
        if (const int tracked = ParagraphTracking::trackedParagraphs(*m_edition, story.id))
            text += tr(" · 挤扩 %n 段", nullptr, tracked);
        QListWidgetItem *item = sameStories ? m_list->item(i) : new QListWidgetItem(m_list);
        if (item->text() != text)
            item->setText(text);
        item->setData(kStoryIdRole, story.id);
        if (story.id == current && m_list->currentItem() != item)
            m_list->setCurrentItem(item);
    }
}

} // namespace folio::app
