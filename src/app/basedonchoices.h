#pragma once

#include "core/ids.h"

#include <QComboBox>
#include <QList>

namespace folio::app {

// Fills a style form's based-on box: `none` first, then every other style of the same kind
// (a style cannot be based on itself), with style.basedOnId selected. Shared by the
// paragraph and character forms, which differ only in the style type.
template <typename Style>
void fillBasedOnBox(QComboBox *box, const QString &none, const QList<Style> &all,
                    const Style &style)
{
    box->clear();
    box->addItem(none, ObjectId(0));
    for (const Style &other : all)
        if (other.id != style.id)
            box->addItem(other.name, other.id);
    box->setCurrentIndex(qMax(0, box->findData(style.basedOnId)));
}

} // namespace folio::app
