#include "app/textchecks.h"

#include "app/editiondocument.h"
#include "app/findreplacepanel.h"
#include "app/hitlocator.h"
#include "app/mainwindow.h"
#include "app/pageview.h"
#include "app/storyeditor.h"
#include "app/wordcheckmarks.h"
#include "app/wordcheckpanel.h"
#include "model/edition.h"

#include <QAction>
#include <QDockWidget>
#include <QLineEdit>
#include <QMenu>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QSettings>
#include <QStatusBar>

namespace folio::app {

namespace {
const QString kMarksKey = QStringLiteral("wordCheck/underline");
}

TextChecks::TextChecks(MainWindow *window)
    : QObject(window), m_window(window), m_find(new FindReplacePanel(window)),
      m_wordCheck(new WordCheckPanel(window)),
      m_marks(std::make_unique<WordCheckMarks>(m_wordCheck)),
      m_findDock(new QDockWidget(tr("查找/替换"), window)),
      m_wordCheckDock(new QDockWidget(tr("用字检查"), window)),
      m_findAction(new QAction(tr("查找/替换(&F)…"), this)),
      m_replaceAction(new QAction(tr("替换(&H)…"), this)),
      m_wordCheckAction(new QAction(tr("用字检查(&W)"), this)),
      m_marksAction(new QAction(tr("标出用字问题"), this))
{
    m_findDock->setObjectName(QStringLiteral("findReplaceDock"));
    m_findDock->setWidget(m_find);
    m_wordCheckDock->setObjectName(QStringLiteral("wordCheckDock"));
    m_wordCheckDock->setWidget(m_wordCheck);
    window->addDockWidget(Qt::BottomDockWidgetArea, m_findDock);
    window->addDockWidget(Qt::BottomDockWidgetArea, m_wordCheckDock);
    window->tabifyDockWidget(m_findDock, m_wordCheckDock);
    m_findDock->hide();
    m_wordCheckDock->hide();

    m_findAction->setShortcut(QKeySequence::Find);
    m_replaceAction->setShortcut(QKeySequence(QStringLiteral("Ctrl+H")));
    m_marksAction->setCheckable(true);
    m_marksAction->setChecked(QSettings().value(kMarksKey, true).toBool());
    m_marks->setEnabled(m_marksAction->isChecked());
    connect(m_findAction, &QAction::triggered, this, [this] { showFind(false); });
    connect(m_replaceAction, &QAction::triggered, this, [this] { showFind(true); });
    connect(m_wordCheckAction, &QAction::triggered, this, [this] {
        m_wordCheckDock->show();
        m_wordCheckDock->raise();
        m_wordCheck->check();
    });
    connect(m_marksAction, &QAction::toggled, this, [this](bool on) {
        QSettings().setValue(kMarksKey, on);
        m_marks->setEnabled(on);
        m_window->pageView()->viewport()->update();
    });

    window->pageView()->addPageMarks(
        [this](QPainter &p, ObjectId pageId, const QTransform &toDevice) {
            m_marks->paint(p, pageId, toDevice);
        });
    connect(m_wordCheck, &WordCheckPanel::hitsChanged, this, [this] {
        m_marks->invalidate();
        m_window->pageView()->viewport()->update();
    });
    connect(m_find, &FindReplacePanel::hitActivated, this, &TextChecks::reveal);
    connect(m_wordCheck, &WordCheckPanel::hitActivated, this, &TextChecks::reveal);
    const auto report = [this](const QString &text) {
        m_window->statusBar()->showMessage(text, 6000);
    };
    connect(m_find, &FindReplacePanel::message, this, report);
    connect(m_wordCheck, &WordCheckPanel::message, this, report);
    // The 当前稿件 scope is the selected text frame's story.
    connect(window->pageView(), &PageView::selectionChanged, this, [this] {
        const Edition *edition = m_window->document()->edition();
        const Frame *frame =
            edition ? edition->frame(m_window->pageView()->currentFrameId()) : nullptr;
        if (frame && frame->storyId)
            m_find->setCurrentStory(frame->storyId);
    });
    connect(window->document(), &EditionDocument::editionReplaced, this,
            &TextChecks::editionReplaced);
}

TextChecks::~TextChecks() = default;

void TextChecks::fillEditMenu(QMenu *menu)
{
    menu->addAction(m_findAction);
    menu->addAction(m_replaceAction);
    menu->addAction(m_wordCheckAction);
    menu->addAction(m_marksAction);
}

void TextChecks::applySettings()
{
    m_wordCheck->loadLists();
}

void TextChecks::editionReplaced()
{
    Edition *edition = m_window->document()->edition();
    const LayoutSource layouts = [this] { return m_window->layouts(); };
    m_find->setEdition(edition, layouts);
    m_wordCheck->setEdition(edition, layouts);
    m_marks->setEdition(edition, layouts);
}

void TextChecks::showFind(bool replace)
{
    m_find->setCurrentStory(m_window->storyEditor()->storyId());
    m_findDock->show();
    m_findDock->raise();
    QLineEdit *field = replace ? m_find->replaceField() : m_find->findField();
    // The text selected in 稿件编辑 is what one usually wants to find.
    const QString selected = m_window->storyEditor()->textEdit()->textCursor().selectedText();
    if (!replace && !selected.isEmpty() && !selected.contains(QChar::ParagraphSeparator))
        m_find->findField()->setText(selected);
    field->setFocus(Qt::ShortcutFocusReason);
    field->selectAll();
}

void TextChecks::reveal(const StoryHit &hit)
{
    Edition *edition = m_window->document()->edition();
    if (!edition || !edition->story(hit.storyId))
        return;
    PageView *view = m_window->pageView();
    const HitLocator::Location where = HitLocator(edition, m_window->layouts()).locate(hit);
    if (where.isPlaced()) {
        view->setPageId(where.pageId);
        view->setSelection({where.frameId});
        // Centre the hit's first glyph box in the viewport.
        const QRectF page = view->pageRectInView(where.pageId);
        const QPointF at = page.topLeft() + where.boxes.first().center() * view->pixelsPerPt();
        const QPointF centre = QRectF(view->viewport()->rect()).center();
        view->horizontalScrollBar()->setValue(view->horizontalScrollBar()->value() +
                                              qRound(at.x() - centre.x()));
        view->verticalScrollBar()->setValue(view->verticalScrollBar()->value() +
                                            qRound(at.y() - centre.y()));
    }
    // Overset text is on no page: 稿件编辑 still shows it.
    StoryEditor *editor = m_window->storyEditor();
    editor->setStoryId(hit.storyId);
    QPlainTextEdit *text = editor->textEdit();
    QTextCursor cursor(text->document());
    cursor.setPosition(hit.offset);
    cursor.setPosition(hit.offset + hit.length, QTextCursor::KeepAnchor);
    text->setTextCursor(cursor);
    text->ensureCursorVisible();
}

} // namespace folio::app
