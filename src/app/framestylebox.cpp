#include "app/framestylebox.h"

#include "app/cmykfield.h"
#include "model/edition.h"
#include "model/framecommand.h"

#include <QCheckBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QUndoStack>
#include <cmath>

namespace folio::app {

namespace {
// The field shows whole percents: an untouched colour keeps its exact inks.
CmykColor colorOr(const CmykField *field, const CmykColor &old)
{
    const CmykColor shown = field->color();
    const auto same = [](double a, double b) {
        return std::lround(a * 100) == std::lround(b * 100);
    };
    if (same(shown.c, old.c) && same(shown.m, old.m) && same(shown.y, old.y) &&
        same(shown.k, old.k))
        return old;
    return shown;
}

QDoubleSpinBox *ptField(QWidget *parent, double max)
{
    auto *field = new QDoubleSpinBox(parent);
    field->setRange(0, max);
    field->setDecimals(2);
    field->setSingleStep(0.25);
    field->setSuffix(FrameStyleBox::tr(" 磅"));
    field->setKeyboardTracking(false);
    return field;
}
} // namespace

FrameStyleBox::FrameStyleBox(QWidget *parent)
    : QWidget(parent), m_stroke(new QCheckBox(tr("描边"), this)),
      m_strokeColor(new CmykField(this)), m_strokeWidth(ptField(this, 72)),
      m_fill(new QCheckBox(tr("填充"), this)), m_fillColor(new CmykField(this)),
      m_wrapGroup(new QWidget(this)), m_wrap(new QCheckBox(tr("文字绕排"), this)),
      m_wrapOffset(ptField(this, 144))
{
    auto *form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(m_stroke, m_strokeColor);
    form->addRow(tr("线宽"), m_strokeWidth);
    form->addRow(m_fill, m_fillColor);
    auto *wrapForm = new QFormLayout(m_wrapGroup);
    wrapForm->setContentsMargins(0, 0, 0, 0);
    wrapForm->addRow(m_wrap);
    wrapForm->addRow(tr("绕排距离"), m_wrapOffset);
    form->addRow(m_wrapGroup);

    for (QCheckBox *check : {m_stroke, m_fill, m_wrap})
        connect(check, &QCheckBox::toggled, this, &FrameStyleBox::apply);
    for (CmykField *field : {m_strokeColor, m_fillColor})
        connect(field, &CmykField::edited, this, &FrameStyleBox::apply);
    for (QDoubleSpinBox *field : {m_strokeWidth, m_wrapOffset})
        connect(field, &QDoubleSpinBox::valueChanged, this, &FrameStyleBox::apply);
    refresh();
}

void FrameStyleBox::setEdition(Edition *edition)
{
    m_edition = edition;
    m_frameId = 0;
    refresh();
}

void FrameStyleBox::setFrameId(ObjectId frameId)
{
    m_frameId = frameId;
    refresh();
}

void FrameStyleBox::refresh()
{
    m_refreshing = true;
    const Frame *f = m_edition ? m_edition->frame(m_frameId) : nullptr;
    setEnabled(f != nullptr);
    if (f) {
        m_stroke->setChecked(f->hasStroke || f->kind == FrameKind::Rule);
        m_stroke->setEnabled(f->kind != FrameKind::Rule); // a rule is its stroke
        m_strokeColor->setColor(f->strokeColor);
        m_strokeWidth->setValue(f->strokeWidth);
        m_fill->setChecked(f->hasFill);
        m_fillColor->setColor(f->fillColor);
        m_fill->setVisible(f->kind != FrameKind::Rule);
        m_fillColor->setVisible(f->kind != FrameKind::Rule);
        m_wrapGroup->setVisible(f->kind == FrameKind::Image || f->kind == FrameKind::Box);
        m_wrap->setChecked(f->textWrap);
        m_wrapOffset->setValue(f->wrapOffset);
        m_wrapOffset->setEnabled(f->textWrap);
    }
    m_refreshing = false;
}

void FrameStyleBox::apply()
{
    if (m_refreshing || !m_edition)
        return;
    const Frame *current = m_edition->frame(m_frameId);
    if (!current)
        return;
    Frame f = *current;
    f.hasStroke = f.kind == FrameKind::Rule || m_stroke->isChecked();
    f.strokeColor = colorOr(m_strokeColor, f.strokeColor);
    if (std::lround(m_strokeWidth->value() * 100) != std::lround(f.strokeWidth * 100))
        f.strokeWidth = m_strokeWidth->value();
    if (f.kind != FrameKind::Rule) {
        f.hasFill = m_fill->isChecked();
        f.fillColor = colorOr(m_fillColor, f.fillColor);
    }
    if (f.kind == FrameKind::Image || f.kind == FrameKind::Box) {
        f.textWrap = m_wrap->isChecked();
        if (std::lround(m_wrapOffset->value() * 100) != std::lround(f.wrapOffset * 100))
            f.wrapOffset = m_wrapOffset->value();
    }
    m_wrapOffset->setEnabled(f.textWrap);
    if (f == *current)
        return;
    m_edition->undoStack()->push(FrameCommand::change(m_edition, f, tr("修改颜色与绕排")));
}

} // namespace folio::app
