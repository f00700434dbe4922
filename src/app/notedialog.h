#pragma once

#include "model/proofnote.h"

#include <QDialog>

class QComboBox;
class QLineEdit;

namespace folio::app {

// 添加校对意见: the marked characters, the kind (改/删/增/调/疑), the text asked for (改 replace
// with, 增 insert, 调 the new order) and a comment.
class NoteDialog : public QDialog
{
    Q_OBJECT
public:
    NoteDialog(const QString &markedText, QWidget *parent = nullptr);

    NoteKind kind() const;
    void setKind(NoteKind kind);
    QString replacement() const;
    QString comment() const;
    QComboBox *kindBox() const { return m_kind; }
    QLineEdit *replacementField() const { return m_replacement; }
    QLineEdit *commentField() const { return m_comment; }

private:
    void updateFields();

    QComboBox *m_kind;
    QLineEdit *m_replacement;
    QLineEdit *m_comment;
};

} // namespace folio::app
