#pragma once

#include "model/signoff.h"

#include <QUndoCommand>

namespace folio {

class Edition;

// Changes the sign-off levels (签版级别) or whether export needs a signature.
class SignOffSettingsCommand : public QUndoCommand
{
public:
    SignOffSettingsCommand(Edition *edition, const SignOffSettings &after);

    void undo() override;
    void redo() override;

private:
    Edition *m_edition;
    SignOffSettings m_before;
    SignOffSettings m_after;
};

} // namespace folio
