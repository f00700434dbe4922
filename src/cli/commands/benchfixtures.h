#pragma once

#include "core/ids.h"
#include "model/edition.h"

#include <QByteArray>
#include <QString>
#include <memory>

namespace folio::cli {

// The editions `folio-cli bench` measures, built from the seed page text that is compiled into
// the executable, so that the bench runs the same anywhere without the source tree.
class BenchFixtures
{
public:
    // The seed page's text (UTF-8), from the executable's resources.
    static QByteArray seedText();

    // The seed page imported and auto-placed on one broadsheet page, the way a page editor
    // would start from it. nullptr and a message when the import fails.
    static std::unique_ptr<Edition> seedEdition(const QByteArray &seed, QString *error);

    // Appends `copies` copies of page `pageIndex` with copies of the stories it shows (new ids,
    // chains kept), numbered after the last page: a whole edition of like pages. In each copy
    // the last Han character of every paragraph is another one, so that no cache can share a
    // paragraph between pages, as none could in a real edition; the lines keep their shape.
    static void appendPageCopies(Edition &edition, int pageIndex, int copies);

    // One body story of exactly `characters` characters (the seed's paragraphs, repeated),
    // chained through `frames` two-column frames of full type-area height, four per
    // broadsheet page. The story's id goes to storyId.
    // A page text of one story of at least `bytes` bytes of UTF-8: a 主题 and the seed's body
    // paragraphs, repeated and numbered so that no two are the same (no cache shares them), as
    // a whole book chapter pasted into an import would be.
    static QByteArray longStoryPageText(const QByteArray &seed, int bytes);

    static std::unique_ptr<Edition> longStoryEdition(const QByteArray &seed, int characters,
                                                     int frames, ObjectId *storyId);
};

} // namespace folio::cli
