#pragma once

#include "core/diagnostic.h"
#include "core/ids.h"
#include "ingest/parsedpage.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace folio::text {
struct DecodedText;
}

namespace folio::ingest {

// What the importer recognised in one story, so that an editor can check and correct it.
struct StoryReport
{
    ObjectId storyId = 0;
    QString slug;
    int line = 0; // first source line
    QString banner;
    QString kicker;
    QString headline;
    QString subhead;
    QString byline;
    QString caption;
    QString credit;
    int bodyParagraphs = 0;
    int rejoinedSplits = 0;
    int characters = 0; // every character of the story, headlines included
    bool photo = false;
    bool photoStory = false;
    QStringList notes;

    // Filled by placement: where the story went and how well it fits (剩余/超出 N 字).
    bool placed = false;
    int columns = 0; // columns its body spans
    int copyfit = 0; // characters: > 0 room left, < 0 overset
    bool fits() const { return placed && copyfit >= 0; }
};

// The import's account of itself: per story the parts it recognised, counts, rejoined column
// splits and copyfit, plus everything it repaired or doubted.
class IngestReport
{
    Q_DECLARE_TR_FUNCTIONS(IngestReport)
public:
    static IngestReport fromParsedPage(const ParsedPage &page);

    QString encoding;
    bool hadBom = false;
    bool hadCrLf = false;
    QList<StoryReport> stories;
    QStringList banners;
    Diagnostics diagnostics;

    void setSource(const text::DecodedText &decoded);
    int rejoinedSplits() const;
    // 剩余 N 字 / 超出 N 字 / 正好.
    static QString copyfitText(int copyfit);
    // A readable summary in the UI language, one story per paragraph.
    QString toText() const;
};

} // namespace folio::ingest
