#include "proof/proofcomparer.h"

#include "model/edition.h"
#include "proof/proofdocument.h"
#include "proof/proofwriter.h"
#include "proof/textdiff.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QMap>
#include <QPainter>
#include <QSaveFile>
#include <algorithm>
#include <poppler-qt6.h>

namespace folio::proof {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("folio::proof::ProofComparer", text);
}

// A text with the box of each of its characters.
struct Located
{
    QString text;
    QList<QRectF> boxes;
};

// The boxes of [from, from + length) joined per line; a thin caret where nothing is.
QList<QRectF> boxesOf(const Located &located, int from, int length)
{
    QMap<double, QRectF> lines;
    for (int i = from; i < from + length && i < located.boxes.size(); ++i) {
        const QRectF &b = located.boxes[i];
        lines[std::round(b.top())] = lines[std::round(b.top())].united(b);
    }
    if (!lines.isEmpty())
        return lines.values();
    if (from < located.boxes.size()) {
        const QRectF &b = located.boxes[from];
        return {QRectF(b.left() - 2, b.top(), 4, b.height())};
    }
    if (from > 0 && from - 1 < located.boxes.size()) {
        const QRectF &b = located.boxes[from - 1];
        return {QRectF(b.right() - 2, b.top(), 4, b.height())};
    }
    return {};
}

void addChanges(const Located &before, const Located &after, int page,
                ProofComparer::Result *result)
{
    const QList<TextDiff::Hunk> hunks = TextDiff::diff(before.text, after.text);
    for (const TextDiff::Hunk &h : hunks) {
        result->changes.append({page, before.text.mid(h.oldStart, h.oldLength),
                                after.text.mid(h.newStart, h.newLength),
                                boxesOf(after, h.newStart, h.newLength)});
    }
    result->changedCharacters += TextDiff::changedCharacters(hunks);
}

// The page's text layer without white space (word spacing is not text).
Located textLayer(const ProofDocument &document, int page, const QRectF &area)
{
    Located out;
    for (const ProofDocument::Character &c : document.characters(page)) {
        if (c.text.trimmed().isEmpty() || (!area.isNull() && !area.contains(c.box.center())))
            continue;
        out.text += c.text;
        for (int i = 0; i < c.text.size(); ++i)
            out.boxes.append(c.box);
    }
    return out;
}

// One story's text as a proof showed it, from the proof's text map, in story order.
QMap<ObjectId, Located> storiesOf(const QList<TextMapEntry> &map, QList<ObjectId> *order)
{
    QMap<ObjectId, QList<const TextMapEntry *>> entries;
    for (const TextMapEntry &e : map) {
        if (!entries.contains(e.storyId) && order && !order->contains(e.storyId))
            order->append(e.storyId);
        entries[e.storyId].append(&e);
    }
    QMap<ObjectId, Located> out;
    for (auto it = entries.begin(); it != entries.end(); ++it) {
        std::sort(it->begin(), it->end(), [](const TextMapEntry *a, const TextMapEntry *b) {
            return a->offset < b->offset;
        });
        Located &story = out[it.key()];
        for (const TextMapEntry *e : std::as_const(*it)) {
            story.text += e->text;
            for (int i = 0; i < e->text.size(); ++i)
                story.boxes.append(e->box);
        }
    }
    return out;
}

// Red where the two renderings differ, clear elsewhere.
QImage pixelOverlay(const QImage &a, const QImage &b, int *count)
{
    const QImage x = a.convertToFormat(QImage::Format_RGB32);
    const QImage y = b.scaled(a.size()).convertToFormat(QImage::Format_RGB32);
    QImage overlay(x.size(), QImage::Format_ARGB32);
    overlay.fill(Qt::transparent);
    for (int row = 0; row < x.height(); ++row) {
        const auto *p = reinterpret_cast<const QRgb *>(x.constScanLine(row));
        const auto *q = reinterpret_cast<const QRgb *>(y.constScanLine(row));
        auto *o = reinterpret_cast<QRgb *>(overlay.scanLine(row));
        for (int col = 0; col < x.width(); ++col) {
            const int d = std::abs(qRed(p[col]) - qRed(q[col])) +
                          std::abs(qGreen(p[col]) - qGreen(q[col])) +
                          std::abs(qBlue(p[col]) - qBlue(q[col]));
            // Anti-aliasing noise stays under this.
            if (d > 48) {
                o[col] = qRgba(230, 0, 0, 110);
                ++*count;
            }
        }
    }
    return overlay;
}

} // namespace

ProofComparer::Result ProofComparer::compare(const ProofDocument &oldDocument,
                                             const ProofDocument &newDocument,
                                             const Edition *edition)
{
    Result result;
    const ProofDocument::Identity oldId = oldDocument.identity();
    const ProofDocument::Identity newId = newDocument.identity();
    const ProofRecord *oldProof = edition ? edition->proof(oldId.proofId) : nullptr;
    const ProofRecord *newProof = edition ? edition->proof(newId.proofId) : nullptr;
    const int pages = std::min(oldDocument.pageCount(), newDocument.pageCount());
    if (oldDocument.pageCount() != newDocument.pageCount()) {
        result.error = tr("%1 有 %2 页，%3 有 %4 页：只能比较页数相同的文件。")
                           .arg(oldDocument.name())
                           .arg(oldDocument.pageCount())
                           .arg(newDocument.name())
                           .arg(newDocument.pageCount());
        return result;
    }

    if (oldProof && newProof && oldProof->pageId == newProof->pageId) {
        result = compareTextMaps(oldProof->textMap, newProof->textMap);
        result.ok = false;
    } else {
        // The slug lines of two Folio proofs differ by design (校次, time): compare the page.
        const bool proofs = oldId.isFolioProof() && newId.isFolioProof();
        for (int page = 0; page < pages; ++page) {
            QRectF area;
            if (proofs) {
                const QPointF origin = ProofWriter::pageOrigin();
                const QSizeF size = newDocument.pageSize(page);
                area = QRectF(
                    origin, QSizeF(size.width() - 2 * origin.x(), size.height() - 2 * origin.y()));
            }
            addChanges(textLayer(oldDocument, page, area), textLayer(newDocument, page, area), page,
                       &result);
        }
    }

    const bool proofs = oldId.isFolioProof() && newId.isFolioProof();
    for (int page = 0; page < pages; ++page) {
        QImage a = newDocument.render(page, kOverlayDpi);
        QImage b = oldDocument.render(page, kOverlayDpi);
        if (proofs) {
            // Blank the slug line band below the page on both.
            const double scale = kOverlayDpi / 72.0;
            const QPointF origin = ProofWriter::pageOrigin();
            for (QImage *image : {&a, &b}) {
                QPainter painter(image);
                const int top = int((newDocument.pageSize(page).height() - origin.y()) * scale);
                painter.fillRect(QRect(0, top, image->width(), image->height() - top), Qt::white);
            }
        }
        int count = 0;
        result.overlays.append(pixelOverlay(a, b, &count));
        result.differingPixels += count;
    }
    result.ok = true;
    return result;
}

ProofComparer::Result ProofComparer::compareTextMaps(const QList<TextMapEntry> &oldMap,
                                                     const QList<TextMapEntry> &newMap)
{
    Result result;
    result.throughTextMaps = true;
    QList<ObjectId> order;
    const QMap<ObjectId, Located> after = storiesOf(newMap, &order);
    const QMap<ObjectId, Located> before = storiesOf(oldMap, &order);
    for (ObjectId story : std::as_const(order))
        addChanges(before.value(story), after.value(story), 0, &result);
    result.ok = true;
    return result;
}

QString ProofComparer::summary(const Result &result)
{
    QString text =
        tr("%1 个字符改动，共 %2 处").arg(result.changedCharacters).arg(result.changes.size());
    if (result.differingPixels > 0)
        text += tr("；图像有 %1 个像素不同（%2 dpi）").arg(result.differingPixels).arg(kOverlayDpi);
    return text;
}

bool ProofComparer::writeDiff(const QByteArray &newPdf, const Result &result, const QString &path,
                              QString *error)
{
    const auto fail = [&](const QString &why) {
        if (error)
            *error = tr("%1：%2").arg(path, why);
        return false;
    };
    const auto document = Poppler::Document::loadFromData(newPdf);
    if (!document)
        return fail(tr("新文件无法读取"));
    for (int page = 0; page < document->numPages(); ++page) {
        const auto p = document->page(page);
        const QSizeF size = p->pageSizeF();
        const auto normalized = [&](const QRectF &r) {
            return QRectF(r.x() / size.width(), r.y() / size.height(), r.width() / size.width(),
                          r.height() / size.height());
        };
        if (page < result.overlays.size() && result.differingPixels > 0) {
            Poppler::StampAnnotation stamp;
            stamp.setBoundary(QRectF(0, 0, 1, 1));
            stamp.setStampCustomImage(result.overlays[page]);
            stamp.setContents(tr("像素差异"));
            stamp.setUniqueName(QStringLiteral("folio-compare-pixels-%1").arg(page));
            p->addAnnotation(&stamp);
        }
        int index = 0;
        for (const Change &c : result.changes) {
            ++index;
            if (c.page != page || c.boxes.isEmpty())
                continue;
            Poppler::HighlightAnnotation mark;
            QList<Poppler::HighlightAnnotation::Quad> quads;
            QRectF all;
            for (const QRectF &box : c.boxes) {
                const QRectF n = normalized(box);
                quads.append({{n.topLeft(), n.topRight(), n.bottomRight(), n.bottomLeft()},
                              false,
                              false,
                              0.1});
                all = all.united(n);
            }
            mark.setHighlightQuads(quads);
            mark.setBoundary(all);
            Poppler::Annotation::Style style;
            // Green: inserted; red: deleted (a caret where it was); orange: changed.
            style.setColor(c.oldText.isEmpty()   ? QColor(0, 170, 0)
                           : c.newText.isEmpty() ? QColor(220, 0, 0)
                                                 : QColor(255, 140, 0));
            mark.setStyle(style);
            mark.setAuthor(QStringLiteral("Folio"));
            mark.setUniqueName(QStringLiteral("folio-compare-%1").arg(index));
            mark.setContents(c.oldText.isEmpty() ? tr("增：%1").arg(c.newText)
                             : c.newText.isEmpty()
                                 ? tr("删：%1").arg(c.oldText)
                                 : tr("原文：%1 → 现为：%2").arg(c.oldText, c.newText));
            p->addAnnotation(&mark);
        }
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(file.errorString());
    const auto converter = document->pdfConverter();
    converter->setOutputDevice(&file);
    converter->setPDFOptions(Poppler::PDFConverter::WithChanges);
    if (!converter->convert())
        return fail(tr("Poppler 写不出比较结果"));
    if (!file.commit())
        return fail(file.errorString());
    return true;
}

} // namespace folio::proof
