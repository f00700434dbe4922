#pragma once

#include "core/diagnostic.h"
#include "core/ids.h"

#include <QPointer>
#include <QTimer>
#include <QWidget>

class QLabel;
class QTreeWidget;
class QTreeWidgetItem;

namespace folio {
class Edition;
}

namespace folio::app {

class LayoutCache;

// The 印前检查 dock: preflight's findings on every page (severity, 版, frame, message), checked
// again 300 ms after the last edit rather than per keystroke, and only while the dock is
// shown. Clicking a finding asks the window to show its page and select its frame.
class PreflightPanel : public QWidget
{
    Q_OBJECT
public:
    explicit PreflightPanel(QWidget *parent = nullptr);

    void setEdition(Edition *edition, LayoutCache *layouts);
    // Runs the check now (the timer calls this).
    void refresh();
    const Diagnostics &findings() const { return m_findings; }
    QTreeWidget *list() const { return m_list; }
    static constexpr int kDelayMs = 300;

Q_SIGNALS:
    void frameActivated(folio::ObjectId pageId, folio::ObjectId frameId);
    void refreshed();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void scheduleRefresh();
    void activate(QTreeWidgetItem *item);

    Edition *m_edition = nullptr;
    QPointer<LayoutCache> m_layouts;
    Diagnostics m_findings;
    QTreeWidget *m_list;
    QLabel *m_summary;
    QTimer m_timer;
    bool m_stale = false;
};

} // namespace folio::app
