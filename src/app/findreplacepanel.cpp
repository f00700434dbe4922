#include "app/findreplacepanel.h"

#include "app/hitlocator.h"
#include "model/edition.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace folio::app {

namespace {
enum Scope { StoryScope, EditionScope };
}

FindReplacePanel::FindReplacePanel(QWidget *parent)
    : QWidget(parent), m_find(new QLineEdit(this)), m_replace(new QLineEdit(this)),
      m_scope(new QComboBox(this)), m_matchCase(new QCheckBox(tr("区分大小写"), this)),
      m_wholeWord(new QCheckBox(tr("全字匹配"), this)),
      m_regex(new QCheckBox(tr("正则表达式"), this)),
      m_foldWidth(new QCheckBox(tr("不分全角半角"), this)),
      m_next(new QPushButton(tr("查找下一个"), this)),
      m_replaceOne(new QPushButton(tr("替换"), this)),
      m_replaceAll(new QPushButton(tr("全部替换"), this)), m_results(new QTreeWidget(this)),
      m_status(new QLabel(this))
{
    m_find->setPlaceholderText(tr("查找内容"));
    m_find->setClearButtonEnabled(true);
    m_replace->setPlaceholderText(tr("替换为"));
    m_scope->addItem(tr("当前稿件"), StoryScope);
    m_scope->addItem(tr("整个版面文件"), EditionScope);
    m_scope->setCurrentIndex(1);
    m_foldWidth->setToolTip(tr("Ａ与A、０与0、，与, 等全角和半角字符视为相同"));
    m_results->setColumnCount(3);
    m_results->setHeaderLabels({tr("稿件"), tr("版"), tr("上下文")});
    m_results->setRootIsDecorated(false);
    m_results->header()->setStretchLastSection(true);
    m_status->setWordWrap(true);

    auto *form = new QFormLayout;
    form->addRow(tr("查找"), m_find);
    form->addRow(tr("替换"), m_replace);
    form->addRow(tr("范围"), m_scope);
    auto *options = new QHBoxLayout;
    for (QCheckBox *box : {m_matchCase, m_wholeWord, m_regex, m_foldWidth})
        options->addWidget(box);
    options->addStretch();
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_next);
    buttons->addWidget(m_replaceOne);
    buttons->addWidget(m_replaceAll);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addLayout(options);
    layout->addLayout(buttons);
    layout->addWidget(m_results, 1);
    layout->addWidget(m_status);

    connect(m_find, &QLineEdit::returnPressed, this, &FindReplacePanel::findNext);
    connect(m_replace, &QLineEdit::returnPressed, this, &FindReplacePanel::replaceCurrent);
    connect(m_next, &QPushButton::clicked, this, &FindReplacePanel::findNext);
    connect(m_replaceOne, &QPushButton::clicked, this, &FindReplacePanel::replaceCurrent);
    connect(m_replaceAll, &QPushButton::clicked, this, &FindReplacePanel::replaceAll);
    connect(m_find, &QLineEdit::textChanged, this, &FindReplacePanel::markStale);
    connect(m_replace, &QLineEdit::textChanged, this, &FindReplacePanel::markStale);
    connect(m_scope, &QComboBox::currentIndexChanged, this, &FindReplacePanel::markStale);
    for (QCheckBox *box : {m_matchCase, m_wholeWord, m_regex, m_foldWidth})
        connect(box, &QCheckBox::toggled, this, &FindReplacePanel::markStale);
    connect(m_results, &QTreeWidget::itemActivated, this,
            [this](QTreeWidgetItem *item) { setCurrent(m_results->indexOfTopLevelItem(item)); });
}

void FindReplacePanel::setEdition(Edition *edition, LayoutSource layouts)
{
    if (m_edition)
        disconnect(m_edition, nullptr, this, nullptr);
    m_edition = edition;
    m_layouts = std::move(layouts);
    m_currentStory = 0;
    m_hits.clear();
    m_results->clear();
    m_current = -1;
    m_stale = true;
    if (m_edition)
        connect(m_edition, &Edition::changed, this, &FindReplacePanel::markStale);
}

void FindReplacePanel::markStale()
{
    m_stale = true;
}

TextMatcher FindReplacePanel::matcher() const
{
    return TextMatcher(m_find->text(), {m_matchCase->isChecked(), m_wholeWord->isChecked(),
                                        m_regex->isChecked(), m_foldWidth->isChecked()});
}

ObjectId FindReplacePanel::scopeStory() const
{
    return m_scope->currentData().toInt() == StoryScope ? m_currentStory : 0;
}

bool FindReplacePanel::search()
{
    m_hits.clear();
    m_current = -1;
    m_stale = false;
    const TextMatcher m = matcher();
    if (!m_edition || !m.isValid()) {
        m_results->clear();
        m_status->setText(m_edition ? m.errorString() : QString());
        return false;
    }
    if (m_scope->currentData().toInt() == StoryScope && !m_currentStory) {
        m_results->clear();
        m_status->setText(tr("没有选中稿件：先选一个文字框，或改查整个版面文件"));
        return false;
    }
    m_hits = TextSearch::find(*m_edition, m, scopeStory(), m_replace->text());
    fillResults();
    m_status->setText(m_hits.isEmpty() ? tr("没有找到“%1”").arg(m_find->text())
                                       : tr("找到 %1 处").arg(m_hits.size()));
    return true;
}

void FindReplacePanel::fillResults()
{
    m_results->clear();
    const HitLocator locator(m_edition, m_layouts ? m_layouts() : nullptr);
    QList<QTreeWidgetItem *> items;
    for (const StoryHit &hit : m_hits) {
        const Story *story = m_edition->story(hit.storyId);
        const QString text = story ? story->plainText() : QString();
        auto *item = new QTreeWidgetItem({story ? story->slug : QString(),
                                          locator.pageName(locator.locate(hit)),
                                          TextSearch::context(text, hit.offset, hit.length)});
        items.append(item);
    }
    m_results->addTopLevelItems(items);
}

void FindReplacePanel::setCurrent(int index)
{
    if (index < 0 || index >= m_hits.size())
        return;
    m_current = index;
    m_results->setCurrentItem(m_results->topLevelItem(index));
    m_status->setText(tr("第 %1 处，共 %2 处").arg(index + 1).arg(m_hits.size()));
    Q_EMIT hitActivated(m_hits[index]);
}

bool FindReplacePanel::findNext()
{
    if (m_stale) {
        // After an edit the list is found again; the next hit is the first after the last one.
        const std::optional<StoryHit> last =
            m_current >= 0 ? std::optional(m_hits[m_current]) : std::nullopt;
        if (!search())
            return false;
        if (last) {
            const auto storyIndex = [this](ObjectId id) {
                const auto &stories = m_edition->stories();
                for (int i = 0; i < stories.size(); ++i)
                    if (stories[i].id == id)
                        return i;
                return -1;
            };
            const int lastStory = storyIndex(last->storyId);
            for (int i = 0; i < m_hits.size(); ++i) {
                const int story = storyIndex(m_hits[i].storyId);
                if (story > lastStory || (story == lastStory && m_hits[i].offset > last->offset)) {
                    m_current = i - 1;
                    break;
                }
            }
        }
    }
    if (m_hits.isEmpty())
        return false;
    setCurrent(m_current + 1 < m_hits.size() ? m_current + 1 : 0);
    return true;
}

bool FindReplacePanel::replaceCurrent()
{
    if (m_stale || m_current < 0)
        return findNext();
    const StoryHit hit = m_hits[m_current];
    if (!TextSearch::replaceOne(m_edition, hit)) {
        m_status->setText(tr("文字已改动，请重新查找"));
        m_stale = true;
        return false;
    }
    Q_EMIT message(tr("已替换 1 处（可撤销）"));
    // The edit made the list stale: the next hit is the first after the replacement.
    m_hits[m_current].offset = hit.offset + int(hit.replacement.size()) - 1;
    findNext();
    return true;
}

int FindReplacePanel::replaceAll()
{
    if (!search() || m_hits.isEmpty()) {
        Q_EMIT message(m_status->text());
        return 0;
    }
    const int count = TextSearch::replaceAll(
        m_edition, m_hits, tr("全部替换“%1”为“%2”").arg(m_find->text(), m_replace->text()));
    const QString text = tr("已替换 %1 处（一步撤销）").arg(count);
    m_status->setText(text);
    Q_EMIT message(text);
    m_stale = true;
    return count;
}

} // namespace folio::app
