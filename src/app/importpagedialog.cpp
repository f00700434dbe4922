#include "app/importpagedialog.h"

#include "model/edition.h"
#include "model/pagetemplate.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>

namespace folio::app {

ImportPageDialog::ImportPageDialog(const Edition *edition, const QString &section, QWidget *parent)
    : QDialog(parent), m_path(new QLineEdit(this)), m_template(new QComboBox(this)),
      m_section(new QLineEdit(section, this)), m_number(new QSpinBox(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("导入版面"));
    m_path->setObjectName(QStringLiteral("importPath"));
    m_path->setPlaceholderText(tr("一版稿件的纯文本文件（.txt）"));
    m_path->setMinimumWidth(360);
    auto *browse = new QPushButton(tr("浏览…"), this);
    connect(browse, &QPushButton::clicked, this, &ImportPageDialog::browse);
    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(browse);

    for (const PageTemplate &t : PageTemplate::builtIns())
        m_template->addItem(t.name, t.key);
    const QString lastTemplate =
        QSettings()
            .value(QStringLiteral("import/template"), QStringLiteral("broadsheet8"))
            .toString();
    m_template->setCurrentIndex(qMax(0, m_template->findData(lastTemplate)));

    m_number->setRange(1, 999);
    m_number->setValue(PageImport::nextPageNumber(edition));
    m_section->setPlaceholderText(tr("如：要闻"));

    auto *form = new QFormLayout;
    form->addRow(tr("稿件文件："), pathRow);
    form->addRow(tr("版式："), m_template);
    form->addRow(tr("版名："), m_section);
    form->addRow(tr("版次："), m_number);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("导入"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        QSettings().setValue(QStringLiteral("import/template"), m_template->currentData());
        QSettings().setValue(QStringLiteral("import/folder"),
                             QFileInfo(m_path->text()).absolutePath());
        accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_path, &QLineEdit::textChanged, this, &ImportPageDialog::updateButtons);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_buttons);
    updateButtons();
}

PageImport::Request ImportPageDialog::request() const
{
    PageImport::Request r;
    r.path = m_path->text().trimmed();
    r.templateKey = m_template->currentData().toString();
    r.section = m_section->text().trimmed();
    r.pageNumber = m_number->value();
    return r;
}

void ImportPageDialog::setPath(const QString &path)
{
    m_path->setText(path);
}

void ImportPageDialog::browse()
{
    const QString folder = QSettings().value(QStringLiteral("import/folder")).toString();
    const QString path = QFileDialog::getOpenFileName(this, tr("选择稿件文件"), folder,
                                                      tr("稿件文本 (*.txt *.md);;所有文件 (*)"));
    if (!path.isEmpty())
        m_path->setText(path);
}

void ImportPageDialog::updateButtons()
{
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!m_path->text().trimmed().isEmpty());
}

} // namespace folio::app
