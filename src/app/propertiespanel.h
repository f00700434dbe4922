#pragma once

#include "core/ids.h"

#include <QWidget>

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace folio {
class Edition;
struct Frame;
} // namespace folio

namespace folio::app {

class FrameStyleBox;
class ImageFrameBox;
class LayoutCache;

// Geometry and text-frame settings of the selected frame in mm or pt. Each finished edit is
// one FrameCommand; undo elsewhere refreshes the fields.
class PropertiesPanel : public QWidget
{
    Q_OBJECT
public:
    enum class Unit { Millimetre, Point };

    explicit PropertiesPanel(QWidget *parent = nullptr);

    void setEdition(Edition *edition);
    // The composed pages, for the effective resolution of pictures; set before setEdition.
    void setLayouts(LayoutCache *layouts) { m_layouts = layouts; }
    void setFrameId(ObjectId frameId);
    ObjectId frameId() const { return m_frameId; }
    Unit unit() const { return m_unit; }
    void setUnit(Unit unit);

    // The fields, for tests and keyboard users.
    QDoubleSpinBox *xField() const { return m_x; }
    QDoubleSpinBox *yField() const { return m_y; }
    QDoubleSpinBox *widthField() const { return m_w; }
    QDoubleSpinBox *heightField() const { return m_h; }
    QSpinBox *columnsField() const { return m_columns; }
    QDoubleSpinBox *gutterField() const { return m_gutter; }
    ImageFrameBox *imageBox() const { return m_imageBox; }
    FrameStyleBox *styleBox() const { return m_styleBox; }

Q_SIGNALS:
    void message(const QString &text);

private:
    QDoubleSpinBox *lengthField();
    void refresh();
    void apply();
    double toPt(double v) const;
    double fromPt(double pt) const;

    Edition *m_edition = nullptr;
    LayoutCache *m_layouts = nullptr;
    ObjectId m_frameId = 0;
    Unit m_unit = Unit::Millimetre;
    bool m_refreshing = false;

    QLabel *m_kind;
    QLineEdit *m_name;
    QComboBox *m_units;
    QDoubleSpinBox *m_x;
    QDoubleSpinBox *m_y;
    QDoubleSpinBox *m_w;
    QDoubleSpinBox *m_h;
    QSpinBox *m_columns;
    QDoubleSpinBox *m_gutter;
    QSpinBox *m_columnChars;
    QDoubleSpinBox *m_insetTop;
    QDoubleSpinBox *m_insetBottom;
    QDoubleSpinBox *m_insetLeft;
    QDoubleSpinBox *m_insetRight;
    QWidget *m_textGroup;
    ImageFrameBox *m_imageBox;
    FrameStyleBox *m_styleBox;
};

} // namespace folio::app
