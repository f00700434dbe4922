#include "proof/noteimporter.h"

#include "model/edition.h"
#include "proof/noteanchor.h"
#include "proof/proofdocument.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <algorithm>
#include <poppler-qt6.h>

namespace folio::proof {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("folio::proof::NoteImporter", text);
}

constexpr QChar kUnknown = QChar(0xfffc); // a character of the story not on this proof

// The story text as the proof showed it, from the text map; characters not on the proof
// (paragraph ends, other pages of the chain) are kUnknown.
QString proofText(const QList<TextMapEntry> &map, ObjectId storyId)
{
    QString text;
    for (const TextMapEntry &e : map) {
        if (e.storyId != storyId)
            continue;
        if (text.size() < e.offset + e.length)
            text.resize(e.offset + e.length, kUnknown);
        text.replace(e.offset, e.length, e.text);
    }
    return text;
}

// Area of a's part inside b, as a share of a.
double shareInside(const QRectF &a, const QRectF &b)
{
    const QRectF i = a.intersected(b);
    const double area = a.width() * a.height();
    return area > 0 ? i.width() * i.height() / area : 0.0;
}

struct Span
{
    ObjectId storyId = 0;
    int offset = 0;
    int length = 0;
};

// The characters the rectangles cover: every cluster at least half inside one of them, of the
// story with most such clusters.
Span spanUnder(const QList<TextMapEntry> &map, const QList<QRectF> &rects)
{
    QHash<ObjectId, QPair<int, int>> range; // story → [first, end)
    QHash<ObjectId, int> count;
    for (const TextMapEntry &e : map) {
        const bool inside = std::any_of(rects.begin(), rects.end(), [&](const QRectF &r) {
            return shareInside(e.box, r) >= 0.5;
        });
        if (!inside)
            continue;
        auto it = range.find(e.storyId);
        if (it == range.end())
            range.insert(e.storyId, {e.offset, e.offset + e.length});
        else
            *it = {std::min(it->first, e.offset), std::max(it->second, e.offset + e.length)};
        ++count[e.storyId];
    }
    Span best;
    int most = 0;
    for (auto it = count.cbegin(); it != count.cend(); ++it) {
        if (it.value() > most) {
            most = it.value();
            const QPair<int, int> r = range.value(it.key());
            best = {it.key(), r.first, r.second - r.first};
        }
    }
    return best;
}

// The cluster under a point, or the nearest one on its line within a character's width.
const TextMapEntry *entryAt(const QList<TextMapEntry> &map, QPointF point)
{
    const TextMapEntry *best = nullptr;
    double bestDistance = 0.0;
    for (const TextMapEntry &e : map) {
        if (e.box.contains(point))
            return &e;
        const double dx = std::max({e.box.left() - point.x(), 0.0, point.x() - e.box.right()});
        const double dy = std::max({e.box.top() - point.y(), 0.0, point.y() - e.box.bottom()});
        const double distance = std::hypot(dx, dy);
        if (distance <= e.box.height() && (!best || distance < bestDistance)) {
            best = &e;
            bestDistance = distance;
        }
    }
    return best;
}

// The insertion point a caret marks: the edge of the nearest cluster on its line.
Span caretPoint(const QList<TextMapEntry> &map, const QRectF &caret)
{
    const QPointF c = caret.center();
    const TextMapEntry *best = nullptr;
    double bestDistance = 0.0;
    bool before = false;
    for (const TextMapEntry &e : map) {
        if (e.box.bottom() < caret.top() || e.box.top() > caret.bottom())
            continue;
        for (const bool left : {true, false}) {
            const double d = std::abs((left ? e.box.left() : e.box.right()) - c.x());
            if (!best || d < bestDistance) {
                best = &e;
                bestDistance = d;
                before = left;
            }
        }
    }
    if (!best || bestDistance > best->box.height())
        return {};
    return {best->storyId, before ? best->offset : best->offset + best->length, 0};
}

QRectF toPoints(const QRectF &normalized, QSizeF page)
{
    return QRectF(normalized.x() * page.width(), normalized.y() * page.height(),
                  normalized.width() * page.width(), normalized.height() * page.height());
}

} // namespace

QString NoteImporter::annotationName(ObjectId noteId)
{
    return QStringLiteral("folio-note-%1").arg(noteId);
}

void NoteImporter::parseContents(const QString &contents, NoteKind fallback, ProofNote *note)
{
    static const QRegularExpression pattern(
        QStringLiteral(
            R"(^\s*(改为|改成|改|删除|删|增加|增|加|插入|调换|调|疑问|疑)\s*[：:]?\s*(.*)$)"),
        QRegularExpression::DotMatchesEverythingOption);
    const QString text = contents.trimmed();
    const QRegularExpressionMatch m = pattern.match(text);
    note->kind = fallback;
    if (!m.hasMatch()) {
        // Text on a caret is what to insert, on a strike-out what to put instead.
        if (fallback == NoteKind::Insert)
            note->replacement = text;
        else if (fallback == NoteKind::Delete && !text.isEmpty()) {
            note->kind = NoteKind::Replace;
            note->replacement = text;
        } else
            note->comment = text;
        return;
    }
    const QString word = m.captured(1);
    const QString rest = m.captured(2).trimmed();
    if (word.startsWith(QStringLiteral("改"))) {
        note->kind = NoteKind::Replace;
        note->replacement = rest;
    } else if (word.startsWith(QStringLiteral("删"))) {
        note->kind = NoteKind::Delete;
        note->comment = rest;
    } else if (word.startsWith(QStringLiteral("增")) || word == QStringLiteral("加") ||
               word == QStringLiteral("插入")) {
        note->kind = NoteKind::Insert;
        note->replacement = rest;
    } else if (word.startsWith(QStringLiteral("调"))) {
        note->kind = NoteKind::Swap;
        note->replacement = rest;
    } else {
        note->kind = NoteKind::Query;
        note->comment = rest;
    }
}

NoteImporter::Result NoteImporter::read(const Edition &edition, const QString &pdfPath)
{
    Result result;
    const auto document = ProofDocument::open(pdfPath, &result.error);
    if (!document)
        return result;
    return read(edition, *document);
}

NoteImporter::Result NoteImporter::read(const Edition &edition, const ProofDocument &document)
{
    Result result;
    const ProofDocument::Identity id = document.identity();
    const ProofRecord *proof = id.isFolioProof() ? edition.proof(id.proofId) : nullptr;
    if (!id.isFolioProof()) {
        result.error =
            tr("%1：不是 Folio 校样（没有校样标记），无法对应到稿件文字。").arg(document.name());
        return result;
    }
    if (!proof || proof->pageId != id.pageId || proof->round != id.round) {
        result.error = tr("%1：不是这期的校样（这期没有这份校样的记录）。").arg(document.name());
        return result;
    }
    const Page *page = edition.page(proof->pageId);
    const std::unique_ptr<Poppler::Page> pdfPage = document.document()->page(0);
    if (!page || !pdfPage) {
        result.error = tr("%1：校样对应的版面已不在这期里。").arg(document.name());
        return result;
    }
    const QSizeF size = pdfPage->pageSizeF();
    ObjectId nextId = edition.lastId();
    QHash<ObjectId, QString> proofTexts;

    for (const auto &annotation : pdfPage->annotations()) {
        if (annotation->uniqueName().startsWith(QLatin1String("folio-note-")))
            continue;
        Span span;
        NoteKind fallback = NoteKind::Query;
        const QRectF bounds = toPoints(annotation->boundary(), size);
        switch (annotation->subType()) {
        case Poppler::Annotation::AHighlight: {
            const auto *h = static_cast<const Poppler::HighlightAnnotation *>(annotation.get());
            QList<QRectF> rects;
            for (const auto &q : h->highlightQuads()) {
                double left = q.points[0].x(), right = left;
                double top = q.points[0].y(), bottom = top;
                for (const QPointF &p : q.points) {
                    left = std::min(left, p.x());
                    right = std::max(right, p.x());
                    top = std::min(top, p.y());
                    bottom = std::max(bottom, p.y());
                }
                rects.append(toPoints(QRectF(left, top, right - left, bottom - top), size));
            }
            if (rects.isEmpty())
                rects.append(bounds);
            span = spanUnder(proof->textMap, rects);
            fallback = h->highlightType() == Poppler::HighlightAnnotation::StrikeOut
                           ? NoteKind::Delete
                           : NoteKind::Query;
            break;
        }
        case Poppler::Annotation::ACaret:
            span = caretPoint(proof->textMap, bounds);
            fallback = NoteKind::Insert;
            break;
        case Poppler::Annotation::AText:
            if (const TextMapEntry *e = entryAt(proof->textMap, bounds.topLeft()))
                span = {e->storyId, e->offset, e->length};
            break;
        default:
            continue; // links, drawings, stamps: not proofreading marks
        }
        if (span.storyId == 0) {
            result.warnings.append(
                tr("%1：一处批注（%2）不在稿件文字上，未导入：%3")
                    .arg(document.name(), annotation->author(), annotation->contents().left(40)));
            continue;
        }
        ProofNote note;
        note.id = ++nextId;
        note.pageId = page->id;
        note.proofId = proof->id;
        note.storyId = span.storyId;
        note.author = annotation->author();
        note.time =
            annotation->modificationDate().isValid() ? annotation->modificationDate() : proof->time;
        note.time = note.time.toUTC();
        parseContents(annotation->contents(), fallback, &note);
        // Anchored in the text the proof showed, then followed to the story as it is now.
        if (!proofTexts.contains(span.storyId))
            proofTexts.insert(span.storyId, proofText(proof->textMap, span.storyId));
        const QString &shown = proofTexts[span.storyId];
        NoteAnchor::anchor(&note, shown, span.offset, span.length);
        note.before = note.before.mid(note.before.lastIndexOf(kUnknown) + 1);
        const int unknownAfter = note.after.indexOf(kUnknown);
        if (unknownAfter >= 0)
            note.after.truncate(unknownAfter);
        if (const Story *story = edition.story(span.storyId)) {
            const NoteAnchor::Resolved now = NoteAnchor::resolve(note, *story);
            if (now.isFound()) {
                note.offset = now.offset;
                note.length = now.length;
            }
        }
        result.notes.append(note);
    }
    result.ok = true;
    return result;
}

} // namespace folio::proof
