#include "app/settingsdialog.h"

#include "app/usertemplates.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>

namespace folio::app {

namespace {
const QString kUnitsKey = QStringLiteral("units");
const QString kAutosaveKey = QStringLiteral("autosave/interval");
const QString kAutosaveEditsKey = QStringLiteral("autosave/edits");
const QString kTemplateKey = QStringLiteral("newEdition/template");
constexpr int kDefaultAutosave = 60;      // seconds
constexpr int kDefaultAutosaveEdits = 20; // undo-stack changes
const QString kUserNameKey = QStringLiteral("user/name");
const QString kWordListsKey = QStringLiteral("wordCheck/files");
} // namespace

SettingsDialog::SettingsDialog(QWidget *parent)
    : QDialog(parent), m_units(new QComboBox(this)), m_autosave(new QSpinBox(this)),
      m_autosaveEdits(new QSpinBox(this)), m_template(new QComboBox(this)),
      m_userName(new QLineEdit(this)), m_wordLists(new QListWidget(this))
{
    setWindowTitle(tr("首选项"));
    m_units->addItem(tr("毫米"), QStringLiteral("mm"));
    m_units->addItem(tr("磅"), QStringLiteral("pt"));
    m_units->setCurrentIndex(usesPoints() ? 1 : 0);
    m_autosave->setRange(0, 3600);
    m_autosave->setSingleStep(30);
    m_autosave->setSuffix(tr(" 秒"));
    m_autosave->setSpecialValueText(tr("关闭"));
    m_autosave->setValue(autosaveInterval());
    m_autosave->setToolTip(tr("自动保存把恢复副本存在用户数据文件夹，不改动版面文件"));
    m_autosaveEdits->setRange(0, 1000);
    m_autosaveEdits->setSuffix(tr(" 步"));
    m_autosaveEdits->setSpecialValueText(tr("只按时间"));
    m_autosaveEdits->setValue(autosaveEdits());
    for (const PageTemplate &t : UserTemplates::all())
        m_template->addItem(t.name, t.key);
    m_template->setCurrentIndex(qMax(0, m_template->findData(defaultTemplate())));
    m_userName->setText(userName());
    m_userName->setPlaceholderText(tr("登录名"));
    m_userName->setToolTip(tr("别人打开你正在编辑的版面时看到的名字"));

    m_wordLists->addItems(wordListFiles());
    m_wordLists->setToolTip(tr("除内置词表外再读的用字检查词表（UTF-8 文本，一行一条）"));
    auto *addList = new QPushButton(tr("添加…"), this);
    auto *removeList = new QPushButton(tr("移除"), this);
    connect(addList, &QPushButton::clicked, this, [this] {
        const QString file = QFileDialog::getOpenFileName(this, tr("用字检查词表"), QString(),
                                                          tr("文本文件 (*.txt);;所有文件 (*)"));
        if (!file.isEmpty())
            m_wordLists->addItem(file);
    });
    connect(removeList, &QPushButton::clicked, this, [this] { delete m_wordLists->currentItem(); });
    auto *listButtons = new QHBoxLayout;
    listButtons->addWidget(addList);
    listButtons->addWidget(removeList);
    listButtons->addStretch();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto *form = new QFormLayout(this);
    form->addRow(tr("度量单位"), m_units);
    form->addRow(tr("自动保存间隔"), m_autosave);
    form->addRow(tr("每隔几步编辑自动保存"), m_autosaveEdits);
    form->addRow(tr("新建版面的版式"), m_template);
    form->addRow(tr("用户名"), m_userName);
    form->addRow(tr("用字检查词表"), m_wordLists);
    form->addRow(QString(), listButtons);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        save();
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

bool SettingsDialog::usesPoints()
{
    return QSettings().value(kUnitsKey, QStringLiteral("mm")).toString() == QLatin1String("pt");
}

int SettingsDialog::autosaveInterval()
{
    return qMax(0, QSettings().value(kAutosaveKey, kDefaultAutosave).toInt());
}

int SettingsDialog::autosaveEdits()
{
    return qMax(0, QSettings().value(kAutosaveEditsKey, kDefaultAutosaveEdits).toInt());
}

QString SettingsDialog::defaultTemplate()
{
    const QString key = QSettings().value(kTemplateKey, PageTemplate::broadsheet8().key).toString();
    bool known = false;
    UserTemplates::byKey(key, &known);
    // A template that no longer exists falls back to the broadsheet.
    return known ? key : PageTemplate::broadsheet8().key;
}

QString SettingsDialog::userName()
{
    return QSettings().value(kUserNameKey).toString().trimmed();
}

QStringList SettingsDialog::wordListFiles()
{
    return QSettings().value(kWordListsKey).toStringList();
}

void SettingsDialog::setWordListFiles(const QStringList &files)
{
    QSettings().setValue(kWordListsKey, files);
}

void SettingsDialog::save() const
{
    QSettings settings;
    settings.setValue(kUnitsKey, m_units->currentData());
    settings.setValue(kAutosaveKey, m_autosave->value());
    settings.setValue(kAutosaveEditsKey, m_autosaveEdits->value());
    settings.setValue(kTemplateKey, m_template->currentData());
    settings.setValue(kUserNameKey, m_userName->text().trimmed());
    QStringList lists;
    for (int i = 0; i < m_wordLists->count(); ++i)
        lists << m_wordLists->item(i)->text();
    settings.setValue(kWordListsKey, lists);
}

} // namespace folio::app
