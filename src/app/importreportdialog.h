#pragma once

#include "ingest/ingestreport.h"

#include <QDialog>

class QTreeWidget;

namespace folio::app {

// The import's account after 导入版面: one row per story with what was recognised (栏目,
// 主题, columns, characters) and how it fits (剩余/超出 N 字, overset in red), then the
// importer's full report text with everything it repaired or doubted.
class ImportReportDialog : public QDialog
{
    Q_OBJECT
public:
    ImportReportDialog(const ingest::IngestReport &report, const QString &pageLabel,
                       QWidget *parent = nullptr);

    QTreeWidget *stories() const { return m_stories; }

private:
    QTreeWidget *m_stories;
};

} // namespace folio::app
