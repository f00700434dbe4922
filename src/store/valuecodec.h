#pragma once

#include "model/exportsettings.h"
#include "model/frame.h"
#include "model/page.h"
#include "model/paragraphstyle.h"
#include "model/proofnote.h"
#include "model/story.h"

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QStringList>
#include <QVariant>
#include <optional>
#include <utility>

namespace folio::store {

// Enums are stored as stable text keys, never as their numeric values, so that reordering an
// enum in the model cannot change what an existing file means. The schema's CHECK constraints
// list the same keys.
template <typename E> struct EnumKeys;

#define FOLIO_ENUM_KEYS(Enum, ...)                                                                 \
    template <> struct EnumKeys<Enum>                                                              \
    {                                                                                              \
        static constexpr std::pair<Enum, const char *> entries[] = {__VA_ARGS__};                  \
    }

FOLIO_ENUM_KEYS(FrameKind, {FrameKind::Text, "text"}, {FrameKind::Image, "image"},
                {FrameKind::Rule, "rule"}, {FrameKind::Box, "box"});
FOLIO_ENUM_KEYS(ImageFit, {ImageFit::Fill, "fill"}, {ImageFit::Fit, "fit"},
                {ImageFit::Original, "original"}, {ImageFit::Manual, "manual"});
FOLIO_ENUM_KEYS(PageStatus, {PageStatus::Layout, "layout"}, {PageStatus::Proof, "proof"},
                {PageStatus::Approved, "approved"}, {PageStatus::Sent, "sent"});
FOLIO_ENUM_KEYS(NoteKind, {NoteKind::Replace, "replace"}, {NoteKind::Delete, "delete"},
                {NoteKind::Insert, "insert"}, {NoteKind::Swap, "swap"}, {NoteKind::Query, "query"});
FOLIO_ENUM_KEYS(NoteStatus, {NoteStatus::Open, "open"}, {NoteStatus::Done, "done"},
                {NoteStatus::Declined, "declined"});
FOLIO_ENUM_KEYS(StoryStatus, {StoryStatus::Draft, "draft"}, {StoryStatus::Edited, "edited"},
                {StoryStatus::Proofed, "proofed"}, {StoryStatus::Approved, "approved"});
FOLIO_ENUM_KEYS(ParagraphRole, {ParagraphRole::Body, "body"}, {ParagraphRole::Kicker, "kicker"},
                {ParagraphRole::Headline, "headline"}, {ParagraphRole::Subhead, "subhead"},
                {ParagraphRole::Byline, "byline"}, {ParagraphRole::Caption, "caption"},
                {ParagraphRole::Credit, "credit"}, {ParagraphRole::Banner, "banner"},
                {ParagraphRole::Other, "other"});
FOLIO_ENUM_KEYS(Alignment, {Alignment::Justify, "justify"}, {Alignment::Left, "left"},
                {Alignment::Center, "center"}, {Alignment::Right, "right"},
                {Alignment::Distributed, "distributed"});
FOLIO_ENUM_KEYS(KinsokuLevel, {KinsokuLevel::None, "none"}, {KinsokuLevel::Basic, "basic"},
                {KinsokuLevel::Strict, "strict"});
FOLIO_ENUM_KEYS(PunctuationStyle, {PunctuationStyle::FullWidth, "full-width"},
                {PunctuationStyle::Kaiming, "kaiming"},
                {PunctuationStyle::HalfWidth, "half-width"});
FOLIO_ENUM_KEYS(LineEndTrim, {LineEndTrim::ToFit, "to-fit"}, {LineEndTrim::Always, "always"});
FOLIO_ENUM_KEYS(LeadingMode, {LeadingMode::Absolute, "absolute"},
                {LeadingMode::Multiple, "multiple"});
FOLIO_ENUM_KEYS(Qt::Orientation, {Qt::Horizontal, "horizontal"}, {Qt::Vertical, "vertical"});
FOLIO_ENUM_KEYS(PdfxStandard, {PdfxStandard::X1a2001, "pdfx-1a-2001"},
                {PdfxStandard::X4, "pdfx-4"});

#undef FOLIO_ENUM_KEYS

template <typename E> QString toKey(E value)
{
    for (const auto &[v, key] : EnumKeys<E>::entries)
        if (v == value)
            return QString::fromLatin1(key);
    return {};
}

template <typename E> std::optional<E> fromKey(const QString &key)
{
    for (const auto &[v, k] : EnumKeys<E>::entries)
        if (key == QLatin1String(k))
            return v;
    return std::nullopt;
}

// Text for NOT NULL text columns: a null QString would be bound as SQL NULL.
inline QString text(const QString &s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

// Dates are ISO 8601 text ("2025-01-20"); an unset date is NULL.
QVariant dateValue(const QDate &date);
QDate dateFromValue(const QVariant &value);
// A moment (proofs, notes, signatures, files sent) as UTC ISO text with milliseconds.
QString timeValue(const QDateTime &time);
QDateTime timeFromValue(const QVariant &value);

} // namespace folio::store
