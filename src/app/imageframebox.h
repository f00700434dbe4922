#pragma once

#include "core/ids.h"

#include <QRectF>
#include <QWidget>

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QPushButton;

namespace folio {
class Edition;
}

namespace folio::app {

class LayoutCache;

// The properties panel's picture section for an image frame: the placed picture, its fit
// mode (填满, 适合, 原始大小, 手动), the manual scale, the effective resolution at the placed
// size (read from the composed page, which is what prints) and the caption button.
class ImageFrameBox : public QWidget
{
    Q_OBJECT
public:
    explicit ImageFrameBox(QWidget *parent = nullptr);

    void setEdition(Edition *edition, LayoutCache *layouts);
    void setFrameId(ObjectId frameId);
    void refresh();

    QComboBox *fitBox() const { return m_fit; }
    QDoubleSpinBox *scaleField() const { return m_scale; }
    QLabel *ppiLabel() const { return m_ppi; }
    QPushButton *captionButton() const { return m_caption; }
    // The effective resolution shown, 0 when there is no picture.
    double effectivePpi() const { return m_effectivePpi; }

Q_SIGNALS:
    // A sentence for the status bar when an action is refused.
    void message(const QString &text);

private:
    QRectF placedRect() const;

    Edition *m_edition = nullptr;
    LayoutCache *m_layouts = nullptr;
    ObjectId m_frameId = 0;
    bool m_refreshing = false;
    double m_effectivePpi = 0.0;
    QLabel *m_picture;
    QComboBox *m_fit;
    QDoubleSpinBox *m_scale;
    QLabel *m_ppi;
    QPushButton *m_caption;
};

} // namespace folio::app
