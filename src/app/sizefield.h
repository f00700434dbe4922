#pragma once

#include <QComboBox>

namespace folio::app {

// A type size typed or picked as a Chinese size name (小五, 五号 …) or as pt, Q or mm
// ("9", "9pt", "13Q"), shown as the 号 name when there is one. With `inherits` an empty
// field means "as the paragraph" (0 pt).
class SizeField : public QComboBox
{
    Q_OBJECT
public:
    explicit SizeField(bool inherits = false, QWidget *parent = nullptr);

    double size() const { return m_size; }
    void setSize(double pt);

Q_SIGNALS:
    // A valid size was entered (once per finished edit).
    void edited(double pt);
    // The text was not a size; the field shows the previous value again.
    void rejected(const QString &message);

private:
    void commit();

    bool m_inherits;
    double m_size = 0.0;
};

} // namespace folio::app
