#pragma once

#include "core/ids.h"
#include "model/characterstyle.h"
#include "model/exportsettings.h"
#include "model/imageasset.h"
#include "model/page.h"
#include "model/paragraphstyle.h"
#include "model/proofnote.h"
#include "model/proofrecord.h"
#include "model/signoff.h"
#include "model/story.h"
#include "model/swatch.h"

#include <QDate>
#include <QList>
#include <QObject>
#include <QString>
#include <memory>

class QUndoStack;

namespace folio {

struct EditionInfo
{
    QString name; // e.g. "北京工人报 2025-01-20"
    QDate date;
    QString paperName; // e.g. "北京工人报"
    bool operator==(const EditionInfo &) const = default;
};

// One edition of a paper: its pages with frames, stories, styles, colours and pictures.
// Reading is free; every change from the UI goes through an undo command on undoStack(),
// and the commands call the put/erase functions below, which emit the change signals.
class Edition : public QObject
{
    Q_OBJECT
public:
    explicit Edition(QObject *parent = nullptr);
    ~Edition() override;

    // A new edition with the standard newspaper styles and no pages.
    static std::unique_ptr<Edition> createDefault(QObject *parent = nullptr);

    QUndoStack *undoStack() const { return m_undoStack; }

    const EditionInfo &info() const { return m_info; }
    const QList<Page> &pages() const { return m_pages; }
    const QList<Story> &stories() const { return m_stories; }
    const QList<ParagraphStyle> &paragraphStyles() const { return m_paragraphStyles; }
    const QList<CharacterStyle> &characterStyles() const { return m_characterStyles; }
    const QList<Swatch> &swatches() const { return m_swatches; }
    const QList<ImageAsset> &images() const { return m_images; }
    const ExportSettings &exportSettings() const { return m_exportSettings; }
    // Proofs in the order they were made.
    const QList<ProofRecord> &proofs() const { return m_proofs; }
    // Proofreaders' notes (校对意见) in the order they were made.
    const QList<ProofNote> &notes() const { return m_notes; }
    // Sign-off (签版): the levels, every signature ever given (in order), every file sent.
    const SignOffSettings &signOffSettings() const { return m_signOffSettings; }
    const QList<PageSignature> &signatures() const { return m_signatures; }
    const QList<SentFile> &sentFiles() const { return m_sentFiles; }
    const PageSignature *signature(ObjectId id) const;
    int signatureIndex(ObjectId id) const;

    int pageIndex(ObjectId pageId) const;
    const Page *page(ObjectId id) const;
    const Story *story(ObjectId id) const;
    const ParagraphStyle *paragraphStyle(ObjectId id) const;
    const CharacterStyle *characterStyle(ObjectId id) const;
    const ImageAsset *image(ObjectId id) const;
    const Swatch *swatch(ObjectId id) const;
    const ProofRecord *proof(ObjectId id) const;
    const ProofNote *note(ObjectId id) const;
    int noteIndex(ObjectId id) const;
    // The latest proof of a page, or nullptr; its round is the page's current 校次.
    const ProofRecord *latestProof(ObjectId pageId) const;
    // The page holding a frame, and the frame itself.
    const Page *pageOfFrame(ObjectId frameId) const;
    const Frame *frame(ObjectId frameId) const;
    // A story's text frames in chain order, across pages.
    QList<const Frame *> storyChain(ObjectId storyId) const;
    // First paragraph style with this role, or nullptr.
    const ParagraphStyle *styleForRole(ParagraphRole role) const;

    // A counter that changes whenever a story's content changes: layout caches key on it.
    quint64 storyRevision(ObjectId storyId) const;
    quint64 revision() const { return m_revision; }

    // Ids are unique within the edition across all kinds of object.
    ObjectId newId();
    ObjectId lastId() const { return m_lastId; }
    void setLastId(ObjectId id) { m_lastId = id; }

    // Mutators for undo commands and for the store while loading.
    void setInfo(const EditionInfo &info);
    void setExportSettings(const ExportSettings &settings);
    void insertPage(int index, const Page &page);
    void putPage(const Page &page); // replaces the page with the same id, frames included
    void erasePage(ObjectId pageId);
    void movePage(int from, int to);
    // The put functions replace the object with the same id in place, or insert a new one at
    // index (-1: at the end), so that undoing a removal puts it back where it was.
    void putFrame(ObjectId pageId, const Frame &frame, int index = -1);
    void eraseFrame(ObjectId frameId);
    void putStory(const Story &story, int index = -1);
    void eraseStory(ObjectId storyId);
    void putParagraphStyle(const ParagraphStyle &style, int index = -1);
    void eraseParagraphStyle(ObjectId id);
    void putCharacterStyle(const CharacterStyle &style, int index = -1);
    void eraseCharacterStyle(ObjectId id);
    void putSwatch(const Swatch &swatch, int index = -1);
    void eraseSwatch(ObjectId id);
    void putImage(const ImageAsset &image, int index = -1);
    void eraseImage(ObjectId id);
    // Records a proof (appended, or replacing the one with the same id). Proofs are not undone:
    // they record what was issued.
    void putProof(const ProofRecord &proof);
    void putNote(const ProofNote &note, int index = -1);
    void eraseNote(ObjectId id);
    void setSignOffSettings(const SignOffSettings &settings);
    void putSignature(const PageSignature &signature, int index = -1);
    void eraseSignature(ObjectId id);
    // Records a file sent to the plant (appended). Not undone: it records what left the house.
    void putSentFile(const SentFile &sent);

    // Structural equality of the whole content (tests and round trips).
    bool contentEquals(const Edition &other) const;

Q_SIGNALS:
    void infoChanged();
    void pagesChanged();                      // pages added, removed or reordered
    void pageChanged(folio::ObjectId pageId); // a page or one of its frames changed
    void storyChanged(folio::ObjectId storyId);
    void stylesChanged();
    void imagesChanged();
    void proofsChanged();
    void notesChanged();
    void signOffChanged(); // levels, signatures or sent files
    void changed();        // any of the above

private:
    void touch();
    void touchStory(ObjectId storyId);
    void touchStoriesOf(const Page &page);
    void raiseLastId(const Page &page);

    EditionInfo m_info;
    QList<Page> m_pages;
    QList<Story> m_stories;
    QList<ParagraphStyle> m_paragraphStyles;
    QList<CharacterStyle> m_characterStyles;
    QList<Swatch> m_swatches;
    QList<ImageAsset> m_images;
    ExportSettings m_exportSettings;
    QList<ProofRecord> m_proofs;
    QList<ProofNote> m_notes;
    SignOffSettings m_signOffSettings;
    QList<PageSignature> m_signatures;
    QList<SentFile> m_sentFiles;
    QUndoStack *m_undoStack = nullptr;
    ObjectId m_lastId = 0;
    quint64 m_revision = 0;
    QHash<ObjectId, quint64> m_storyRevisions;
};

} // namespace folio
