#pragma once

#include "core/ids.h"

#include <QWidget>

class QCheckBox;
class QDoubleSpinBox;

namespace folio {
class Edition;
}

namespace folio::app {

class CmykField;

// The properties panel's colour and wrap section: stroke (on, CMYK, width), fill (on,
// CMYK) and, for pictures and boxes, text wrap with its offset. Lengths in pt, as rules are
// specified. One FrameCommand per finished edit.
class FrameStyleBox : public QWidget
{
    Q_OBJECT
public:
    explicit FrameStyleBox(QWidget *parent = nullptr);

    void setEdition(Edition *edition);
    void setFrameId(ObjectId frameId);
    void refresh();

    QCheckBox *strokeCheck() const { return m_stroke; }
    CmykField *strokeColorField() const { return m_strokeColor; }
    QDoubleSpinBox *strokeWidthField() const { return m_strokeWidth; }
    QCheckBox *fillCheck() const { return m_fill; }
    CmykField *fillColorField() const { return m_fillColor; }
    QCheckBox *wrapCheck() const { return m_wrap; }
    QDoubleSpinBox *wrapOffsetField() const { return m_wrapOffset; }

private:
    void apply();

    Edition *m_edition = nullptr;
    ObjectId m_frameId = 0;
    bool m_refreshing = false;
    QCheckBox *m_stroke;
    CmykField *m_strokeColor;
    QDoubleSpinBox *m_strokeWidth;
    QCheckBox *m_fill;
    CmykField *m_fillColor;
    QWidget *m_wrapGroup;
    QCheckBox *m_wrap;
    QDoubleSpinBox *m_wrapOffset;
};

} // namespace folio::app
