#include "app/signdialog.h"

#include "model/edition.h"
#include "model/signaturecommand.h"
#include "proof/exportguard.h"
#include "proof/signoffformat.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QUndoStack>
#include <QVBoxLayout>

namespace folio::app {

SignDialog::SignDialog(Edition *edition, int pageIndex, proof::SignOff::LayoutProvider layout,
                       const QString &user, QWidget *parent)
    : QDialog(parent), m_edition(edition), m_pageIndex(pageIndex), m_user(user),
      m_signOff(edition, std::move(layout)), m_level(new QComboBox(this)),
      m_reason(new QLineEdit(this)), m_changes(new QPlainTextEdit(this)), m_error(new QLabel(this))
{
    setWindowTitle(tr("签版"));
    const proof::SignOff::PageState state = m_signOff.state(pageIndex);
    auto *form = new QFormLayout;
    form->addRow(tr("版面："),
                 new QLabel(proof::ExportGuard::pageLabel(*edition, pageIndex) +
                            QStringLiteral("  ") + proof::SignOff::statusName(state.status)));
    auto *levels = new QLabel(
        proof::SignOffFormat::levels(state).replace(QStringLiteral("  "), QStringLiteral("\n")),
        this);
    form->addRow(tr("签字："), levels);
    int next = -1;
    for (int i = 0; i < state.levels.size(); ++i) {
        m_level->addItem(state.levels[i].level);
        if (next < 0 && !state.levels[i].valid)
            next = i;
    }
    m_level->setCurrentIndex(std::max(next, 0));
    form->addRow(tr("签版级别："), m_level);
    form->addRow(tr("签字人："), new QLabel(user.isEmpty() ? tr("（未设用户名）") : user));
    const int open = int(m_signOff.openNotes(state.pageId).size());
    m_reason->setPlaceholderText(open > 0
                                     ? tr("有 %1 条校对意见待处理：强行签版须写明理由").arg(open)
                                     : tr("校对意见都已处理"));
    m_reason->setEnabled(open > 0);
    form->addRow(tr("理由："), m_reason);

    const proof::SignOff::Changes changes = m_signOff.changesSinceSignature(pageIndex);
    m_changes->setReadOnly(true);
    m_changes->setPlainText(proof::SignOff::describe(changes).join(u'\n'));
    m_changes->setVisible(changes.since && changes.changed);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00000"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("签版"));
    connect(buttons, &QDialogButtonBox::accepted, this, &SignDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SignDialog::reject);
    auto *layoutBox = new QVBoxLayout(this);
    layoutBox->addLayout(form);
    if (changes.since && changes.changed)
        layoutBox->addWidget(new QLabel(tr("上次签版后的改动："), this));
    layoutBox->addWidget(m_changes);
    layoutBox->addWidget(m_error);
    layoutBox->addWidget(buttons);
}

QString SignDialog::changesText() const
{
    return m_changes->isVisibleTo(this) ? m_changes->toPlainText() : QString();
}

QString SignDialog::errorText() const
{
    return m_error->text();
}

void SignDialog::accept()
{
    QString error;
    SignatureCommand *command =
        m_signOff.sign(m_pageIndex, m_level->currentText(), m_user, QDateTime::currentDateTimeUtc(),
                       m_reason->text(), &error);
    if (!command) {
        m_error->setText(error);
        return;
    }
    m_edition->undoStack()->push(command);
    QDialog::accept();
}

} // namespace folio::app
