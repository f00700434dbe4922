#include "model/signoffsettingscommand.h"

#include "model/edition.h"

#include <QCoreApplication>

namespace folio {

SignOffSettingsCommand::SignOffSettingsCommand(Edition *edition, const SignOffSettings &after)
    : QUndoCommand(QCoreApplication::translate("folio", "修改签版级别")), m_edition(edition),
      m_before(edition->signOffSettings()), m_after(after)
{}

void SignOffSettingsCommand::redo()
{
    m_edition->setSignOffSettings(m_after);
}

void SignOffSettingsCommand::undo()
{
    m_edition->setSignOffSettings(m_before);
}

} // namespace folio
