#include "app/notedialog.h"

#include "proof/noteformat.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>

namespace folio::app {

NoteDialog::NoteDialog(const QString &markedText, QWidget *parent)
    : QDialog(parent), m_kind(new QComboBox(this)), m_replacement(new QLineEdit(this)),
      m_comment(new QLineEdit(this))
{
    setWindowTitle(tr("添加校对意见"));
    for (NoteKind kind :
         {NoteKind::Replace, NoteKind::Delete, NoteKind::Insert, NoteKind::Swap, NoteKind::Query})
        m_kind->addItem(proof::NoteFormat::kindName(kind), int(kind));
    auto *marked =
        new QLabel(markedText.isEmpty() ? tr("（插入点）") : tr("“%1”").arg(markedText), this);
    marked->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto *form = new QFormLayout(this);
    form->addRow(tr("标记的文字"), marked);
    form->addRow(tr("意见"), m_kind);
    form->addRow(tr("改为/增加"), m_replacement);
    form->addRow(tr("说明"), m_comment);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &NoteDialog::updateFields);
    updateFields();
}

NoteKind NoteDialog::kind() const
{
    return NoteKind(m_kind->currentData().toInt());
}

void NoteDialog::setKind(NoteKind kind)
{
    m_kind->setCurrentIndex(m_kind->findData(int(kind)));
}

QString NoteDialog::replacement() const
{
    const NoteKind k = kind();
    return k == NoteKind::Delete || k == NoteKind::Query ? QString() : m_replacement->text();
}

QString NoteDialog::comment() const
{
    return m_comment->text().trimmed();
}

void NoteDialog::updateFields()
{
    const NoteKind k = kind();
    m_replacement->setEnabled(k != NoteKind::Delete && k != NoteKind::Query);
}

} // namespace folio::app
