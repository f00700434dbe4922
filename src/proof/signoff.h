#pragma once

#include "layout/pagelayout.h"
#include "model/signoff.h"
#include "proof/proofcomparer.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <functional>
#include <memory>

namespace folio {
class Edition;
class LayoutEngine;
class SignatureCommand;
struct ProofNote;
} // namespace folio

namespace folio::proof {

// Sign-off (签版) of pages in levels. Signatures are kept for good; whether one counts is
// derived: it is valid while the page prints what it printed when signed (its fingerprint), so
// an edit that changes the page revokes it and undoing the edit restores it. A level signs
// in the edition's order, only when every earlier level's signature is valid, and only when
// every note on the page is 已改 or 不改 (or with an override and its reason, recorded).
class SignOff
{
    Q_DECLARE_TR_FUNCTIONS(SignOff)
public:
    // Lays out a page (by index); by default a LayoutEngine of its own. The app passes its
    // layout cache so that the state is computed from what the screen shows.
    using LayoutProvider = std::function<PageLayout(int pageIndex)>;

    explicit SignOff(Edition *edition, LayoutProvider layout = {});
    ~SignOff();

    // What a page prints now.
    struct Snapshot
    {
        QByteArray fingerprint;
        QList<TextMapEntry> textMap; // page coordinates
        QList<SignedFrame> frames;
    };
    Snapshot snapshot(int pageIndex) const;

    enum class Status { Unsigned, Partly, Signed, ChangedSinceSigned }; // 未签/签版中/已签/签后改动
    struct LevelState
    {
        QString level;
        const PageSignature *signature = nullptr; // the level's latest signature on the page
        bool valid = false;
    };
    struct PageState
    {
        ObjectId pageId = 0;
        QByteArray fingerprint; // now
        QList<LevelState> levels;
        Status status = Status::Unsigned;
        bool isSigned() const { return status == Status::Signed; }
    };
    PageState state(int pageIndex) const;
    static QString statusName(Status status);
    // "责编 张三 01-20 21:30，夜班主任 李四 01-20 21:45": the levels whose signatures are valid
    // for a page printing this fingerprint (the proof slug line and the page list show it).
    static QString signedLine(const Edition &edition, ObjectId pageId,
                              const QByteArray &fingerprint);

    // The notes on a page still 待处理.
    QList<const ProofNote *> openNotes(ObjectId pageId) const;

    // The command that signs the page at this level (not yet pushed), or nullptr and the reason:
    // no such page or level, an earlier level not (validly) signed, already signed, open notes
    // without an override reason.
    SignatureCommand *sign(int pageIndex, const QString &level, const QString &user,
                           const QDateTime &time, const QString &overrideReason,
                           QString *error) const;
    // Takes the level's latest signature back (and the later levels' with it, which rested on it).
    SignatureCommand *unsign(int pageIndex, const QString &level, QString *error) const;

    // What changed since the page's latest signature: the text (through the text maps, so a
    // reflowed paragraph shows as its edit) and the frames that moved, appeared or went.
    struct MovedFrame
    {
        ObjectId frameId = 0;
        QString name;
        QRectF before; // null: the frame is new
        QRectF after;  // null: the frame is gone
    };
    struct Changes
    {
        const PageSignature *since = nullptr; // nullptr: never signed
        bool changed = false;                 // the fingerprint differs
        ProofComparer::Result text;
        QList<MovedFrame> moved;
    };
    Changes changesSinceSignature(int pageIndex) const;
    // The changes as lines for a dialog or the command line.
    static QStringList describe(const Changes &changes);

private:
    PageLayout layout(int pageIndex) const;

    Edition *m_edition;
    LayoutProvider m_layout;
    std::unique_ptr<LayoutEngine> m_engine;
};

} // namespace folio::proof
