#include "app/editionexporter.h"
#include "app/layoutcache.h"
#include "app/mainwindow.h"
#include "app/pagelistpanel.h"
#include "app/signdialog.h"
#include "app/signoffactions.h"
#include "app/signofflevelsdialog.h"
#include "apptesthelpers.h"
#include "model/edition.h"
#include "model/framecommand.h"
#include "model/notecommand.h"
#include "model/storycommand.h"
#include "model/storytext.h"
#include "seededition.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QTemporaryDir>
#include <QUndoStack>
#include <QtTest>

using namespace folio;
using namespace folio::app;

// The app's sign-off hooks on the seed page, laid out through the window's LayoutCache: the
// 签版 dialog (open notes, reason, the change since the last signature), the 签版级别 dialog,
// the page list's status, export's refusal and sent-file record, and the 校对 menu.
class tst_SignOffUi : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void signDialogRefusesOpenNoteWithoutReason();
    void signDialogShowsTheChangeSinceSigning();
    void levelsDialogSetsLevelsAsOneUndoStep();
    void pageListShowsChangedSinceSigned();
    void exporterRefusesAndRecordsSentFile();
    void menuHasSignOffCommands();

private:
    bool signLevel(const QString &level, const QString &reason = {});
    void changeWord(const QString &word, const QString &replacement);

    QTemporaryDir m_dir;
    std::unique_ptr<Edition> m_edition;
    LayoutCache *m_layouts = nullptr;
};

void tst_SignOffUi::initTestCase()
{
    QVERIFY(m_dir.isValid());
    test::isolateSettings(m_dir.path(), QStringLiteral("tst_signoffui"));
}

void tst_SignOffUi::init()
{
    m_edition = test::createSeedEdition();
    QVERIFY(m_edition);
    m_layouts = new LayoutCache(m_edition.get());
}

void tst_SignOffUi::cleanup()
{
    delete m_layouts;
    m_layouts = nullptr;
    m_edition.reset();
}

bool tst_SignOffUi::signLevel(const QString &level, const QString &reason)
{
    Edition *edition = m_edition.get();
    LayoutCache *layouts = m_layouts;
    SignDialog dialog(
        edition, 0, [edition, layouts](int i) { return *layouts->layout(edition->pages()[i].id); },
        QStringLiteral("张三"));
    dialog.levelBox()->setCurrentText(level);
    dialog.reasonField()->setText(reason);
    dialog.accept();
    return dialog.result() == QDialog::Accepted;
}

void tst_SignOffUi::changeWord(const QString &word, const QString &replacement)
{
    Story story = m_edition->stories().first();
    const int at = int(story.plainText().indexOf(word));
    QVERIFY(at >= 0);
    QVERIFY(StoryText::replace(&story, at, int(word.size()), replacement));
    m_edition->undoStack()->push(
        StoryCommand::change(m_edition.get(), story, QStringLiteral("改字")));
}

void tst_SignOffUi::signDialogRefusesOpenNoteWithoutReason()
{
    ProofNote note;
    note.id = m_edition->newId();
    note.pageId = m_edition->pages().first().id;
    note.storyId = m_edition->stories().first().id;
    note.length = 2;
    note.markedText = m_edition->stories().first().plainText().left(2);
    note.time = QDateTime::currentDateTimeUtc();
    m_edition->undoStack()->push(NoteCommand::add(m_edition.get(), note));

    Edition *edition = m_edition.get();
    LayoutCache *layouts = m_layouts;
    SignDialog dialog(
        edition, 0, [edition, layouts](int i) { return *layouts->layout(edition->pages()[i].id); },
        QStringLiteral("张三"));
    QVERIFY(dialog.reasonField()->isEnabled());
    QCOMPARE(dialog.levelBox()->currentText(), QStringLiteral("责编"));
    dialog.accept();
    QVERIFY(dialog.result() != QDialog::Accepted);
    QVERIFY2(dialog.errorText().contains(QStringLiteral("待处理")), qPrintable(dialog.errorText()));
    QVERIFY(m_edition->signatures().isEmpty());

    QVERIFY(signLevel(QStringLiteral("责编"), QStringLiteral("作者已确认")));
    QCOMPARE(m_edition->signatures().size(), 1);
    QCOMPARE(m_edition->signatures().first().user, QStringLiteral("张三"));
    QCOMPARE(m_edition->signatures().first().overrideReason, QStringLiteral("作者已确认"));
    m_edition->undoStack()->undo();
    QVERIFY(m_edition->signatures().isEmpty());
}

void tst_SignOffUi::signDialogShowsTheChangeSinceSigning()
{
    QVERIFY(signLevel(QStringLiteral("责编")));
    changeWord(QStringLiteral("周美玉"), QStringLiteral("周美王"));
    Edition *edition = m_edition.get();
    LayoutCache *layouts = m_layouts;
    SignDialog dialog(
        edition, 0, [edition, layouts](int i) { return *layouts->layout(edition->pages()[i].id); },
        QStringLiteral("李四"));
    QCOMPARE(dialog.levelBox()->currentText(), QStringLiteral("责编")); // revoked: signs again
    QVERIFY2(dialog.changesText().contains(QStringLiteral("改：“玉” → “王”")),
             qPrintable(dialog.changesText()));
    QVERIFY(dialog.changesText().contains(QStringLiteral("1 个字符改动，共 1 处")));
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(m_edition->signatures().size(), 2);
    QCOMPARE(m_edition->signatures().last().user, QStringLiteral("李四"));
}

void tst_SignOffUi::levelsDialogSetsLevelsAsOneUndoStep()
{
    SignOffLevelsDialog dialog(m_edition.get());
    QCOMPARE(dialog.levelsField()->toPlainText(), QStringLiteral("责编\n夜班主任\n值班总编"));
    dialog.levelsField()->setPlainText(QStringLiteral("责编\n责编"));
    dialog.accept();
    QVERIFY(dialog.result() != QDialog::Accepted);
    QVERIFY(dialog.errorText().contains(QStringLiteral("不能重复")));
    dialog.levelsField()->setPlainText(QStringLiteral(" 责编 \n\n值班总编"));
    dialog.requireBox()->setChecked(true);
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(m_edition->signOffSettings().levels,
             QStringList({QStringLiteral("责编"), QStringLiteral("值班总编")}));
    QVERIFY(m_edition->signOffSettings().requireSignature);
    m_edition->undoStack()->undo();
    QCOMPARE(m_edition->signOffSettings(), SignOffSettings());
}

void tst_SignOffUi::pageListShowsChangedSinceSigned()
{
    PageListPanel panel;
    panel.setEdition(m_edition.get(), m_layouts);
    auto *list = panel.findChild<QListWidget *>();
    QVERIFY(list);
    QTRY_COMPARE(list->count(), 1);
    QVERIFY(!list->item(0)->text().contains(QStringLiteral("签"))); // not in force yet
    for (const QString &level :
         {QStringLiteral("责编"), QStringLiteral("夜班主任"), QStringLiteral("值班总编")})
        QVERIFY(signLevel(level));
    QTRY_VERIFY(list->item(0)->text().contains(QStringLiteral("已签")));
    QVERIFY(list->item(0)->toolTip().contains(QStringLiteral("值班总编 张三")));

    Frame frame = *test::frameNamed(m_edition.get(), QStringLiteral("正文 1"));
    frame.rect.translate(72.0 / 25.4, 0);
    m_edition->undoStack()->push(
        FrameCommand::change(m_edition.get(), frame, QStringLiteral("移动")));
    QTRY_VERIFY(list->item(0)->text().contains(QStringLiteral("签后改动")));
    QVERIFY(list->item(0)->toolTip().contains(QStringLiteral("已失效")));
    m_edition->undoStack()->undo();
    QTRY_VERIFY(list->item(0)->text().contains(QStringLiteral("已签")));
}

void tst_SignOffUi::exporterRefusesAndRecordsSentFile()
{
    QVERIFY(signLevel(QStringLiteral("责编")));
    const QString folder = m_dir.filePath(QStringLiteral("plant"));
    {
        EditionExporter exporter(m_edition.get(), m_layouts);
        QString error;
        QVERIFY2(exporter.prepare(m_edition->exportSettings(), {m_edition->pages().first().id},
                                  folder, &error),
                 qPrintable(error));
        const QStringList problems = exporter.signOffProblems();
        QCOMPARE(problems.size(), 1);
        QVERIFY2(problems.first().contains(QStringLiteral("还没有签：夜班主任、值班总编")),
                 qPrintable(problems.first()));
        m_edition->undoStack()->setClean();
        exporter.setSender(QStringLiteral("夜班"), QStringLiteral("印厂催版"));
        QVERIFY2(exporter.write({}, &error), qPrintable(error));
    }
    QCOMPARE(m_edition->sentFiles().size(), 1);
    const SentFile &sent = m_edition->sentFiles().first();
    QCOMPARE(sent.user, QStringLiteral("夜班"));
    QCOMPARE(sent.overrideReason, QStringLiteral("印厂催版"));
    QVERIFY(QFile::exists(sent.path));
    QVERIFY(!m_edition->undoStack()->isClean()); // 保存 must write the record
}

void tst_SignOffUi::menuHasSignOffCommands()
{
    MainWindow window;
    QStringList texts;
    int menus = 0;
    for (QAction *menu : window.menuBar()->actions())
        if (menu->menu() && menu->text().startsWith(QStringLiteral("校对"))) {
            ++menus;
            for (QAction *a : menu->menu()->actions())
                texts.append(a->text());
        }
    QCOMPARE(menus, 1); // joins the proofreading commands' menu
    QVERIFY2(texts.contains(QStringLiteral("出校样(&P)")), qPrintable(texts.join(u',')));
    QVERIFY2(texts.contains(QStringLiteral("签版(&S)…")), qPrintable(texts.join(u',')));
    QVERIFY(texts.contains(QStringLiteral("签版级别…")));
}

QTEST_MAIN(tst_SignOffUi)
#include "tst_signoffui.moc"
