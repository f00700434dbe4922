#include "app/paragraphstyleform.h"

#include "app/basedonchoices.h"
#include "app/cmykfield.h"
#include "app/fontstylebox.h"
#include "app/sizefield.h"
#include "model/edition.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFontComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <cmath>

namespace folio::app {

ParagraphStyleForm::ParagraphStyleForm(QWidget *parent)
    : QWidget(parent), m_name(new QLineEdit(this)), m_basedOn(new QComboBox(this)),
      m_role(new QComboBox(this)), m_family(new QFontComboBox(this)),
      m_fontStyle(new FontStyleBox(this)), m_size(new SizeField(false, this))
{
    static const char *const roles[] = {
        QT_TR_NOOP("正文"), QT_TR_NOOP("引题"), QT_TR_NOOP("主题"),
        QT_TR_NOOP("副题"), QT_TR_NOOP("署名"), QT_TR_NOOP("图片说明"),
        QT_TR_NOOP("摄影"), QT_TR_NOOP("栏目"), QT_TR_NOOP("其他")};
    for (const char *role : roles)
        m_role->addItem(tr(role));

    m_leading = number(500, 2, QString(), [](ParagraphStyle &s, double v) { s.leading = v; });
    m_leadingMode = choice({tr("磅"), tr("倍")}, [](ParagraphStyle &s, int i) {
        // The same distance in the other unit, so switching does not jump.
        const double pt = s.leadingPt();
        s.leadingMode = LeadingMode(i);
        s.leading = s.leadingMode == LeadingMode::Multiple ? pt / s.size : pt;
    });
    m_indent = number(20, 2, tr(" 字"), [](ParagraphStyle &s, double v) { s.firstLineIndent = v; });
    m_spaceBefore =
        number(500, 2, tr(" 磅"), [](ParagraphStyle &s, double v) { s.spaceBefore = v; });
    m_spaceAfter = number(500, 2, tr(" 磅"), [](ParagraphStyle &s, double v) { s.spaceAfter = v; });
    m_alignment = choice({tr("两端对齐"), tr("左对齐"), tr("居中"), tr("右对齐"), tr("撑满")},
                         [](ParagraphStyle &s, int i) { s.alignment = Alignment(i); });
    m_letterSpacing =
        number(5, 3, tr(" 字"), [](ParagraphStyle &s, double v) { s.letterSpacing = v; });
    m_letterSpacing->setMinimum(-0.5);
    m_kinsoku = choice({tr("不用禁则"), tr("基本禁则"), tr("严格禁则")},
                       [](ParagraphStyle &s, int i) { s.kinsoku = KinsokuLevel(i); });
    m_punctuation = choice({tr("全角"), tr("开明"), tr("半角")},
                           [](ParagraphStyle &s, int i) { s.punctuation = PunctuationStyle(i); });
    m_lineEndTrim = choice({tr("需要时挤压"), tr("总是挤压")},
                           [](ParagraphStyle &s, int i) { s.lineEndTrim = LineEndTrim(i); });
    m_lineStartTrim =
        flag(tr("行首标点挤压"), [](ParagraphStyle &s, bool on) { s.lineStartTrim = on; });
    m_hanLatin =
        number(1, 3, tr(" 字"), [](ParagraphStyle &s, double v) { s.hanLatinSpacing = v; });
    m_hanLatin->setSpecialValueText(tr("不加"));
    m_hanging = flag(tr("标点悬挂"), [](ParagraphStyle &s, bool on) { s.hangingPunctuation = on; });
    m_avoidLone =
        flag(tr("避免孤字"), [](ParagraphStyle &s, bool on) { s.avoidLoneCharacter = on; });
    m_color = new CmykField(this);

    auto *leading = new QHBoxLayout;
    leading->addWidget(m_leading, 1);
    leading->addWidget(m_leadingMode);
    auto *form = new QFormLayout(this);
    form->addRow(tr("名称"), m_name);
    form->addRow(tr("基于"), m_basedOn);
    form->addRow(tr("用途"), m_role);
    form->addRow(tr("字体"), m_family);
    form->addRow(tr("字重"), m_fontStyle);
    form->addRow(tr("字号"), m_size);
    form->addRow(tr("行距"), leading);
    form->addRow(tr("首行缩进"), m_indent);
    form->addRow(tr("段前"), m_spaceBefore);
    form->addRow(tr("段后"), m_spaceAfter);
    form->addRow(tr("对齐"), m_alignment);
    form->addRow(tr("字距"), m_letterSpacing);
    form->addRow(tr("禁则"), m_kinsoku);
    form->addRow(tr("标点"), m_punctuation);
    form->addRow(tr("行尾标点"), m_lineEndTrim);
    form->addRow(QString(), m_lineStartTrim);
    form->addRow(tr("中西文间距"), m_hanLatin);
    form->addRow(QString(), m_hanging);
    form->addRow(QString(), m_avoidLone);
    form->addRow(tr("颜色"), m_color);

    connect(m_name, &QLineEdit::editingFinished, this,
            [this] { edit([this](ParagraphStyle &s) { s.name = m_name->text().trimmed(); }); });
    connect(m_basedOn, &QComboBox::activated, this, [this](int i) {
        edit([this, i](ParagraphStyle &s) { s.basedOnId = m_basedOn->itemData(i).toLongLong(); });
    });
    connect(m_role, &QComboBox::activated, this,
            [this](int i) { edit([i](ParagraphStyle &s) { s.role = ParagraphRole(i); }); });
    connect(m_family, &QComboBox::activated, this, [this] {
        edit([this](ParagraphStyle &s) { s.fontFamily = m_family->currentFont().family(); });
    });
    connect(m_fontStyle, &FontStyleBox::edited, this, [this](const QString &fontStyle) {
        edit([&fontStyle](ParagraphStyle &s) { s.fontStyle = fontStyle; });
    });
    connect(m_size, &SizeField::edited, this,
            [this](double pt) { edit([pt](ParagraphStyle &s) { s.size = pt; }); });
    connect(m_size, &SizeField::rejected, this, &ParagraphStyleForm::rejected);
    connect(m_color, &CmykField::edited, this,
            [this] { edit([this](ParagraphStyle &s) { s.color = m_color->color(); }); });
    setEnabled(false);
}

QDoubleSpinBox *ParagraphStyleForm::number(double max, int decimals, const QString &suffix,
                                           const std::function<void(ParagraphStyle &, double)> &set)
{
    auto *field = new QDoubleSpinBox(this);
    field->setRange(0, max);
    field->setDecimals(decimals);
    field->setSuffix(suffix);
    field->setKeyboardTracking(false);
    connect(field, &QDoubleSpinBox::valueChanged, this,
            [this, set](double v) { edit([&set, v](ParagraphStyle &s) { set(s, v); }); });
    return field;
}

QComboBox *ParagraphStyleForm::choice(const QStringList &items,
                                      const std::function<void(ParagraphStyle &, int)> &set)
{
    auto *box = new QComboBox(this);
    box->addItems(items);
    connect(box, &QComboBox::activated, this,
            [this, set](int i) { edit([&set, i](ParagraphStyle &s) { set(s, i); }); });
    return box;
}

QCheckBox *ParagraphStyleForm::flag(const QString &text,
                                    const std::function<void(ParagraphStyle &, bool)> &set)
{
    auto *check = new QCheckBox(text, this);
    connect(check, &QCheckBox::toggled, this,
            [this, set](bool on) { edit([&set, on](ParagraphStyle &s) { set(s, on); }); });
    return check;
}

void ParagraphStyleForm::edit(const std::function<void(ParagraphStyle &)> &change)
{
    if (m_refreshing || !isEnabled())
        return;
    ParagraphStyle after = m_style;
    change(after);
    if (!(after == m_style))
        Q_EMIT edited(after);
}

void ParagraphStyleForm::setStyle(const Edition *edition, const ParagraphStyle &style)
{
    m_refreshing = true;
    m_style = style;
    setEnabled(style.id != 0);
    m_name->setText(style.name);
    fillBasedOnBox(m_basedOn, tr("（无）"),
                   edition ? edition->paragraphStyles() : QList<ParagraphStyle>(), style);
    m_role->setCurrentIndex(int(style.role));
    m_family->setCurrentFont(QFont(style.fontFamily));
    m_fontStyle->setFamily(style.fontFamily, style.fontStyle);
    m_size->setSize(style.size);
    m_leadingMode->setCurrentIndex(int(style.leadingMode));
    m_leading->setSuffix(style.leadingMode == LeadingMode::Multiple ? tr(" 倍") : tr(" 磅"));
    m_leading->setValue(style.leading);
    m_indent->setValue(style.firstLineIndent);
    m_spaceBefore->setValue(style.spaceBefore);
    m_spaceAfter->setValue(style.spaceAfter);
    m_alignment->setCurrentIndex(int(style.alignment));
    m_letterSpacing->setValue(style.letterSpacing);
    m_kinsoku->setCurrentIndex(int(style.kinsoku));
    m_punctuation->setCurrentIndex(int(style.punctuation));
    m_lineEndTrim->setCurrentIndex(int(style.lineEndTrim));
    m_lineStartTrim->setChecked(style.lineStartTrim);
    m_hanLatin->setValue(style.hanLatinSpacing);
    m_hanging->setChecked(style.hangingPunctuation);
    m_avoidLone->setChecked(style.avoidLoneCharacter);
    m_color->setColor(style.color);
    m_refreshing = false;
}

} // namespace folio::app
