#include "app/wordcheckpanel.h"

#include "app/hitlocator.h"
#include "app/settingsdialog.h"
#include "model/edition.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace folio::app {

namespace {
constexpr int kDelayMs = 300;
} // namespace

WordCheckPanel::WordCheckPanel(QWidget *parent)
    : QWidget(parent), m_results(new QTreeWidget(this)),
      m_replace(new QPushButton(tr("替换"), this)), m_status(new QLabel(this)),
      m_timer(new QTimer(this))
{
    m_results->setColumnCount(5);
    m_results->setHeaderLabels({tr("版"), tr("稿件"), tr("用字"), tr("建议"), tr("上下文")});
    m_results->setRootIsDecorated(false);
    m_results->header()->setStretchLastSection(true);
    m_status->setWordWrap(true);
    m_replace->setEnabled(false);
    m_replace->setToolTip(tr("用建议的写法替换选中的一处（可撤销）"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_replace);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_results, 1);
    layout->addLayout(buttons);
    layout->addWidget(m_status);

    m_timer->setSingleShot(true);
    m_timer->setInterval(kDelayMs);
    connect(m_timer, &QTimer::timeout, this, &WordCheckPanel::check);
    connect(m_results, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *item) {
        const int index = m_results->indexOfTopLevelItem(item);
        m_replace->setEnabled(index >= 0 && !m_hits[index].replacement.isEmpty());
    });
    // Only the user's click or Enter moves the page view; a refreshed list never does.
    const auto show = [this](QTreeWidgetItem *item) {
        const int index = m_results->indexOfTopLevelItem(item);
        if (index >= 0)
            Q_EMIT hitActivated(m_hits[index]);
    };
    connect(m_results, &QTreeWidget::itemClicked, this, show);
    connect(m_results, &QTreeWidget::itemActivated, this, show);
    connect(m_results, &QTreeWidget::itemDoubleClicked, this,
            [this](QTreeWidgetItem *item) { replaceHit(m_results->indexOfTopLevelItem(item)); });
    connect(m_replace, &QPushButton::clicked, this,
            [this] { replaceHit(m_results->indexOfTopLevelItem(m_results->currentItem())); });
    loadLists();
}

void WordCheckPanel::setEdition(Edition *edition, LayoutSource layouts)
{
    if (m_edition)
        disconnect(m_edition, nullptr, this, nullptr);
    m_edition = edition;
    m_layouts = std::move(layouts);
    if (m_edition) {
        connect(m_edition, &Edition::storyChanged, this, &WordCheckPanel::storyEdited);
        connect(m_edition, &Edition::changed, m_timer, qOverload<>(&QTimer::start));
    }
    // Checked once the window has its new layouts; until then nothing is underlined.
    m_hits.clear();
    m_editedStories.clear();
    m_results->clear();
    m_listStale = false;
    Q_EMIT hitsChanged();
    m_timer->start();
}

void WordCheckPanel::loadLists()
{
    m_words = WordList::defaultList();
    m_listErrors.clear();
    for (const QString &file : SettingsDialog::wordListFiles()) {
        QString error;
        if (!m_words.load(file, &error))
            m_listErrors.append(error);
    }
    check();
}

void WordCheckPanel::storyEdited(ObjectId storyId)
{
    if (m_editedStories.contains(storyId))
        return;
    m_editedStories.insert(storyId);
    for (const StoryHit &h : m_hits)
        if (h.storyId == storyId) {
            Q_EMIT hitsChanged();
            return;
        }
}

void WordCheckPanel::check()
{
    m_timer->stop();
    m_editedStories.clear();
    m_hits = m_edition ? m_words.check(*m_edition) : QList<StoryHit>();
    m_listStale = !isVisible();
    if (!m_listStale)
        fillResults();
    Q_EMIT hitsChanged();
}

void WordCheckPanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_listStale) {
        m_listStale = false;
        fillResults();
    }
}

void WordCheckPanel::fillResults()
{
    m_results->clear();
    m_replace->setEnabled(false);
    const HitLocator locator(m_edition, m_layouts ? m_layouts() : nullptr);
    QList<QTreeWidgetItem *> items;
    for (const StoryHit &hit : m_hits) {
        const Story *story = m_edition->story(hit.storyId);
        const QString text = story ? story->plainText() : QString();
        items.append(new QTreeWidgetItem(
            {locator.pageName(locator.locate(hit)), story ? story->slug : QString(), hit.found,
             hit.replacement.isEmpty() ? tr("（请核实）") : hit.replacement,
             TextSearch::context(text, hit.offset, hit.length)}));
    }
    m_results->addTopLevelItems(items);
    QStringList lines = m_listErrors;
    lines.prepend(m_hits.isEmpty() ? tr("没有发现用字问题")
                                   : tr("发现 %1 处用字问题").arg(m_hits.size()));
    m_status->setText(lines.join(QLatin1Char('\n')));
}

bool WordCheckPanel::replaceHit(int index)
{
    if (!m_edition || index < 0 || index >= m_hits.size() || m_hits[index].replacement.isEmpty())
        return false;
    const StoryHit hit = m_hits[index];
    if (!TextSearch::replaceOne(m_edition, hit))
        return false;
    Q_EMIT message(tr("已把“%1”改为“%2”（可撤销）").arg(hit.found, hit.replacement));
    check();
    return true;
}

} // namespace folio::app
