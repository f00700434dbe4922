#include "app/sampleedition.h"

#include "ingest/pageimporter.h"
#include "model/edition.h"
#include "model/pagetemplate.h"

#include <QCoreApplication>
#include <QFile>
#include <QUndoStack>

namespace folio::app {

std::unique_ptr<Edition> createSampleEdition()
{
    auto edition = Edition::createDefault();
    // A fixed date: the sample's stories are set in the weeks before the 2025 Spring Festival.
    edition->setInfo({QCoreApplication::translate("folio::app::SampleEdition", "示例版面"),
                      QDate(2025, 1, 20), QStringLiteral("晨光日报")});

    ingest::ImportOptions options;
    options.templateKey = QStringLiteral("broadsheet8");
    options.section = QStringLiteral("要闻");
    options.pageNumber = 1;
    QFile file(QStringLiteral(":/samples/sample-page.txt"));
    if (file.open(QIODevice::ReadOnly)) {
        const ingest::ImportResult result =
            ingest::PageImporter::importBytes(file.readAll(), *edition, options);
        ingest::PageImporter::apply(*edition, result);
    }
    // The window always needs a page to show, even if the sample could not be placed.
    if (edition->pages().isEmpty()) {
        Page page = PageTemplate::broadsheet8().makePage();
        page.id = edition->newId();
        page.section = options.section;
        page.number = options.pageNumber;
        edition->insertPage(0, page);
    }
    // Building the sample is not an edit the user can undo.
    edition->undoStack()->clear();
    return edition;
}

} // namespace folio::app
