#include "app/signofflevelsdialog.h"

#include "model/edition.h"
#include "model/signoffsettingscommand.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QUndoStack>
#include <QVBoxLayout>

namespace folio::app {

SignOffLevelsDialog::SignOffLevelsDialog(Edition *edition, QWidget *parent)
    : QDialog(parent), m_edition(edition), m_levels(new QPlainTextEdit(this)),
      m_require(new QCheckBox(tr("发厂前每一版都须签版（未签过的版面也拒绝导出）"), this)),
      m_error(new QLabel(this))
{
    setWindowTitle(tr("签版级别"));
    m_levels->setPlainText(edition->signOffSettings().levels.join(u'\n'));
    m_require->setChecked(edition->signOffSettings().requireSignature);
    m_error->setStyleSheet(QStringLiteral("color: #b00000"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &SignOffLevelsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SignOffLevelsDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(
        new QLabel(tr("每行一级，按签版顺序（例：责编、夜班主任、值班总编）："), this));
    layout->addWidget(m_levels);
    layout->addWidget(m_require);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
}

QString SignOffLevelsDialog::errorText() const
{
    return m_error->text();
}

void SignOffLevelsDialog::accept()
{
    SignOffSettings settings;
    settings.levels.clear();
    for (const QString &line : m_levels->toPlainText().split(u'\n'))
        if (!line.trimmed().isEmpty())
            settings.levels.append(line.trimmed());
    if (settings.levels.isEmpty() || settings.levels.removeDuplicates() > 0) {
        m_error->setText(tr("至少要有一级，各级名称不能重复。"));
        return;
    }
    settings.requireSignature = m_require->isChecked();
    if (settings != m_edition->signOffSettings())
        m_edition->undoStack()->push(new SignOffSettingsCommand(m_edition, settings));
    QDialog::accept();
}

} // namespace folio::app
