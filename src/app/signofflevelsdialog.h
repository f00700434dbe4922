#pragma once

#include <QDialog>

class QCheckBox;
class QLabel;
class QPlainTextEdit;

namespace folio {
class Edition;
}

namespace folio::app {

// 签版级别…: the edition's sign-off levels, one per line in signing order, and whether every
// page must be signed before export even when nobody has signed yet. One undo step.
class SignOffLevelsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit SignOffLevelsDialog(Edition *edition, QWidget *parent = nullptr);

    QPlainTextEdit *levelsField() const { return m_levels; }
    QCheckBox *requireBox() const { return m_require; }
    QString errorText() const;

    void accept() override;

private:
    Edition *m_edition;
    QPlainTextEdit *m_levels;
    QCheckBox *m_require;
    QLabel *m_error;
};

} // namespace folio::app
