#include "store/editionwriter.h"

#include "model/edition.h"
#include "store/proofrows.h"
#include "store/schemamigrator.h"
#include "store/signoffrows.h"
#include "store/sqlconnection.h"
#include "store/valuecodec.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <vector>

namespace folio::store {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("folio::EditionStore", text);
}

// One prepared INSERT for a table, turned into an upsert on `id` when the table has one, so
// that an existing row is updated in place (REPLACE would delete it and cascade to its
// children). Values are bound by column name.
class RowWriter
{
public:
    RowWriter(SqlConnection &connection, const char *table, std::vector<const char *> columns,
              bool upsertOnId = true)
        : m_connection(connection), m_query(connection.database()), m_columns(std::move(columns))
    {
        QStringList names;
        QStringList marks;
        QStringList updates;
        for (const char *c : m_columns) {
            const QString name = QLatin1String(c);
            names << name;
            marks << QStringLiteral("?");
            if (name != QLatin1String("id"))
                updates << name + QStringLiteral(" = excluded.") + name;
        }
        QString sql = QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                          .arg(QLatin1String(table), names.join(QStringLiteral(", ")),
                               marks.join(QStringLiteral(", ")));
        if (upsertOnId)
            sql += QStringLiteral(" ON CONFLICT (id) DO UPDATE SET ") +
                   updates.join(QStringLiteral(", "));
        m_prepared = m_query.prepare(sql);
        m_values.resize(m_columns.size());
    }

    void set(const char *column, const QVariant &value)
    {
        for (size_t i = 0; i < m_columns.size(); ++i) {
            if (qstrcmp(m_columns[i], column) == 0) {
                m_values[i] = value;
                return;
            }
        }
        Q_ASSERT_X(false, "RowWriter::set", column);
    }
    void setText(const char *column, const QString &value) { set(column, text(value)); }
    void setFlag(const char *column, bool value) { set(column, value ? 1 : 0); }
    void setColor(const char *prefix, const CmykColor &color)
    {
        const QByteArray p(prefix);
        set(QByteArray(p + "_c").constData(), color.c);
        set(QByteArray(p + "_m").constData(), color.m);
        set(QByteArray(p + "_y").constData(), color.y);
        set(QByteArray(p + "_k").constData(), color.k);
    }
    template <typename E> void setKey(const char *column, E value) { set(column, toKey(value)); }

    bool exec()
    {
        if (!m_prepared)
            return false;
        for (size_t i = 0; i < m_values.size(); ++i)
            m_query.bindValue(int(i), m_values[i]);
        return m_query.exec();
    }
    QString errorText() const { return m_connection.describe(m_query.lastError()); }

private:
    SqlConnection &m_connection;
    QSqlQuery m_query;
    std::vector<const char *> m_columns;
    std::vector<QVariant> m_values;
    bool m_prepared = false;
};

QString sha1Hex(const QByteArray &data)
{
    return QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha1).toHex());
}

template <typename T> bool collectIds(const QList<T> &list, QSet<ObjectId> *ids, ObjectId *dup)
{
    for (const auto &item : list) {
        if (ids->contains(item.id)) {
            *dup = item.id;
            return false;
        }
        ids->insert(item.id);
    }
    return true;
}

template <typename T> QSet<ObjectId> idsOf(const QList<T> &list)
{
    QSet<ObjectId> ids;
    for (const auto &item : list)
        ids.insert(item.id);
    return ids;
}

} // namespace

QString EditionWriter::validate(const Edition &edition)
{
    ObjectId dup = 0;
    const auto duplicate = [&dup](const char *what) {
        return tr("有两个%1使用同一个 id %2")
            .arg(QCoreApplication::translate("folio::EditionStore", what))
            .arg(dup);
    };
    QSet<ObjectId> ids;
    if (!collectIds(edition.pages(), &ids, &dup))
        return duplicate("版面");
    ids.clear();
    for (const auto &page : edition.pages())
        if (!collectIds(page.frames, &ids, &dup))
            return duplicate("框");
    ids.clear();
    if (!collectIds(edition.stories(), &ids, &dup))
        return duplicate("稿件");
    ids.clear();
    if (!collectIds(edition.paragraphStyles(), &ids, &dup))
        return duplicate("段落样式");
    ids.clear();
    if (!collectIds(edition.characterStyles(), &ids, &dup))
        return duplicate("字符样式");
    ids.clear();
    if (!collectIds(edition.swatches(), &ids, &dup))
        return duplicate("色板");
    ids.clear();
    if (!collectIds(edition.images(), &ids, &dup))
        return duplicate("图片");
    return {};
}

bool EditionWriter::fail(const QString &problem)
{
    m_error = problem;
    return false;
}

bool EditionWriter::write(const Edition &edition, QString *error)
{
    const QString invalid = validate(edition);
    if (!invalid.isEmpty()) {
        if (error)
            *error = invalid;
        return false;
    }
    if (!m_connection.beginTransaction()) {
        if (error)
            *error = m_connection.errorText();
        return false;
    }
    // Checked inside the transaction: the version cannot change between the check and the rows.
    const int version = m_connection.scalar(QStringLiteral("PRAGMA user_version")).toInt();
    bool ok = version == SchemaMigrator::currentVersion
                  ? true
                  : fail(tr("文件的格式版本是 %1，不是 %2")
                             .arg(version)
                             .arg(SchemaMigrator::currentVersion));
    ok = ok && writeInfo(edition) && writeStyles(edition) && writeSwatches(edition) &&
         writeImages(edition) && writeStories(edition) && writePages(edition) &&
         writeExportSettings(edition) && ProofRows::write(m_connection, edition, &m_error) &&
         SignOffRows::write(m_connection, edition, &m_error);
    if (ok && !m_connection.commit())
        ok = fail(m_connection.errorText());
    if (!ok) {
        m_connection.rollback();
        if (error)
            *error = m_error;
    }
    return ok;
}

bool EditionWriter::deleteMissing(const char *table, const QSet<ObjectId> &keep)
{
    QSqlQuery select(m_connection.database());
    select.setForwardOnly(true);
    if (!select.exec(QStringLiteral("SELECT id FROM %1").arg(QLatin1String(table))))
        return fail(m_connection.describe(select.lastError()));
    QList<ObjectId> gone;
    while (select.next()) {
        const ObjectId id = select.value(0).toLongLong();
        if (!keep.contains(id))
            gone.append(id);
    }
    if (gone.isEmpty())
        return true;
    QSqlQuery remove(m_connection.database());
    remove.prepare(QStringLiteral("DELETE FROM %1 WHERE id = ?").arg(QLatin1String(table)));
    for (ObjectId id : gone) {
        remove.bindValue(0, id);
        if (!remove.exec())
            return fail(m_connection.describe(remove.lastError()));
    }
    return true;
}

bool EditionWriter::writeInfo(const Edition &edition)
{
    RowWriter row(m_connection, "edition", {"id", "name", "date", "paper_name", "last_id"});
    const EditionInfo &info = edition.info();
    row.set("id", 1);
    row.setText("name", info.name);
    row.set("date", dateValue(info.date));
    row.setText("paper_name", info.paperName);
    row.set("last_id", edition.lastId());
    return row.exec() || fail(row.errorText());
}

bool EditionWriter::writeStyles(const Edition &edition)
{
    if (!deleteMissing("paragraph_styles", idsOf(edition.paragraphStyles())) ||
        !deleteMissing("character_styles", idsOf(edition.characterStyles())))
        return false;
    RowWriter row(m_connection, "paragraph_styles",
                  {"id",
                   "position",
                   "name",
                   "based_on_id",
                   "role",
                   "font_family",
                   "font_style",
                   "size",
                   "leading_mode",
                   "leading",
                   "first_line_indent",
                   "space_before",
                   "space_after",
                   "alignment",
                   "letter_spacing",
                   "kinsoku",
                   "punctuation",
                   "line_end_trim",
                   "line_start_trim",
                   "han_latin_spacing",
                   "hanging_punctuation",
                   "avoid_lone_character",
                   "color_c",
                   "color_m",
                   "color_y",
                   "color_k"});
    int position = 0;
    for (const auto &s : edition.paragraphStyles()) {
        row.set("id", s.id);
        row.set("position", position++);
        row.setText("name", s.name);
        row.set("based_on_id", s.basedOnId);
        row.setKey("role", s.role);
        row.setText("font_family", s.fontFamily);
        row.setText("font_style", s.fontStyle);
        row.set("size", s.size);
        row.setKey("leading_mode", s.leadingMode);
        row.set("leading", s.leading);
        row.set("first_line_indent", s.firstLineIndent);
        row.set("space_before", s.spaceBefore);
        row.set("space_after", s.spaceAfter);
        row.setKey("alignment", s.alignment);
        row.set("letter_spacing", s.letterSpacing);
        row.setKey("kinsoku", s.kinsoku);
        row.setKey("punctuation", s.punctuation);
        row.setKey("line_end_trim", s.lineEndTrim);
        row.setFlag("line_start_trim", s.lineStartTrim);
        row.set("han_latin_spacing", s.hanLatinSpacing);
        row.setFlag("hanging_punctuation", s.hangingPunctuation);
        row.setFlag("avoid_lone_character", s.avoidLoneCharacter);
        row.setColor("color", s.color);
        if (!row.exec())
            return fail(row.errorText());
    }

    RowWriter chars(m_connection, "character_styles",
                    {"id", "position", "name", "based_on_id", "font_family", "font_style", "size",
                     "has_color", "color_c", "color_m", "color_y", "color_k", "letter_spacing"});
    position = 0;
    for (const auto &s : edition.characterStyles()) {
        chars.set("id", s.id);
        chars.set("position", position++);
        chars.setText("name", s.name);
        chars.set("based_on_id", s.basedOnId);
        chars.setText("font_family", s.fontFamily);
        chars.setText("font_style", s.fontStyle);
        chars.set("size", s.size);
        chars.setFlag("has_color", s.hasColor);
        chars.setColor("color", s.color);
        chars.set("letter_spacing", s.letterSpacing);
        if (!chars.exec())
            return fail(chars.errorText());
    }
    return true;
}

bool EditionWriter::writeSwatches(const Edition &edition)
{
    if (!deleteMissing("swatches", idsOf(edition.swatches())))
        return false;
    RowWriter row(m_connection, "swatches",
                  {"id", "position", "name", "color_c", "color_m", "color_y", "color_k"});
    int position = 0;
    for (const auto &s : edition.swatches()) {
        row.set("id", s.id);
        row.set("position", position++);
        row.setText("name", s.name);
        row.setColor("color", s.color);
        if (!row.exec())
            return fail(row.errorText());
    }
    return true;
}

bool EditionWriter::writeImages(const Edition &edition)
{
    if (!deleteMissing("images", idsOf(edition.images())))
        return false;
    QHash<ObjectId, QString> stored;
    QSqlQuery select(m_connection.database());
    select.setForwardOnly(true);
    if (!select.exec(QStringLiteral("SELECT id, sha1 FROM images")))
        return fail(m_connection.describe(select.lastError()));
    while (select.next())
        stored.insert(select.value(0).toLongLong(), select.value(1).toString());

    RowWriter full(
        m_connection, "images",
        {"id", "position", "name", "format", "data", "sha1", "pixel_width", "pixel_height", "dpi"});
    QSqlQuery meta(m_connection.database());
    meta.prepare(QStringLiteral("UPDATE images SET position = ?, name = ?, format = ?, "
                                "pixel_width = ?, pixel_height = ?, dpi = ? WHERE id = ?"));
    int position = 0;
    for (const auto &image : edition.images()) {
        const QString sha1 = sha1Hex(image.data);
        if (stored.value(image.id) == sha1) {
            const QVariant values[] = {position++,
                                       text(image.name),
                                       text(image.format),
                                       image.pixelSize.width(),
                                       image.pixelSize.height(),
                                       image.dpi,
                                       image.id};
            for (int i = 0; i < int(std::size(values)); ++i)
                meta.bindValue(i, values[i]);
            if (!meta.exec())
                return fail(m_connection.describe(meta.lastError()));
            continue;
        }
        full.set("id", image.id);
        full.set("position", position++);
        full.setText("name", image.name);
        full.setText("format", image.format);
        full.set("data", image.data.isNull() ? QByteArray("") : image.data);
        full.set("sha1", sha1);
        full.set("pixel_width", image.pixelSize.width());
        full.set("pixel_height", image.pixelSize.height());
        full.set("dpi", image.dpi);
        if (!full.exec())
            return fail(full.errorText());
    }
    return true;
}

bool EditionWriter::writeStories(const Edition &edition)
{
    // Paragraphs and runs have no identity of their own: rewrite them all (their text is small
    // next to the images, and a story's paragraphs shift with every edit anyway).
    if (!deleteMissing("stories", idsOf(edition.stories())) ||
        !m_connection.exec(QStringLiteral("DELETE FROM runs")) ||
        !m_connection.exec(QStringLiteral("DELETE FROM paragraphs")))
        return fail(m_error.isEmpty() ? m_connection.errorText() : m_error);
    RowWriter row(m_connection, "stories", {"id", "position", "slug", "status"});
    RowWriter paragraphRow(m_connection, "paragraphs",
                           {"story_id", "position", "style_id", "tracking"}, false);
    RowWriter runRow(m_connection, "runs",
                     {"story_id", "paragraph", "position", "text", "character_style_id"}, false);
    int position = 0;
    for (const auto &story : edition.stories()) {
        row.set("id", story.id);
        row.set("position", position++);
        row.setText("slug", story.slug);
        row.setKey("status", story.status);
        if (!row.exec())
            return fail(row.errorText());
        for (int p = 0; p < story.paragraphs.size(); ++p) {
            const Paragraph &paragraph = story.paragraphs[p];
            paragraphRow.set("story_id", story.id);
            paragraphRow.set("position", p);
            paragraphRow.set("style_id", paragraph.styleId);
            paragraphRow.set("tracking", paragraph.tracking);
            if (!paragraphRow.exec())
                return fail(paragraphRow.errorText());
            for (int r = 0; r < paragraph.runs.size(); ++r) {
                runRow.set("story_id", story.id);
                runRow.set("paragraph", p);
                runRow.set("position", r);
                runRow.setText("text", paragraph.runs[r].text);
                runRow.set("character_style_id", paragraph.runs[r].characterStyleId);
                if (!runRow.exec())
                    return fail(runRow.errorText());
            }
        }
    }
    return true;
}

bool EditionWriter::writePages(const Edition &edition)
{
    QSet<ObjectId> frameIds;
    for (const auto &page : edition.pages())
        for (const auto &frame : page.frames)
            frameIds.insert(frame.id);
    // Guides have no identity of their own: rewrite them all (a few numbers per page).
    if (!m_connection.exec(QStringLiteral("DELETE FROM guides")))
        return fail(m_connection.errorText());
    if (!deleteMissing("frames", frameIds) || !deleteMissing("pages", idsOf(edition.pages())))
        return false;

    RowWriter row(m_connection, "pages",
                  {"id", "position", "section", "number", "template_name", "width", "height",
                   "margin_left", "margin_top", "margin_right", "margin_bottom", "grid_columns",
                   "grid_gutter", "grid_character_grid", "grid_font_size", "grid_leading",
                   "status"});
    RowWriter frameRow(m_connection, "frames",
                       {"id",
                        "page_id",
                        "position",
                        "kind",
                        "name",
                        "x",
                        "y",
                        "width",
                        "height",
                        "z",
                        "locked",
                        "group_id",
                        "columns",
                        "gutter",
                        "column_chars",
                        "inset_left",
                        "inset_top",
                        "inset_right",
                        "inset_bottom",
                        "story_id",
                        "chain_index",
                        "asset_id",
                        "fit",
                        "image_offset_x",
                        "image_offset_y",
                        "image_scale",
                        "caption_frame_id",
                        "text_wrap",
                        "wrap_offset",
                        "has_stroke",
                        "stroke_c",
                        "stroke_m",
                        "stroke_y",
                        "stroke_k",
                        "stroke_width",
                        "has_fill",
                        "fill_c",
                        "fill_m",
                        "fill_y",
                        "fill_k"});
    RowWriter guideRow(m_connection, "guides", {"page_id", "position", "orientation", "at"}, false);
    int position = 0;
    for (const auto &page : edition.pages()) {
        row.set("id", page.id);
        row.set("position", position++);
        row.setText("section", page.section);
        row.set("number", page.number);
        row.setText("template_name", page.templateName);
        row.set("width", page.size.width());
        row.set("height", page.size.height());
        row.set("margin_left", page.margins.left());
        row.set("margin_top", page.margins.top());
        row.set("margin_right", page.margins.right());
        row.set("margin_bottom", page.margins.bottom());
        row.set("grid_columns", page.grid.columns);
        row.set("grid_gutter", page.grid.gutter);
        row.setFlag("grid_character_grid", page.grid.characterGrid);
        row.set("grid_font_size", page.grid.gridFontSize);
        row.set("grid_leading", page.grid.gridLeading);
        row.setKey("status", page.status);
        if (!row.exec())
            return fail(row.errorText());

        for (int i = 0; i < page.frames.size(); ++i) {
            const Frame &f = page.frames[i];
            frameRow.set("id", f.id);
            frameRow.set("page_id", page.id);
            frameRow.set("position", i);
            frameRow.setKey("kind", f.kind);
            frameRow.setText("name", f.name);
            frameRow.set("x", f.rect.x());
            frameRow.set("y", f.rect.y());
            frameRow.set("width", f.rect.width());
            frameRow.set("height", f.rect.height());
            frameRow.set("z", f.z);
            frameRow.setFlag("locked", f.locked);
            frameRow.set("group_id", f.groupId);
            frameRow.set("columns", f.columns);
            frameRow.set("gutter", f.gutter);
            frameRow.set("column_chars", f.columnChars);
            frameRow.set("inset_left", f.insets.left());
            frameRow.set("inset_top", f.insets.top());
            frameRow.set("inset_right", f.insets.right());
            frameRow.set("inset_bottom", f.insets.bottom());
            frameRow.set("story_id", f.storyId);
            frameRow.set("chain_index", f.chainIndex);
            frameRow.set("asset_id", f.assetId);
            frameRow.setKey("fit", f.fit);
            frameRow.set("image_offset_x", f.imageOffset.x());
            frameRow.set("image_offset_y", f.imageOffset.y());
            frameRow.set("image_scale", f.imageScale);
            frameRow.set("caption_frame_id", f.captionFrameId);
            frameRow.setFlag("text_wrap", f.textWrap);
            frameRow.set("wrap_offset", f.wrapOffset);
            frameRow.setFlag("has_stroke", f.hasStroke);
            frameRow.setColor("stroke", f.strokeColor);
            frameRow.set("stroke_width", f.strokeWidth);
            frameRow.setFlag("has_fill", f.hasFill);
            frameRow.setColor("fill", f.fillColor);
            if (!frameRow.exec())
                return fail(frameRow.errorText());
        }
        for (int i = 0; i < page.guides.size(); ++i) {
            guideRow.set("page_id", page.id);
            guideRow.set("position", i);
            guideRow.setKey("orientation", page.guides[i].orientation);
            guideRow.set("at", page.guides[i].position);
            if (!guideRow.exec())
                return fail(guideRow.errorText());
        }
    }
    return true;
}

bool EditionWriter::writeExportSettings(const Edition &edition)
{
    const ExportSettings &s = edition.exportSettings();
    RowWriter row(m_connection, "export_settings",
                  {"id", "standard", "output_condition_identifier", "output_condition",
                   "icc_profile_path", "bleed", "crop_marks", "slug_line", "file_name_pattern",
                   "version", "ink_limit"});
    row.set("id", 1);
    row.setKey("standard", s.standard);
    row.setText("output_condition_identifier", s.outputConditionIdentifier);
    row.setText("output_condition", s.outputCondition);
    row.setText("icc_profile_path", s.iccProfilePath);
    row.set("bleed", s.bleed);
    row.setFlag("crop_marks", s.cropMarks);
    row.setFlag("slug_line", s.slugLine);
    row.setText("file_name_pattern", s.fileNamePattern);
    row.set("version", s.version);
    row.set("ink_limit", s.inkLimit);
    return row.exec() || fail(row.errorText());
}

} // namespace folio::store
