#include "proof/proofwriter.h"

#include "layout/layoutengine.h"
#include "model/edition.h"
#include "pdf/pageexporter.h"
#include "pdf/pdfxwriter.h"
#include "proof/noteanchor.h"
#include "proof/noteannotator.h"
#include "proof/pagefingerprint.h"
#include "proof/signoff.h"
#include "proof/textmapbuilder.h"

#include <QBuffer>
#include <QCoreApplication>

namespace folio::proof {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("folio::proof::ProofWriter", text);
}

// Proofs are for reading, not for the plant: no bleed, no crop marks, the slug line on.
ExportSettings proofSettings(const ExportSettings &edition)
{
    ExportSettings s = edition;
    s.standard = PdfxStandard::X1a2001;
    s.iccProfilePath.clear();
    s.bleed = 0.0;
    s.cropMarks = false;
    s.slugLine = true;
    return s;
}

} // namespace

ProofWriter::ProofWriter(Edition *edition) : m_edition(edition) {}

QPointF ProofWriter::pageOrigin()
{
    const pdf::PageExporter::Boxes boxes =
        pdf::PageExporter::boxesFor(QSizeF(100, 100), proofSettings(ExportSettings()));
    return boxes.trim.topLeft();
}

QString ProofWriter::slugText(const Edition &edition, const ProofRecord &proof,
                              const QByteArray &fingerprint)
{
    const QString signatures =
        fingerprint.isEmpty() ? QString() : SignOff::signedLine(edition, proof.pageId, fingerprint);
    const Page *page = edition.page(proof.pageId);
    const EditionInfo &info = edition.info();
    const QString paper = info.paperName.isEmpty() ? info.name : info.paperName;
    const QString pageName = !page ? QString()
                             : page->section.isEmpty()
                                 ? tr("第%1版").arg(page->number)
                                 : tr("第%1版 %2").arg(page->number).arg(page->section);
    const QString line =
        tr("%1  %2  %3  第%4校  %5  %6  %7")
            .arg(paper, info.date.toString(QStringLiteral("yyyy-MM-dd")), pageName)
            .arg(proof.round)
            .arg(proof.time.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                 pageStatusName(proof.pageStatus), proof.user);
    return (signatures.isEmpty() ? line : line + tr("  签：%1").arg(signatures)).simplified();
}

QString ProofWriter::keywords(const ProofRecord &proof)
{
    return QStringLiteral("folio-proof proof=%1 page=%2 round=%3")
        .arg(proof.id)
        .arg(proof.pageId)
        .arg(proof.round);
}

const ProofRecord *ProofWriter::issue(int pageIndex, const QString &user, const QDateTime &time,
                                      QString *error)
{
    if (pageIndex < 0 || pageIndex >= m_edition->pages().size()) {
        if (error)
            *error = tr("没有第 %1 页（本期共 %2 页）。")
                         .arg(pageIndex + 1)
                         .arg(m_edition->pages().size());
        return nullptr;
    }
    const Page &page = m_edition->pages()[pageIndex];
    ProofRecord proof;
    proof.pageId = page.id;
    const ProofRecord *previous = m_edition->latestProof(page.id);
    proof.round = previous ? previous->round + 1 : 1;
    // Stored to the millisecond in UTC: the record reads back equal.
    proof.time = QDateTime::fromMSecsSinceEpoch(time.toMSecsSinceEpoch(), Qt::UTC);
    proof.user = user;
    proof.pageStatus = page.status;

    LayoutEngine engine(m_edition);
    const PageLayout layout = engine.layoutPage(pageIndex);

    pdf::PdfExportOptions options;
    options.settings = proofSettings(m_edition->exportSettings());
    options.paperName = m_edition->info().paperName;
    options.editionDate = m_edition->info().date;
    options.exportTime = proof.time;
    options.images = [this](ObjectId id) { return m_edition->image(id); };
    // The id is taken only once the PDF is written, so a failure leaves the edition as it was.
    proof.id = m_edition->lastId() + 1;
    options.slugText = slugText(*m_edition, proof, PageFingerprint::compute(layout, *m_edition));
    options.title = options.slugText;
    options.keywords = keywords(proof);

    QBuffer buffer(&proof.pdf);
    buffer.open(QIODevice::WriteOnly);
    pdf::PdfxWriter writer(options);
    if (!writer.write(&buffer, {layout}, {{page.section, page.number}})) {
        if (error)
            *error = tr("校样写不成：%1").arg(writer.errorString());
        return nullptr;
    }
    buffer.close();
    proof.textMap = TextMapBuilder::build(layout, *m_edition, pageOrigin());
    // The page's notes travel on the proof as PDF annotations, where their words are now.
    QList<NoteAnnotator::Placed> notes;
    for (const ProofNote &note : m_edition->notes()) {
        const Story *story = m_edition->story(note.storyId);
        if (note.pageId != page.id || !story)
            continue;
        const NoteAnchor::Resolved at = NoteAnchor::resolve(note, *story);
        if (at.isFound())
            notes.append({note, at.offset, at.length});
    }
    if (!NoteAnnotator::annotate(&proof.pdf, proof.textMap, notes, error))
        return nullptr;
    proof.id = m_edition->newId();
    m_edition->putProof(proof);
    return m_edition->proof(proof.id);
}

} // namespace folio::proof
