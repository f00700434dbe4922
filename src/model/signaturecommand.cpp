#include "model/signaturecommand.h"

#include "model/edition.h"

#include <QCoreApplication>
#include <algorithm>

namespace folio {

SignatureCommand::SignatureCommand(Edition *edition, const QString &text)
    : QUndoCommand(text), m_edition(edition)
{}

SignatureCommand *SignatureCommand::sign(Edition *edition, const PageSignature &signature)
{
    auto *c = new SignatureCommand(
        edition, QCoreApplication::translate("folio", "签版（%1）").arg(signature.level));
    c->m_added.append({-1, signature});
    return c;
}

SignatureCommand *SignatureCommand::unsign(Edition *edition, const QList<ObjectId> &signatureIds,
                                           const QString &level)
{
    auto *c = new SignatureCommand(
        edition, QCoreApplication::translate("folio", "撤销签版（%1）").arg(level));
    for (ObjectId id : signatureIds)
        if (const PageSignature *s = edition->signature(id))
            c->m_removed.append({edition->signatureIndex(id), *s});
    std::sort(c->m_removed.begin(), c->m_removed.end(),
              [](const Placed &a, const Placed &b) { return a.index < b.index; });
    return c;
}

void SignatureCommand::redo()
{
    for (const Placed &p : std::as_const(m_removed))
        m_edition->eraseSignature(p.signature.id);
    for (const Placed &p : std::as_const(m_added))
        m_edition->putSignature(p.signature, p.index);
}

void SignatureCommand::undo()
{
    for (const Placed &p : std::as_const(m_added))
        m_edition->eraseSignature(p.signature.id);
    // Ascending, so each goes back to the place it had.
    for (const Placed &p : std::as_const(m_removed))
        m_edition->putSignature(p.signature, p.index);
}

} // namespace folio
