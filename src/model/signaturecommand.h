#pragma once

#include "model/signoff.h"

#include <QList>
#include <QUndoCommand>

namespace folio {

class Edition;

// Signs a page at one level (签版) or takes signatures back. Undo restores the page's
// sign-off status as it was.
class SignatureCommand : public QUndoCommand
{
public:
    static SignatureCommand *sign(Edition *edition, const PageSignature &signature);
    // Takes these signatures back in one step (a level and the levels signed on top of it).
    static SignatureCommand *unsign(Edition *edition, const QList<ObjectId> &signatureIds,
                                    const QString &level);

    void undo() override;
    void redo() override;

private:
    SignatureCommand(Edition *edition, const QString &text);

    struct Placed
    {
        int index = -1;
        PageSignature signature;
    };
    Edition *m_edition;
    QList<Placed> m_added;   // put by redo, erased by undo
    QList<Placed> m_removed; // erased by redo, put back by undo (ascending index)
};

} // namespace folio
