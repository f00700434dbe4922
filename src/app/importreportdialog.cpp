#include "app/importreportdialog.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace folio::app {

namespace {
enum Column { Number, Banner, Headline, Columns, Characters, Fit, ColumnCount };
}

ImportReportDialog::ImportReportDialog(const ingest::IngestReport &report, const QString &pageLabel,
                                       QWidget *parent)
    : QDialog(parent), m_stories(new QTreeWidget(this))
{
    setObjectName(QStringLiteral("importReportDialog"));
    setWindowTitle(tr("导入报告"));
    int overset = 0;
    for (const auto &s : report.stories)
        overset += s.placed && s.copyfit < 0;
    QString summary = tr("%1：%n 篇稿件", nullptr, int(report.stories.size())).arg(pageLabel);
    summary +=
        overset ? tr("，%n 篇超出版面，请删改或调整框。", nullptr, overset) : tr("，全部排入。");
    auto *label = new QLabel(summary, this);
    label->setWordWrap(true);

    m_stories->setColumnCount(ColumnCount);
    m_stories->setHeaderLabels(
        {tr("序号"), tr("栏目"), tr("主题"), tr("栏数"), tr("字数"), tr("适配")});
    m_stories->setRootIsDecorated(false);
    m_stories->setAlternatingRowColors(true);
    for (int i = 0; i < report.stories.size(); ++i) {
        const ingest::StoryReport &s = report.stories[i];
        auto *item = new QTreeWidgetItem(m_stories);
        item->setText(Number, QString::number(i + 1));
        item->setText(Banner, s.banner);
        QString headline = s.headline.isEmpty() ? s.caption.left(20) : s.headline;
        item->setText(Headline, headline.replace(u'\n', u' '));
        item->setToolTip(Headline, headline);
        item->setText(Columns, s.placed ? QString::number(s.columns) : tr("未排入"));
        item->setText(Characters, QString::number(s.characters));
        item->setText(Fit, s.placed ? ingest::IngestReport::copyfitText(s.copyfit) : QString());
        if (s.placed && s.copyfit < 0)
            item->setForeground(Fit, QColor(0xc0, 0x10, 0x10));
        for (int c : {Number, Columns, Characters})
            item->setTextAlignment(c, Qt::AlignRight | Qt::AlignVCenter);
    }
    m_stories->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_stories->header()->setSectionResizeMode(Headline, QHeaderView::Stretch);
    m_stories->header()->setStretchLastSection(false);

    auto *details = new QPlainTextEdit(report.toText(), this);
    details->setReadOnly(true);
    details->setObjectName(QStringLiteral("importReportText"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::close);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(label);
    layout->addWidget(m_stories, 2);
    layout->addWidget(new QLabel(tr("详细报告："), this));
    layout->addWidget(details, 3);
    layout->addWidget(buttons);
    resize(760, 560);
}

} // namespace folio::app
