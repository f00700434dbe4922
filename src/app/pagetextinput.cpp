#include "app/pagetextinput.h"

#include "app/pagetexteditor.h"
#include "app/pageview.h"
#include "app/storytext.h"
#include "model/edition.h"

#include <QApplication>
#include <QInputMethodEvent>
#include <QInputMethodQueryEvent>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QStyleHints>
#include <QTextBoundaryFinder>

namespace folio::app {

namespace {
bool isNavigation(int key)
{
    switch (key) {
    case Qt::Key_Left:
    case Qt::Key_Right:
    case Qt::Key_Up:
    case Qt::Key_Down:
    case Qt::Key_Home:
    case Qt::Key_End:
    case Qt::Key_PageUp:
    case Qt::Key_PageDown:
        return true;
    default:
        return false;
    }
}

bool isEditing(int key)
{
    switch (key) {
    case Qt::Key_Backspace:
    case Qt::Key_Delete:
    case Qt::Key_Return:
    case Qt::Key_Enter:
    case Qt::Key_Tab:
    case Qt::Key_Escape:
        return true;
    default:
        return false;
    }
}

bool isTyping(const QKeyEvent *event)
{
    const QString text = event->text();
    return !text.isEmpty() && text.at(0).isPrint() &&
           !(event->modifiers() & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier));
}
} // namespace

PageTextInput::PageTextInput(PageTextEditor *editor, PageView *view)
    : QObject(editor), m_editor(editor), m_view(view)
{
    view->installEventFilter(this);
    view->viewport()->installEventFilter(this);
}

bool PageTextInput::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view->viewport()) {
        switch (event->type()) {
        case QEvent::MouseButtonDblClick:
            return mousePress(static_cast<QMouseEvent *>(event), true);
        case QEvent::MouseButtonPress:
            return mousePress(static_cast<QMouseEvent *>(event), false);
        case QEvent::MouseMove:
            return mouseMove(static_cast<QMouseEvent *>(event));
        case QEvent::MouseButtonRelease:
            if (m_editor->m_dragging) {
                m_editor->m_dragging = false;
                return true;
            }
            return false;
        default:
            return false;
        }
    }
    if (watched != m_view || !m_editor->isActive())
        return false;
    switch (event->type()) {
    case QEvent::ShortcutOverride:
        if (claimsShortcut(static_cast<QKeyEvent *>(event))) {
            event->accept();
            return true;
        }
        return false;
    case QEvent::KeyPress:
        return keyPress(static_cast<QKeyEvent *>(event));
    case QEvent::InputMethod:
        inputMethod(static_cast<QInputMethodEvent *>(event));
        return true;
    case QEvent::InputMethodQuery:
        inputMethodQuery(static_cast<QInputMethodQueryEvent *>(event));
        return true;
    default:
        return false;
    }
}

bool PageTextInput::mousePress(QMouseEvent *event, bool doubleClick)
{
    if (event->button() != Qt::LeftButton)
        return false;
    const auto hit = m_editor->hitTest(event->position());
    const bool sameStory =
        hit && m_editor->isActive() && hit->storyId == m_editor->caret().storyId();
    if (doubleClick) {
        if (!hit)
            return false;
        if (sameStory) {
            m_editor->selectWord(hit->position);
            m_lastDoubleClick.start();
            m_lastDoubleClickPos = event->position();
        } else {
            m_editor->edit(hit->storyId, hit->position, hit->position);
        }
        m_view->setFocus(Qt::MouseFocusReason);
        return true;
    }
    const bool tripleClick =
        sameStory && m_lastDoubleClick.isValid() &&
        m_lastDoubleClick.elapsed() < QApplication::styleHints()->mouseDoubleClickInterval() &&
        (event->position() - m_lastDoubleClickPos).manhattanLength() <
            QApplication::styleHints()->startDragDistance() * 2;
    m_lastDoubleClick.invalidate();
    if (tripleClick) {
        m_editor->selectParagraph(hit->position);
        return true;
    }
    if (sameStory) {
        m_editor->moveCaret(hit->position, event->modifiers() & Qt::ShiftModifier);
        m_editor->m_dragging = true;
        m_view->setFocus(Qt::MouseFocusReason);
        return true;
    }
    if (hit && m_view->tool() == PageView::Tool::TextFrame) {
        m_editor->edit(hit->storyId, hit->position, hit->position);
        m_view->setFocus(Qt::MouseFocusReason);
        return true;
    }
    // Anywhere else the view selects or draws as usual.
    m_editor->leave();
    return false;
}

bool PageTextInput::mouseMove(QMouseEvent *event)
{
    if (m_editor->m_dragging && !(event->buttons() & Qt::LeftButton))
        m_editor->m_dragging = false; // the release went elsewhere
    if (m_editor->m_dragging) {
        const auto hit = m_editor->hitTest(event->position());
        if (hit && hit->storyId == m_editor->caret().storyId())
            m_editor->moveCaret(hit->position, true);
        return true;
    }
    // In text mode the pointer says where a click would put the caret.
    if (m_editor->isActive() && event->buttons() == Qt::NoButton && m_view->edition()) {
        const ObjectId id = m_view->frameAt(m_view->viewToPage(event->position()));
        const Frame *frame = id ? m_view->edition()->frame(id) : nullptr;
        m_view->viewport()->setCursor(frame && frame->kind == FrameKind::Text ? Qt::IBeamCursor
                                                                              : Qt::ArrowCursor);
    }
    return false;
}

int PageTextInput::linesPerScreen() const
{
    const auto spot = m_editor->locate();
    if (!spot)
        return 10;
    const StoryLine &line = m_editor->linesOn(spot->pageId)[spot->line];
    const double linePx = qMax(1.0, (line.bottom - line.top) * 1.3 * m_view->pixelsPerPt());
    return qMax(1, int(m_view->viewport()->height() * 0.9 / linePx));
}

bool PageTextInput::claimsShortcut(QKeyEvent *event) const
{
    return isNavigation(event->key()) || isEditing(event->key()) || isTyping(event) ||
           event->matches(QKeySequence::Copy) || event->matches(QKeySequence::Cut) ||
           event->matches(QKeySequence::Paste) || event->matches(QKeySequence::SelectAll);
}

bool PageTextInput::keyPress(QKeyEvent *event)
{
    PageTextEditor &e = *m_editor;
    const TextCaret &caret = e.caret();
    const bool shift = event->modifiers() & Qt::ShiftModifier;
    const bool ctrl = event->modifiers() & Qt::ControlModifier;
    if (event->matches(QKeySequence::Copy)) {
        e.copy();
    } else if (event->matches(QKeySequence::Cut)) {
        e.cut();
    } else if (event->matches(QKeySequence::Paste)) {
        e.paste();
    } else if (event->matches(QKeySequence::SelectAll)) {
        e.m_caret.select(0, int(e.plainText().size()));
        e.caretChanged(false);
    } else {
        switch (event->key()) {
        case Qt::Key_Left:
            e.moveCaret(caret.hasSelection() && !shift ? caret.selectionStart()
                        : ctrl                         ? e.wordEdge(caret.position(), false)
                               : TextCaret::previousGrapheme(e.plainText(), caret.position()),
                        shift);
            break;
        case Qt::Key_Right:
            e.moveCaret(caret.hasSelection() && !shift ? caret.selectionEnd()
                        : ctrl                         ? e.wordEdge(caret.position(), true)
                               : TextCaret::nextGrapheme(e.plainText(), caret.position()),
                        shift);
            break;
        case Qt::Key_Up:
        case Qt::Key_Down:
            e.moveVertically(event->key() == Qt::Key_Up ? -1 : 1, shift);
            break;
        case Qt::Key_PageUp:
        case Qt::Key_PageDown:
            e.moveVertically((event->key() == Qt::Key_PageUp ? -1 : 1) * linesPerScreen(), shift);
            break;
        case Qt::Key_Home:
        case Qt::Key_End:
            if (ctrl)
                e.moveCaret(event->key() == Qt::Key_Home ? 0 : int(e.plainText().size()), shift);
            else
                e.moveToLineEdge(event->key() == Qt::Key_End, shift);
            break;
        case Qt::Key_Backspace:
        case Qt::Key_Delete:
            e.deleteBackward(event->key() == Qt::Key_Delete);
            break;
        case Qt::Key_Return:
        case Qt::Key_Enter:
            // The composer has no line break inside a paragraph: Shift+Enter does nothing
            // rather than put an invisible character into the story.
            if (!shift)
                e.typeText(QStringLiteral("\n"));
            break;
        case Qt::Key_Tab:
            e.typeText(QStringLiteral("\t"));
            break;
        case Qt::Key_Escape:
            e.leave();
            break;
        default:
            if (!isTyping(event))
                return false;
            e.typeText(event->text());
            break;
        }
    }
    event->accept();
    return true;
}

void PageTextInput::inputMethod(QInputMethodEvent *event)
{
    PageTextEditor &e = *m_editor;
    if (!event->commitString().isEmpty())
        e.typeText(event->commitString());
    if (e.m_preedit != event->preeditString()) {
        e.m_preedit = event->preeditString();
        e.updateRepaint();
    }
    event->accept();
}

void PageTextInput::inputMethodQuery(QInputMethodQueryEvent *event) const
{
    const PageTextEditor &e = *m_editor;
    const QString &text = e.plainText();
    const int position = e.caret().position();
    const int start = int(text.lastIndexOf(QLatin1Char('\n'), qMax(0, position - 1))) + 1;
    const int startAt =
        position > 0 && text.at(position - 1) == QLatin1Char('\n') ? position : start;
    int end = int(text.indexOf(QLatin1Char('\n'), position));
    if (end < 0)
        end = int(text.size());
    const Qt::InputMethodQueries queries = event->queries();
    for (quint32 bit = 1; bit && bit <= quint32(Qt::ImQueryAll); bit <<= 1) {
        const auto query = Qt::InputMethodQuery(bit);
        if (!(queries & query))
            continue;
        QVariant value;
        switch (query) {
        case Qt::ImEnabled:
            value = true;
            break;
        case Qt::ImCursorRectangle:
            // The candidate window opens at the caret: view coordinates, not the viewport's.
            value = e.caretRect().translated(m_view->viewport()->pos());
            break;
        case Qt::ImCursorPosition:
            value = position - startAt;
            break;
        case Qt::ImAnchorPosition:
            value = qBound(0, e.caret().anchor() - startAt, end - startAt);
            break;
        case Qt::ImSurroundingText:
            value = text.mid(startAt, end - startAt);
            break;
        case Qt::ImCurrentSelection:
            value = text.mid(e.caret().selectionStart(),
                             e.caret().selectionEnd() - e.caret().selectionStart());
            break;
        case Qt::ImHints:
            value = int(Qt::ImhMultiLine);
            break;
        case Qt::ImFont:
            value = QFont(QStringLiteral("Noto Serif CJK SC"));
            break;
        default:
            break;
        }
        if (value.isValid())
            event->setValue(query, value);
    }
    event->accept();
}

} // namespace folio::app
