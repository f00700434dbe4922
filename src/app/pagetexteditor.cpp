#include "app/pagetexteditor.h"

#include "app/caretpainter.h"
#include "app/layoutcache.h"
#include "app/pagetextcommand.h"
#include "app/pagetextinput.h"
#include "app/pageview.h"
#include "app/storyeditor.h"
#include "app/storytext.h"
#include "app/stylespanel.h"
#include "model/edition.h"
#include "model/storycommand.h"
#include "text/wordboundary.h"

#include <QApplication>
#include <QClipboard>
#include <QGuiApplication>
#include <QInputMethod>
#include <QInputMethodEvent>
#include <QInputMethodQueryEvent>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QKeyEvent>
#include <QMimeData>
#include <QMouseEvent>
#include <QPainter>
#include <QScrollBar>
#include <QStyleHints>
#include <QUndoStack>
#include <memory>

namespace folio::app {

namespace {
constexpr int kSettleMs = 300; // the dock follows once typing or moving pauses
constexpr double kCaretMarginPx = 24;

QByteArray encodeFragment(const QList<Paragraph> &fragment)
{
    QJsonArray paragraphs;
    for (const Paragraph &p : fragment) {
        QJsonArray runs;
        for (const TextRun &run : p.runs)
            runs.append(QJsonObject{
                {QStringLiteral("text"), run.text},
                {QStringLiteral("characterStyle"), QString::number(run.characterStyleId)}});
        paragraphs.append(QJsonObject{{QStringLiteral("style"), QString::number(p.styleId)},
                                      {QStringLiteral("runs"), runs}});
    }
    return QJsonDocument(paragraphs).toJson(QJsonDocument::Compact);
}

// Styles the edition does not know (a fragment from another edition) fall back to the
// paragraph's own style and no character style.
QList<Paragraph> decodeFragment(const QByteArray &data, const Edition &edition,
                                ObjectId fallbackStyle)
{
    QList<Paragraph> fragment;
    for (const QJsonValue &pv : QJsonDocument::fromJson(data).array()) {
        const QJsonObject po = pv.toObject();
        Paragraph p;
        p.styleId = po.value(QStringLiteral("style")).toString().toLongLong();
        if (!edition.paragraphStyle(p.styleId))
            p.styleId = fallbackStyle;
        for (const QJsonValue &rv : po.value(QStringLiteral("runs")).toArray()) {
            const QJsonObject ro = rv.toObject();
            TextRun run{ro.value(QStringLiteral("text")).toString(),
                        ro.value(QStringLiteral("characterStyle")).toString().toLongLong()};
            if (run.characterStyleId && !edition.characterStyle(run.characterStyleId))
                run.characterStyleId = 0;
            p.runs.append(run);
        }
        fragment.append(p);
    }
    return fragment;
}
} // namespace

PageTextEditor::PageTextEditor(PageView *view) : QObject(view), m_view(view)
{
    new PageTextInput(this, view);
    m_blink.setInterval(QGuiApplication::styleHints()->cursorFlashTime() / 2 > 0
                            ? QGuiApplication::styleHints()->cursorFlashTime() / 2
                            : 500);
    connect(&m_blink, &QTimer::timeout, this, [this] {
        m_blinkOn = !m_blinkOn;
        m_view->viewport()->update(m_paintedCaret.toAlignedRect().adjusted(-2, -2, 2, 2));
    });
    m_settle.setSingleShot(true);
    m_settle.setInterval(kSettleMs);
    connect(&m_settle, &QTimer::timeout, this, [this] {
        if (m_active)
            Q_EMIT caretSettled(m_caret.storyId(), m_caret.anchor(), m_caret.position());
    });
}

QString PageTextEditor::mimeType()
{
    return QStringLiteral("application/x-folio-story-text");
}

void PageTextEditor::setEdition(Edition *edition, LayoutCache *layouts)
{
    if (m_edition) {
        disconnect(m_edition, nullptr, this, nullptr);
        disconnect(m_edition->undoStack(), nullptr, this, nullptr);
    }
    if (m_active) {
        m_active = false;
        m_blink.stop();
        Q_EMIT activeChanged(false);
    }
    m_edition = edition;
    m_layouts = layouts;
    m_lines.clear();
    m_caret.setStory(0);
    m_preedit.clear();
    if (!m_edition)
        return;
    connect(m_edition, &Edition::storyChanged, this, [this](ObjectId id) {
        if (!m_active || id != m_caret.storyId() || m_pushing)
            return;
        if (!m_edition->story(id)) {
            leave();
            return;
        }
        m_caret.clamp(plainText());
        m_view->viewport()->update();
    });
    // Panels that wait for typing to pause hear of every change made meanwhile.
    connect(m_edition, &Edition::changed, this, [this] {
        if (m_active)
            m_settle.start();
    });
    // An undo or redo from anywhere ends the typing burst.
    connect(m_edition->undoStack(), &QUndoStack::indexChanged, this, [this] {
        if (!m_pushing)
            startBurst();
    });
}

const QString &PageTextEditor::plainText() const
{
    const ObjectId id = m_caret.storyId();
    const quint64 revision = m_edition ? m_edition->storyRevision(id) : 0;
    if (id != m_plainStory || revision != m_plainRevision) {
        const Story *story = m_edition ? m_edition->story(id) : nullptr;
        m_plain = story ? story->plainText() : QString();
        m_plainStory = id;
        m_plainRevision = revision;
    }
    return m_plain;
}

QList<int> PageTextEditor::paragraphStarts() const
{
    const Story *story = m_edition ? m_edition->story(m_caret.storyId()) : nullptr;
    return story ? StoryText::paragraphStarts(*story) : QList<int>();
}

const QList<StoryLine> &PageTextEditor::linesOn(ObjectId pageId) const
{
    static const QList<StoryLine> none;
    if (!m_layouts || !m_edition || !m_edition->page(pageId))
        return none;
    const auto layout = m_layouts->layout(pageId);
    PageLines &cached = m_lines[pageId];
    if (cached.layout != layout) {
        cached.layout = layout;
        cached.lines = StoryLines::build(*layout, pageId, m_caret.storyId(), paragraphStarts());
    }
    return cached.lines;
}

QList<ObjectId> PageTextEditor::chainPages() const
{
    QList<ObjectId> pages;
    if (!m_edition)
        return pages;
    for (const Frame *f : m_edition->storyChain(m_caret.storyId()))
        if (const Page *p = m_edition->pageOfFrame(f->id); p && !pages.contains(p->id))
            pages.append(p->id);
    return pages;
}

QList<StoryLine> PageTextEditor::allLines() const
{
    QList<StoryLine> lines;
    for (ObjectId pageId : chainPages())
        lines += linesOn(pageId);
    std::stable_sort(lines.begin(), lines.end(),
                     [](const StoryLine &a, const StoryLine &b) { return a.start() < b.start(); });
    return lines;
}

std::optional<PageTextEditor::Spot> PageTextEditor::locate() const
{
    const int position = m_caret.position();
    std::optional<Spot> fallback;
    int fallbackStart = -1;
    // The caret's page is usually the first one asked: the pages after it are not composed.
    for (ObjectId pageId : chainPages()) {
        const QList<StoryLine> &lines = linesOn(pageId);
        bool exact = false;
        const int i =
            StoryLines::lineOf(lines, position, m_caret.isUpstream(), plainText(), &exact);
        if (i < 0)
            continue;
        const Spot spot{pageId, i, lines[i].xOf(position)};
        if (exact)
            return spot;
        if (lines[i].start() > fallbackStart) {
            fallback = spot;
            fallbackStart = lines[i].start();
        }
    }
    return fallback;
}

QRectF PageTextEditor::caretRect() const
{
    if (!m_active)
        return {};
    const auto spot = locate();
    if (!spot)
        return {};
    const StoryLine &line = linesOn(spot->pageId)[spot->line];
    const QRectF page = m_view->pageRectInView(spot->pageId);
    const double scale = m_view->pixelsPerPt();
    return QRectF(page.topLeft() + QPointF(spot->x, line.top) * scale,
                  QSizeF(qMax(1.0, scale * 0.5), (line.bottom - line.top) * scale));
}

std::optional<PageTextEditor::Hit> PageTextEditor::hitTest(const QPointF &px) const
{
    if (!m_edition)
        return std::nullopt;
    const ObjectId pageId = m_view->pageAt(px);
    const Page *page = m_edition->page(pageId);
    if (!page)
        return std::nullopt;
    const QPointF pt = (px - m_view->pageRectInView(pageId).topLeft()) / m_view->pixelsPerPt();
    const Frame *hit = nullptr;
    for (const Frame &f : page->frames)
        if (f.kind == FrameKind::Text && f.storyId && f.rect.normalized().contains(pt) &&
            (!hit || f.z >= hit->z))
            hit = &f;
    if (!hit || !m_edition->story(hit->storyId))
        return std::nullopt;
    Hit result{pageId, hit->id, hit->storyId, 0};
    if (hit->storyId != m_caret.storyId()) {
        // Lines of another story: read them without disturbing the caret's cache.
        const Story *story = m_edition->story(hit->storyId);
        const QList<StoryLine> lines = StoryLines::build(
            *m_layouts->layout(pageId), pageId, hit->storyId, StoryText::paragraphStarts(*story));
        const int i = StoryLines::lineAt(lines, pt, hit->id);
        result.position = i < 0 ? 0 : lines[i].positionAt(pt.x());
        result.position = TextCaret::graphemeStart(story->plainText(), result.position);
        return result;
    }
    const QList<StoryLine> &lines = linesOn(pageId);
    const int i = StoryLines::lineAt(lines, pt, hit->id);
    if (i < 0) {
        // An empty frame of the chain: its text starts after the previous frames' lines.
        const QList<StoryLine> all = allLines();
        result.position = all.isEmpty() ? 0 : all.last().end();
        return result;
    }
    result.position = TextCaret::graphemeStart(plainText(), lines[i].positionAt(pt.x()));
    return result;
}

void PageTextEditor::edit(ObjectId storyId, int anchor, int position)
{
    if (!m_edition || !m_edition->story(storyId))
        return;
    if (storyId != m_caret.storyId()) {
        m_caret.setStory(storyId);
        m_lines.clear();
    }
    m_caret.select(anchor, position);
    m_caret.clamp(plainText());
    m_caret.clearPreferredX();
    m_preedit.clear();
    startBurst();
    if (!m_active) {
        m_active = true;
        m_view->setAttribute(Qt::WA_InputMethodEnabled, true);
        m_blink.start();
        Q_EMIT activeChanged(true);
    }
    caretChanged(true);
}

void PageTextEditor::leave()
{
    if (!m_active)
        return;
    const auto spot = locate();
    m_active = false;
    m_dragging = false;
    m_preedit.clear();
    m_blink.stop();
    m_view->setAttribute(Qt::WA_InputMethodEnabled, false);
    if (spot)
        m_view->setSelection({linesOn(spot->pageId)[spot->line].frameId});
    m_view->viewport()->update();
    Q_EMIT activeChanged(false);
}

void PageTextEditor::restoreCaret(ObjectId storyId, int anchor, int position)
{
    if (!m_active || storyId != m_caret.storyId()) {
        return;
    }
    m_caret.select(anchor, position);
    m_caret.clamp(plainText());
    caretChanged(!m_pushing);
}

void PageTextEditor::caretChanged(bool scroll)
{
    m_blinkOn = true;
    if (m_blink.isActive())
        m_blink.start(); // a moving caret stays visible
    if (scroll)
        ensureCaretVisible();
    updateRepaint();
    m_settle.start();
    if (QGuiApplication::focusObject() == m_view)
        QGuiApplication::inputMethod()->update(Qt::ImCursorRectangle | Qt::ImCursorPosition |
                                               Qt::ImAnchorPosition | Qt::ImSurroundingText);
}

void PageTextEditor::updateRepaint()
{
    // A selection may span the page: the viewport is repainted (the page is a copied picture).
    // A bare caret repaints where it was and where it is, with room for the preedit.
    const bool selection = m_caret.hasSelection() || m_paintedSelection;
    m_paintedSelection = m_caret.hasSelection();
    if (selection) {
        m_view->viewport()->update();
        return;
    }
    QRectF now = caretRect();
    if (!now.isEmpty() && !m_preedit.isEmpty())
        now.setWidth(now.height() * (m_preedit.size() + 1) * 1.2);
    for (const QRectF &r : {m_paintedCaret, now})
        if (!r.isEmpty())
            m_view->viewport()->update(r.toAlignedRect().adjusted(-3, -3, 3, 3));
}

void PageTextEditor::ensureCaretVisible()
{
    const auto spot = locate();
    if (!spot)
        return;
    if (spot->pageId != m_view->pageId())
        m_view->switchPage(spot->pageId);
    const StoryLine &line = linesOn(spot->pageId)[spot->line];
    if (m_view->selection() != QList<ObjectId>{line.frameId})
        m_view->setSelection({line.frameId});
    QRectF r = caretRect();
    if (r.isEmpty())
        return;
    const QRectF visible =
        QRectF(m_view->viewport()->rect())
            .adjusted(kCaretMarginPx, kCaretMarginPx, -kCaretMarginPx, -kCaretMarginPx);
    double dx = 0;
    double dy = 0;
    if (r.left() < visible.left())
        dx = r.left() - visible.left();
    else if (r.right() > visible.right())
        dx = r.right() - visible.right();
    if (r.top() < visible.top())
        dy = r.top() - visible.top();
    else if (r.bottom() > visible.bottom())
        dy = r.bottom() - visible.bottom();
    if (dx == 0 && dy == 0)
        return;
    m_view->horizontalScrollBar()->setValue(m_view->horizontalScrollBar()->value() + qRound(dx));
    m_view->verticalScrollBar()->setValue(m_view->verticalScrollBar()->value() + qRound(dy));
    // Scrolling makes the page under the viewport's centre current: keep the caret's.
    if (m_view->pageId() != spot->pageId) {
        m_view->switchPage(spot->pageId);
        m_view->setSelection({line.frameId});
    }
}

void PageTextEditor::moveCaret(int position, bool keepAnchor, bool upstream)
{
    m_caret.moveTo(position, keepAnchor, upstream);
    m_caret.clamp(plainText());
    startBurst();
    caretChanged(true);
}

void PageTextEditor::moveVertically(int count, bool keepAnchor)
{
    const QList<StoryLine> lines = allLines();
    bool exact = false;
    const int current =
        StoryLines::lineOf(lines, m_caret.position(), m_caret.isUpstream(), plainText(), &exact);
    if (current < 0) {
        moveCaret(count < 0 ? 0 : int(plainText().size()), keepAnchor);
        return;
    }
    const StoryLine &from = lines[current];
    if (!m_caret.hasPreferredX())
        m_caret.setPreferredX(from.xOf(m_caret.position()) - from.left());
    const double x = m_caret.preferredX();
    const int target = current + count;
    if (target < 0) {
        moveCaret(0, keepAnchor);
    } else if (target >= lines.size()) {
        moveCaret(int(plainText().size()), keepAnchor);
    } else {
        const StoryLine &to = lines[target];
        const int position = to.positionAt(to.left() + x);
        // The end of a line that continues on the next one stays on this line.
        moveCaret(position, keepAnchor,
                  position == to.end() && target + 1 < lines.size() &&
                      lines[target + 1].start() == position);
    }
    m_caret.setPreferredX(x);
}

void PageTextEditor::moveToLineEdge(bool end, bool keepAnchor)
{
    const QList<StoryLine> lines = allLines();
    const int i = StoryLines::lineOf(lines, m_caret.position(), m_caret.isUpstream(), plainText());
    if (i < 0)
        return;
    moveCaret(end ? lines[i].end() : lines[i].start(), keepAnchor, end);
}

int PageTextEditor::wordEdge(int position, bool forward) const
{
    const QString &text = plainText();
    const QList<int> starts = paragraphStarts();
    int paragraph = 0;
    while (paragraph + 1 < starts.size() && starts[paragraph + 1] <= position)
        ++paragraph;
    const int start = starts.value(paragraph);
    const int end = paragraph + 1 < starts.size() ? starts[paragraph + 1] - 1 : int(text.size());
    if (forward ? position >= end : position <= start)
        return forward ? TextCaret::nextGrapheme(text, position)
                       : TextCaret::previousGrapheme(text, position);
    const QString para = text.mid(start, end - start);
    const auto word = text::WordBoundary::wordAt(para, position - start - (forward ? 0 : 1));
    return start + (forward ? word.end : word.start);
}

void PageTextEditor::selectWord(int position)
{
    const QString &text = plainText();
    const QList<int> starts = paragraphStarts();
    int paragraph = 0;
    while (paragraph + 1 < starts.size() && starts[paragraph + 1] <= position)
        ++paragraph;
    const int start = starts.value(paragraph);
    const int end = paragraph + 1 < starts.size() ? starts[paragraph + 1] - 1 : int(text.size());
    const auto word = text::WordBoundary::wordAt(text.mid(start, end - start), position - start);
    m_caret.select(start + word.start, start + word.end);
    startBurst();
    caretChanged(false);
}

void PageTextEditor::selectParagraph(int position)
{
    const QString &text = plainText();
    const int start = int(text.lastIndexOf(QLatin1Char('\n'), qMax(0, position - 1))) + 1;
    int end = int(text.indexOf(QLatin1Char('\n'), position));
    if (end < 0)
        end = int(text.size());
    m_caret.select(position > 0 && text.at(position - 1) == QLatin1Char('\n') ? position : start,
                   end);
    startBurst();
    caretChanged(false);
}

void PageTextEditor::push(const Story &after, const QString &label, int caretAfter, bool typing)
{
    const PageTextCommand::Caret before{m_caret.anchor(), m_caret.position()};
    auto *change = StoryCommand::change(m_edition, after, label, typing);
    if (!typing)
        startBurst();
    m_pushing = true;
    m_caret.moveTo(caretAfter);
    m_edition->undoStack()->push(new PageTextCommand(
        change, this, after.id, before, {caretAfter, caretAfter}, typing ? m_burst : -1));
    m_pushing = false;
    if (!typing)
        startBurst();
    m_caret.clearPreferredX();
    caretChanged(true);
}

void PageTextEditor::typeText(const QString &text)
{
    const Story *story = m_edition ? m_edition->story(m_caret.storyId()) : nullptr;
    if (!story || text.isEmpty())
        return;
    Story after = StoryText::remove(*story, m_caret.selectionStart(), m_caret.selectionEnd());
    after = StoryText::insert(after, m_caret.selectionStart(), text);
    push(after, tr("输入文字"), m_caret.selectionStart() + int(text.size()), true);
}

void PageTextEditor::deleteBackward(bool forward)
{
    const Story *story = m_edition ? m_edition->story(m_caret.storyId()) : nullptr;
    if (!story)
        return;
    int from = m_caret.selectionStart();
    int to = m_caret.selectionEnd();
    if (from == to) {
        if (forward)
            to = TextCaret::nextGrapheme(plainText(), to);
        else
            from = TextCaret::previousGrapheme(plainText(), from);
    }
    if (from == to)
        return;
    push(StoryText::remove(*story, from, to), tr("输入文字"), from, true);
}

void PageTextEditor::copy()
{
    const Story *story = m_edition ? m_edition->story(m_caret.storyId()) : nullptr;
    if (!m_active || !story || !m_caret.hasSelection())
        return;
    const QList<Paragraph> fragment =
        StoryText::fragment(*story, m_caret.selectionStart(), m_caret.selectionEnd());
    auto *data = new QMimeData;
    data->setText(StoryText::plainText(fragment));
    data->setData(mimeType(), encodeFragment(fragment));
    QGuiApplication::clipboard()->setMimeData(data);
}

void PageTextEditor::cut()
{
    const Story *story = m_edition ? m_edition->story(m_caret.storyId()) : nullptr;
    if (!m_active || !story || !m_caret.hasSelection())
        return;
    copy();
    push(StoryText::remove(*story, m_caret.selectionStart(), m_caret.selectionEnd()), tr("剪切"),
         m_caret.selectionStart(), false);
}

void PageTextEditor::paste()
{
    const Story *story = m_edition ? m_edition->story(m_caret.storyId()) : nullptr;
    const QMimeData *data = QGuiApplication::clipboard()->mimeData();
    if (!m_active || !story || !data)
        return;
    const int at = m_caret.selectionStart();
    const Story cleared = StoryText::remove(*story, at, m_caret.selectionEnd());
    const ObjectId style =
        cleared.paragraphs.value(StoryText::place(cleared, at).paragraph).styleId;
    QList<Paragraph> fragment;
    if (data->hasFormat(mimeType()))
        fragment = decodeFragment(data->data(mimeType()), *m_edition, style);
    if (fragment.isEmpty() && data->hasText()) {
        // Text from other programs: plain paragraphs in the current paragraph's style.
        QString text = data->text();
        text.replace(QStringLiteral("\r\n"), QStringLiteral("\n"))
            .replace(QLatin1Char('\r'), QLatin1Char('\n'));
        for (const QString &line : text.split(QLatin1Char('\n')))
            fragment.append(Paragraph{style, {{line, 0}}});
    }
    if (fragment.isEmpty())
        return;
    int end = at;
    const Story after = StoryText::insertFragment(cleared, at, fragment, &end);
    push(after, tr("粘贴"), end, false);
}

void PageTextEditor::applyParagraphStyle(ObjectId styleId)
{
    const Story *story = m_edition ? m_edition->story(m_caret.storyId()) : nullptr;
    if (!m_active || !story || !m_edition->paragraphStyle(styleId))
        return;
    const PageTextCommand::Caret keep{m_caret.anchor(), m_caret.position()};
    push(StoryText::setParagraphStyle(*story, keep.anchor, keep.position, styleId), tr("段落样式"),
         keep.position, false);
    m_caret.select(keep.anchor, keep.position);
    caretChanged(false);
}

void PageTextEditor::applyCharacterStyle(ObjectId styleId)
{
    const Story *story = m_edition ? m_edition->story(m_caret.storyId()) : nullptr;
    if (!m_active || !story || !m_caret.hasSelection() ||
        (styleId && !m_edition->characterStyle(styleId)))
        return;
    const PageTextCommand::Caret keep{m_caret.anchor(), m_caret.position()};
    push(StoryText::setCharacterStyle(*story, keep.anchor, keep.position, styleId), tr("字符样式"),
         keep.position, false);
    m_caret.select(keep.anchor, keep.position);
    caretChanged(false);
}

void PageTextEditor::paint(QPainter &painter, ObjectId pageId, const QPointF &origin, double scale)
{
    if (!m_active)
        return;
    const QList<StoryLine> &lines = linesOn(pageId);
    CaretPainter caret(painter, origin, scale);
    caret.paintSelection(lines, m_caret.selectionStart(), m_caret.selectionEnd());
    const auto spot = locate();
    if (!spot)
        m_paintedCaret = QRectF();
    if (!spot || spot->pageId != pageId)
        return;
    const StoryLine &line = lines[spot->line];
    m_paintedCaret = caret.caretRect(line, spot->x);
    if (!m_preedit.isEmpty())
        m_paintedCaret = m_paintedCaret.united(caret.paintPreedit(line, spot->x, m_preedit));
    if (m_blinkOn)
        caret.paintCaret(line, spot->x);
}

} // namespace folio::app

namespace folio::app {

void PageTextEditor::connectPanels(PageTextEditor *editor, StoryEditor *storyEditor,
                                   StylesPanel *styles)
{
    connect(styles, &StylesPanel::applyParagraphStyle, editor, [=](ObjectId id) {
        if (editor->isActive())
            editor->applyParagraphStyle(id);
        else
            storyEditor->applyParagraphStyle(id);
    });
    connect(styles, &StylesPanel::applyCharacterStyle, editor, [=](ObjectId id) {
        if (editor->isActive())
            editor->applyCharacterStyle(id);
        else
            storyEditor->applyCharacterStyle(id);
    });
    // While the page is edited the dock reloads after typing pauses, not per keystroke.
    connect(editor, &PageTextEditor::activeChanged, storyEditor, &StoryEditor::setDeferredReload);
    connect(editor, &PageTextEditor::caretSettled, storyEditor, &StoryEditor::showRange);
    // The page follows the dock's cursor once it rests: typing in the dock does not scroll the
    // page per keystroke.
    auto *follow = new QTimer(editor);
    follow->setSingleShot(true);
    follow->setInterval(kSettleMs);
    auto pending = std::make_shared<PageTextCommand::Caret>();
    auto pendingStory = std::make_shared<ObjectId>(0);
    connect(storyEditor, &StoryEditor::cursorMoved, follow,
            [=](ObjectId storyId, int anchor, int position) {
                *pendingStory = storyId;
                *pending = {anchor, position};
                follow->start();
            });
    connect(follow, &QTimer::timeout, editor, [=] {
        const TextCaret &caret = editor->caret();
        if (editor->isActive() && caret.storyId() == *pendingStory &&
            caret.anchor() == pending->anchor && caret.position() == pending->position)
            return;
        if (editor->m_edition && !editor->m_edition->storyChain(*pendingStory).isEmpty())
            editor->edit(*pendingStory, pending->anchor, pending->position);
    });
}

} // namespace folio::app
