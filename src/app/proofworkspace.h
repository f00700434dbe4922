#pragma once

#include "app/proofview.h"
#include "core/ids.h"
#include "proof/proofcomparer.h"
#include "proof/proofdocument.h"
#include "proof/proofselection.h"

#include <QWidget>
#include <memory>

class QComboBox;
class QLabel;
class QListWidget;

namespace folio {
class Edition;
struct ProofRecord;
} // namespace folio

namespace folio::app {

// The 校对 view, shown in place of the page view (校对 → 校对视图): the pages with their
// latest 校次 on the left, the chosen proof as Poppler renders it with the notes marked on it,
// and, when a second 校次 is chosen to compare with, the changes as boxes over the newer
// proof and as a list below it. Dragging across the text selects story characters for a note.
class ProofWorkspace : public QWidget
{
    Q_OBJECT
public:
    explicit ProofWorkspace(QWidget *parent = nullptr);
    ~ProofWorkspace() override;

    void setEdition(Edition *edition);
    // Shows a page's proof of the given round (0: its latest); false when there is none.
    bool showPage(ObjectId pageId, int round = 0);
    ObjectId pageId() const { return m_pageId; }
    const ProofRecord *currentProof() const;
    // Compares the shown proof with an earlier round of its page (0: no comparison).
    bool compareWith(int round);
    const proof::ProofComparer::Result &comparison() const { return m_comparison; }
    // The story characters last dragged across (empty when none).
    const proof::ProofSelection::Range &selection() const { return m_selection; }
    void clearSelection();

    ProofView *view() const { return m_view; }
    QListWidget *pageList() const { return m_pages; }
    QComboBox *roundBox() const { return m_rounds; }
    QComboBox *compareBox() const { return m_compare; }
    QListWidget *changeList() const { return m_changes; }

Q_SIGNALS:
    void selectionChanged();
    void message(const QString &text);

private:
    void refreshPages();
    void refreshRounds();
    void refreshMarks();
    void select(const QPointF &from, const QPointF &to, bool done);
    void showChanges();

    Edition *m_edition = nullptr;
    ObjectId m_pageId = 0;
    ObjectId m_proofId = 0;
    int m_compareRound = 0; // the earlier 校次 compared with, 0: none
    std::unique_ptr<proof::ProofDocument> m_document;
    proof::ProofComparer::Result m_comparison;
    proof::ProofSelection::Range m_selection;
    // The shown proof's text layer, read from Poppler once, on the first drag.
    QList<proof::ProofDocument::Character> m_characters;
    QListWidget *m_pages;
    QComboBox *m_rounds;
    QComboBox *m_compare;
    QLabel *m_slug;
    ProofView *m_view;
    QListWidget *m_changes;
};

} // namespace folio::app
