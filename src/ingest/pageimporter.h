#pragma once

#include "ingest/ingestreport.h"
#include "ingest/pageplacer.h"
#include "model/imageasset.h"
#include "model/page.h"
#include "model/pagetemplate.h"
#include "model/paragraphstyle.h"
#include "model/story.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <optional>

namespace folio {
class Edition;
}

namespace folio::ingest {

struct ImportOptions
{
    QString templateKey = QStringLiteral("broadsheet8"); // or "tabloid6"
    // Places on this format instead of templateKey's: an existing page's, for applyToPage().
    std::optional<PageTemplate> pageTemplate;
    QString baseDirectory; // where 【图片】 files are looked up; the text file's folder
    // 【图片】 files larger than this are refused before they are read (docs/ingest-format.md).
    qint64 maxPictureBytes = qint64(200) * 1024 * 1024;
    QString section;
    int pageNumber = 1;
    bool place = true; // false: stories only, no page
};

struct ImportResult
{
    bool ok = false;
    QString error;                // why nothing was imported (translated)
    QList<Story> stories;         // the imported stories, in text order
    QList<Story> bannerStories;   // one per section banner
    QList<ImageAsset> images;     // pictures named by 【图片】 markers
    QList<ParagraphStyle> styles; // smaller 主题 styles placement needed, new to the edition
    Page page;                    // the placed page (id set), when placed
    bool hasPage = false;
    PagePlacement placement;
    IngestReport report;
};

// The whole import in one call: decode, parse, build stories, place them on a page of the
// chosen template, and report. The edition supplies styles and ids and is not changed; apply()
// then adds everything to it as one undo step.
class PageImporter
{
    Q_DECLARE_TR_FUNCTIONS(PageImporter)
public:
    static ImportResult importFile(const QString &path, Edition &edition,
                                   ImportOptions options = {});
    static ImportResult importBytes(const QByteArray &bytes, Edition &edition,
                                    const ImportOptions &options = {});

    // The 主题 style and its smaller variants (二号, 小二) for narrow modules, largest first;
    // variants the edition lacks are made (new ids) and listed in created.
    static QList<ParagraphStyle> headlineStyles(Edition &edition, QList<ParagraphStyle> *created);

    // Why the picture a 【图片】 line names is not read, or empty when it may be: the path must
    // be relative and stay inside baseDirectory (symbolic links included), name an existing
    // regular file (no folder, device, pipe or socket) of at most maxBytes. Decided with
    // stat() alone, before the file is opened. resolved gets the absolute path.
    static QString checkPicture(const QString &file, const QString &baseDirectory, qint64 maxBytes,
                                QString *resolved = nullptr);
    // checkPicture(), then reads the file (never more than maxBytes) into asset (data, name,
    // format, pixel size; the id is left alone). Returns why not, or empty on success.
    static QString loadPicture(const QString &file, const QString &baseDirectory, qint64 maxBytes,
                               ImageAsset *asset);

    // Pushes one undo macro (导入版面) that adds the stories, pictures and the page.
    static void apply(Edition &edition, const ImportResult &result);

    // Places the import on the existing page pageId instead of adding a page, as one undo
    // macro (导入版面): whatever the page holds is removed first (its frames, and the stories
    // and pictures no other page uses), then the styles, pictures and stories are added and
    // the imported frames put on the page, which keeps its id, section, number, status and
    // format. Import with options.pageTemplate = the page's format so that the frames fit.
    static void applyToPage(Edition &edition, const ImportResult &result, ObjectId pageId);

    // The format of an existing page, for ImportOptions::pageTemplate.
    static PageTemplate formatOf(const Page &page);

private:
    // Pushes onto the open macro the commands that add the import's styles, pictures and
    // stories: the part apply() and applyToPage() share.
    static void pushResources(Edition &edition, const ImportResult &result);
};

} // namespace folio::ingest
