#include "app/stylespanel.h"

#include "app/characterstyleform.h"
#include "app/paragraphstyleform.h"
#include "app/styleactions.h"
#include "core/units.h"
#include "model/edition.h"

#include <QHBoxLayout>
#include <QHash>
#include <QHeaderView>
#include <QPushButton>
#include <QScrollArea>
#include <QTabWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace folio::app {

namespace {
constexpr int kIdRole = Qt::UserRole;

QWidget *page(QWidget *parent, QTreeWidget *tree, QWidget *form)
{
    auto *scroll = new QScrollArea(parent);
    scroll->setWidget(form);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *w = new QWidget(parent);
    auto *layout = new QVBoxLayout(w);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(tree, 1);
    layout->addWidget(scroll, 2);
    return w;
}

// Styles as a based-on tree: children under their parent, in the edition's order.
template <typename Style>
void fillTree(QTreeWidget *tree, const QList<Style> &styles, ObjectId current,
              const std::function<QString(const Style &)> &detail)
{
    tree->clear();
    QHash<ObjectId, QTreeWidgetItem *> items;
    QList<const Style *> pending;
    for (const Style &s : styles)
        pending.append(&s);
    // Parents first; a based-on that points nowhere (or in a loop) puts the style at the top.
    while (!pending.isEmpty()) {
        bool progressed = false;
        for (auto it = pending.begin(); it != pending.end();) {
            const Style *s = *it;
            QTreeWidgetItem *parent = items.value(s->basedOnId);
            const bool parentKnown = std::any_of(styles.begin(), styles.end(), [s](const Style &o) {
                return o.id == s->basedOnId && o.id != s->id;
            });
            if (!parent && parentKnown) {
                ++it;
                continue;
            }
            auto *item = parent ? new QTreeWidgetItem(parent) : new QTreeWidgetItem(tree);
            item->setText(0, s->name);
            item->setText(1, detail(*s));
            item->setData(0, kIdRole, s->id);
            items.insert(s->id, item);
            it = pending.erase(it);
            progressed = true;
        }
        if (!progressed) {
            for (const Style *s : std::as_const(pending)) {
                auto *item = new QTreeWidgetItem(tree);
                item->setText(0, s->name);
                item->setData(0, kIdRole, s->id);
                items.insert(s->id, item);
            }
            break;
        }
    }
    tree->expandAll();
    if (QTreeWidgetItem *item = items.value(current))
        tree->setCurrentItem(item);
}
} // namespace

StylesPanel::StylesPanel(QWidget *parent)
    : QWidget(parent), m_tabs(new QTabWidget(this)), m_paragraphs(new QTreeWidget(this)),
      m_characters(new QTreeWidget(this)), m_paragraphForm(new ParagraphStyleForm(this)),
      m_characterForm(new CharacterStyleForm(this)), m_new(new QPushButton(tr("新建"), this)),
      m_remove(new QPushButton(tr("删除"), this)), m_apply(new QPushButton(tr("应用"), this))
{
    for (QTreeWidget *tree : {m_paragraphs, m_characters}) {
        tree->setColumnCount(2);
        tree->setHeaderHidden(true);
        tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
        tree->header()->setStretchLastSection(false);
        connect(tree, &QTreeWidget::currentItemChanged, this, &StylesPanel::showCurrent);
        connect(tree, &QTreeWidget::itemDoubleClicked, this, &StylesPanel::applyCurrentStyle);
    }
    m_tabs->addTab(page(this, m_paragraphs, m_paragraphForm), tr("段落样式"));
    m_tabs->addTab(page(this, m_characters, m_characterForm), tr("字符样式"));
    m_apply->setToolTip(tr("把样式用于稿件编辑中的当前段落或所选文字"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_new);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    buttons->addWidget(m_apply);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(buttons);
    layout->addWidget(m_tabs, 1);

    connect(m_tabs, &QTabWidget::currentChanged, this, &StylesPanel::showCurrent);
    connect(m_new, &QPushButton::clicked, this, [this] {
        if (paragraphTab())
            newParagraphStyle();
        else
            newCharacterStyle();
    });
    connect(m_remove, &QPushButton::clicked, this, &StylesPanel::removeCurrentStyle);
    connect(m_apply, &QPushButton::clicked, this, &StylesPanel::applyCurrentStyle);
    connect(m_paragraphForm, &ParagraphStyleForm::edited, this,
            [this](const ParagraphStyle &after) {
                if (m_edition)
                    report(StyleActions::changeParagraphStyle(m_edition, after));
            });
    connect(m_characterForm, &CharacterStyleForm::edited, this,
            [this](const CharacterStyle &after) {
                if (m_edition)
                    report(StyleActions::changeCharacterStyle(m_edition, after));
            });
    connect(m_paragraphForm, &ParagraphStyleForm::rejected, this, &StylesPanel::message);
    connect(m_characterForm, &CharacterStyleForm::rejected, this, &StylesPanel::message);
    reload();
}

void StylesPanel::setEdition(Edition *edition)
{
    if (m_edition)
        disconnect(m_edition, nullptr, this, nullptr);
    m_edition = edition;
    if (m_edition)
        connect(m_edition, &Edition::stylesChanged, this, &StylesPanel::reload);
    reload();
}

bool StylesPanel::paragraphTab() const
{
    return m_tabs->currentIndex() == 0;
}

ObjectId StylesPanel::currentParagraphStyle() const
{
    const QTreeWidgetItem *item = m_paragraphs->currentItem();
    return item ? item->data(0, kIdRole).toLongLong() : 0;
}

ObjectId StylesPanel::currentCharacterStyle() const
{
    const QTreeWidgetItem *item = m_characters->currentItem();
    return item ? item->data(0, kIdRole).toLongLong() : 0;
}

void StylesPanel::setCurrentParagraphStyle(ObjectId id)
{
    m_tabs->setCurrentIndex(0);
    for (QTreeWidgetItemIterator it(m_paragraphs); *it; ++it)
        if ((*it)->data(0, kIdRole).toLongLong() == id)
            m_paragraphs->setCurrentItem(*it);
}

void StylesPanel::setCurrentCharacterStyle(ObjectId id)
{
    m_tabs->setCurrentIndex(1);
    for (QTreeWidgetItemIterator it(m_characters); *it; ++it)
        if ((*it)->data(0, kIdRole).toLongLong() == id)
            m_characters->setCurrentItem(*it);
}

void StylesPanel::reload()
{
    const ObjectId paragraph = currentParagraphStyle();
    const ObjectId character = currentCharacterStyle();
    {
        const QSignalBlocker a(m_paragraphs);
        const QSignalBlocker b(m_characters);
        if (m_edition) {
            fillTree<ParagraphStyle>(
                m_paragraphs, m_edition->paragraphStyles(), paragraph,
                [](const ParagraphStyle &s) { return units::formatSize(s.size); });
            fillTree<CharacterStyle>(m_characters, m_edition->characterStyles(), character,
                                     [](const CharacterStyle &s) {
                                         return s.size > 0 ? units::formatSize(s.size) : QString();
                                     });
        } else {
            m_paragraphs->clear();
            m_characters->clear();
        }
    }
    showCurrent();
}

void StylesPanel::showCurrent()
{
    const ParagraphStyle *p =
        m_edition ? m_edition->paragraphStyle(currentParagraphStyle()) : nullptr;
    m_paragraphForm->setStyle(m_edition, p ? *p : ParagraphStyle{});
    const CharacterStyle *c =
        m_edition ? m_edition->characterStyle(currentCharacterStyle()) : nullptr;
    m_characterForm->setStyle(m_edition, c ? *c : CharacterStyle{});
    const bool has = paragraphTab() ? p != nullptr : c != nullptr;
    m_new->setEnabled(m_edition != nullptr);
    m_remove->setEnabled(has);
    m_apply->setEnabled(has);
}

ObjectId StylesPanel::newParagraphStyle()
{
    if (!m_edition)
        return 0;
    const ObjectId id = StyleActions::addParagraphStyle(m_edition, currentParagraphStyle());
    setCurrentParagraphStyle(id);
    return id;
}

ObjectId StylesPanel::newCharacterStyle()
{
    if (!m_edition)
        return 0;
    const ObjectId id = StyleActions::addCharacterStyle(m_edition, currentCharacterStyle());
    setCurrentCharacterStyle(id);
    return id;
}

void StylesPanel::removeCurrentStyle()
{
    if (!m_edition)
        return;
    report(paragraphTab() ? StyleActions::removeParagraphStyle(m_edition, currentParagraphStyle())
                          : StyleActions::removeCharacterStyle(m_edition, currentCharacterStyle()));
}

void StylesPanel::applyCurrentStyle()
{
    if (paragraphTab()) {
        if (const ObjectId id = currentParagraphStyle())
            Q_EMIT applyParagraphStyle(id);
    } else if (const ObjectId id = currentCharacterStyle()) {
        Q_EMIT applyCharacterStyle(id);
    }
}

void StylesPanel::report(const QString &problem)
{
    if (!problem.isEmpty())
        Q_EMIT message(problem);
    showCurrent(); // a refused edit shows the stored values again
}

} // namespace folio::app
