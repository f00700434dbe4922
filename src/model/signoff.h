#pragma once

#include "core/ids.h"
#include "model/proofrecord.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QRectF>
#include <QString>
#include <QStringList>

namespace folio {

// How the newsroom signs pages (签版): the levels in signing order, and whether a page must be
// signed before it goes to the plant even when nobody has signed anything in the edition yet.
struct SignOffSettings
{
    QStringList levels = defaultLevels();
    bool requireSignature = false;
    bool operator==(const SignOffSettings &) const = default;

    // 责编 → 夜班主任 → 值班总编: the usual three levels of a Chinese newsroom.
    static QStringList defaultLevels()
    {
        return {QStringLiteral("责编"), QStringLiteral("夜班主任"), QStringLiteral("值班总编")};
    }
};

// Where a frame stood when a page was signed: what moved since is named at re-signing.
struct SignedFrame
{
    ObjectId frameId = 0;
    QRectF rect;
    bool operator==(const SignedFrame &) const = default;
};

// One level's signature on a page. It is kept for good; it counts only while the page prints
// exactly what it printed when signed (the current fingerprint equals this one), so an edit
// revokes it and undoing the edit restores it.
struct PageSignature
{
    ObjectId id = 0;
    ObjectId pageId = 0;
    QString level;
    QString user;
    QDateTime time; // UTC, to the millisecond
    QByteArray fingerprint;
    QList<TextMapEntry> textMap; // the page's text as signed (page coordinates)
    QList<SignedFrame> frames;
    QString overrideReason; // signed over open notes: why
    bool operator==(const PageSignature &) const = default;
};

// A page file sent to the plant: what it printed, so that a replacement can be compared with
// it, and why it went without a valid signature when it did.
struct SentFile
{
    ObjectId id = 0;
    ObjectId pageId = 0;
    QDateTime time; // UTC, to the millisecond
    QString user;
    QString path;
    QByteArray fingerprint;
    QList<TextMapEntry> textMap;
    QString overrideReason; // sent unsigned or changed since signing: why
    bool operator==(const SentFile &) const = default;
};

} // namespace folio
