#pragma once

#include "core/cmykcolor.h"

#include <QWidget>

class QLabel;
class QSpinBox;

namespace folio::app {

// A process colour as four ink percentages (C, M, Y, K) with a screen swatch beside them.
// edited() fires once per finished change (Enter, arrows, focus out), not per keystroke.
class CmykField : public QWidget
{
    Q_OBJECT
public:
    explicit CmykField(QWidget *parent = nullptr);

    CmykColor color() const;
    void setColor(const CmykColor &color);
    QSpinBox *inkField(int index) const { return m_inks[index]; }

Q_SIGNALS:
    void edited();

private:
    void updateSwatch();

    QSpinBox *m_inks[4];
    QLabel *m_swatch;
};

} // namespace folio::app
