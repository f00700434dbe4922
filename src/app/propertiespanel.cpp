#include "app/propertiespanel.h"

#include "app/framestylebox.h"
#include "app/imageframebox.h"

#include "core/units.h"
#include "model/edition.h"
#include "model/framecommand.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QSpinBox>
#include <QUndoStack>
#include <QVBoxLayout>
#include <cmath>
#include <memory>
#include <utility>

namespace folio::app {

PropertiesPanel::PropertiesPanel(QWidget *parent)
    : QWidget(parent), m_kind(new QLabel(this)), m_name(new QLineEdit(this)),
      m_units(new QComboBox(this)), m_x(lengthField()), m_y(lengthField()), m_w(lengthField()),
      m_h(lengthField()), m_columns(new QSpinBox(this)), m_gutter(lengthField()),
      m_columnChars(new QSpinBox(this)), m_insetTop(lengthField()), m_insetBottom(lengthField()),
      m_insetLeft(lengthField()), m_insetRight(lengthField()), m_textGroup(new QWidget(this)),
      m_imageBox(new ImageFrameBox(this)), m_styleBox(new FrameStyleBox(this))
{
    m_units->addItem(tr("毫米"), int(Unit::Millimetre));
    m_units->addItem(tr("磅"), int(Unit::Point));

    auto *form = new QFormLayout;
    form->addRow(tr("类型"), m_kind);
    form->addRow(tr("名称"), m_name);
    form->addRow(tr("单位"), m_units);
    form->addRow(tr("X"), m_x);
    form->addRow(tr("Y"), m_y);
    form->addRow(tr("宽"), m_w);
    form->addRow(tr("高"), m_h);

    m_columns->setRange(1, 20);
    m_columnChars->setRange(0, 99);
    m_columnChars->setSpecialValueText(tr("自动"));
    m_columnChars->setSuffix(tr(" 字"));
    auto *textForm = new QFormLayout(m_textGroup);
    textForm->setContentsMargins(0, 0, 0, 0);
    textForm->addRow(tr("栏数"), m_columns);
    textForm->addRow(tr("栏间距"), m_gutter);
    textForm->addRow(tr("栏宽"), m_columnChars);
    auto *insets = new QGridLayout;
    insets->addWidget(new QLabel(tr("上"), this), 0, 0);
    insets->addWidget(m_insetTop, 0, 1);
    insets->addWidget(new QLabel(tr("下"), this), 0, 2);
    insets->addWidget(m_insetBottom, 0, 3);
    insets->addWidget(new QLabel(tr("左"), this), 1, 0);
    insets->addWidget(m_insetLeft, 1, 1);
    insets->addWidget(new QLabel(tr("右"), this), 1, 2);
    insets->addWidget(m_insetRight, 1, 3);
    textForm->addRow(tr("内边距"), insets);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_textGroup);
    layout->addWidget(m_imageBox);
    layout->addWidget(m_styleBox);
    layout->addStretch(1);
    connect(m_imageBox, &ImageFrameBox::message, this, &PropertiesPanel::message);

    const QSettings settings;
    m_unit = settings.value(QStringLiteral("units"), QStringLiteral("mm")).toString() ==
                     QLatin1String("pt")
                 ? Unit::Point
                 : Unit::Millimetre;
    m_units->setCurrentIndex(m_unit == Unit::Point ? 1 : 0);
    connect(m_units, &QComboBox::activated, this,
            [this](int index) { setUnit(Unit(m_units->itemData(index).toInt())); });
    connect(m_name, &QLineEdit::editingFinished, this, &PropertiesPanel::apply);
    connect(m_columns, &QSpinBox::valueChanged, this, &PropertiesPanel::apply);
    connect(m_columnChars, &QSpinBox::valueChanged, this, &PropertiesPanel::apply);
    m_columns->setKeyboardTracking(false);
    m_columnChars->setKeyboardTracking(false);
    refresh();
}

QDoubleSpinBox *PropertiesPanel::lengthField()
{
    auto *field = new QDoubleSpinBox(this);
    field->setRange(-10000, 10000);
    field->setDecimals(2);
    // valueChanged only when an edit is finished (Enter, focus out, arrows), one command each.
    field->setKeyboardTracking(false);
    connect(field, &QDoubleSpinBox::valueChanged, this, &PropertiesPanel::apply);
    return field;
}

void PropertiesPanel::setEdition(Edition *edition)
{
    if (m_edition)
        disconnect(m_edition, nullptr, this, nullptr);
    m_edition = edition;
    m_frameId = 0;
    m_imageBox->setEdition(edition, m_layouts);
    m_styleBox->setEdition(edition);
    // Not after a change of story text alone, which shows nowhere here: typing must not
    // refresh every field per keystroke. Refreshed on `changed`, after the layouts dropped
    // theirs (the picture's ppi is read from the page).
    if (m_edition) {
        auto stale = std::make_shared<bool>(false);
        const auto mark = [stale] { *stale = true; };
        connect(m_edition, &Edition::pageChanged, this, mark);
        for (auto signal : {&Edition::pagesChanged, &Edition::stylesChanged,
                            &Edition::imagesChanged, &Edition::infoChanged})
            connect(m_edition, signal, this, mark);
        connect(m_edition, &Edition::changed, this, [this, stale] {
            if (std::exchange(*stale, false))
                refresh();
        });
    }
    refresh();
}

void PropertiesPanel::setFrameId(ObjectId frameId)
{
    m_frameId = frameId;
    m_imageBox->setFrameId(frameId);
    m_styleBox->setFrameId(frameId);
    refresh();
}

void PropertiesPanel::setUnit(Unit unit)
{
    m_unit = unit;
    QSettings().setValue(QStringLiteral("units"),
                         unit == Unit::Point ? QStringLiteral("pt") : QStringLiteral("mm"));
    {
        const QSignalBlocker block(m_units);
        m_units->setCurrentIndex(unit == Unit::Point ? 1 : 0);
    }
    refresh();
}

double PropertiesPanel::toPt(double v) const
{
    return m_unit == Unit::Millimetre ? units::ptFromMm(v) : v;
}

double PropertiesPanel::fromPt(double pt) const
{
    return m_unit == Unit::Millimetre ? units::mmFromPt(pt) : pt;
}

void PropertiesPanel::refresh()
{
    m_refreshing = true;
    const Frame *f = m_edition ? m_edition->frame(m_frameId) : nullptr;
    for (QWidget *w :
         {static_cast<QWidget *>(m_name), static_cast<QWidget *>(m_x), static_cast<QWidget *>(m_y),
          static_cast<QWidget *>(m_w), static_cast<QWidget *>(m_h)})
        w->setEnabled(f != nullptr);
    m_textGroup->setVisible(f && f->kind == FrameKind::Text);
    m_imageBox->setVisible(f && f->kind == FrameKind::Image);
    m_styleBox->setVisible(f != nullptr);
    m_imageBox->refresh();
    m_styleBox->refresh();
    const QString suffix = m_unit == Unit::Millimetre ? tr(" 毫米") : tr(" 磅");
    for (QDoubleSpinBox *field :
         {m_x, m_y, m_w, m_h, m_gutter, m_insetTop, m_insetBottom, m_insetLeft, m_insetRight})
        field->setSuffix(suffix);
    if (!f) {
        m_kind->setText(tr("未选择框"));
        m_name->clear();
    } else {
        static const char *const kinds[] = {QT_TR_NOOP("文本框"), QT_TR_NOOP("图片框"),
                                            QT_TR_NOOP("线"), QT_TR_NOOP("方框")};
        m_kind->setText(tr(kinds[int(f->kind)]));
        m_name->setText(f->name);
        m_x->setValue(fromPt(f->rect.x()));
        m_y->setValue(fromPt(f->rect.y()));
        m_w->setValue(fromPt(f->rect.width()));
        m_h->setValue(fromPt(f->rect.height()));
        m_columns->setValue(f->columns);
        m_gutter->setValue(fromPt(f->gutter));
        m_columnChars->setValue(f->columnChars);
        m_insetTop->setValue(fromPt(f->insets.top()));
        m_insetBottom->setValue(fromPt(f->insets.bottom()));
        m_insetLeft->setValue(fromPt(f->insets.left()));
        m_insetRight->setValue(fromPt(f->insets.right()));
    }
    m_refreshing = false;
}

void PropertiesPanel::apply()
{
    if (m_refreshing || !m_edition)
        return;
    const Frame *current = m_edition->frame(m_frameId);
    if (!current)
        return;
    Frame f = *current;
    f.name = m_name->text();
    // Fields show two decimals: only a field the user changed may move the frame, so an
    // untouched 12.345 pt is not rounded to 12.35.
    const auto length = [this](QDoubleSpinBox *field, double oldPt) {
        return qFuzzyCompare(1.0 + field->value(), 1.0 + std::round(fromPt(oldPt) * 100) / 100)
                   ? oldPt
                   : toPt(field->value());
    };
    f.rect =
        QRectF(length(m_x, f.rect.x()), length(m_y, f.rect.y()),
               qMax(1.0, length(m_w, f.rect.width())), qMax(1.0, length(m_h, f.rect.height())));
    if (f.kind == FrameKind::Text) {
        f.columns = m_columns->value();
        f.gutter = qMax(0.0, length(m_gutter, f.gutter));
        f.columnChars = m_columnChars->value();
        f.insets = QMarginsF(
            length(m_insetLeft, f.insets.left()), length(m_insetTop, f.insets.top()),
            length(m_insetRight, f.insets.right()), length(m_insetBottom, f.insets.bottom()));
    }
    if (f == *current)
        return;
    m_edition->undoStack()->push(FrameCommand::change(m_edition, f, tr("修改框属性")));
}

} // namespace folio::app
