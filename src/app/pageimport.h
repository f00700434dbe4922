#pragma once

#include "core/ids.h"
#include "ingest/ingestreport.h"

#include <QCoreApplication>
#include <QString>

namespace folio {
class Edition;
}

namespace folio::app {

// 文件 → 导入版面 without its dialogs: runs the page importer on a text file for the current
// edition, adds the stories and a new page of the chosen template as one undo step (导入版面)
// and says what it recognised. The window calls it after its file dialog; tests call it
// directly.
class PageImport
{
    Q_DECLARE_TR_FUNCTIONS(PageImport)
public:
    struct Request
    {
        QString path;
        QString templateKey = QStringLiteral("broadsheet8"); // or "tabloid6"
        QString section;
        int pageNumber = 0; // 版次; 0: one after the highest in the edition
    };

    struct Outcome
    {
        bool ok = false;
        QString error;       // why nothing was added, one sentence for the user
        ObjectId pageId = 0; // the new page
        ingest::IngestReport report;
    };

    static Outcome run(Edition *edition, const Request &request);
    static int nextPageNumber(const Edition *edition);
};

} // namespace folio::app
