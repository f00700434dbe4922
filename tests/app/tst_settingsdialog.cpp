#include "app/editiondocument.h"
#include "app/mainwindow.h"
#include "app/propertiespanel.h"
#include "app/settingsdialog.h"
#include "app/textchecks.h"
#include "app/wordcheckpanel.h"
#include "model/edition.h"
#include "model/pagetemplate.h"
#include "store/autosaver.h"
#include "store/editionlock.h"

#include <QAction>
#include <QComboBox>
#include <QFile>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QtTest>

using namespace folio;
using namespace folio::app;

class TestSettingsDialog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void defaults();
    void savedSettingsReachTheWindow_data();
    void savedSettingsReachTheWindow();
    void unknownTemplateFallsBack();
    void wordListsReachTheWordCheck();

private:
    QTemporaryDir m_dir;
};

void TestSettingsDialog::initTestCase()
{
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.filePath("settings"));
    QCoreApplication::setOrganizationName("FolioTest");
    QCoreApplication::setApplicationName("tst_settingsdialog");
}

void TestSettingsDialog::init()
{
    QSettings().clear();
}

void TestSettingsDialog::defaults()
{
    SettingsDialog dialog;
    QCOMPARE(dialog.unitsBox()->currentData().toString(), QStringLiteral("mm"));
    QCOMPARE(dialog.autosaveField()->value(), 60);
    QCOMPARE(dialog.autosaveEditsField()->value(), 20);
    QCOMPARE(dialog.templateBox()->currentData().toString(), QStringLiteral("broadsheet8"));
    QVERIFY(!SettingsDialog::usesPoints());
}

void TestSettingsDialog::savedSettingsReachTheWindow_data()
{
    QTest::addColumn<QString>("units");
    QTest::addColumn<int>("autosave");
    QTest::addColumn<int>("edits");
    QTest::addColumn<QString>("templateKey");
    QTest::newRow("pt, 2 min, 5 edits, tabloid") << "pt" << 120 << 5 << "tabloid6";
    QTest::newRow("mm, off, only the timer, broadsheet") << "mm" << 0 << 0 << "broadsheet8";
}

void TestSettingsDialog::savedSettingsReachTheWindow()
{
    QFETCH(QString, units);
    QFETCH(int, autosave);
    QFETCH(int, edits);
    QFETCH(QString, templateKey);
    MainWindow window;
    {
        SettingsDialog dialog(&window);
        dialog.unitsBox()->setCurrentIndex(dialog.unitsBox()->findData(units));
        dialog.autosaveField()->setValue(autosave);
        dialog.autosaveEditsField()->setValue(edits);
        dialog.templateBox()->setCurrentIndex(dialog.templateBox()->findData(templateKey));
        dialog.userNameField()->setText(QStringLiteral(" 张三 "));
        dialog.save();
    }
    const QSettings settings;
    QCOMPARE(settings.value("units").toString(), units);
    QCOMPARE(settings.value("autosave/interval").toInt(), autosave);
    QCOMPARE(settings.value("autosave/edits").toInt(), edits);
    QCOMPARE(settings.value("newEdition/template").toString(), templateKey);

    window.applySettings();
    QCOMPARE(window.properties()->unit(),
             units == "pt" ? PropertiesPanel::Unit::Point : PropertiesPanel::Unit::Millimetre);
    QCOMPARE(window.document()->autosaveInterval(), autosave);
    QCOMPARE(window.document()->autosaveEdits(), edits);
    QCOMPARE(window.document()->autosaver()->editThreshold(), edits);
    QCOMPARE(window.document()->autosaver()->isActive(), autosave > 0);
    // The name others see in the lock of an edition this user edits.
    QCOMPARE(settings.value("user/name").toString(), QStringLiteral("张三"));
    QCOMPARE(store::EditionLock::userName(), QStringLiteral("张三"));
    // 文件 → 新建 starts from the chosen template.
    QAction *newAction = nullptr;
    for (QAction *a : window.findChildren<QAction *>())
        if (a->shortcut() == QKeySequence(QKeySequence::New))
            newAction = a;
    QVERIFY(newAction);
    newAction->trigger();
    const Page &page = window.document()->edition()->pages().first();
    QCOMPARE(page.templateName, templateKey);
    QCOMPARE(page.size, PageTemplate::byKey(templateKey).size);
    // A dialog opened again shows what was stored.
    SettingsDialog again;
    QCOMPARE(again.autosaveField()->value(), autosave);
    QCOMPARE(again.autosaveEditsField()->value(), edits);
    QCOMPARE(again.templateBox()->currentData().toString(), templateKey);
}

void TestSettingsDialog::unknownTemplateFallsBack()
{
    QSettings().setValue("newEdition/template", "gone");
    QCOMPARE(SettingsDialog::defaultTemplate(), QStringLiteral("broadsheet8"));
    QSettings().setValue("autosave/interval", -5);
    QCOMPARE(SettingsDialog::autosaveInterval(), 0);
    QSettings().setValue("autosave/edits", -3);
    QCOMPARE(SettingsDialog::autosaveEdits(), 0);
}

// 首选项 → 用字检查词表: the listed files are read besides the default list once applied.
void TestSettingsDialog::wordListsReachTheWordCheck()
{
    const QString path = m_dir.filePath(QStringLiteral("本报词表.txt"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("# 本报\n晨光早报 -> 晨光日报\n");
    file.close();
    MainWindow window;
    const auto hasEntry = [&window] {
        for (const WordEntry &e : window.textChecks()->wordCheckPanel()->words().entries())
            if (e.word == QStringLiteral("晨光早报") && e.suggestion == QStringLiteral("晨光日报"))
                return true;
        return false;
    };
    QVERIFY(!hasEntry());
    {
        SettingsDialog dialog(&window);
        QCOMPARE(dialog.wordListsField()->count(), 0);
        dialog.wordListsField()->addItem(path);
        dialog.save();
    }
    QCOMPARE(SettingsDialog::wordListFiles(), QStringList{path});
    window.applySettings();
    QVERIFY(hasEntry());
    QVERIFY(window.textChecks()->wordCheckPanel()->listErrors().isEmpty());

    // Removed again in the dialog: only the default list is left.
    SettingsDialog again(&window);
    QCOMPARE(again.wordListsField()->count(), 1);
    again.wordListsField()->setCurrentRow(0);
    QPushButton *remove = nullptr;
    for (QPushButton *b : again.findChildren<QPushButton *>())
        if (b->text() == QStringLiteral("移除"))
            remove = b;
    QVERIFY(remove);
    QTest::mouseClick(remove, Qt::LeftButton);
    QCOMPARE(again.wordListsField()->count(), 0);
    again.save();
    window.applySettings();
    QVERIFY(!hasEntry());
    QVERIFY(!window.textChecks()->wordCheckPanel()->words().isEmpty());
}

QTEST_MAIN(TestSettingsDialog)
#include "tst_settingsdialog.moc"
