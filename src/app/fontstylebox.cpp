#include "app/fontstylebox.h"

#include <QFontDatabase>
#include <QLineEdit>

namespace folio::app {

FontStyleBox::FontStyleBox(QWidget *parent) : QComboBox(parent)
{
    setEditable(true);
    setInsertPolicy(QComboBox::NoInsert);
    const auto finish = [this] { Q_EMIT edited(currentText().trimmed()); };
    connect(this, &QComboBox::activated, this, finish);
    connect(lineEdit(), &QLineEdit::editingFinished, this, finish);
}

void FontStyleBox::setFamily(const QString &family, const QString &style)
{
    clear();
    // An empty family means "as the paragraph": there are no faces to list.
    if (!family.isEmpty())
        addItems(QFontDatabase::styles(family));
    setEditText(style);
}

} // namespace folio::app
