#include "app/preflightpanel.h"

#include "app/layoutcache.h"
#include "model/edition.h"
#include "preflight/preflight.h"

#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QShowEvent>
#include <QStyle>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace folio::app {

namespace {
enum Column { Severity, PageColumn, FrameColumn, Message, ColumnCount };
enum Role { PageIdRole = Qt::UserRole, FrameIdRole };

QString severityName(Diagnostic::Severity s)
{
    switch (s) {
    case Diagnostic::Severity::Error:
        return PreflightPanel::tr("错误");
    case Diagnostic::Severity::Warning:
        return PreflightPanel::tr("警告");
    case Diagnostic::Severity::Info:
        break;
    }
    return PreflightPanel::tr("提示");
}
} // namespace

PreflightPanel::PreflightPanel(QWidget *parent)
    : QWidget(parent), m_list(new QTreeWidget(this)), m_summary(new QLabel(this))
{
    setObjectName(QStringLiteral("preflightPanel"));
    m_list->setColumnCount(ColumnCount);
    m_list->setHeaderLabels({tr("级别"), tr("版"), tr("框"), tr("说明")});
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setWordWrap(false);
    // The message is what matters in a narrow dock: the frame name gets a fixed share
    // (elided, full text in the tooltip) and the message the rest.
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(FrameColumn, QHeaderView::Interactive);
    m_list->header()->resizeSection(FrameColumn, 80);
    m_list->header()->setStretchLastSection(true);
    m_list->setTextElideMode(Qt::ElideMiddle);
    m_summary->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_summary);
    layout->addWidget(m_list, 1);

    m_timer.setSingleShot(true);
    m_timer.setInterval(kDelayMs);
    connect(&m_timer, &QTimer::timeout, this, &PreflightPanel::refresh);
    connect(m_list, &QTreeWidget::itemClicked, this, &PreflightPanel::activate);
    connect(m_list, &QTreeWidget::itemActivated, this, &PreflightPanel::activate);
}

void PreflightPanel::setEdition(Edition *edition, LayoutCache *layouts)
{
    if (m_edition)
        disconnect(m_edition, nullptr, this, nullptr);
    m_edition = edition;
    m_layouts = layouts;
    m_timer.stop();
    m_findings.clear();
    m_list->clear();
    m_summary->clear();
    if (!m_edition)
        return;
    connect(m_edition, &Edition::changed, this, &PreflightPanel::scheduleRefresh);
    scheduleRefresh();
}

void PreflightPanel::scheduleRefresh()
{
    // A closed dock costs nothing; it catches up when shown again.
    if (!isVisible()) {
        m_stale = true;
        return;
    }
    m_timer.start();
}

void PreflightPanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        m_timer.start();
}

void PreflightPanel::refresh()
{
    m_timer.stop();
    m_stale = false;
    m_findings.clear();
    m_list->clear();
    if (!m_edition || !m_layouts)
        return;
    const ExportSettings &settings = m_edition->exportSettings();
    preflight::Preflight check(settings);
    if (!settings.iccProfilePath.isEmpty()) {
        QFile profile(settings.iccProfilePath);
        if (profile.open(QIODevice::ReadOnly))
            check.setIccProfile(profile.readAll());
    }
    for (const Page &page : m_edition->pages())
        m_findings += check.checkPage(*m_layouts->layout(page.id), m_edition);

    // Errors first, then by page, keeping preflight's order within a page.
    std::stable_sort(m_findings.begin(), m_findings.end(),
                     [](const Diagnostic &a, const Diagnostic &b) {
                         if (a.severity != b.severity)
                             return int(a.severity) > int(b.severity);
                         return a.pageIndex < b.pageIndex;
                     });
    int errors = 0;
    int warnings = 0;
    for (const Diagnostic &d : std::as_const(m_findings)) {
        errors += d.severity == Diagnostic::Severity::Error;
        warnings += d.severity == Diagnostic::Severity::Warning;
        auto *item = new QTreeWidgetItem(m_list);
        item->setText(Severity, severityName(d.severity));
        const QStyle::StandardPixmap icon = d.isError() ? QStyle::SP_MessageBoxCritical
                                            : d.severity == Diagnostic::Severity::Warning
                                                ? QStyle::SP_MessageBoxWarning
                                                : QStyle::SP_MessageBoxInformation;
        item->setIcon(Severity, style()->standardIcon(icon));
        const Page *page = d.pageIndex >= 0 && d.pageIndex < m_edition->pages().size()
                               ? &m_edition->pages()[d.pageIndex]
                               : nullptr;
        if (page)
            item->setText(PageColumn, QString::number(page->number));
        const Frame *frame = m_edition->frame(d.frameId);
        if (frame) {
            item->setText(FrameColumn,
                          frame->name.isEmpty() ? QString::number(frame->id) : frame->name);
            item->setToolTip(FrameColumn, item->text(FrameColumn));
        }
        item->setText(Message, d.message);
        item->setToolTip(Message, d.message);
        item->setData(0, PageIdRole, QVariant::fromValue(page ? page->id : ObjectId(0)));
        item->setData(0, FrameIdRole, QVariant::fromValue(frame ? frame->id : ObjectId(0)));
    }
    if (m_findings.isEmpty())
        m_summary->setText(tr("没有发现问题，可以导出。"));
    else
        m_summary->setText(tr("%n 个错误", nullptr, errors) + tr("，%n 个警告", nullptr, warnings) +
                           (errors ? tr("：导出前请改正错误。") : tr("。")));
    m_summary->setStyleSheet(errors ? QStringLiteral("color: #b00000;") : QString());
    Q_EMIT refreshed();
}

void PreflightPanel::activate(QTreeWidgetItem *item)
{
    if (!item)
        return;
    const auto pageId = item->data(0, PageIdRole).value<ObjectId>();
    const auto frameId = item->data(0, FrameIdRole).value<ObjectId>();
    if (pageId)
        Q_EMIT frameActivated(pageId, frameId);
}

} // namespace folio::app
