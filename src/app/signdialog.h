#pragma once

#include "proof/signoff.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace folio {
class Edition;
}

namespace folio::app {

// 签版: signs the current page at one level. Shows every level's signature (who, when, valid
// or revoked), the notes still 待处理 (signing over them needs a reason) and, when the page
// was signed before and changed since, exactly what changed (text, reflow-aware, and frames).
// Signing is one undo step.
class SignDialog : public QDialog
{
    Q_OBJECT
public:
    SignDialog(Edition *edition, int pageIndex, proof::SignOff::LayoutProvider layout,
               const QString &user, QWidget *parent = nullptr);

    QComboBox *levelBox() const { return m_level; }
    QLineEdit *reasonField() const { return m_reason; }
    QString changesText() const;
    QString errorText() const;

    void accept() override;

private:
    Edition *m_edition;
    int m_pageIndex;
    QString m_user;
    proof::SignOff m_signOff;
    QComboBox *m_level;
    QLineEdit *m_reason;
    QPlainTextEdit *m_changes;
    QLabel *m_error;
};

} // namespace folio::app
