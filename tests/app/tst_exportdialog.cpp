// 文件 → 导出 PDF/X: the dialog's options round-trip into the edition's ExportSettings as an
// undoable step, and exporting writes one valid PDF/X file per page, named by the pattern,
// after preflight (refusing over errors unless confirmed).

#include "app/editiondocument.h"
#include "app/exportdialog.h"
#include "app/mainwindow.h"
#include "app/pageview.h"
#include "core/units.h"
#include "model/edition.h"
#include "model/framecommand.h"

#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QTemporaryDir>
#include <QUndoStack>
#include <QtTest>

using namespace folio;
using namespace folio::app;

Q_DECLARE_METATYPE(folio::ExportSettings)

namespace {
QStringList pdfFiles(const QString &folder)
{
    return QDir(folder).entryList({QStringLiteral("*.pdf")}, QDir::Files, QDir::Name);
}

QByteArray head(const QString &path, int bytes)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.read(bytes) : QByteArray();
}

// The last frame of the sample's first story shrunk to two lines: the story no longer fits.
ObjectId makeOverset(Edition *e)
{
    const auto chain = e->storyChain(e->stories().first().id);
    if (chain.isEmpty())
        return 0;
    Frame small = *chain.last();
    small.rect.setHeight(24);
    e->undoStack()->push(FrameCommand::change(e, small, QStringLiteral("shrink")));
    return small.id;
}
} // namespace

class TestExportDialog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void settingsRoundTripAsUndoStep_data();
    void settingsRoundTripAsUndoStep();
    void x4WithoutProfileIsRefused();
    void exportWritesOnePdfPerPage();
    void pageRangeAndCurrentPage_data();
    void pageRangeAndCurrentPage();
    void preflightErrorsStopExportUnlessConfirmed();
    void clashingFileNamesAreRefused();

private:
    QTemporaryDir m_dir;
    MainWindow *m_window = nullptr;
    Edition *m_edition = nullptr;
    QString m_out;
};

void TestExportDialog::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.filePath("settings"));
    QCoreApplication::setOrganizationName("FolioTest");
    QCoreApplication::setApplicationName("tst_exportdialog");
}

void TestExportDialog::init()
{
    m_window = new MainWindow;
    m_window->openSample();
    m_edition = m_window->document()->edition();
    m_out = m_dir.filePath(QStringLiteral("out-%1").arg(QTest::currentTestFunction()));
    QDir(m_out).removeRecursively();
}

void TestExportDialog::cleanup()
{
    delete m_window;
    m_window = nullptr;
}

void TestExportDialog::settingsRoundTripAsUndoStep_data()
{
    QTest::addColumn<ExportSettings>("settings");
    ExportSettings s;
    QTest::newRow("defaults changed only in version") << [] {
        ExportSettings s;
        s.version = 2;
        return s;
    }();
    s = {};
    s.standard = PdfxStandard::X4;
    s.iccProfilePath = QStringLiteral("/profiles/ISOnewspaper26v4.icc");
    QTest::newRow("X-4 with a profile") << s;
    s = {};
    s.bleed = units::ptFromMm(3.0);
    s.cropMarks = true;
    s.slugLine = true;
    QTest::newRow("bleed, crop marks, slug") << s;
    s = {};
    s.outputConditionIdentifier = QStringLiteral("FOGRA39");
    s.outputCondition = QStringLiteral("Coated FOGRA39");
    s.fileNamePattern = QStringLiteral("{paper}-{yyyy-mm-dd}-{page}.pdf");
    s.version = 7;
    QTest::newRow("condition and pattern") << s;
}

void TestExportDialog::settingsRoundTripAsUndoStep()
{
    QFETCH(ExportSettings, settings);
    const ExportSettings before = m_edition->exportSettings();
    ExportDialog dialog(m_edition, m_window->layouts(), m_window->pageView()->pageId());
    QCOMPARE(dialog.settings(), before);
    dialog.setSettings(settings);
    QCOMPARE(dialog.settings(), settings);
    QVERIFY(dialog.storeSettings());
    QCOMPARE(m_edition->exportSettings(), settings);
    QCOMPARE(m_edition->undoStack()->count(), 1);
    QVERIFY(!dialog.storeSettings()); // unchanged: no second step
    m_edition->undoStack()->undo();
    QCOMPARE(m_edition->exportSettings(), before);
    m_edition->undoStack()->redo();
    QCOMPARE(m_edition->exportSettings(), settings);

    // A new dialog starts from what the edition stores.
    ExportDialog again(m_edition, m_window->layouts(), m_window->pageView()->pageId());
    QCOMPARE(again.settings(), settings);
}

void TestExportDialog::x4WithoutProfileIsRefused()
{
    ExportDialog dialog(m_edition, m_window->layouts(), m_window->pageView()->pageId());
    dialog.setFolder(m_out);
    auto *standard = dialog.findChild<QComboBox *>(QStringLiteral("standard"));
    QVERIFY(standard);
    standard->setCurrentIndex(standard->findData(int(PdfxStandard::X4)));
    QCOMPARE(dialog.settings().standard, PdfxStandard::X4);
    QPushButton *exportButton = nullptr;
    for (auto *b : dialog.findChildren<QPushButton *>())
        if (b->text() == QStringLiteral("导出"))
            exportButton = b;
    QVERIFY(exportButton);
    QVERIFY(!exportButton->isEnabled());
    bool saysProfile = false;
    for (auto *label : dialog.findChildren<QLabel *>())
        saysProfile |= label->text().contains(QStringLiteral("ICC"));
    QVERIFY(saysProfile);
    // Forced past the button, the export still refuses and writes nothing.
    QVERIFY(!dialog.exportPages());
    QVERIFY(!dialog.message().isEmpty());
    QVERIFY(pdfFiles(m_out).isEmpty());
    QCOMPARE(m_edition->undoStack()->count(), 0);
}

void TestExportDialog::exportWritesOnePdfPerPage()
{
    m_window->addPage(); // 第 2 版, empty
    QCOMPARE(m_edition->pages().size(), 2);
    ExportDialog dialog(m_edition, m_window->layouts(), m_window->pageView()->pageId());
    dialog.setFolder(m_out);
    dialog.setPages(ExportDialog::Pages::All);
    int asked = 0;
    dialog.setErrorConfirmation([&asked](const Diagnostics &) {
        ++asked;
        return false;
    });
    QVERIFY2(dialog.exportPages(), qPrintable(dialog.message()));
    QCOMPARE(asked, 0); // the sample page has no preflight errors
    const QStringList files = pdfFiles(m_out);
    QCOMPARE(files.size(), m_edition->pages().size());
    QCOMPARE(files, (QStringList{QStringLiteral("晨光日报_20250120_要闻01_1.pdf"),
                                 QStringLiteral("晨光日报_20250120_要闻02_1.pdf")}));
    QCOMPARE(dialog.writtenFiles().size(), 2);
    for (const QString &name : files) {
        const QString path = QDir(m_out).filePath(name);
        QCOMPARE(head(path, 8), QByteArray("%PDF-1.3"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray pdf = f.readAll();
        QVERIFY(pdf.trimmed().endsWith("%%EOF"));
        QVERIFY(pdf.contains("/GTS_PDFX"));
        QVERIFY(pdf.contains("/TrimBox"));
    }
    // The first page carries text: its fonts are embedded.
    QFile first(QDir(m_out).filePath(files.first()));
    QVERIFY(first.open(QIODevice::ReadOnly));
    QVERIFY(first.readAll().contains("/FontFile"));
}

void TestExportDialog::pageRangeAndCurrentPage_data()
{
    QTest::addColumn<int>("choice");
    QTest::addColumn<QString>("range");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("current") << int(ExportDialog::Pages::Current) << QString()
                             << QStringList{QStringLiteral("晨光日报_20250120_要闻02_1.pdf")};
    QTest::newRow("range 1") << int(ExportDialog::Pages::Range) << QStringLiteral("1")
                             << QStringList{QStringLiteral("晨光日报_20250120_要闻01_1.pdf")};
    QTest::newRow("range 1-2") << int(ExportDialog::Pages::Range) << QStringLiteral("1-2")
                               << QStringList{QStringLiteral("晨光日报_20250120_要闻01_1.pdf"),
                                              QStringLiteral("晨光日报_20250120_要闻02_1.pdf")};
    QTest::newRow("range past the end")
        << int(ExportDialog::Pages::Range) << QStringLiteral("3") << QStringList{};
}

void TestExportDialog::pageRangeAndCurrentPage()
{
    QFETCH(int, choice);
    QFETCH(QString, range);
    QFETCH(QStringList, expected);
    m_window->addPage(); // shown: 第 2 版
    ExportDialog dialog(m_edition, m_window->layouts(), m_window->pageView()->pageId());
    dialog.setFolder(m_out);
    dialog.setPages(ExportDialog::Pages(choice), range);
    QCOMPARE(dialog.exportPages(), !expected.isEmpty());
    QCOMPARE(pdfFiles(m_out), expected);
    if (expected.isEmpty())
        QVERIFY(dialog.message().contains(QStringLiteral("页码")));
}

void TestExportDialog::preflightErrorsStopExportUnlessConfirmed()
{
    const ObjectId frameId = makeOverset(m_edition);
    QVERIFY(frameId);
    ExportDialog dialog(m_edition, m_window->layouts(), m_window->pageView()->pageId());
    dialog.setFolder(m_out);
    Diagnostics shown;
    dialog.setErrorConfirmation([&shown](const Diagnostics &findings) {
        shown = findings;
        return false;
    });
    QVERIFY(!dialog.exportPages());
    QVERIFY(pdfFiles(m_out).isEmpty());
    QVERIFY(dialog.message().contains(QStringLiteral("错误")));
    const auto overset = std::find_if(shown.begin(), shown.end(), [frameId](const Diagnostic &d) {
        return d.code == QLatin1String("overset") && d.frameId == frameId;
    });
    QVERIFY(overset != shown.end());

    dialog.setErrorConfirmation([](const Diagnostics &) { return true; });
    QVERIFY2(dialog.exportPages(), qPrintable(dialog.message()));
    QCOMPARE(pdfFiles(m_out).size(), 1);
}

void TestExportDialog::clashingFileNamesAreRefused()
{
    m_window->addPage();
    ExportDialog dialog(m_edition, m_window->layouts(), m_window->pageView()->pageId());
    dialog.setFolder(m_out);
    auto *pattern = dialog.findChild<QLineEdit *>(QStringLiteral("fileNamePattern"));
    QVERIFY(pattern);
    pattern->setText(QStringLiteral("{paper}_{yyyymmdd}.pdf"));
    QVERIFY(!dialog.exportPages());
    QVERIFY(dialog.message().contains(QStringLiteral("晨光日报_20250120.pdf")));
    QVERIFY(pdfFiles(m_out).isEmpty());
}

QTEST_MAIN(TestExportDialog)
#include "tst_exportdialog.moc"
