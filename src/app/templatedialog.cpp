#include "app/templatedialog.h"

#include "app/usertemplates.h"
#include "core/units.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace folio::app {

using units::mmFromPt;
using units::ptFromMm;

namespace {
constexpr int kKeyRole = Qt::UserRole + 1;

QDoubleSpinBox *spin(QWidget *parent, const QString &name, double min, double max,
                     const QString &suffix, int decimals = 1)
{
    auto *box = new QDoubleSpinBox(parent);
    box->setObjectName(name);
    box->setRange(min, max);
    box->setDecimals(decimals);
    box->setSuffix(suffix);
    return box;
}
} // namespace

TemplateDialog::TemplateDialog(QWidget *parent)
    : QDialog(parent), m_builtIns(PageTemplate::builtIns()), m_user(UserTemplates::load()),
      m_list(new QListWidget(this)), m_add(new QPushButton(tr("新建副本"), this)),
      m_remove(new QPushButton(tr("删除"), this)), m_hint(new QLabel(this)),
      m_name(new QLineEdit(this)),
      m_width(spin(this, QStringLiteral("width"), 50, 2000, tr(" 毫米"))),
      m_height(spin(this, QStringLiteral("height"), 50, 2000, tr(" 毫米"))),
      m_top(spin(this, QStringLiteral("marginTop"), 0, 500, tr(" 毫米"))),
      m_bottom(spin(this, QStringLiteral("marginBottom"), 0, 500, tr(" 毫米"))),
      m_left(spin(this, QStringLiteral("marginLeft"), 0, 500, tr(" 毫米"))),
      m_right(spin(this, QStringLiteral("marginRight"), 0, 500, tr(" 毫米"))),
      m_columns(new QSpinBox(this)), m_gutter(spin(this, QStringLiteral("gutter"), 0, 100, {}, 2)),
      m_gutterUnit(new QComboBox(this)), m_characterGrid(new QCheckBox(tr("显示字格"), this)),
      m_gridFontSize(spin(this, QStringLiteral("gridFontSize"), 4, 72, tr(" 磅"), 2)),
      m_gridLeading(spin(this, QStringLiteral("gridLeading"), 4, 144, tr(" 磅"), 2)),
      m_summary(new QLabel(this))
{
    setWindowTitle(tr("版式模板"));
    m_name->setObjectName(QStringLiteral("name"));
    m_columns->setObjectName(QStringLiteral("columns"));
    m_columns->setRange(1, 20);
    m_gutterUnit->setObjectName(QStringLiteral("gutterUnit"));
    m_gutterUnit->addItem(tr("毫米"));
    m_gutterUnit->addItem(tr("字"));
    m_characterGrid->setObjectName(QStringLiteral("characterGrid"));
    m_hint->setWordWrap(true);
    m_summary->setWordWrap(true);

    auto *gutterRow = new QHBoxLayout;
    gutterRow->addWidget(m_gutter, 1);
    gutterRow->addWidget(m_gutterUnit);
    auto *form = new QFormLayout;
    form->addRow(tr("名称"), m_name);
    form->addRow(tr("宽"), m_width);
    form->addRow(tr("高"), m_height);
    form->addRow(tr("上边距"), m_top);
    form->addRow(tr("下边距"), m_bottom);
    form->addRow(tr("左边距"), m_left);
    form->addRow(tr("右边距"), m_right);
    form->addRow(tr("栏数"), m_columns);
    form->addRow(tr("栏间距"), gutterRow);
    form->addRow(tr("字格字号"), m_gridFontSize);
    form->addRow(tr("字格行距"), m_gridLeading);
    form->addRow(QString(), m_characterGrid);
    form->addRow(m_summary);

    auto *left = new QVBoxLayout;
    left->addWidget(m_list, 1);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    left->addLayout(buttons);
    auto *right = new QVBoxLayout;
    right->addWidget(m_hint);
    right->addLayout(form);
    right->addStretch(1);
    auto *columns = new QHBoxLayout;
    columns->addLayout(left, 2);
    columns->addLayout(right, 3);
    auto *box = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(columns);
    layout->addWidget(box);
    connect(box, &QDialogButtonBox::accepted, this, &TemplateDialog::accept);
    connect(box, &QDialogButtonBox::rejected, this, &TemplateDialog::reject);
    connect(m_add, &QPushButton::clicked, this, &TemplateDialog::addCopy);
    connect(m_remove, &QPushButton::clicked, this, &TemplateDialog::removeCurrent);
    connect(m_list, &QListWidget::currentItemChanged, this, [this](QListWidgetItem *item) {
        storeForm();
        m_currentKey = item ? item->data(kKeyRole).toString() : QString();
        bool ok = false;
        const PageTemplate t = UserTemplates::isUserKey(m_currentKey) && current()
                                   ? *current()
                                   : PageTemplate::byKey(m_currentKey, &ok);
        showTemplate(t);
    });
    connect(m_gutterUnit, &QComboBox::currentIndexChanged, this, &TemplateDialog::updateGutterUnit);
    for (QDoubleSpinBox *b : {m_width, m_height, m_top, m_bottom, m_left, m_right, m_gutter,
                              m_gridFontSize, m_gridLeading})
        connect(b, &QDoubleSpinBox::valueChanged, this, &TemplateDialog::storeForm);
    connect(m_columns, &QSpinBox::valueChanged, this, &TemplateDialog::storeForm);
    connect(m_characterGrid, &QCheckBox::toggled, this, &TemplateDialog::storeForm);
    connect(m_name, &QLineEdit::textEdited, this, [this] {
        storeForm();
        if (QListWidgetItem *item = m_list->currentItem(); item && current())
            item->setText(current()->name);
    });
    rebuildList(m_builtIns.first().key);
    resize(640, 480);
}

QList<PageTemplate> TemplateDialog::userTemplates() const
{
    return m_user;
}

QString TemplateDialog::currentKey() const
{
    return m_currentKey;
}

PageTemplate *TemplateDialog::current()
{
    for (PageTemplate &t : m_user)
        if (t.key == m_currentKey)
            return &t;
    return nullptr;
}

void TemplateDialog::rebuildList(const QString &select)
{
    {
        const QSignalBlocker block(m_list);
        m_list->clear();
        for (const PageTemplate &t : std::as_const(m_builtIns)) {
            auto *item = new QListWidgetItem(tr("%1（内置）").arg(t.name), m_list);
            item->setData(kKeyRole, t.key);
        }
        for (const PageTemplate &t : std::as_const(m_user)) {
            auto *item = new QListWidgetItem(t.name, m_list);
            item->setData(kKeyRole, t.key);
        }
    }
    m_currentKey.clear();
    selectTemplate(select);
}

void TemplateDialog::selectTemplate(const QString &key)
{
    for (int i = 0; i < m_list->count(); ++i)
        if (m_list->item(i)->data(kKeyRole).toString() == key)
            m_list->setCurrentRow(i);
}

void TemplateDialog::showTemplate(const PageTemplate &t)
{
    m_loading = true;
    const bool editable = UserTemplates::isUserKey(t.key);
    m_hint->setText(editable ? tr("修改后按“确定”保存；新建版面时可选用此模板。")
                             : tr("内置版式不能修改：按“新建副本”复制一份再改。"));
    m_name->setText(t.name);
    m_width->setValue(mmFromPt(t.size.width()));
    m_height->setValue(mmFromPt(t.size.height()));
    m_top->setValue(mmFromPt(t.margins.top()));
    m_bottom->setValue(mmFromPt(t.margins.bottom()));
    m_left->setValue(mmFromPt(t.margins.left()));
    m_right->setValue(mmFromPt(t.margins.right()));
    m_columns->setValue(t.grid.columns);
    m_gridFontSize->setValue(t.grid.gridFontSize);
    m_gridLeading->setValue(t.grid.gridLeading);
    m_characterGrid->setChecked(t.grid.characterGrid);
    m_gutter->setValue(m_gutterInCharacters ? t.grid.gutter / t.grid.gridFontSize
                                            : mmFromPt(t.grid.gutter));
    for (QWidget *w : std::initializer_list<QWidget *>{
             m_name, m_width, m_height, m_top, m_bottom, m_left, m_right, m_columns, m_gutter,
             m_gridFontSize, m_gridLeading, m_characterGrid})
        w->setEnabled(editable);
    m_remove->setEnabled(editable);
    m_loading = false;
    updateSummary(t);
}

void TemplateDialog::updateSummary(const PageTemplate &t)
{
    const Page page = t.makePage();
    m_summary->setText(tr("版心 %1 × %2 毫米，栏宽 %3 毫米（%4 字）")
                           .arg(mmFromPt(page.typeArea().width()), 0, 'f', 1)
                           .arg(mmFromPt(page.typeArea().height()), 0, 'f', 1)
                           .arg(mmFromPt(page.columnWidth()), 0, 'f', 1)
                           .arg(page.columnWidth() / qMax(1.0, t.grid.gridFontSize), 0, 'f', 1));
}

PageTemplate TemplateDialog::formTemplate() const
{
    PageTemplate t;
    t.key = m_currentKey;
    t.name = m_name->text().trimmed();
    t.size = QSizeF(ptFromMm(m_width->value()), ptFromMm(m_height->value()));
    t.margins = QMarginsF(ptFromMm(m_left->value()), ptFromMm(m_top->value()),
                          ptFromMm(m_right->value()), ptFromMm(m_bottom->value()));
    t.grid.columns = m_columns->value();
    t.grid.gridFontSize = m_gridFontSize->value();
    t.grid.gridLeading = m_gridLeading->value();
    t.grid.characterGrid = m_characterGrid->isChecked();
    t.grid.gutter = m_gutterInCharacters ? m_gutter->value() * t.grid.gridFontSize
                                         : ptFromMm(m_gutter->value());
    return t;
}

void TemplateDialog::storeForm()
{
    PageTemplate *t = current();
    if (m_loading || !t)
        return;
    const PageTemplate edited = formTemplate();
    // Values the spin boxes show rounded stay exact unless the user changed them.
    const auto keep = [](double &stored, double shown, double fromForm) {
        if (qAbs(mmFromPt(stored) - shown) > 0.05)
            stored = fromForm;
    };
    keep(t->size.rwidth(), m_width->value(), edited.size.width());
    keep(t->size.rheight(), m_height->value(), edited.size.height());
    double v = t->margins.top();
    keep(v, m_top->value(), edited.margins.top());
    t->margins.setTop(v);
    v = t->margins.bottom();
    keep(v, m_bottom->value(), edited.margins.bottom());
    t->margins.setBottom(v);
    v = t->margins.left();
    keep(v, m_left->value(), edited.margins.left());
    t->margins.setLeft(v);
    v = t->margins.right();
    keep(v, m_right->value(), edited.margins.right());
    t->margins.setRight(v);
    t->name = edited.name.isEmpty() ? t->name : edited.name;
    t->grid.columns = edited.grid.columns;
    t->grid.gridFontSize = edited.grid.gridFontSize;
    t->grid.gridLeading = edited.grid.gridLeading;
    t->grid.characterGrid = edited.grid.characterGrid;
    const double shownGutter =
        m_gutterInCharacters ? t->grid.gutter / t->grid.gridFontSize : mmFromPt(t->grid.gutter);
    if (qAbs(shownGutter - m_gutter->value()) > 0.005)
        t->grid.gutter = edited.grid.gutter;
    updateSummary(*t);
}

void TemplateDialog::updateGutterUnit()
{
    const bool characters = m_gutterUnit->currentIndex() == 1;
    if (characters == m_gutterInCharacters)
        return;
    m_gutterInCharacters = characters;
    m_gutter->setSuffix(characters ? tr(" 字") : tr(" 毫米"));
    bool ok = false;
    const PageTemplate t = current() ? *current() : PageTemplate::byKey(m_currentKey, &ok);
    const bool loading = m_loading;
    m_loading = true;
    m_gutter->setValue(characters ? t.grid.gutter / t.grid.gridFontSize : mmFromPt(t.grid.gutter));
    m_loading = loading;
}

void TemplateDialog::addCopy()
{
    storeForm();
    bool ok = false;
    PageTemplate copy = current() ? *current() : PageTemplate::byKey(m_currentKey, &ok);
    copy.key = UserTemplates::newKey();
    copy.name = tr("%1 副本").arg(copy.name);
    m_user.append(copy);
    rebuildList(copy.key);
}

void TemplateDialog::removeCurrent()
{
    if (!current())
        return;
    const QString key = m_currentKey;
    m_user.removeIf([&key](const PageTemplate &t) { return t.key == key; });
    rebuildList(m_builtIns.first().key);
}

void TemplateDialog::accept()
{
    storeForm();
    UserTemplates::save(m_user);
    QDialog::accept();
}

} // namespace folio::app
