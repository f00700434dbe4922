#include "app/characterstyleform.h"

#include "app/cmykfield.h"
#include "app/sizefield.h"
#include "model/edition.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QLineEdit>

namespace folio::app {

CharacterStyleForm::CharacterStyleForm(QWidget *parent)
    : QWidget(parent), m_name(new QLineEdit(this)), m_basedOn(new QComboBox(this)),
      m_family(new QComboBox(this)), m_fontStyle(new QComboBox(this)),
      m_size(new SizeField(true, this)), m_hasColor(new QCheckBox(tr("颜色"), this)),
      m_color(new CmykField(this)), m_letterSpacing(new QDoubleSpinBox(this))
{
    m_family->addItem(tr("（同段落）"), QString());
    for (const QString &family : QFontDatabase::families())
        m_family->addItem(family, family);
    m_fontStyle->setEditable(true);
    m_fontStyle->setInsertPolicy(QComboBox::NoInsert);
    m_letterSpacing->setRange(-0.5, 5);
    m_letterSpacing->setDecimals(3);
    m_letterSpacing->setSuffix(tr(" 字"));
    m_letterSpacing->setKeyboardTracking(false);

    auto *form = new QFormLayout(this);
    form->addRow(tr("名称"), m_name);
    form->addRow(tr("基于"), m_basedOn);
    form->addRow(tr("字体"), m_family);
    form->addRow(tr("字重"), m_fontStyle);
    form->addRow(tr("字号"), m_size);
    form->addRow(m_hasColor, m_color);
    form->addRow(tr("字距"), m_letterSpacing);

    connect(m_name, &QLineEdit::editingFinished, this,
            [this] { edit([this](CharacterStyle &s) { s.name = m_name->text().trimmed(); }); });
    connect(m_basedOn, &QComboBox::activated, this, [this](int i) {
        edit([this, i](CharacterStyle &s) { s.basedOnId = m_basedOn->itemData(i).toLongLong(); });
    });
    connect(m_family, &QComboBox::activated, this, [this](int i) {
        edit([this, i](CharacterStyle &s) { s.fontFamily = m_family->itemData(i).toString(); });
    });
    const auto fontStyle = [this] {
        edit([this](CharacterStyle &s) { s.fontStyle = m_fontStyle->currentText().trimmed(); });
    };
    connect(m_fontStyle, &QComboBox::activated, this, fontStyle);
    connect(m_fontStyle->lineEdit(), &QLineEdit::editingFinished, this, fontStyle);
    connect(m_size, &SizeField::edited, this,
            [this](double pt) { edit([pt](CharacterStyle &s) { s.size = pt; }); });
    connect(m_size, &SizeField::rejected, this, &CharacterStyleForm::rejected);
    connect(m_hasColor, &QCheckBox::toggled, this,
            [this](bool on) { edit([on](CharacterStyle &s) { s.hasColor = on; }); });
    connect(m_color, &CmykField::edited, this,
            [this] { edit([this](CharacterStyle &s) { s.color = m_color->color(); }); });
    connect(m_letterSpacing, &QDoubleSpinBox::valueChanged, this,
            [this](double v) { edit([v](CharacterStyle &s) { s.letterSpacing = v; }); });
    setEnabled(false);
}

void CharacterStyleForm::edit(const std::function<void(CharacterStyle &)> &change)
{
    if (m_refreshing || !isEnabled())
        return;
    CharacterStyle after = m_style;
    change(after);
    if (!(after == m_style))
        Q_EMIT edited(after);
}

void CharacterStyleForm::setStyle(const Edition *edition, const CharacterStyle &style)
{
    m_refreshing = true;
    m_style = style;
    setEnabled(style.id != 0);
    m_name->setText(style.name);
    m_basedOn->clear();
    m_basedOn->addItem(tr("（无）"), ObjectId(0));
    if (edition)
        for (const CharacterStyle &other : edition->characterStyles())
            if (other.id != style.id)
                m_basedOn->addItem(other.name, other.id);
    m_basedOn->setCurrentIndex(qMax(0, m_basedOn->findData(style.basedOnId)));
    int family = m_family->findData(style.fontFamily);
    if (family < 0) {
        // A face this machine lacks still shows by name.
        m_family->addItem(style.fontFamily, style.fontFamily);
        family = m_family->count() - 1;
    }
    m_family->setCurrentIndex(family);
    m_fontStyle->clear();
    if (!style.fontFamily.isEmpty())
        m_fontStyle->addItems(QFontDatabase::styles(style.fontFamily));
    m_fontStyle->setEditText(style.fontStyle);
    m_size->setSize(style.size);
    m_hasColor->setChecked(style.hasColor);
    m_color->setColor(style.color);
    m_color->setEnabled(style.hasColor);
    m_letterSpacing->setValue(style.letterSpacing);
    m_refreshing = false;
}

} // namespace folio::app
