#include "app/sizefield.h"

#include "core/units.h"

#include <QLineEdit>

namespace folio::app {

SizeField::SizeField(bool inherits, QWidget *parent) : QComboBox(parent), m_inherits(inherits)
{
    setEditable(true);
    setInsertPolicy(QComboBox::NoInsert);
    if (m_inherits)
        addItem(QString());
    int count = 0;
    const units::ChineseSize *sizes = units::chineseSizes(&count);
    for (int i = 0; i < count; ++i)
        addItem(QString::fromUtf16(sizes[i].name));
    connect(this, &QComboBox::activated, this, &SizeField::commit);
    connect(lineEdit(), &QLineEdit::editingFinished, this, &SizeField::commit);
}

void SizeField::setSize(double pt)
{
    m_size = pt;
    const QSignalBlocker block(this);
    setEditText(m_inherits && pt <= 0 ? QString() : units::formatSize(pt));
}

void SizeField::commit()
{
    const QString text = currentText().trimmed();
    double pt = 0.0;
    if (!text.isEmpty() || !m_inherits) {
        const auto parsed = units::parseSize(text);
        if (!parsed || *parsed > 1000) {
            setSize(m_size);
            Q_EMIT rejected(
                tr("“%1”不是字号：请输入字号名（如 小五、五号）或磅值（如 9pt）。").arg(text));
            return;
        }
        pt = *parsed;
    }
    if (qFuzzyCompare(1.0 + pt, 1.0 + m_size)) {
        setSize(m_size); // normalise the text ("10.5" shows 五号)
        return;
    }
    setSize(pt);
    Q_EMIT edited(pt);
}

} // namespace folio::app
