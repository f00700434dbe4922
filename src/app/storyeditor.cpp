#include "app/storyeditor.h"

#include "model/edition.h"
#include "model/storycommand.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QPlainTextEdit>
#include <QTextBlock>
#include <QTimer>
#include <QUndoStack>
#include <QVBoxLayout>

namespace folio::app {

namespace {
// Paragraph style id on each QTextBlock, character style id on each fragment: both survive
// typing (Qt copies a block's format to the block Enter creates, and new text takes the
// format of the text before it).
constexpr int kStyleProperty = QTextFormat::UserProperty + 1;
constexpr int kCharStyleProperty = QTextFormat::UserProperty + 2;
constexpr int kTrackingProperty = QTextFormat::UserProperty + 3; // 挤字/扩字 rides along too

bool isHeading(ParagraphRole role)
{
    return role == ParagraphRole::Headline || role == ParagraphRole::Kicker ||
           role == ParagraphRole::Subhead || role == ParagraphRole::Banner;
}
} // namespace

StoryEditor::StoryEditor(QWidget *parent)
    : QWidget(parent), m_styles(new QComboBox(this)), m_count(new QLabel(this)),
      m_text(new QPlainTextEdit(this)), m_reloadTimer(new QTimer(this))
{
    m_reloadTimer->setSingleShot(true);
    m_reloadTimer->setInterval(300);
    connect(m_reloadTimer, &QTimer::timeout, this, &StoryEditor::load);
    auto *bar = new QHBoxLayout;
    bar->addWidget(new QLabel(tr("段落样式"), this));
    bar->addWidget(m_styles, 1);
    bar->addWidget(m_count);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(m_text);
    m_text->setUndoRedoEnabled(false);
    m_text->installEventFilter(this);
    m_text->setEnabled(false);
    m_styles->setEnabled(false);
    QFont font(QStringLiteral("Noto Serif CJK SC"));
    font.setPointSizeF(11);
    m_text->setFont(font);

    connect(m_text->document(), &QTextDocument::contentsChanged, this, [this] {
        if (!m_loading)
            commit(true, tr("输入文字"));
    });
    connect(m_text, &QPlainTextEdit::cursorPositionChanged, this, &StoryEditor::syncStyleBox);
    connect(m_text, &QPlainTextEdit::cursorPositionChanged, this, [this] {
        if (!m_loading && m_text->hasFocus())
            Q_EMIT cursorMoved(m_storyId, m_text->textCursor().anchor(),
                               m_text->textCursor().position());
    });
    connect(m_styles, &QComboBox::activated, this,
            [this](int index) { applyParagraphStyle(m_styles->itemData(index).toLongLong()); });
}

void StoryEditor::setEdition(Edition *edition)
{
    if (m_edition)
        disconnect(m_edition, nullptr, this, nullptr);
    m_edition = edition;
    m_storyId = 0;
    if (m_edition) {
        connect(m_edition, &Edition::storyChanged, this, [this](ObjectId id) {
            if (id != m_storyId || m_committing)
                return;
            if (m_deferReload && !m_text->hasFocus())
                m_reloadTimer->start();
            else
                load();
        });
        connect(m_edition, &Edition::stylesChanged, this, &StoryEditor::reloadStyles);
    }
    reloadStyles();
    load();
}

void StoryEditor::setStoryId(ObjectId storyId)
{
    if (storyId == m_storyId)
        return;
    m_storyId = storyId;
    load();
}

bool StoryEditor::eventFilter(QObject *watched, QEvent *event)
{
    // A reload put off while the page was typed on comes first: typing here must start from
    // the story as it is.
    if (watched == m_text && event->type() == QEvent::FocusIn && m_reloadTimer->isActive()) {
        m_reloadTimer->stop();
        load();
    }
    // Leave undo and redo to the window's actions, which use the edition's stack.
    if (watched == m_text && event->type() == QEvent::ShortcutOverride) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->matches(QKeySequence::Undo) || key->matches(QKeySequence::Redo)) {
            event->ignore();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void StoryEditor::reloadStyles()
{
    const QSignalBlocker block(m_styles);
    m_styles->clear();
    if (!m_edition)
        return;
    for (const auto &style : m_edition->paragraphStyles())
        m_styles->addItem(style.name, style.id);
    syncStyleBox();
}

void StoryEditor::setDeferredReload(bool deferred)
{
    m_deferReload = deferred;
    if (!deferred && m_reloadTimer->isActive()) {
        m_reloadTimer->stop();
        load();
    }
}

void StoryEditor::showRange(ObjectId storyId, int anchor, int position)
{
    setStoryId(storyId);
    if (m_reloadTimer->isActive()) {
        m_reloadTimer->stop();
        load();
    }
    const int last = m_text->document()->characterCount() - 1;
    QTextCursor cursor(m_text->document());
    cursor.setPosition(qBound(0, anchor, last));
    cursor.setPosition(qBound(0, position, last), QTextCursor::KeepAnchor);
    m_loading = true; // not the user's move: no echo back to the page
    m_text->setTextCursor(cursor);
    m_loading = false;
    m_text->ensureCursorVisible();
    syncStyleBox();
}

void StoryEditor::load()
{
    m_reloadTimer->stop();
    m_loading = true;
    const int position = m_text->textCursor().position();
    m_text->clear();
    const Story *story = m_edition ? m_edition->story(m_storyId) : nullptr;
    m_text->setEnabled(story != nullptr);
    m_styles->setEnabled(story != nullptr);
    if (story) {
        QTextCursor cursor(m_text->document());
        for (int i = 0; i < story->paragraphs.size(); ++i) {
            const Paragraph &paragraph = story->paragraphs[i];
            QTextBlockFormat block;
            block.setProperty(kStyleProperty, paragraph.styleId);
            block.setProperty(kTrackingProperty, paragraph.tracking);
            if (i == 0)
                cursor.setBlockFormat(block);
            else
                cursor.insertBlock(block);
            const ParagraphStyle *style = m_edition->paragraphStyle(paragraph.styleId);
            for (const auto &run : paragraph.runs) {
                QTextCharFormat format;
                format.setProperty(kCharStyleProperty, run.characterStyleId);
                if (style && isHeading(style->role))
                    format.setFontWeight(QFont::Bold);
                if (run.characterStyleId)
                    format.setForeground(QColor(20, 80, 160));
                cursor.insertText(run.text, format);
            }
        }
        QTextCursor restored(m_text->document());
        restored.setPosition(qBound(0, position, m_text->document()->characterCount() - 1));
        m_text->setTextCursor(restored);
    }
    m_loading = false;
    syncStyleBox();
    updateCount();
}

Story StoryEditor::storyFromDocument() const
{
    Story story = *m_edition->story(m_storyId);
    story.paragraphs.clear();
    ObjectId previousStyle = 0;
    if (const ParagraphStyle *body = m_edition->styleForRole(ParagraphRole::Body))
        previousStyle = body->id;
    for (QTextBlock block = m_text->document()->begin(); block.isValid(); block = block.next()) {
        Paragraph paragraph;
        const QVariant style = block.blockFormat().property(kStyleProperty);
        paragraph.styleId = style.isValid() ? style.toLongLong() : previousStyle;
        previousStyle = paragraph.styleId;
        paragraph.tracking = block.blockFormat().property(kTrackingProperty).toInt();
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            if (!fragment.isValid() || fragment.text().isEmpty())
                continue;
            const ObjectId charStyle =
                fragment.charFormat().property(kCharStyleProperty).toLongLong();
            if (!paragraph.runs.isEmpty() && paragraph.runs.last().characterStyleId == charStyle)
                paragraph.runs.last().text += fragment.text();
            else
                paragraph.runs.append({fragment.text(), charStyle});
        }
        story.paragraphs.append(paragraph);
    }
    return story;
}

void StoryEditor::commit(bool typing, const QString &label)
{
    if (!m_edition || !m_edition->story(m_storyId))
        return;
    const Story after = storyFromDocument();
    if (after == *m_edition->story(m_storyId))
        return;
    m_committing = true;
    m_edition->undoStack()->push(StoryCommand::change(m_edition, after, label, typing));
    m_committing = false;
    updateCount();
}

void StoryEditor::applyParagraphStyle(ObjectId styleId)
{
    if (!m_edition || !m_edition->story(m_storyId) || !m_edition->paragraphStyle(styleId))
        return;
    QTextCursor cursor = m_text->textCursor();
    QTextBlock first = m_text->document()->findBlock(cursor.selectionStart());
    const QTextBlock last = m_text->document()->findBlock(cursor.selectionEnd());
    m_loading = true;
    for (QTextBlock b = first; b.isValid(); b = b.next()) {
        QTextCursor c(b);
        QTextBlockFormat format = b.blockFormat();
        format.setProperty(kStyleProperty, styleId);
        c.setBlockFormat(format);
        if (b == last)
            break;
    }
    m_loading = false;
    commit(false, tr("段落样式"));
    load(); // headings show bold
}

void StoryEditor::applyCharacterStyle(ObjectId styleId)
{
    if (!m_edition || !m_edition->story(m_storyId) ||
        (styleId && !m_edition->characterStyle(styleId)))
        return;
    QTextCursor cursor = m_text->textCursor();
    if (!cursor.hasSelection())
        return;
    QTextCharFormat format;
    format.setProperty(kCharStyleProperty, styleId);
    m_loading = true;
    cursor.mergeCharFormat(format);
    m_loading = false;
    commit(false, tr("字符样式"));
    load(); // styled runs show in colour
}

std::pair<int, int> StoryEditor::paragraphRange() const
{
    const QTextCursor cursor = m_text->textCursor();
    const QTextDocument *document = m_text->document();
    return {document->findBlock(cursor.selectionStart()).blockNumber(),
            document->findBlock(cursor.selectionEnd()).blockNumber()};
}

void StoryEditor::syncStyleBox()
{
    if (m_loading)
        return;
    const QVariant id = m_text->textCursor().block().blockFormat().property(kStyleProperty);
    const QSignalBlocker block(m_styles);
    m_styles->setCurrentIndex(m_styles->findData(id.toLongLong()));
}

void StoryEditor::updateCount()
{
    const Story *story = m_edition ? m_edition->story(m_storyId) : nullptr;
    m_count->setText(story ? tr("%1 字").arg(story->characterCount()) : QString());
}

} // namespace folio::app
