#pragma once

#include "model/paragraphstyle.h"

#include <QWidget>
#include <functional>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QFontComboBox;
class QLineEdit;

namespace folio {
class Edition;
}

namespace folio::app {

class CmykField;
class FontStyleBox;
class SizeField;

// Every setting of one paragraph style: name, based-on, role, face, size (号 or pt),
// leading, indent, spacing, alignment (including 撑满) and the CJK composition options of
// CJK-RULES.md. Each finished edit emits the whole style with that one field changed; the
// panel turns it into an undo step.
class ParagraphStyleForm : public QWidget
{
    Q_OBJECT
public:
    explicit ParagraphStyleForm(QWidget *parent = nullptr);

    void setStyle(const Edition *edition, const ParagraphStyle &style);
    const ParagraphStyle &style() const { return m_style; }

    QLineEdit *nameField() const { return m_name; }
    QComboBox *basedOnBox() const { return m_basedOn; }
    FontStyleBox *fontStyleBox() const { return m_fontStyle; }
    SizeField *sizeField() const { return m_size; }
    QDoubleSpinBox *leadingField() const { return m_leading; }
    QDoubleSpinBox *indentField() const { return m_indent; }
    QComboBox *alignmentBox() const { return m_alignment; }
    QComboBox *kinsokuBox() const { return m_kinsoku; }
    QComboBox *punctuationBox() const { return m_punctuation; }
    QCheckBox *hangingCheck() const { return m_hanging; }
    QDoubleSpinBox *hanLatinField() const { return m_hanLatin; }

Q_SIGNALS:
    void edited(const folio::ParagraphStyle &after);
    void rejected(const QString &message);

private:
    void edit(const std::function<void(ParagraphStyle &)> &change);
    QDoubleSpinBox *number(double max, int decimals, const QString &suffix,
                           const std::function<void(ParagraphStyle &, double)> &set);
    QComboBox *choice(const QStringList &items,
                      const std::function<void(ParagraphStyle &, int)> &set);
    QCheckBox *flag(const QString &text, const std::function<void(ParagraphStyle &, bool)> &set);

    ParagraphStyle m_style;
    bool m_refreshing = false;
    QLineEdit *m_name;
    QComboBox *m_basedOn;
    QComboBox *m_role;
    QFontComboBox *m_family;
    FontStyleBox *m_fontStyle;
    SizeField *m_size;
    QDoubleSpinBox *m_leading;
    QComboBox *m_leadingMode;
    QDoubleSpinBox *m_indent;
    QDoubleSpinBox *m_spaceBefore;
    QDoubleSpinBox *m_spaceAfter;
    QComboBox *m_alignment;
    QDoubleSpinBox *m_letterSpacing;
    QComboBox *m_kinsoku;
    QComboBox *m_punctuation;
    QComboBox *m_lineEndTrim;
    QCheckBox *m_lineStartTrim;
    QDoubleSpinBox *m_hanLatin;
    QCheckBox *m_hanging;
    QCheckBox *m_avoidLone;
    CmykField *m_color;
};

} // namespace folio::app
