#include "proof/noteannotator.h"

#include "proof/noteformat.h"
#include "proof/noteimporter.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QMap>
#include <poppler-qt6.h>

namespace folio::proof {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("folio::proof::NoteAnnotator", text);
}

QRectF normalized(const QRectF &r, QSizeF page)
{
    return QRectF(r.x() / page.width(), r.y() / page.height(), r.width() / page.width(),
                  r.height() / page.height());
}

// The boxes of [offset, offset + length) of a story, one per line.
QList<QRectF> lineBoxes(const QList<TextMapEntry> &map, ObjectId storyId, int offset, int length)
{
    QMap<double, QRectF> lines;
    for (const TextMapEntry &e : map)
        if (e.storyId == storyId && e.offset + e.length > offset && e.offset < offset + length)
            lines[e.box.top()] = lines[e.box.top()].united(e.box);
    return lines.values();
}

// A thin box at the insertion point before the character at offset (or after the last one).
QRectF caretBox(const QList<TextMapEntry> &map, ObjectId storyId, int offset)
{
    for (const TextMapEntry &e : map) {
        if (e.storyId != storyId)
            continue;
        if (e.offset == offset)
            return QRectF(e.box.left() - 3, e.box.top(), 6, e.box.height());
        if (e.offset + e.length == offset)
            return QRectF(e.box.right() - 3, e.box.top(), 6, e.box.height());
    }
    return {};
}

} // namespace

QString NoteAnnotator::contents(const ProofNote &note)
{
    QString text = NoteFormat::kindName(note.kind);
    if (!note.replacement.isEmpty())
        text += tr("：%1").arg(note.replacement);
    if (!note.comment.isEmpty())
        text += (note.replacement.isEmpty() ? tr("：%1") : tr("（%1）")).arg(note.comment);
    if (note.status != NoteStatus::Open)
        text += tr(" [%1]").arg(NoteFormat::statusName(note.status));
    if (!note.reply.isEmpty())
        text += tr(" 回复：%1").arg(note.reply);
    return text;
}

bool NoteAnnotator::annotate(QByteArray *pdf, const QList<TextMapEntry> &map,
                             const QList<Placed> &notes, QString *error)
{
    if (notes.isEmpty())
        return true;
    const auto document = Poppler::Document::loadFromData(*pdf);
    const auto page = document ? document->page(0) : nullptr;
    if (!page) {
        if (error)
            *error = tr("无法在校样上写批注：Poppler 读不了刚写出的 PDF。");
        return false;
    }
    const QSizeF size = page->pageSizeF();
    for (const Placed &placed : notes) {
        const ProofNote &note = placed.note;
        std::unique_ptr<Poppler::Annotation> annotation;
        if (note.kind == NoteKind::Insert || placed.length == 0) {
            const QRectF box = caretBox(map, note.storyId, placed.offset);
            if (box.isNull())
                continue;
            annotation = std::make_unique<Poppler::CaretAnnotation>();
            annotation->setBoundary(normalized(box, size));
        } else {
            const QList<QRectF> lines = lineBoxes(map, note.storyId, placed.offset, placed.length);
            if (lines.isEmpty())
                continue; // its characters are on another page of the chain
            auto highlight = std::make_unique<Poppler::HighlightAnnotation>();
            using Type = Poppler::HighlightAnnotation::HighlightType;
            highlight->setHighlightType(note.kind == NoteKind::Query  ? Type::Highlight
                                        : note.kind == NoteKind::Swap ? Type::Underline
                                                                      : Type::StrikeOut);
            QList<Poppler::HighlightAnnotation::Quad> quads;
            QRectF all;
            for (const QRectF &line : lines) {
                const QRectF n = normalized(line, size);
                quads.append({{n.topLeft(), n.topRight(), n.bottomRight(), n.bottomLeft()},
                              false,
                              false,
                              0.1});
                all = all.united(n);
            }
            highlight->setHighlightQuads(quads);
            highlight->setBoundary(all);
            annotation = std::move(highlight);
        }
        annotation->setUniqueName(NoteImporter::annotationName(note.id));
        annotation->setAuthor(note.author);
        annotation->setContents(contents(note));
        annotation->setCreationDate(note.time);
        annotation->setModificationDate(note.time);
        page->addAnnotation(annotation.get());
    }
    QByteArray out;
    QBuffer buffer(&out);
    buffer.open(QIODevice::WriteOnly);
    const auto converter = document->pdfConverter();
    converter->setOutputDevice(&buffer);
    converter->setPDFOptions(Poppler::PDFConverter::WithChanges);
    if (!converter->convert()) {
        if (error)
            *error = tr("无法在校样上写批注：Poppler 保存失败。");
        return false;
    }
    *pdf = out;
    return true;
}

} // namespace folio::proof
