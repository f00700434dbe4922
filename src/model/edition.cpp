#include "model/edition.h"

#include "model/defaultstyles.h"

#include <QUndoStack>
#include <algorithm>

namespace folio {

namespace {
template <typename T> int indexById(const QList<T> &list, ObjectId id)
{
    for (int i = 0; i < list.size(); ++i)
        if (list[i].id == id)
            return i;
    return -1;
}
template <typename T> const T *findById(const QList<T> &list, ObjectId id)
{
    const int i = indexById(list, id);
    return i < 0 ? nullptr : &list[i];
}
template <typename T> void putById(QList<T> &list, const T &value, int index)
{
    const int i = indexById(list, value.id);
    if (i >= 0)
        list[i] = value;
    else if (index < 0 || index > list.size())
        list.append(value);
    else
        list.insert(index, value);
}
template <typename T> bool eraseById(QList<T> &list, ObjectId id)
{
    const int i = indexById(list, id);
    if (i < 0)
        return false;
    list.removeAt(i);
    return true;
}
} // namespace

Edition::Edition(QObject *parent) : QObject(parent), m_undoStack(new QUndoStack(this)) {}

Edition::~Edition() = default;

std::unique_ptr<Edition> Edition::createDefault(QObject *parent)
{
    auto edition = std::make_unique<Edition>(parent);
    addDefaultStyles(*edition);
    return edition;
}

int Edition::pageIndex(ObjectId pageId) const
{
    return indexById(m_pages, pageId);
}
const Page *Edition::page(ObjectId id) const
{
    return findById(m_pages, id);
}
const Story *Edition::story(ObjectId id) const
{
    return findById(m_stories, id);
}
const ParagraphStyle *Edition::paragraphStyle(ObjectId id) const
{
    return findById(m_paragraphStyles, id);
}
const CharacterStyle *Edition::characterStyle(ObjectId id) const
{
    return findById(m_characterStyles, id);
}
const ImageAsset *Edition::image(ObjectId id) const
{
    return findById(m_images, id);
}
const Swatch *Edition::swatch(ObjectId id) const
{
    return findById(m_swatches, id);
}
const ProofRecord *Edition::proof(ObjectId id) const
{
    return findById(m_proofs, id);
}
const ProofNote *Edition::note(ObjectId id) const
{
    return findById(m_notes, id);
}
int Edition::noteIndex(ObjectId id) const
{
    return indexById(m_notes, id);
}
const ProofRecord *Edition::latestProof(ObjectId pageId) const
{
    const ProofRecord *latest = nullptr;
    for (const ProofRecord &p : m_proofs)
        if (p.pageId == pageId && (!latest || p.round > latest->round))
            latest = &p;
    return latest;
}

const Page *Edition::pageOfFrame(ObjectId frameId) const
{
    for (const auto &p : m_pages)
        if (p.frame(frameId))
            return &p;
    return nullptr;
}

const Frame *Edition::frame(ObjectId frameId) const
{
    const Page *p = pageOfFrame(frameId);
    return p ? p->frame(frameId) : nullptr;
}

QList<const Frame *> Edition::storyChain(ObjectId storyId) const
{
    QList<const Frame *> chain;
    if (storyId == 0)
        return chain;
    for (const auto &p : m_pages)
        for (const auto &f : p.frames)
            if (f.kind == FrameKind::Text && f.storyId == storyId)
                chain.append(&f);
    // Stable: frames with equal chain index keep page order.
    std::stable_sort(chain.begin(), chain.end(),
                     [](const Frame *a, const Frame *b) { return a->chainIndex < b->chainIndex; });
    return chain;
}

const ParagraphStyle *Edition::styleForRole(ParagraphRole role) const
{
    for (const auto &s : m_paragraphStyles)
        if (s.role == role)
            return &s;
    return nullptr;
}

quint64 Edition::storyRevision(ObjectId storyId) const
{
    return m_storyRevisions.value(storyId);
}

ObjectId Edition::newId()
{
    return ++m_lastId;
}

void Edition::touch()
{
    ++m_revision;
    Q_EMIT changed();
}

void Edition::touchStory(ObjectId storyId)
{
    m_storyRevisions[storyId] = m_revision + 1;
    Q_EMIT storyChanged(storyId);
    touch();
}

void Edition::setInfo(const EditionInfo &info)
{
    m_info = info;
    Q_EMIT infoChanged();
    touch();
}

void Edition::setExportSettings(const ExportSettings &settings)
{
    m_exportSettings = settings;
    touch();
}

// The page's frames get ids from the same counter: a page added with frames (undo of a removal,
// a template, a paste) must not let newId() hand out one of their ids again.
void Edition::raiseLastId(const Page &page)
{
    m_lastId = std::max(m_lastId, page.id);
    for (const auto &f : page.frames)
        m_lastId = std::max(m_lastId, f.id);
}

// Frames entering or leaving a story's chain change where its text flows, as eraseFrame does.
void Edition::touchStoriesOf(const Page &page)
{
    for (const auto &f : page.frames)
        if (f.storyId)
            touchStory(f.storyId);
}

void Edition::insertPage(int index, const Page &page)
{
    raiseLastId(page);
    m_pages.insert(std::clamp(index, 0, int(m_pages.size())), page);
    Q_EMIT pagesChanged();
    touchStoriesOf(page);
    touch();
}

void Edition::putPage(const Page &page)
{
    const int i = indexById(m_pages, page.id);
    if (i < 0) {
        insertPage(int(m_pages.size()), page);
        return;
    }
    raiseLastId(page);
    const Page before = m_pages[i];
    m_pages[i] = page;
    Q_EMIT pageChanged(page.id);
    if (before.frames != page.frames) {
        touchStoriesOf(before);
        touchStoriesOf(page);
    }
    touch();
}

void Edition::erasePage(ObjectId pageId)
{
    const int i = indexById(m_pages, pageId);
    if (i < 0)
        return;
    const Page removed = m_pages.takeAt(i);
    Q_EMIT pagesChanged();
    touchStoriesOf(removed);
    touch();
}

void Edition::movePage(int from, int to)
{
    if (from < 0 || from >= m_pages.size() || to < 0 || to >= m_pages.size() || from == to)
        return;
    m_pages.move(from, to);
    Q_EMIT pagesChanged();
    touch();
}

void Edition::putFrame(ObjectId pageId, const Frame &frame, int index)
{
    const int pi = indexById(m_pages, pageId);
    if (pi < 0)
        return;
    m_lastId = std::max(m_lastId, frame.id);
    // A frame lives on one page: moving it between pages removes it from the old one.
    for (auto &p : m_pages)
        if (p.id != pageId)
            eraseById(p.frames, frame.id);
    putById(m_pages[pi].frames, frame, index);
    Q_EMIT pageChanged(pageId);
    if (frame.storyId)
        touchStory(frame.storyId);
    else
        touch();
}

void Edition::eraseFrame(ObjectId frameId)
{
    for (auto &p : m_pages) {
        const int i = indexById(p.frames, frameId);
        if (i < 0)
            continue;
        const ObjectId storyId = p.frames[i].storyId;
        p.frames.removeAt(i);
        Q_EMIT pageChanged(p.id);
        if (storyId)
            touchStory(storyId);
        else
            touch();
        return;
    }
}

void Edition::putStory(const Story &story, int index)
{
    m_lastId = std::max(m_lastId, story.id);
    putById(m_stories, story, index);
    touchStory(story.id);
}

void Edition::eraseStory(ObjectId storyId)
{
    if (eraseById(m_stories, storyId))
        touchStory(storyId);
}

void Edition::putParagraphStyle(const ParagraphStyle &style, int index)
{
    m_lastId = std::max(m_lastId, style.id);
    putById(m_paragraphStyles, style, index);
    Q_EMIT stylesChanged();
    touch();
}

void Edition::eraseParagraphStyle(ObjectId id)
{
    if (eraseById(m_paragraphStyles, id)) {
        Q_EMIT stylesChanged();
        touch();
    }
}

void Edition::putCharacterStyle(const CharacterStyle &style, int index)
{
    m_lastId = std::max(m_lastId, style.id);
    putById(m_characterStyles, style, index);
    Q_EMIT stylesChanged();
    touch();
}

void Edition::eraseCharacterStyle(ObjectId id)
{
    if (eraseById(m_characterStyles, id)) {
        Q_EMIT stylesChanged();
        touch();
    }
}

void Edition::putSwatch(const Swatch &swatch, int index)
{
    m_lastId = std::max(m_lastId, swatch.id);
    putById(m_swatches, swatch, index);
    Q_EMIT stylesChanged();
    touch();
}

void Edition::eraseSwatch(ObjectId id)
{
    if (eraseById(m_swatches, id)) {
        Q_EMIT stylesChanged();
        touch();
    }
}

void Edition::putImage(const ImageAsset &image, int index)
{
    m_lastId = std::max(m_lastId, image.id);
    putById(m_images, image, index);
    Q_EMIT imagesChanged();
    touch();
}

void Edition::eraseImage(ObjectId id)
{
    if (eraseById(m_images, id)) {
        Q_EMIT imagesChanged();
        touch();
    }
}

void Edition::putProof(const ProofRecord &proof)
{
    m_lastId = std::max(m_lastId, proof.id);
    putById(m_proofs, proof, -1);
    Q_EMIT proofsChanged();
    touch();
}

void Edition::putNote(const ProofNote &note, int index)
{
    m_lastId = std::max(m_lastId, note.id);
    putById(m_notes, note, index);
    Q_EMIT notesChanged();
    touch();
}

void Edition::eraseNote(ObjectId id)
{
    if (eraseById(m_notes, id)) {
        Q_EMIT notesChanged();
        touch();
    }
}

const PageSignature *Edition::signature(ObjectId id) const
{
    return findById(m_signatures, id);
}

int Edition::signatureIndex(ObjectId id) const
{
    return indexById(m_signatures, id);
}

void Edition::setSignOffSettings(const SignOffSettings &settings)
{
    m_signOffSettings = settings;
    Q_EMIT signOffChanged();
    touch();
}

void Edition::putSignature(const PageSignature &signature, int index)
{
    m_lastId = std::max(m_lastId, signature.id);
    putById(m_signatures, signature, index);
    Q_EMIT signOffChanged();
    touch();
}

void Edition::eraseSignature(ObjectId id)
{
    if (eraseById(m_signatures, id)) {
        Q_EMIT signOffChanged();
        touch();
    }
}

void Edition::putSentFile(const SentFile &sent)
{
    m_lastId = std::max(m_lastId, sent.id);
    putById(m_sentFiles, sent, -1);
    Q_EMIT signOffChanged();
    touch();
}

bool Edition::contentEquals(const Edition &o) const
{
    return m_info == o.m_info && m_pages == o.m_pages && m_stories == o.m_stories &&
           m_paragraphStyles == o.m_paragraphStyles && m_characterStyles == o.m_characterStyles &&
           m_swatches == o.m_swatches && m_images == o.m_images &&
           m_exportSettings == o.m_exportSettings && m_proofs == o.m_proofs &&
           m_notes == o.m_notes && m_signOffSettings == o.m_signOffSettings &&
           m_signatures == o.m_signatures && m_sentFiles == o.m_sentFiles;
}

} // namespace folio
