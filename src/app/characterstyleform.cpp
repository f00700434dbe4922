#include "app/characterstyleform.h"

#include "app/basedonchoices.h"
#include "app/cmykfield.h"
#include "app/fontstylebox.h"
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
      m_family(new QComboBox(this)), m_fontStyle(new FontStyleBox(this)),
      m_size(new SizeField(true, this)), m_hasColor(new QCheckBox(tr("颜色"), this)),
      m_color(new CmykField(this)), m_letterSpacing(new QDoubleSpinBox(this))
{
    m_family->addItem(tr("（同段落）"), QString());
    for (const QString &family : QFontDatabase::families())
        m_family->addItem(family, family);
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
    connect(m_fontStyle, &FontStyleBox::edited, this, [this](const QString &fontStyle) {
        edit([&fontStyle](CharacterStyle &s) { s.fontStyle = fontStyle; });
    });
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
    fillBasedOnBox(m_basedOn, tr("（无）"),
                   edition ? edition->characterStyles() : QList<CharacterStyle>(), style);
    int family = m_family->findData(style.fontFamily);
    if (family < 0) {
        // A face this machine lacks still shows by name.
        m_family->addItem(style.fontFamily, style.fontFamily);
        family = m_family->count() - 1;
    }
    m_family->setCurrentIndex(family);
    m_fontStyle->setFamily(style.fontFamily, style.fontStyle);
    m_size->setSize(style.size);
    m_hasColor->setChecked(style.hasColor);
    m_color->setColor(style.color);
    m_color->setEnabled(style.hasColor);
    m_letterSpacing->setValue(style.letterSpacing);
    m_refreshing = false;
}

} // namespace folio::app
