#pragma once

#include "model/characterstyle.h"

#include <QWidget>
#include <functional>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLineEdit;

namespace folio {
class Edition;
}

namespace folio::app {

class CmykField;
class FontStyleBox;
class SizeField;

// One character style: name, based-on, and the overrides of the paragraph's face, size,
// colour and letter spacing (an empty face or size means "as the paragraph"). Each finished
// edit emits the whole style with that one field changed.
class CharacterStyleForm : public QWidget
{
    Q_OBJECT
public:
    explicit CharacterStyleForm(QWidget *parent = nullptr);

    void setStyle(const Edition *edition, const CharacterStyle &style);
    const CharacterStyle &style() const { return m_style; }

    QLineEdit *nameField() const { return m_name; }
    QComboBox *familyBox() const { return m_family; }
    FontStyleBox *fontStyleBox() const { return m_fontStyle; }
    SizeField *sizeField() const { return m_size; }
    QCheckBox *colorCheck() const { return m_hasColor; }

Q_SIGNALS:
    void edited(const folio::CharacterStyle &after);
    void rejected(const QString &message);

private:
    void edit(const std::function<void(CharacterStyle &)> &change);

    CharacterStyle m_style;
    bool m_refreshing = false;
    QLineEdit *m_name;
    QComboBox *m_basedOn;
    QComboBox *m_family;
    FontStyleBox *m_fontStyle;
    SizeField *m_size;
    QCheckBox *m_hasColor;
    CmykField *m_color;
    QDoubleSpinBox *m_letterSpacing;
};

} // namespace folio::app
