#include "app/proofworkspace.h"

#include "model/edition.h"
#include "proof/noteanchor.h"
#include "proof/notecheck.h"
#include "proof/noteformat.h"
#include "proof/proofdocument.h"
#include "proof/proofwriter.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QSplitter>
#include <QToolButton>
#include <QVBoxLayout>

namespace folio::app {

namespace {

QColor noteColor(NoteStatus status)
{
    switch (status) {
    case NoteStatus::Open:
        return QColor(0xe0, 0x10, 0x70);
    case NoteStatus::Done:
        return QColor(0x20, 0x90, 0x40);
    case NoteStatus::Declined:
        return QColor(0x80, 0x80, 0x80);
    }
    return Qt::red;
}

QColor changeColor(const proof::ProofComparer::Change &change)
{
    if (change.oldText.isEmpty())
        return QColor(0x10, 0xa0, 0x30); // inserted
    if (change.newText.isEmpty())
        return QColor(0xd0, 0x20, 0x20); // deleted
    return QColor(0xf0, 0x80, 0x00);     // changed
}

QToolButton *button(const QString &text, QWidget *parent)
{
    auto *b = new QToolButton(parent);
    b->setText(text);
    return b;
}

} // namespace

ProofWorkspace::ProofWorkspace(QWidget *parent)
    : QWidget(parent), m_pages(new QListWidget(this)), m_rounds(new QComboBox(this)),
      m_compare(new QComboBox(this)), m_slug(new QLabel(this)), m_view(new ProofView(this)),
      m_changes(new QListWidget(this))
{
    setObjectName(QStringLiteral("proofWorkspace"));
    auto *bar = new QHBoxLayout;
    bar->addWidget(new QLabel(tr("校次"), this));
    bar->addWidget(m_rounds);
    bar->addWidget(new QLabel(tr("对比"), this));
    bar->addWidget(m_compare);
    QToolButton *fitWidth = button(tr("适合宽度"), this);
    QToolButton *fitPage = button(tr("适合页面"), this);
    QToolButton *zoomOut = button(tr("缩小"), this);
    QToolButton *zoomIn = button(tr("放大"), this);
    for (QToolButton *b : {fitWidth, fitPage, zoomOut, zoomIn})
        bar->addWidget(b);
    bar->addWidget(m_slug, 1);

    auto *right = new QWidget(this);
    auto *column = new QVBoxLayout(right);
    column->setContentsMargins(0, 0, 0, 0);
    column->addLayout(bar);
    auto *split = new QSplitter(Qt::Vertical, right);
    split->addWidget(m_view);
    split->addWidget(m_changes);
    split->setStretchFactor(0, 5);
    split->setStretchFactor(1, 1);
    column->addWidget(split, 1);
    m_changes->hide();

    auto *sides = new QSplitter(Qt::Horizontal, this);
    sides->addWidget(m_pages);
    sides->addWidget(right);
    sides->setStretchFactor(1, 1);
    sides->setSizes({160, 800});
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(sides);

    connect(fitWidth, &QToolButton::clicked, this,
            [this] { m_view->setZoomMode(ProofView::ZoomMode::FitWidth); });
    connect(fitPage, &QToolButton::clicked, this,
            [this] { m_view->setZoomMode(ProofView::ZoomMode::FitPage); });
    connect(zoomOut, &QToolButton::clicked, m_view, &ProofView::zoomOut);
    connect(zoomIn, &QToolButton::clicked, m_view, &ProofView::zoomIn);
    connect(m_pages, &QListWidget::currentRowChanged, this, [this](int row) {
        if (QListWidgetItem *item = m_pages->item(row))
            showPage(item->data(Qt::UserRole).toLongLong());
    });
    connect(m_rounds, &QComboBox::activated, this,
            [this](int index) { showPage(m_pageId, m_rounds->itemData(index).toInt()); });
    connect(m_compare, &QComboBox::activated, this,
            [this](int index) { compareWith(m_compare->itemData(index).toInt()); });
    connect(m_view, &ProofView::selecting, this,
            [this](const QPointF &a, const QPointF &b) { select(a, b, false); });
    connect(m_view, &ProofView::selected, this,
            [this](const QPointF &a, const QPointF &b) { select(a, b, true); });
}

ProofWorkspace::~ProofWorkspace() = default;

void ProofWorkspace::setEdition(Edition *edition)
{
    if (m_edition)
        disconnect(m_edition, nullptr, this, nullptr);
    m_edition = edition;
    m_pageId = 0;
    m_proofId = 0;
    m_compareRound = 0;
    m_document.reset();
    m_comparison = {};
    m_selection = {};
    m_characters.clear();
    m_view->setPage({}, {});
    m_view->setMarks({});
    if (m_edition) {
        connect(m_edition, &Edition::proofsChanged, this, [this] {
            refreshPages();
            refreshRounds();
        });
        connect(m_edition, &Edition::pagesChanged, this, &ProofWorkspace::refreshPages);
        connect(m_edition, &Edition::notesChanged, this, &ProofWorkspace::refreshMarks);
    }
    refreshPages();
    refreshRounds();
}

const ProofRecord *ProofWorkspace::currentProof() const
{
    return m_edition ? m_edition->proof(m_proofId) : nullptr;
}

void ProofWorkspace::refreshPages()
{
    const QSignalBlocker block(m_pages);
    m_pages->clear();
    if (!m_edition)
        return;
    for (const Page &page : m_edition->pages()) {
        const ProofRecord *latest = m_edition->latestProof(page.id);
        const QString round = latest ? tr("第%1校").arg(latest->round) : tr("未出校样");
        auto *item = new QListWidgetItem(
            tr("%1  %2").arg(proof::NoteFormat::pageName(*m_edition, page.id), round), m_pages);
        item->setData(Qt::UserRole, qlonglong(page.id));
        if (page.id == m_pageId)
            m_pages->setCurrentItem(item);
    }
}

void ProofWorkspace::refreshRounds()
{
    const QSignalBlocker block(m_rounds);
    const QSignalBlocker blockCompare(m_compare);
    m_rounds->clear();
    m_compare->clear();
    m_compare->addItem(tr("不对比"), 0);
    const ProofRecord *shown = currentProof();
    if (!m_edition || !m_pageId)
        return;
    for (const ProofRecord &proof : m_edition->proofs()) {
        if (proof.pageId != m_pageId)
            continue;
        m_rounds->addItem(tr("第%1校").arg(proof.round), proof.round);
        if (shown && proof.round < shown->round)
            m_compare->addItem(tr("第%1校").arg(proof.round), proof.round);
    }
    if (shown) {
        m_rounds->setCurrentIndex(m_rounds->findData(shown->round));
        m_compare->setCurrentIndex(std::max(0, m_compare->findData(m_compareRound)));
    }
}

bool ProofWorkspace::showPage(ObjectId pageId, int round)
{
    if (!m_edition)
        return false;
    const ProofRecord *proof = nullptr;
    for (const ProofRecord &p : m_edition->proofs())
        if (p.pageId == pageId &&
            (round == 0 ? !proof || p.round > proof->round : p.round == round))
            proof = &p;
    m_pageId = pageId;
    m_compareRound = 0;
    m_comparison = {};
    m_selection = {};
    m_characters.clear();
    m_changes->hide();
    if (!proof) {
        m_proofId = 0;
        m_document.reset();
        m_view->setPage({}, {});
        m_slug->setText(tr("这一版还没有出过校样（校对 → 出校样）。"));
        refreshPages();
        refreshRounds();
        return false;
    }
    QString error;
    m_document = proof::ProofDocument::fromData(proof->pdf, tr("第%1校").arg(proof->round), &error);
    if (!m_document) {
        m_proofId = 0;
        m_view->setPage({}, {});
        Q_EMIT message(error);
        return false;
    }
    m_proofId = proof->id;
    m_slug->setText(proof::ProofWriter::slugText(*m_edition, *proof));
    const proof::ProofDocument *document = m_document.get();
    m_view->setPage(document->pageSize(0),
                    [document](double dpi) { return document->render(0, dpi); });
    refreshPages();
    refreshRounds();
    refreshMarks();
    return true;
}

void ProofWorkspace::refreshMarks()
{
    QList<ProofView::Mark> marks;
    const ProofRecord *proof = currentProof();
    if (proof) {
        // Each note where its words are on this proof, coloured by its status.
        for (const ProofNote &note : m_edition->notes()) {
            if (note.pageId != proof->pageId)
                continue;
            const QString text = proof::NoteCheck::storyTextOn(*proof, note.storyId);
            const proof::NoteAnchor::Resolved at = proof::NoteAnchor::resolve(note, text);
            if (!at.isFound())
                continue;
            for (const QRectF &box :
                 proof::ProofSelection::boxesOf(proof->textMap, note.storyId, at.offset, at.length))
                marks.append({box, noteColor(note.status), true});
        }
        for (const proof::ProofComparer::Change &change : std::as_const(m_comparison.changes))
            for (const QRectF &box : change.boxes)
                marks.append({box, changeColor(change), false});
    }
    m_view->setMarks(marks);
}

bool ProofWorkspace::compareWith(int round)
{
    const ProofRecord *newer = currentProof();
    m_compareRound = 0;
    m_comparison = {};
    m_changes->clear();
    m_changes->hide();
    const ProofRecord *older = nullptr;
    if (newer && round > 0)
        for (const ProofRecord &p : m_edition->proofs())
            if (p.pageId == newer->pageId && p.round == round)
                older = &p;
    if (!older || older->round >= newer->round) {
        refreshRounds();
        refreshMarks();
        return false;
    }
    QString error;
    const auto oldDocument =
        proof::ProofDocument::fromData(older->pdf, tr("第%1校").arg(older->round), &error);
    if (!oldDocument) {
        Q_EMIT message(error);
        return false;
    }
    m_comparison = proof::ProofComparer::compare(*oldDocument, *m_document, m_edition);
    if (!m_comparison.ok) {
        Q_EMIT message(m_comparison.error);
        return false;
    }
    m_compareRound = older->round;
    showChanges();
    refreshRounds();
    refreshMarks();
    return true;
}

void ProofWorkspace::showChanges()
{
    m_changes->clear();
    for (const proof::ProofComparer::Change &change : std::as_const(m_comparison.changes)) {
        QString text;
        if (change.oldText.isEmpty())
            text = tr("增：“%1”").arg(change.newText);
        else if (change.newText.isEmpty())
            text = tr("删：“%1”").arg(change.oldText);
        else
            text = tr("改：“%1” → “%2”").arg(change.oldText, change.newText);
        auto *item = new QListWidgetItem(text, m_changes);
        item->setForeground(changeColor(change));
    }
    new QListWidgetItem(proof::ProofComparer::summary(m_comparison), m_changes);
    m_changes->show();
}

void ProofWorkspace::select(const QPointF &from, const QPointF &to, bool done)
{
    const ProofRecord *proof = currentProof();
    if (!proof || !m_document)
        return;
    if (m_characters.isEmpty())
        m_characters = m_document->characters(0);
    m_selection = proof::ProofSelection::select(m_characters, proof->textMap, from, to);
    m_view->setSelectionBoxes(m_selection.boxes);
    if (done)
        Q_EMIT selectionChanged();
}

void ProofWorkspace::clearSelection()
{
    m_selection = {};
    m_view->setSelectionBoxes({});
    Q_EMIT selectionChanged();
}

} // namespace folio::app
