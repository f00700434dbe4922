#include "app/cmykfield.h"

#include "render/screencolor.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QSpinBox>
#include <cmath>

namespace folio::app {

CmykField::CmykField(QWidget *parent) : QWidget(parent), m_swatch(new QLabel(this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    static const char *const names[] = {"C", "M", "Y", "K"};
    for (int i = 0; i < 4; ++i) {
        m_inks[i] = new QSpinBox(this);
        m_inks[i]->setRange(0, 100);
        m_inks[i]->setPrefix(QLatin1String(names[i]));
        m_inks[i]->setKeyboardTracking(false);
        m_inks[i]->setAccessibleName(QLatin1String(names[i]));
        connect(m_inks[i], &QSpinBox::valueChanged, this, [this] {
            updateSwatch();
            Q_EMIT edited();
        });
        layout->addWidget(m_inks[i]);
    }
    m_swatch->setFixedSize(16, 16);
    layout->addWidget(m_swatch);
    updateSwatch();
}

CmykColor CmykField::color() const
{
    return {m_inks[0]->value() / 100.0, m_inks[1]->value() / 100.0, m_inks[2]->value() / 100.0,
            m_inks[3]->value() / 100.0};
}

void CmykField::setColor(const CmykColor &color)
{
    const double inks[] = {color.c, color.m, color.y, color.k};
    for (int i = 0; i < 4; ++i) {
        const QSignalBlocker block(m_inks[i]);
        m_inks[i]->setValue(int(std::lround(inks[i] * 100)));
    }
    updateSwatch();
}

void CmykField::updateSwatch()
{
    m_swatch->setStyleSheet(QStringLiteral("background: %1; border: 1px solid #888;")
                                .arg(render::screenColor(color()).name()));
}

} // namespace folio::app
