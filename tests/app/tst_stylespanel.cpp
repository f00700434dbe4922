#include "app/characterstyleform.h"
#include "app/editiondocument.h"
#include "app/fontstylebox.h"
#include "app/layoutcache.h"
#include "app/mainwindow.h"
#include "app/paragraphstyleform.h"
#include "app/sizefield.h"
#include "app/storyeditor.h"
#include "app/styleactions.h"
#include "app/stylespanel.h"
#include "core/units.h"
#include "model/edition.h"
#include "model/pagetemplate.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFontDatabase>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTextBlock>
#include <QUndoStack>
#include <QtTest>

using namespace folio;
using namespace folio::app;

namespace {
const ParagraphStyle *styleNamed(const Edition *e, const QString &name)
{
    for (const auto &s : e->paragraphStyles())
        if (s.name == name)
            return &s;
    return nullptr;
}

void choose(QComboBox *box, int index)
{
    box->setCurrentIndex(index);
    Q_EMIT box->activated(index);
}

void typeSize(SizeField *field, const QString &text)
{
    field->setEditText(text);
    Q_EMIT field->lineEdit()->editingFinished();
}

// The size of the first glyph run of a story on a page.
double firstRunSize(const PageLayout &layout, ObjectId storyId)
{
    for (const PageItem &item : layout.items)
        if (const auto *run = std::get_if<GlyphRun>(&item); run && run->storyId == storyId)
            return run->size;
    return 0.0;
}

enum class Field { Size, Alignment, Kinsoku, Indent };
} // namespace

class TestStylesPanel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void parentEditPropagatesToChildren_data();
    void parentEditPropagatesToChildren();
    void grandchildFollowsThroughItsParent();
    void sizeInChineseNamesOrPoints_data();
    void sizeInChineseNamesOrPoints();
    void basedOnLoopRefused();
    void removeStyleInUseRefused();
    void applyStyleToParagraphChangesLayout();
    void applyCharacterStyleToSelection();
    void cjkOptionsAreSettings();
    void fontStyleTypedInBothForms();
    void removeCharacterStyleInUseRefused();

private:
    QTemporaryDir m_dir;
    MainWindow *m_window = nullptr;
    StylesPanel *m_panel = nullptr;
    Edition *m_edition = nullptr;
    ObjectId m_storyId = 0;
    ObjectId m_pageId = 0;
};

void TestStylesPanel::initTestCase()
{
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.filePath("settings"));
    QCoreApplication::setOrganizationName("FolioTest");
    QCoreApplication::setApplicationName("tst_stylespanel");
}

void TestStylesPanel::init()
{
    auto edition = Edition::createDefault();
    Page page = PageTemplate::broadsheet8().makePage();
    page.id = edition->newId();
    edition->insertPage(0, page);
    Story story;
    story.id = edition->newId();
    story.slug = QStringLiteral("测试稿");
    const ObjectId body = edition->styleForRole(ParagraphRole::Body)->id;
    story.paragraphs.append({body, {{QStringLiteral("工会送温暖活动走进社区"), 0}}});
    story.paragraphs.append(
        {body, {{QStringLiteral("本报讯（记者 周美玉）日前，昌平区总工会开展送温暖活动。"), 0}}});
    edition->putStory(story);
    Frame frame;
    frame.id = edition->newId();
    frame.kind = FrameKind::Text;
    frame.rect =
        QRectF(page.columnLeft(0), page.typeArea().top(), 3 * page.columnWidth() + 18, 300);
    frame.columns = 1;
    frame.storyId = story.id;
    edition->putFrame(page.id, frame);
    edition->undoStack()->clear();

    m_window = new MainWindow;
    m_window->document()->reset(std::move(edition));
    m_window->resize(1400, 900);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
    m_edition = m_window->document()->edition();
    m_panel = m_window->stylesPanel();
    m_storyId = m_edition->stories().first().id;
    m_pageId = m_edition->pages().first().id;
}

void TestStylesPanel::cleanup()
{
    delete m_window;
    m_window = nullptr;
}

void TestStylesPanel::parentEditPropagatesToChildren_data()
{
    QTest::addColumn<Field>("field");
    QTest::addColumn<QStringList>("follow");
    QTest::addColumn<QStringList>("keep");
    // 署名 and 图片说明 share 正文's 9 pt; 引题 and 主题 set their own sizes.
    QTest::newRow("size") << Field::Size << QStringList{"署名", "图片说明"}
                          << QStringList{"引题", "主题", "摄影"};
    // 图片说明 is justified like 正文; 署名 is set left, 引题 centred.
    QTest::newRow("alignment") << Field::Alignment << QStringList{"图片说明"}
                               << QStringList{"署名", "引题"};
    QTest::newRow("kinsoku") << Field::Kinsoku
                             << QStringList{"引题", "主题", "署名", "图片说明", "栏目"}
                             << QStringList{};
    QTest::newRow("indent") << Field::Indent << QStringList{"图片说明"}
                            << QStringList{"署名", "主题"};
}

void TestStylesPanel::parentEditPropagatesToChildren()
{
    QFETCH(Field, field);
    QFETCH(QStringList, follow);
    QFETCH(QStringList, keep);
    const ParagraphStyle body = *styleNamed(m_edition, "正文");
    QList<ParagraphStyle> kept;
    for (const QString &name : keep)
        kept << *styleNamed(m_edition, name);
    m_panel->setCurrentParagraphStyle(body.id);
    ParagraphStyleForm *form = m_panel->paragraphForm();
    QCOMPARE(form->style().id, body.id);

    const auto value = [field](const ParagraphStyle &s) -> double {
        switch (field) {
        case Field::Size:
            return s.size;
        case Field::Alignment:
            return int(s.alignment);
        case Field::Kinsoku:
            return int(s.kinsoku);
        case Field::Indent:
            return s.firstLineIndent;
        }
        return 0;
    };
    switch (field) {
    case Field::Size:
        typeSize(form->sizeField(), QStringLiteral("五号"));
        break;
    case Field::Alignment:
        choose(form->alignmentBox(), int(Alignment::Distributed));
        break;
    case Field::Kinsoku:
        choose(form->kinsokuBox(), int(KinsokuLevel::Strict));
        break;
    case Field::Indent:
        form->indentField()->setValue(1.5);
        break;
    }
    const double now = value(*styleNamed(m_edition, "正文"));
    QVERIFY(now != value(body));
    for (const QString &name : follow)
        QVERIFY2(value(*styleNamed(m_edition, name)) == now, qPrintable(name));
    for (const ParagraphStyle &k : std::as_const(kept))
        QCOMPARE(*m_edition->paragraphStyle(k.id), k);
    // One undo step puts parent and children back.
    QCOMPARE(m_edition->undoStack()->count(), 1);
    m_edition->undoStack()->undo();
    QCOMPARE(*styleNamed(m_edition, "正文"), body);
    for (const QString &name : follow)
        QCOMPARE(value(*styleNamed(m_edition, name)), value(body));
    // The form shows the restored value.
    QCOMPARE(value(m_panel->paragraphForm()->style()), value(body));
    m_edition->undoStack()->redo();
    for (const QString &name : follow)
        QCOMPARE(value(*styleNamed(m_edition, name)), now);
}

void TestStylesPanel::grandchildFollowsThroughItsParent()
{
    m_panel->setCurrentParagraphStyle(styleNamed(m_edition, "图片说明")->id);
    const ObjectId grandchild = m_panel->newParagraphStyle();
    QCOMPARE(m_edition->paragraphStyle(grandchild)->basedOnId,
             styleNamed(m_edition, "图片说明")->id);
    QCOMPARE(m_panel->currentParagraphStyle(), grandchild);
    // The grandchild sets its own leading; body changes hanging punctuation and leading.
    ParagraphStyle own = *m_edition->paragraphStyle(grandchild);
    own.leading = 15;
    QCOMPARE(StyleActions::changeParagraphStyle(m_edition, own), QString());
    ParagraphStyle body = *styleNamed(m_edition, "正文");
    body.hangingPunctuation = true;
    body.leading = 14;
    QCOMPARE(StyleActions::changeParagraphStyle(m_edition, body), QString());
    QVERIFY(m_edition->paragraphStyle(grandchild)->hangingPunctuation);
    QVERIFY(styleNamed(m_edition, "图片说明")->hangingPunctuation);
    QCOMPARE(styleNamed(m_edition, "图片说明")->leading, 14.0);
    QCOMPARE(m_edition->paragraphStyle(grandchild)->leading, 15.0);
}

void TestStylesPanel::sizeInChineseNamesOrPoints_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<double>("pt"); // 0: refused
    QTest::newRow("小五") << "小五" << 9.0;
    QTest::newRow("五号") << "五号" << 10.5;
    QTest::newRow("初号") << "初号" << 42.0;
    QTest::newRow("12pt") << "12pt" << 12.0;
    QTest::newRow("13Q") << "13Q" << units::ptFromQ(13);
    QTest::newRow("bare number") << "11" << 11.0;
    QTest::newRow("not a size") << "大号" << 0.0;
    QTest::newRow("negative") << "-3" << 0.0;
}

void TestStylesPanel::sizeInChineseNamesOrPoints()
{
    QFETCH(QString, text);
    QFETCH(double, pt);
    const ParagraphStyle before = *styleNamed(m_edition, "副题"); // 14 pt: none of the rows
    m_panel->setCurrentParagraphStyle(before.id);
    QSignalSpy messages(m_panel, &StylesPanel::message);
    typeSize(m_panel->paragraphForm()->sizeField(), text);
    if (pt == 0.0) {
        QCOMPARE(messages.size(), 1);
        QCOMPARE(*m_edition->paragraphStyle(before.id), before);
        QCOMPARE(m_edition->undoStack()->count(), 0);
        QCOMPARE(m_panel->paragraphForm()->sizeField()->currentText(), units::formatSize(14));
        return;
    }
    QCOMPARE(messages.size(), 0);
    QCOMPARE(m_edition->paragraphStyle(before.id)->size, pt);
    // The field shows the 号 name when the size has one.
    QCOMPARE(m_panel->paragraphForm()->sizeField()->currentText(), units::formatSize(pt));
}

void TestStylesPanel::basedOnLoopRefused()
{
    ParagraphStyle body = *styleNamed(m_edition, "正文");
    body.basedOnId = styleNamed(m_edition, "主题")->id; // 主题 is based on 正文
    QVERIFY(!StyleActions::changeParagraphStyle(m_edition, body).isEmpty());
    body.basedOnId = body.id;
    QVERIFY(!StyleActions::changeParagraphStyle(m_edition, body).isEmpty());
    body.basedOnId = 0;
    body.name = QStringLiteral("  ");
    QVERIFY(!StyleActions::changeParagraphStyle(m_edition, body).isEmpty());
    QCOMPARE(m_edition->undoStack()->count(), 0);
}

void TestStylesPanel::removeStyleInUseRefused()
{
    const ObjectId body = styleNamed(m_edition, "正文")->id;
    m_panel->setCurrentParagraphStyle(body);
    QSignalSpy messages(m_panel, &StylesPanel::message);
    m_panel->removeCurrentStyle();
    QCOMPARE(messages.size(), 1);
    QVERIFY(m_edition->paragraphStyle(body));
    // An unused style with a child goes; the child is then based on its grandparent.
    m_panel->setCurrentParagraphStyle(styleNamed(m_edition, "图片说明")->id);
    const ObjectId child = m_panel->newParagraphStyle();
    const ObjectId caption = styleNamed(m_edition, "图片说明")->id;
    m_panel->setCurrentParagraphStyle(caption);
    m_panel->removeCurrentStyle();
    QVERIFY(!m_edition->paragraphStyle(caption));
    QCOMPARE(m_edition->paragraphStyle(child)->basedOnId, body);
    m_edition->undoStack()->undo();
    QVERIFY(m_edition->paragraphStyle(caption));
    QCOMPARE(m_edition->paragraphStyle(child)->basedOnId, caption);
}

void TestStylesPanel::applyStyleToParagraphChangesLayout()
{
    StoryEditor *editor = m_window->storyEditor();
    editor->setStoryId(m_storyId);
    QTextCursor cursor(editor->textEdit()->document()->firstBlock());
    editor->textEdit()->setTextCursor(cursor);
    QCOMPARE(firstRunSize(*m_window->layouts()->layout(m_pageId), m_storyId), 9.0);

    const ParagraphStyle *headline = styleNamed(m_edition, "主题");
    m_panel->setCurrentParagraphStyle(headline->id);
    m_panel->applyCurrentStyle();
    const Story *story = m_edition->story(m_storyId);
    QCOMPARE(story->paragraphs[0].styleId, headline->id);
    QCOMPARE(story->paragraphs[1].styleId, styleNamed(m_edition, "正文")->id);
    QCOMPARE(firstRunSize(*m_window->layouts()->layout(m_pageId), m_storyId), headline->size);

    // Editing the applied style relayouts the paragraph that uses it.
    typeSize(m_panel->paragraphForm()->sizeField(), QStringLiteral("小一"));
    QCOMPARE(m_edition->undoStack()->count(), 2);
    QCOMPARE(firstRunSize(*m_window->layouts()->layout(m_pageId), m_storyId), 24.0);

    m_edition->undoStack()->undo();
    m_edition->undoStack()->undo();
    QCOMPARE(m_edition->story(m_storyId)->paragraphs[0].styleId, styleNamed(m_edition, "正文")->id);
    QCOMPARE(firstRunSize(*m_window->layouts()->layout(m_pageId), m_storyId), 9.0);
}

void TestStylesPanel::applyCharacterStyleToSelection()
{
    StoryEditor *editor = m_window->storyEditor();
    editor->setStoryId(m_storyId);
    QTextCursor cursor(editor->textEdit()->document()->firstBlock().next());
    cursor.setPosition(cursor.position() + 3);
    cursor.setPosition(cursor.position() + 4, QTextCursor::KeepAnchor); // （记者
    editor->textEdit()->setTextCursor(cursor);
    const CharacterStyle runIn = m_edition->characterStyles().first();
    m_panel->setCurrentCharacterStyle(runIn.id);
    m_panel->applyCurrentStyle();
    const Paragraph &p = m_edition->story(m_storyId)->paragraphs[1];
    QCOMPARE(p.runs.size(), 3);
    QCOMPARE(p.runs[1].text, QStringLiteral("（记者 "));
    QCOMPARE(p.runs[1].characterStyleId, runIn.id);
    QCOMPARE(p.runs[0].characterStyleId, ObjectId(0));
    m_edition->undoStack()->undo();
    QCOMPARE(m_edition->story(m_storyId)->paragraphs[1].runs.size(), 1);
}

void TestStylesPanel::cjkOptionsAreSettings()
{
    const ParagraphStyle before = *styleNamed(m_edition, "正文");
    m_panel->setCurrentParagraphStyle(before.id);
    ParagraphStyleForm *form = m_panel->paragraphForm();
    choose(form->punctuationBox(), int(PunctuationStyle::Kaiming));
    form->hangingCheck()->setChecked(true);
    form->hanLatinField()->setValue(0);
    const ParagraphStyle *after = m_edition->paragraphStyle(before.id);
    QCOMPARE(after->punctuation, PunctuationStyle::Kaiming);
    QVERIFY(after->hangingPunctuation);
    QCOMPARE(after->hanLatinSpacing, 0.0);
    QCOMPARE(m_edition->undoStack()->count(), 3);
    // The character style form edits a character style the same way.
    m_panel->setCurrentCharacterStyle(m_edition->characterStyles().first().id);
    CharacterStyleForm *chars = m_panel->characterForm();
    typeSize(chars->sizeField(), QStringLiteral("小四"));
    QCOMPARE(m_edition->characterStyles().first().size, 12.0);
    // Emptying the size goes back to the paragraph's.
    typeSize(chars->sizeField(), QString());
    QCOMPARE(m_edition->characterStyles().first().size, 0.0);
}

// Both forms share FontStyleBox: it lists the family's faces and a typed name is kept trimmed.
void TestStylesPanel::fontStyleTypedInBothForms()
{
    const ParagraphStyle body = *styleNamed(m_edition, "正文");
    m_panel->setCurrentParagraphStyle(body.id);
    FontStyleBox *box = m_panel->paragraphForm()->fontStyleBox();
    QCOMPARE(box->count(), QFontDatabase::styles(body.fontFamily).size());
    QCOMPARE(box->currentText(), body.fontStyle);
    box->setEditText(QStringLiteral(" Bold "));
    Q_EMIT box->lineEdit()->editingFinished();
    QCOMPARE(m_edition->paragraphStyle(body.id)->fontStyle, QStringLiteral("Bold"));

    const ObjectId runIn = m_edition->characterStyles().first().id;
    m_panel->setCurrentCharacterStyle(runIn);
    FontStyleBox *chars = m_panel->characterForm()->fontStyleBox();
    chars->setEditText(QStringLiteral("Light"));
    Q_EMIT chars->lineEdit()->editingFinished();
    QCOMPARE(m_edition->characterStyle(runIn)->fontStyle, QStringLiteral("Light"));
    QCOMPARE(m_edition->undoStack()->count(), 2);
}

void TestStylesPanel::removeCharacterStyleInUseRefused()
{
    const CharacterStyle parent = m_edition->characterStyles().first();
    const ObjectId child = StyleActions::addCharacterStyle(m_edition, parent.id);
    QCOMPARE(m_edition->characterStyle(child)->basedOnId, parent.id);
    QCOMPARE(m_edition->characterStyle(child)->name, QStringLiteral("字符样式 1"));
    QCOMPARE(m_edition->characterStyle(child)->size, parent.size);

    // An unused parent goes; its child is then based on the parent's parent.
    QCOMPARE(StyleActions::removeCharacterStyle(m_edition, parent.id), QString());
    QVERIFY(!m_edition->characterStyle(parent.id));
    QCOMPARE(m_edition->characterStyle(child)->basedOnId, parent.basedOnId);
    m_edition->undoStack()->undo();
    QCOMPARE(m_edition->characterStyle(child)->basedOnId, parent.id);

    Story story = *m_edition->story(m_storyId);
    story.paragraphs[1].runs[0].characterStyleId = child;
    m_edition->putStory(story);
    QVERIFY(StyleActions::removeCharacterStyle(m_edition, child).contains(story.slug));
    QVERIFY(m_edition->characterStyle(child));
}

QTEST_MAIN(TestStylesPanel)
#include "tst_stylespanel.moc"
