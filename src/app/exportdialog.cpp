#include "app/exportdialog.h"

#include "app/editionexporter.h"
#include "app/signoffactions.h"
#include "core/units.h"
#include "model/edition.h"
#include "model/resourcecommand.h"
#include "pdf/filenamepattern.h"
#include "preflight/preflight.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QUndoStack>
#include <QVBoxLayout>

namespace folio::app {

namespace {
bool interactive()
{
    // Tests and scripts run offscreen, where a modal question would wait forever.
    return QGuiApplication::platformName() != QLatin1String("offscreen");
}

QString defaultFolder()
{
    const QString saved = QSettings().value(QStringLiteral("export/folder")).toString();
    if (!saved.isEmpty())
        return saved;
    return QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
        .filePath(QStringLiteral("Folio"));
}
} // namespace

ExportDialog::ExportDialog(Edition *edition, LayoutCache *layouts, ObjectId currentPageId,
                           QWidget *parent)
    : QDialog(parent), m_edition(edition), m_layouts(layouts), m_currentPageId(currentPageId),
      m_base(edition->exportSettings()), m_message(new QLabel(this))
{
    setObjectName(QStringLiteral("exportDialog"));
    setWindowTitle(tr("导出 PDF/X"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(createStandardGroup());
    layout->addWidget(createMarksGroup());
    layout->addWidget(createFilesGroup());
    layout->addWidget(createPagesGroup());
    m_message->setWordWrap(true);
    m_message->setObjectName(QStringLiteral("exportMessage"));
    layout->addWidget(m_message);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_exportButton = buttons->addButton(tr("导出"), QDialogButtonBox::AcceptRole);
    m_exportButton->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &ExportDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    setSettings(m_base);
    setFolder(defaultFolder());
    setPages(Pages::All);
    // A top-level dialog does not grow for wrapped labels: wide enough that the hint and the
    // default pattern show whole.
    setMinimumWidth(640);
}

QWidget *ExportDialog::createStandardGroup()
{
    auto *group = new QGroupBox(tr("标准与输出条件"), this);
    m_standard = new QComboBox(group);
    m_standard->setObjectName(QStringLiteral("standard"));
    m_standard->addItem(tr("PDF/X-1a:2001（PDF 1.3，印厂通用）"), int(PdfxStandard::X1a2001));
    m_standard->addItem(tr("PDF/X-4（PDF 1.6，需要 ICC 特性文件）"), int(PdfxStandard::X4));
    m_registered = new QRadioButton(tr("注册的输出条件"), group);
    m_profile = new QRadioButton(tr("ICC 特性文件"), group);
    m_conditionId = new QLineEdit(group);
    m_conditionId->setObjectName(QStringLiteral("conditionIdentifier"));
    m_conditionId->setPlaceholderText(QStringLiteral("IFRA26"));
    m_condition = new QLineEdit(group);
    m_condition->setObjectName(QStringLiteral("condition"));
    m_profilePath = new QLineEdit(group);
    m_profilePath->setObjectName(QStringLiteral("profilePath"));
    m_profilePath->setPlaceholderText(tr("印厂提供的 CMYK 特性文件（.icc）"));
    m_profileBrowse = new QPushButton(tr("浏览…"), group);
    connect(m_profileBrowse, &QPushButton::clicked, this, &ExportDialog::browseProfile);
    m_standardHint = new QLabel(group);
    m_standardHint->setWordWrap(true);
    m_standardHint->setMinimumHeight(2 * m_standardHint->fontMetrics().lineSpacing() + 4);

    auto *grid = new QGridLayout(group);
    grid->addWidget(new QLabel(tr("标准："), group), 0, 0);
    grid->addWidget(m_standard, 0, 1, 1, 2);
    grid->addWidget(m_registered, 1, 0);
    grid->addWidget(m_conditionId, 1, 1, 1, 2);
    grid->addWidget(new QLabel(tr("说明："), group), 2, 0, Qt::AlignRight);
    grid->addWidget(m_condition, 2, 1, 1, 2);
    grid->addWidget(m_profile, 3, 0);
    grid->addWidget(m_profilePath, 3, 1);
    grid->addWidget(m_profileBrowse, 3, 2);
    grid->addWidget(m_standardHint, 4, 0, 1, 3);
    grid->setColumnStretch(1, 1);

    connect(m_standard, &QComboBox::currentIndexChanged, this, &ExportDialog::updateState);
    connect(m_registered, &QRadioButton::toggled, this, &ExportDialog::updateState);
    connect(m_profilePath, &QLineEdit::textChanged, this, &ExportDialog::updateState);
    return group;
}

QWidget *ExportDialog::createMarksGroup()
{
    auto *group = new QGroupBox(tr("版面标记"), this);
    m_bleed = new QDoubleSpinBox(group);
    m_bleed->setObjectName(QStringLiteral("bleed"));
    m_bleed->setRange(0, 20);
    m_bleed->setDecimals(1);
    m_bleed->setSingleStep(0.5);
    m_bleed->setSuffix(tr(" 毫米"));
    m_cropMarks = new QCheckBox(tr("裁切标记"), group);
    m_cropMarks->setObjectName(QStringLiteral("cropMarks"));
    m_slugLine = new QCheckBox(tr("版面信息行（报名、日期、版次、导出时间）"), group);
    m_slugLine->setObjectName(QStringLiteral("slugLine"));
    auto *note = new QLabel(tr("报纸印厂通常不要出血和裁切标记。"), group);
    note->setEnabled(false);
    auto *form = new QFormLayout(group);
    form->addRow(tr("出血："), m_bleed);
    form->addRow(QString(), m_cropMarks);
    form->addRow(QString(), m_slugLine);
    form->addRow(QString(), note);
    return group;
}

QWidget *ExportDialog::createFilesGroup()
{
    auto *group = new QGroupBox(tr("文件"), this);
    m_pattern = new QLineEdit(group);
    m_pattern->setObjectName(QStringLiteral("fileNamePattern"));
    m_pattern->setToolTip(tr("可用：{paper} 报名，{yyyymmdd} 或 {yyyy-mm-dd} 日期，{section} 版名，"
                             "{page} 或 {page:02} 版次，{version} 版本"));
    m_version = new QSpinBox(group);
    m_version->setObjectName(QStringLiteral("version"));
    m_version->setRange(1, 99);
    m_preview = new QLabel(group);
    m_preview->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_folder = new QLineEdit(group);
    m_folder->setObjectName(QStringLiteral("folder"));
    auto *browse = new QPushButton(tr("浏览…"), group);
    connect(browse, &QPushButton::clicked, this, &ExportDialog::browseFolder);
    auto *folderRow = new QHBoxLayout;
    folderRow->addWidget(m_folder, 1);
    folderRow->addWidget(browse);
    auto *form = new QFormLayout(group);
    form->addRow(tr("文件名："), m_pattern);
    form->addRow(tr("版本："), m_version);
    form->addRow(tr("示例："), m_preview);
    form->addRow(tr("导出到："), folderRow);
    connect(m_pattern, &QLineEdit::textChanged, this, &ExportDialog::updateState);
    connect(m_version, &QSpinBox::valueChanged, this, &ExportDialog::updateState);
    connect(m_folder, &QLineEdit::textChanged, this, &ExportDialog::updateState);
    return group;
}

QWidget *ExportDialog::createPagesGroup()
{
    auto *group = new QGroupBox(tr("版面"), this);
    m_pageGroup = new QButtonGroup(this);
    auto *all = new QRadioButton(tr("全部 %n 版", nullptr, int(m_edition->pages().size())), group);
    auto *current = new QRadioButton(tr("当前版"), group);
    auto *range = new QRadioButton(tr("页码："), group);
    current->setEnabled(m_edition->page(m_currentPageId) != nullptr);
    m_pageGroup->addButton(all, int(Pages::All));
    m_pageGroup->addButton(current, int(Pages::Current));
    m_pageGroup->addButton(range, int(Pages::Range));
    m_range = new QLineEdit(group);
    m_range->setObjectName(QStringLiteral("pageRange"));
    m_range->setPlaceholderText(tr("如 1,3-5（按顺序数）"));
    auto *row = new QHBoxLayout(group);
    row->addWidget(all);
    row->addWidget(current);
    row->addWidget(range);
    row->addWidget(m_range, 1);
    connect(m_pageGroup, &QButtonGroup::idToggled, this, &ExportDialog::updateState);
    connect(m_range, &QLineEdit::textEdited, this, [range] { range->setChecked(true); });
    connect(m_range, &QLineEdit::textChanged, this, &ExportDialog::updateState);
    return group;
}

ExportSettings ExportDialog::settings() const
{
    ExportSettings s = m_base;
    s.standard = PdfxStandard(m_standard->currentData().toInt());
    s.outputConditionIdentifier = m_conditionId->text().trimmed();
    s.outputCondition = m_condition->text().trimmed();
    s.iccProfilePath = m_profile->isChecked() ? m_profilePath->text().trimmed() : QString();
    s.bleed = units::ptFromMm(m_bleed->value());
    s.cropMarks = m_cropMarks->isChecked();
    s.slugLine = m_slugLine->isChecked();
    s.fileNamePattern = m_pattern->text().trimmed();
    s.version = m_version->value();
    return s;
}

void ExportDialog::setSettings(const ExportSettings &s)
{
    m_base = s;
    m_standard->setCurrentIndex(qMax(0, m_standard->findData(int(s.standard))));
    m_conditionId->setText(s.outputConditionIdentifier);
    m_condition->setText(s.outputCondition);
    m_profilePath->setText(s.iccProfilePath);
    (s.iccProfilePath.isEmpty() ? m_registered : m_profile)->setChecked(true);
    m_bleed->setValue(units::mmFromPt(s.bleed));
    m_cropMarks->setChecked(s.cropMarks);
    m_slugLine->setChecked(s.slugLine);
    m_pattern->setText(s.fileNamePattern);
    m_pattern->setCursorPosition(0);
    m_version->setValue(s.version);
    updateState();
}

ExportDialog::Pages ExportDialog::pages() const
{
    return Pages(m_pageGroup->checkedId());
}

void ExportDialog::setPages(Pages pages, const QString &range)
{
    m_pageGroup->button(int(pages))->setChecked(true);
    if (!range.isEmpty())
        m_range->setText(range);
    updateState();
}

QString ExportDialog::folder() const
{
    return m_folder->text().trimmed();
}

void ExportDialog::setFolder(const QString &folder)
{
    m_folder->setText(QDir::toNativeSeparators(folder));
}

QString ExportDialog::message() const
{
    return m_message->text();
}

QList<ObjectId> ExportDialog::chosenPages(QString *error) const
{
    switch (pages()) {
    case Pages::Current:
        return {m_currentPageId};
    case Pages::Range:
        return EditionExporter::parsePageRange(m_edition, m_range->text(), error);
    case Pages::All:
        break;
    }
    QList<ObjectId> ids;
    for (const auto &p : m_edition->pages())
        ids << p.id;
    return ids;
}

void ExportDialog::updateState()
{
    const ExportSettings s = settings();
    const bool x4 = s.standard == PdfxStandard::X4;
    m_conditionId->setEnabled(m_registered->isChecked());
    m_condition->setEnabled(m_registered->isChecked());
    m_profilePath->setEnabled(m_profile->isChecked());
    m_profileBrowse->setEnabled(m_profile->isChecked());
    const bool missingProfile = x4 && s.iccProfilePath.isEmpty();
    m_standardHint->setText(
        missingProfile ? tr("PDF/X-4 必须嵌入输出特性文件：请选择印厂的 CMYK ICC 文件（如 "
                            "ISOnewspaper26v4）。")
        : x4 ? tr("PDF/X-4 保留透明，嵌入所选特性文件。")
             : tr("PDF/X-1a 只用 CMYK 和专色、没有透明；注册名称 IFRA26 即可，不必嵌入特性文件。"));
    m_standardHint->setStyleSheet(missingProfile ? QStringLiteral("color: #b00000;") : QString());

    const Page *first = m_edition->page(m_currentPageId);
    if (!first && !m_edition->pages().isEmpty())
        first = &m_edition->pages().first();
    QString error;
    const pdf::FileNamePattern::Values values{
        m_edition->info().paperName.isEmpty() ? m_edition->info().name
                                              : m_edition->info().paperName,
        m_edition->info().date, first ? first->section : QString(), first ? first->number : 1,
        s.version};
    const QString example = pdf::FileNamePattern::expand(s.fileNamePattern, values, &error);
    m_preview->setText(example.isEmpty() ? error : example);
    m_preview->setStyleSheet(example.isEmpty() ? QStringLiteral("color: #b00000;") : QString());
    m_exportButton->setEnabled(!missingProfile && !example.isEmpty() && !folder().isEmpty());
}

void ExportDialog::setMessage(const QString &text, bool error)
{
    m_message->setText(text);
    m_message->setStyleSheet(error ? QStringLiteral("color: #b00000;") : QString());
}

void ExportDialog::browseProfile()
{
    const QString path =
        QFileDialog::getOpenFileName(this, tr("选择输出特性文件"), m_profilePath->text(),
                                     tr("ICC 特性文件 (*.icc *.icm);;所有文件 (*)"));
    if (!path.isEmpty())
        m_profilePath->setText(path);
}

void ExportDialog::browseFolder()
{
    const QString path = QFileDialog::getExistingDirectory(this, tr("导出到文件夹"), folder());
    if (!path.isEmpty())
        setFolder(path);
}

bool ExportDialog::storeSettings()
{
    const ExportSettings s = settings();
    if (s == m_edition->exportSettings())
        return false;
    m_edition->undoStack()->push(ResourceCommand::put(m_edition, s, tr("导出设置")));
    m_base = s;
    return true;
}

bool ExportDialog::askToOverwrite(const QStringList &existing)
{
    if (existing.isEmpty() || !interactive())
        return true;
    return QMessageBox::question(this, tr("覆盖文件"),
                                 tr("导出文件夹里已有 %n 个同名文件（如 %1），覆盖吗？", nullptr,
                                    int(existing.size()))
                                     .arg(QFileInfo(existing.first()).fileName())) ==
           QMessageBox::Yes;
}

bool ExportDialog::askAboutErrors(const Diagnostics &findings)
{
    if (m_confirmErrors)
        return m_confirmErrors(findings);
    if (!interactive())
        return false;
    QStringList lines;
    for (const Diagnostic &d : findings)
        if (d.isError() && lines.size() < 8)
            lines << preflight::Preflight::format(d);
    int errors = 0;
    for (const Diagnostic &d : findings)
        errors += d.isError();
    QMessageBox box(QMessageBox::Warning, tr("印前检查有错误"),
                    tr("印前检查发现 %n 个错误，印出来会有问题。仍然导出吗？", nullptr, errors),
                    QMessageBox::NoButton, this);
    box.setInformativeText(lines.join(u'\n'));
    QPushButton *anyway = box.addButton(tr("仍然导出"), QMessageBox::DestructiveRole);
    box.addButton(tr("不导出"), QMessageBox::RejectRole);
    box.exec();
    return box.clickedButton() == anyway;
}

bool ExportDialog::askAboutSignOff(const QStringList &problems, QString *reason)
{
    if (problems.isEmpty())
        return true;
    bool ok = false;
    const QString text = QInputDialog::getText(
        this, tr("版面不能发厂"),
        tr("%1\n\n签版后再导出；或写明理由强行导出（理由、导出人和时间记入这期）：")
            .arg(problems.join(u'\n')),
        QLineEdit::Normal, QString(), &ok);
    *reason = text.trimmed();
    return ok && !reason->isEmpty();
}

bool ExportDialog::exportPages()
{
    m_written.clear();
    QString error;
    const QList<ObjectId> ids = chosenPages(&error);
    if (ids.isEmpty()) {
        setMessage(error.isEmpty() ? tr("没有选择要导出的版面。") : error, true);
        return false;
    }
    EditionExporter exporter(m_edition, m_layouts);
    if (!exporter.prepare(settings(), ids, folder(), &error)) {
        setMessage(error, true);
        return false;
    }
    storeSettings();
    QSettings().setValue(QStringLiteral("export/folder"), folder());
    if (!askToOverwrite(exporter.existingFiles())) {
        setMessage(tr("没有导出：保留了已有的文件。"), false);
        return false;
    }

    const Diagnostics findings = exporter.preflight();
    int errors = 0;
    for (const Diagnostic &d : findings)
        errors += d.isError();
    if (errors > 0 && !askAboutErrors(findings)) {
        setMessage(tr("印前检查发现 %n 个错误，没有导出。请在“印前检查”面板里查看并改正。", nullptr,
                      errors),
                   true);
        return false;
    }

    QString overrideReason;
    if (!askAboutSignOff(exporter.signOffProblems(), &overrideReason)) {
        setMessage(tr("没有导出：有版面未签版或签版后有改动。"), true);
        return false;
    }
    exporter.setSender(SignOffActions::userName(), overrideReason);

    QProgressDialog progress(tr("正在导出 PDF/X…"), tr("取消"), 0, int(ids.size()), this);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(300);
    const bool ok = exporter.write(
        [&progress](int done, int total, const QString &path) {
            progress.setMaximum(total);
            progress.setValue(done);
            if (!path.isEmpty())
                progress.setLabelText(tr("正在导出 %1（%2/%3）…")
                                          .arg(QFileInfo(path).fileName())
                                          .arg(done + 1)
                                          .arg(total));
            return !progress.wasCanceled();
        },
        &error);
    m_written = exporter.written();
    if (!ok) {
        setMessage(error, true);
        return false;
    }
    QString text = tr("已导出 %n 个文件到 %1。", nullptr, int(m_written.size()))
                       .arg(QDir::toNativeSeparators(folder()));
    if (errors > 0)
        text += tr("（印前检查有 %n 个错误，按确认仍然导出。）", nullptr, errors);
    setMessage(text, false);
    return true;
}

void ExportDialog::accept()
{
    if (exportPages())
        QDialog::accept();
}

} // namespace folio::app
