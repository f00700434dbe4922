#include "proof/notecheck.h"

#include "model/edition.h"
#include "proof/noteanchor.h"

#include <QCoreApplication>
#include <cstdlib>

namespace folio::proof {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("folio::proof::NoteCheck", text);
}
} // namespace

QString NoteCheck::expectedText(const ProofNote &note)
{
    switch (note.kind) {
    case NoteKind::Replace:
        return note.replacement;
    case NoteKind::Delete:
        return {};
    case NoteKind::Insert:
        return note.markedText + note.replacement;
    case NoteKind::Swap:
        if (!note.replacement.isEmpty() || note.markedText.size() != 2)
            return note.replacement;
        return QString(note.markedText[1]) + note.markedText[0];
    case NoteKind::Query:
        return note.markedText;
    }
    return {};
}

namespace {

// Where the text reads context + expected + context, nearest the note's place: both sides of
// the context first, shorter when a correction close by changed its outer part, then one side.
int findCorrected(const ProofNote &note, const QString &expected, const QString &text)
{
    const auto nearest = [&](const QString &needle, int near) {
        int best = -1;
        for (int at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + 1))
            if (best < 0 || std::abs(at - near) < std::abs(best - near))
                best = at;
        return best;
    };
    for (const int keep : {int(NoteAnchor::kContext), 6, 3}) {
        const QString before = note.before.right(keep);
        const QString after = note.after.left(keep);
        if (before.isEmpty() && after.isEmpty())
            break;
        const int at = nearest(before + expected + after, note.offset - int(before.size()));
        if (at >= 0)
            return at + int(before.size());
    }
    // One side alone says nothing about a deletion: the context is there either way.
    for (const int keep : {6, 3}) {
        if (expected.isEmpty())
            break;
        if (note.before.size() >= keep) {
            const int at = nearest(note.before.right(keep) + expected, note.offset - keep);
            if (at >= 0)
                return at + keep;
        }
        if (note.after.size() >= keep) {
            const int at = nearest(expected + note.after.left(keep), note.offset);
            if (at >= 0)
                return at;
        }
    }
    return -1;
}

} // namespace

NoteCheck::Result NoteCheck::check(const ProofNote &note, const QString &storyText)
{
    Result result;
    result.expected = expectedText(note);
    if (note.kind == NoteKind::Query) {
        result.verdict = Verdict::Query;
        return result;
    }
    // 采纳 moves a note's offsets onto the corrected text; the marked text and its context stay
    // as the proofreader saw them, which is what is looked for.
    const NoteAnchor::Resolved at = NoteAnchor::resolve(note, storyText);
    // Found by its own words alone (a word that recurs in the story), the marked text is not
    // the note's place: some of the context must be beside it.
    const bool inContext =
        at.state == NoteAnchor::State::Unchanged ||
        (at.state == NoteAnchor::State::Moved &&
         ((!note.before.isEmpty() &&
           storyText.mid(at.offset - 3, 3).endsWith(note.before.right(3))) ||
          (!note.after.isEmpty() &&
           storyText.mid(at.offset + at.length, 3).startsWith(note.after.left(3)))));
    if (inContext) {
        result.found = note.markedText;
        result.verdict =
            result.expected == note.markedText ? Verdict::Corrected : Verdict::Unchanged;
        return result;
    }
    if (findCorrected(note, result.expected, storyText) >= 0) {
        result.found = result.expected;
        result.verdict = Verdict::Corrected;
        return result;
    }
    result.found = at.text;
    result.verdict =
        at.state == NoteAnchor::State::TextChanged ? Verdict::Different : Verdict::Lost;
    return result;
}

NoteCheck::Result NoteCheck::check(const ProofNote &note, const ProofRecord &proof)
{
    return check(note, storyTextOn(proof, note.storyId));
}

QList<ProofNote> NoteCheck::notesBefore(const Edition &edition, const ProofRecord &proof)
{
    QList<ProofNote> notes;
    for (const ProofNote &note : edition.notes())
        if (note.pageId == proof.pageId && note.proofId != proof.id &&
            (!note.time.isValid() || note.time <= proof.time))
            notes.append(note);
    return notes;
}

QString NoteCheck::storyTextOn(const ProofRecord &proof, ObjectId storyId)
{
    QString text;
    for (const TextMapEntry &entry : proof.textMap) {
        if (entry.storyId != storyId)
            continue;
        const int end = entry.offset + int(entry.text.size());
        if (text.size() < end)
            text.resize(end, QLatin1Char('\n'));
        text.replace(entry.offset, entry.text.size(), entry.text);
    }
    return text;
}

QString NoteCheck::verdictName(Verdict verdict)
{
    switch (verdict) {
    case Verdict::Corrected:
        return tr("已改对");
    case Verdict::Unchanged:
        return tr("未改");
    case Verdict::Different:
        return tr("改得不同");
    case Verdict::Lost:
        return tr("找不到");
    case Verdict::Query:
        return tr("询问");
    }
    return {};
}

} // namespace folio::proof
