#include "store/editionreader.h"

#include "model/edition.h"
#include "store/proofrows.h"
#include "store/signoffrows.h"
#include "store/sqlconnection.h"
#include "store/valuecodec.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

namespace folio::store {

namespace {

// A forward-only SELECT whose columns are read by name.
class Rows
{
public:
    Rows(SqlConnection &connection, const QString &sql)
        : m_connection(connection), m_query(connection.database())
    {
        m_query.setForwardOnly(true);
        m_ok = m_query.exec(sql);
    }
    bool ok() const { return m_ok; }
    QString errorText() const { return m_connection.describe(m_query.lastError()); }
    bool next() { return m_query.next(); }
    QVariant value(const char *column) const { return m_query.value(QLatin1String(column)); }
    qint64 id(const char *column) const { return value(column).toLongLong(); }
    double real(const char *column) const { return value(column).toDouble(); }
    int integer(const char *column) const { return value(column).toInt(); }
    bool flag(const char *column) const { return value(column).toLongLong() != 0; }
    QString string(const char *column) const { return value(column).toString(); }
    CmykColor color(const char *prefix) const
    {
        const QString p = QLatin1String(prefix);
        return {m_query.value(p + QLatin1String("_c")).toDouble(),
                m_query.value(p + QLatin1String("_m")).toDouble(),
                m_query.value(p + QLatin1String("_y")).toDouble(),
                m_query.value(p + QLatin1String("_k")).toDouble()};
    }
    template <typename E> bool key(const char *column, E *out) const
    {
        const auto v = fromKey<E>(string(column));
        if (v)
            *out = *v;
        return v.has_value();
    }

private:
    SqlConnection &m_connection;
    QSqlQuery m_query;
    bool m_ok = false;
};

QString tr(const char *text)
{
    return QCoreApplication::translate("folio::EditionStore", text);
}

QString badValue(const char *table, qint64 id, const char *column, const QString &value)
{
    return tr("表 %1 中 id=%2 的 %3 值“%4”无效")
        .arg(QLatin1String(table))
        .arg(id)
        .arg(QLatin1String(column), value);
}

} // namespace

bool EditionReader::fail(const QString &problem)
{
    m_error = problem;
    return false;
}

std::unique_ptr<Edition> EditionReader::read(QString *error)
{
    auto edition = std::make_unique<Edition>();
    // Styles, swatches and images first: stories and frames refer to them.
    const bool ok = readInfo(*edition) && readStyles(*edition) && readSwatches(*edition) &&
                    readImages(*edition) && readStories(*edition) && readPages(*edition) &&
                    readExportSettings(*edition) &&
                    ProofRows::read(m_connection, *edition, &m_error) &&
                    SignOffRows::read(m_connection, *edition, &m_error);
    if (!ok) {
        if (error)
            *error = m_error;
        return nullptr;
    }
    return edition;
}

bool EditionReader::readInfo(Edition &edition)
{
    Rows rows(m_connection, QStringLiteral("SELECT name, date, paper_name, last_id FROM edition"));
    if (!rows.ok())
        return fail(rows.errorText());
    if (!rows.next())
        return fail(tr("缺少版次信息（edition 表为空）"));
    EditionInfo info;
    info.name = rows.string("name");
    info.date = dateFromValue(rows.value("date"));
    info.paperName = rows.string("paper_name");
    const QVariant date = rows.value("date");
    if (!date.isNull() && !info.date.isValid())
        return fail(badValue("edition", 1, "date", date.toString()));
    edition.setInfo(info);
    // Every later put*() raises lastId to the largest id it sees; the stored value can only be
    // larger (ids of deleted objects are never reused).
    edition.setLastId(rows.id("last_id"));
    return true;
}

bool EditionReader::readStyles(Edition &edition)
{
    Rows rows(m_connection, QStringLiteral("SELECT * FROM paragraph_styles ORDER BY position, id"));
    if (!rows.ok())
        return fail(rows.errorText());
    while (rows.next()) {
        ParagraphStyle s;
        s.id = rows.id("id");
        s.name = rows.string("name");
        s.basedOnId = rows.id("based_on_id");
        s.fontFamily = rows.string("font_family");
        s.fontStyle = rows.string("font_style");
        s.size = rows.real("size");
        s.leading = rows.real("leading");
        s.firstLineIndent = rows.real("first_line_indent");
        s.spaceBefore = rows.real("space_before");
        s.spaceAfter = rows.real("space_after");
        s.letterSpacing = rows.real("letter_spacing");
        s.lineStartTrim = rows.flag("line_start_trim");
        s.hanLatinSpacing = rows.real("han_latin_spacing");
        s.hangingPunctuation = rows.flag("hanging_punctuation");
        s.avoidLoneCharacter = rows.flag("avoid_lone_character");
        s.color = rows.color("color");
        const char *bad = nullptr;
        if (!rows.key("role", &s.role))
            bad = "role";
        else if (!rows.key("leading_mode", &s.leadingMode))
            bad = "leading_mode";
        else if (!rows.key("alignment", &s.alignment))
            bad = "alignment";
        else if (!rows.key("kinsoku", &s.kinsoku))
            bad = "kinsoku";
        else if (!rows.key("punctuation", &s.punctuation))
            bad = "punctuation";
        else if (!rows.key("line_end_trim", &s.lineEndTrim))
            bad = "line_end_trim";
        if (bad)
            return fail(badValue("paragraph_styles", s.id, bad, rows.string(bad)));
        edition.putParagraphStyle(s);
    }

    Rows chars(m_connection,
               QStringLiteral("SELECT * FROM character_styles ORDER BY position, id"));
    if (!chars.ok())
        return fail(chars.errorText());
    while (chars.next()) {
        CharacterStyle s;
        s.id = chars.id("id");
        s.name = chars.string("name");
        s.basedOnId = chars.id("based_on_id");
        s.fontFamily = chars.string("font_family");
        s.fontStyle = chars.string("font_style");
        s.size = chars.real("size");
        s.hasColor = chars.flag("has_color");
        s.color = chars.color("color");
        s.letterSpacing = chars.real("letter_spacing");
        edition.putCharacterStyle(s);
    }
    return true;
}

bool EditionReader::readSwatches(Edition &edition)
{
    Rows rows(m_connection, QStringLiteral("SELECT * FROM swatches ORDER BY position, id"));
    if (!rows.ok())
        return fail(rows.errorText());
    while (rows.next())
        edition.putSwatch({rows.id("id"), rows.string("name"), rows.color("color")});
    return true;
}

bool EditionReader::readImages(Edition &edition)
{
    Rows rows(m_connection, QStringLiteral("SELECT * FROM images ORDER BY position, id"));
    if (!rows.ok())
        return fail(rows.errorText());
    while (rows.next()) {
        ImageAsset image;
        image.id = rows.id("id");
        image.name = rows.string("name");
        image.format = rows.string("format");
        image.data = rows.value("data").toByteArray();
        image.pixelSize = QSize(rows.integer("pixel_width"), rows.integer("pixel_height"));
        image.dpi = rows.real("dpi");
        edition.putImage(image);
    }
    return true;
}

bool EditionReader::readStories(Edition &edition)
{
    Rows rows(m_connection, QStringLiteral("SELECT * FROM stories ORDER BY position, id"));
    if (!rows.ok())
        return fail(rows.errorText());
    QList<Story> stories;
    QHash<ObjectId, int> indexById;
    while (rows.next()) {
        Story story;
        story.id = rows.id("id");
        story.slug = rows.string("slug");
        if (!rows.key("status", &story.status))
            return fail(badValue("stories", story.id, "status", rows.string("status")));
        indexById.insert(story.id, int(stories.size()));
        stories.append(story);
    }

    // Paragraphs and runs come back in one ordered pass each; positions only order them, so a
    // gap left by hand-editing the file does not lose text.
    Rows paragraphs(m_connection,
                    QStringLiteral("SELECT story_id, position, style_id, tracking FROM paragraphs "
                                   "ORDER BY story_id, position"));
    if (!paragraphs.ok())
        return fail(paragraphs.errorText());
    QHash<QPair<ObjectId, int>, int> paragraphIndex;
    while (paragraphs.next()) {
        const ObjectId storyId = paragraphs.id("story_id");
        if (!indexById.contains(storyId))
            return fail(badValue("paragraphs", storyId, "story_id", QString::number(storyId)));
        Story &story = stories[indexById.value(storyId)];
        Paragraph p;
        p.styleId = paragraphs.id("style_id");
        p.tracking = paragraphs.integer("tracking");
        if (p.tracking < Paragraph::kMinTracking || p.tracking > Paragraph::kMaxTracking)
            return fail(badValue("paragraphs", storyId, "tracking", QString::number(p.tracking)));
        paragraphIndex.insert({storyId, paragraphs.integer("position")},
                              int(story.paragraphs.size()));
        story.paragraphs.append(p);
    }

    Rows runs(m_connection, QStringLiteral("SELECT story_id, paragraph, text, character_style_id "
                                           "FROM runs ORDER BY story_id, paragraph, position"));
    if (!runs.ok())
        return fail(runs.errorText());
    while (runs.next()) {
        const ObjectId storyId = runs.id("story_id");
        const QPair<ObjectId, int> key(storyId, runs.integer("paragraph"));
        if (!paragraphIndex.contains(key))
            return fail(badValue("runs", storyId, "paragraph", QString::number(key.second)));
        const int paragraph = paragraphIndex.value(key);
        stories[indexById.value(storyId)].paragraphs[paragraph].runs.append(
            {runs.string("text"), runs.id("character_style_id")});
    }

    for (const auto &story : stories)
        edition.putStory(story);
    return true;
}

bool EditionReader::readPages(Edition &edition)
{
    Rows rows(m_connection, QStringLiteral("SELECT * FROM pages ORDER BY position, id"));
    if (!rows.ok())
        return fail(rows.errorText());
    QList<Page> pages;
    QHash<ObjectId, int> indexById;
    while (rows.next()) {
        Page page;
        page.id = rows.id("id");
        page.section = rows.string("section");
        page.number = rows.integer("number");
        page.templateName = rows.string("template_name");
        page.size = QSizeF(rows.real("width"), rows.real("height"));
        page.margins = QMarginsF(rows.real("margin_left"), rows.real("margin_top"),
                                 rows.real("margin_right"), rows.real("margin_bottom"));
        page.grid.columns = rows.integer("grid_columns");
        page.grid.gutter = rows.real("grid_gutter");
        page.grid.characterGrid = rows.flag("grid_character_grid");
        page.grid.gridFontSize = rows.real("grid_font_size");
        page.grid.gridLeading = rows.real("grid_leading");
        if (!rows.key("status", &page.status))
            return fail(badValue("pages", page.id, "status", rows.string("status")));
        indexById.insert(page.id, int(pages.size()));
        pages.append(page);
    }

    Rows frames(m_connection,
                QStringLiteral("SELECT * FROM frames ORDER BY page_id, position, id"));
    if (!frames.ok())
        return fail(frames.errorText());
    while (frames.next()) {
        Frame f;
        f.id = frames.id("id");
        f.name = frames.string("name");
        f.rect =
            QRectF(frames.real("x"), frames.real("y"), frames.real("width"), frames.real("height"));
        f.z = frames.integer("z");
        f.locked = frames.flag("locked");
        f.groupId = frames.id("group_id");
        f.columns = frames.integer("columns");
        f.gutter = frames.real("gutter");
        f.columnChars = frames.integer("column_chars");
        f.insets = QMarginsF(frames.real("inset_left"), frames.real("inset_top"),
                             frames.real("inset_right"), frames.real("inset_bottom"));
        f.storyId = frames.id("story_id");
        f.chainIndex = frames.integer("chain_index");
        f.assetId = frames.id("asset_id");
        f.imageOffset = QPointF(frames.real("image_offset_x"), frames.real("image_offset_y"));
        f.imageScale = frames.real("image_scale");
        f.captionFrameId = frames.id("caption_frame_id");
        f.textWrap = frames.flag("text_wrap");
        f.wrapOffset = frames.real("wrap_offset");
        f.hasStroke = frames.flag("has_stroke");
        f.strokeColor = frames.color("stroke");
        f.strokeWidth = frames.real("stroke_width");
        f.hasFill = frames.flag("has_fill");
        f.fillColor = frames.color("fill");
        if (!frames.key("kind", &f.kind))
            return fail(badValue("frames", f.id, "kind", frames.string("kind")));
        if (!frames.key("fit", &f.fit))
            return fail(badValue("frames", f.id, "fit", frames.string("fit")));
        const ObjectId pageId = frames.id("page_id");
        if (!indexById.contains(pageId))
            return fail(badValue("frames", f.id, "page_id", QString::number(pageId)));
        pages[indexById.value(pageId)].frames.append(f);
    }

    Rows guides(m_connection, QStringLiteral("SELECT * FROM guides ORDER BY page_id, position"));
    if (!guides.ok())
        return fail(guides.errorText());
    while (guides.next()) {
        const ObjectId pageId = guides.id("page_id");
        Guide guide;
        guide.position = guides.real("at");
        if (!guides.key("orientation", &guide.orientation))
            return fail(badValue("guides", pageId, "orientation", guides.string("orientation")));
        if (!indexById.contains(pageId))
            return fail(badValue("guides", pageId, "page_id", QString::number(pageId)));
        pages[indexById.value(pageId)].guides.append(guide);
    }

    for (const auto &page : pages)
        edition.insertPage(int(edition.pages().size()), page);
    return true;
}

bool EditionReader::readExportSettings(Edition &edition)
{
    Rows rows(m_connection, QStringLiteral("SELECT * FROM export_settings"));
    if (!rows.ok())
        return fail(rows.errorText());
    // A file migrated from schema 1 has no row yet: the defaults apply until the first save.
    if (!rows.next())
        return true;
    ExportSettings s;
    if (!rows.key("standard", &s.standard))
        return fail(badValue("export_settings", 1, "standard", rows.string("standard")));
    s.outputConditionIdentifier = rows.string("output_condition_identifier");
    s.outputCondition = rows.string("output_condition");
    s.iccProfilePath = rows.string("icc_profile_path");
    s.bleed = rows.real("bleed");
    s.cropMarks = rows.flag("crop_marks");
    s.slugLine = rows.flag("slug_line");
    s.fileNamePattern = rows.string("file_name_pattern");
    s.version = rows.integer("version");
    s.inkLimit = rows.real("ink_limit");
    edition.setExportSettings(s);
    return true;
}

} // namespace folio::store
