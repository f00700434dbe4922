#include "store/schemamigrator.h"

#include "store/sqlconnection.h"

#include <QStringList>

namespace folio::store {

namespace {

// Each migration's statements are frozen once released: never edit one, add the next.
const char *const kSchema1[] = {
    R"(CREATE TABLE folio_meta (
        key TEXT PRIMARY KEY NOT NULL,
        value TEXT NOT NULL))",
    R"(INSERT INTO folio_meta (key, value) VALUES ('application', 'folio-edition'))",
    R"(INSERT INTO folio_meta (key, value) VALUES ('schema_version', '1'))",
    R"(CREATE TABLE edition (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        name TEXT NOT NULL DEFAULT '',
        date TEXT,
        paper_name TEXT NOT NULL DEFAULT '',
        last_id INTEGER NOT NULL DEFAULT 0))",
    R"(CREATE TABLE pages (
        id INTEGER PRIMARY KEY,
        position INTEGER NOT NULL,
        section TEXT NOT NULL DEFAULT '',
        number INTEGER NOT NULL,
        template_name TEXT NOT NULL DEFAULT '',
        width REAL NOT NULL,
        height REAL NOT NULL,
        margin_left REAL NOT NULL,
        margin_top REAL NOT NULL,
        margin_right REAL NOT NULL,
        margin_bottom REAL NOT NULL,
        grid_columns INTEGER NOT NULL,
        grid_gutter REAL NOT NULL,
        grid_character_grid INTEGER NOT NULL CHECK (grid_character_grid IN (0, 1)),
        grid_font_size REAL NOT NULL,
        grid_leading REAL NOT NULL))",
    R"(CREATE TABLE frames (
        id INTEGER PRIMARY KEY,
        page_id INTEGER NOT NULL REFERENCES pages (id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        kind TEXT NOT NULL CHECK (kind IN ('text', 'image', 'rule', 'box')),
        name TEXT NOT NULL DEFAULT '',
        x REAL NOT NULL,
        y REAL NOT NULL,
        width REAL NOT NULL,
        height REAL NOT NULL,
        z INTEGER NOT NULL,
        locked INTEGER NOT NULL CHECK (locked IN (0, 1)),
        group_id INTEGER NOT NULL,
        columns INTEGER NOT NULL,
        gutter REAL NOT NULL,
        column_chars INTEGER NOT NULL,
        inset_left REAL NOT NULL,
        inset_top REAL NOT NULL,
        inset_right REAL NOT NULL,
        inset_bottom REAL NOT NULL,
        story_id INTEGER NOT NULL,
        chain_index INTEGER NOT NULL,
        asset_id INTEGER NOT NULL,
        fit TEXT NOT NULL CHECK (fit IN ('fill', 'fit', 'original', 'manual')),
        image_offset_x REAL NOT NULL,
        image_offset_y REAL NOT NULL,
        image_scale REAL NOT NULL,
        caption_frame_id INTEGER NOT NULL,
        text_wrap INTEGER NOT NULL CHECK (text_wrap IN (0, 1)),
        wrap_offset REAL NOT NULL,
        has_stroke INTEGER NOT NULL CHECK (has_stroke IN (0, 1)),
        stroke_c REAL NOT NULL,
        stroke_m REAL NOT NULL,
        stroke_y REAL NOT NULL,
        stroke_k REAL NOT NULL,
        stroke_width REAL NOT NULL,
        has_fill INTEGER NOT NULL CHECK (has_fill IN (0, 1)),
        fill_c REAL NOT NULL,
        fill_m REAL NOT NULL,
        fill_y REAL NOT NULL,
        fill_k REAL NOT NULL))",
    R"(CREATE INDEX frames_by_page ON frames (page_id))",
    R"(CREATE TABLE stories (
        id INTEGER PRIMARY KEY,
        position INTEGER NOT NULL,
        slug TEXT NOT NULL DEFAULT '',
        status TEXT NOT NULL CHECK (status IN ('draft', 'edited', 'proofed', 'approved'))))",
    R"(CREATE TABLE paragraphs (
        story_id INTEGER NOT NULL REFERENCES stories (id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        style_id INTEGER NOT NULL,
        PRIMARY KEY (story_id, position)))",
    R"(CREATE TABLE runs (
        story_id INTEGER NOT NULL,
        paragraph INTEGER NOT NULL,
        position INTEGER NOT NULL,
        text TEXT NOT NULL,
        character_style_id INTEGER NOT NULL,
        PRIMARY KEY (story_id, paragraph, position),
        FOREIGN KEY (story_id, paragraph) REFERENCES paragraphs (story_id, position)
            ON DELETE CASCADE))",
    R"(CREATE TABLE paragraph_styles (
        id INTEGER PRIMARY KEY,
        position INTEGER NOT NULL,
        name TEXT NOT NULL DEFAULT '',
        based_on_id INTEGER NOT NULL,
        role TEXT NOT NULL CHECK (role IN ('body', 'kicker', 'headline', 'subhead', 'byline',
                                           'caption', 'credit', 'banner', 'other')),
        font_family TEXT NOT NULL DEFAULT '',
        font_style TEXT NOT NULL DEFAULT '',
        size REAL NOT NULL,
        leading_mode TEXT NOT NULL CHECK (leading_mode IN ('absolute', 'multiple')),
        leading REAL NOT NULL,
        first_line_indent REAL NOT NULL,
        space_before REAL NOT NULL,
        space_after REAL NOT NULL,
        alignment TEXT NOT NULL
            CHECK (alignment IN ('justify', 'left', 'center', 'right', 'distributed')),
        letter_spacing REAL NOT NULL,
        kinsoku TEXT NOT NULL CHECK (kinsoku IN ('none', 'basic', 'strict')),
        punctuation TEXT NOT NULL CHECK (punctuation IN ('full-width', 'kaiming', 'half-width')),
        line_end_trim TEXT NOT NULL CHECK (line_end_trim IN ('to-fit', 'always')),
        line_start_trim INTEGER NOT NULL CHECK (line_start_trim IN (0, 1)),
        han_latin_spacing REAL NOT NULL,
        hanging_punctuation INTEGER NOT NULL CHECK (hanging_punctuation IN (0, 1)),
        avoid_lone_character INTEGER NOT NULL CHECK (avoid_lone_character IN (0, 1)),
        color_c REAL NOT NULL,
        color_m REAL NOT NULL,
        color_y REAL NOT NULL,
        color_k REAL NOT NULL))",
    R"(CREATE TABLE character_styles (
        id INTEGER PRIMARY KEY,
        position INTEGER NOT NULL,
        name TEXT NOT NULL DEFAULT '',
        based_on_id INTEGER NOT NULL,
        font_family TEXT NOT NULL DEFAULT '',
        font_style TEXT NOT NULL DEFAULT '',
        size REAL NOT NULL,
        has_color INTEGER NOT NULL CHECK (has_color IN (0, 1)),
        color_c REAL NOT NULL,
        color_m REAL NOT NULL,
        color_y REAL NOT NULL,
        color_k REAL NOT NULL,
        letter_spacing REAL NOT NULL))",
    R"(CREATE TABLE images (
        id INTEGER PRIMARY KEY,
        position INTEGER NOT NULL,
        name TEXT NOT NULL DEFAULT '',
        format TEXT NOT NULL DEFAULT '',
        data BLOB NOT NULL,
        sha1 TEXT NOT NULL,
        pixel_width INTEGER NOT NULL,
        pixel_height INTEGER NOT NULL,
        dpi REAL NOT NULL))",
};

const char *const kSchema2[] = {
    R"(ALTER TABLE pages ADD COLUMN status TEXT NOT NULL DEFAULT 'layout'
        CHECK (status IN ('layout', 'proof', 'approved', 'sent')))",
    R"(CREATE TABLE swatches (
        id INTEGER PRIMARY KEY,
        position INTEGER NOT NULL,
        name TEXT NOT NULL DEFAULT '',
        color_c REAL NOT NULL,
        color_m REAL NOT NULL,
        color_y REAL NOT NULL,
        color_k REAL NOT NULL))",
    R"(CREATE TABLE export_settings (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        standard TEXT NOT NULL CHECK (standard IN ('pdfx-1a-2001', 'pdfx-4')),
        output_condition_identifier TEXT NOT NULL DEFAULT '',
        output_condition TEXT NOT NULL DEFAULT '',
        icc_profile_path TEXT NOT NULL DEFAULT '',
        bleed REAL NOT NULL,
        crop_marks INTEGER NOT NULL CHECK (crop_marks IN (0, 1)),
        slug_line INTEGER NOT NULL CHECK (slug_line IN (0, 1)),
        file_name_pattern TEXT NOT NULL DEFAULT '',
        version INTEGER NOT NULL,
        ink_limit REAL NOT NULL))",
};

const char *const kSchema3[] = {
    R"(CREATE TABLE proofs (
        id INTEGER PRIMARY KEY,
        position INTEGER NOT NULL,
        page_id INTEGER NOT NULL,
        round INTEGER NOT NULL CHECK (round >= 1),
        time TEXT NOT NULL,
        user TEXT NOT NULL DEFAULT '',
        page_status TEXT NOT NULL CHECK (page_status IN ('layout', 'proof', 'approved', 'sent')),
        pdf BLOB NOT NULL,
        text_map BLOB NOT NULL))",
    R"(CREATE TABLE notes (
        id INTEGER PRIMARY KEY,
        position INTEGER NOT NULL,
        page_id INTEGER NOT NULL,
        proof_id INTEGER NOT NULL,
        story_id INTEGER NOT NULL,
        start INTEGER NOT NULL CHECK (start >= 0),
        length INTEGER NOT NULL CHECK (length >= 0),
        marked_text TEXT NOT NULL DEFAULT '',
        context_before TEXT NOT NULL DEFAULT '',
        context_after TEXT NOT NULL DEFAULT '',
        kind TEXT NOT NULL CHECK (kind IN ('replace', 'delete', 'insert', 'swap', 'query')),
        replacement TEXT NOT NULL DEFAULT '',
        comment TEXT NOT NULL DEFAULT '',
        author TEXT NOT NULL DEFAULT '',
        time TEXT NOT NULL,
        status TEXT NOT NULL CHECK (status IN ('open', 'done', 'declined')),
        reply TEXT NOT NULL DEFAULT ''))",
};

const char *const kSchema4[] = {
    R"(CREATE TABLE guides (
        page_id INTEGER NOT NULL REFERENCES pages (id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        orientation TEXT NOT NULL CHECK (orientation IN ('horizontal', 'vertical')),
        at REAL NOT NULL,
        PRIMARY KEY (page_id, position)))",
};

const char *const kSchema5[] = {
    R"(CREATE TABLE signoff_settings (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        levels TEXT NOT NULL,
        require_signature INTEGER NOT NULL CHECK (require_signature IN (0, 1))))",
    R"(CREATE TABLE signatures (
        id INTEGER PRIMARY KEY,
        position INTEGER NOT NULL,
        page_id INTEGER NOT NULL,
        level TEXT NOT NULL,
        user TEXT NOT NULL DEFAULT '',
        time TEXT NOT NULL,
        fingerprint BLOB NOT NULL,
        text_map BLOB NOT NULL,
        frames BLOB NOT NULL,
        override_reason TEXT NOT NULL DEFAULT ''))",
    R"(CREATE TABLE sent_files (
        id INTEGER PRIMARY KEY,
        position INTEGER NOT NULL,
        page_id INTEGER NOT NULL,
        time TEXT NOT NULL,
        user TEXT NOT NULL DEFAULT '',
        path TEXT NOT NULL,
        fingerprint BLOB NOT NULL,
        text_map BLOB NOT NULL,
        override_reason TEXT NOT NULL DEFAULT ''))",
};

// Paragraph tracking (挤字/扩字) in 1/100 em; old paragraphs have none.
const char *const kSchema6[] = {
    R"(ALTER TABLE paragraphs ADD COLUMN tracking INTEGER NOT NULL DEFAULT 0
        CHECK (tracking BETWEEN -50 AND 100))",
};

struct Migration
{
    int toVersion;
    const char *const *statements;
    int count;
};

template <int N> constexpr Migration step(int toVersion, const char *const (&statements)[N])
{
    return {toVersion, statements, N};
}

const Migration kMigrations[] = {step(1, kSchema1), step(2, kSchema2), step(3, kSchema3),
                                 step(4, kSchema4), step(5, kSchema5), step(6, kSchema6)};

static_assert(sizeof(kMigrations) / sizeof(kMigrations[0]) == SchemaMigrator::currentVersion,
              "one migration per schema version");

} // namespace

bool SchemaMigrator::migrate(SqlConnection &connection, int from, QString *error)
{
    const auto fail = [&](const QString &what) {
        if (error)
            *error = what;
        connection.rollback();
        return false;
    };
    if (from < 0 || from > currentVersion)
        return fail(QStringLiteral("unknown schema version %1").arg(from));
    if (from == currentVersion)
        return true;
    if (!connection.beginTransaction())
        return fail(connection.errorText());
    if (from == 0 &&
        !connection.exec(QStringLiteral("PRAGMA application_id = %1").arg(applicationId)))
        return fail(connection.errorText());
    for (const auto &m : kMigrations) {
        if (m.toVersion <= from)
            continue;
        for (int i = 0; i < m.count; ++i) {
            if (!connection.exec(QString::fromUtf8(m.statements[i]))) {
                if (FileFailure::isEnvironment(connection.failure()))
                    return fail(connection.errorText());
                return fail(QStringLiteral("schema %1, step %2: %3")
                                .arg(m.toVersion)
                                .arg(i + 1)
                                .arg(connection.errorText()));
            }
        }
        const bool stamped =
            connection.exec(QStringLiteral("PRAGMA user_version = %1").arg(m.toVersion)) &&
            connection.exec(
                QStringLiteral("UPDATE folio_meta SET value = '%1' WHERE key = 'schema_version'")
                    .arg(m.toVersion));
        if (!stamped)
            return fail(connection.errorText());
    }
    if (!connection.commit())
        return fail(connection.errorText());
    return true;
}

} // namespace folio::store
