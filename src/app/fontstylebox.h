#pragma once

#include <QComboBox>

namespace folio::app {

// The face style (字重) of a style form: lists the styles of one family and also takes a
// typed name, since a style may name a face this machine lacks. Emits edited() when a style
// is chosen or typing is finished.
class FontStyleBox : public QComboBox
{
    Q_OBJECT
public:
    explicit FontStyleBox(QWidget *parent = nullptr);

    void setFamily(const QString &family, const QString &style);

Q_SIGNALS:
    void edited(const QString &style);
};

} // namespace folio::app
