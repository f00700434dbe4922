#include "editionfixture.h"

#include "model/pagetemplate.h"
#include "store/editionstore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace folio;
using fixture::fileChecksum;

namespace {

// A plain SQLite connection for looking at the file behind the store's back.
class RawDb
{
public:
    explicit RawDb(const QString &path, bool readOnly = false)
        : m_name(QStringLiteral("raw-%1").arg(++s_count))
    {
        auto db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        if (readOnly)
            db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        db.open();
    }
    ~RawDb()
    {
        QSqlDatabase::database(m_name, false).close();
        QSqlDatabase::removeDatabase(m_name);
    }
    QSqlDatabase db() const { return QSqlDatabase::database(m_name, false); }
    QVariant scalar(const QString &sql) const
    {
        QSqlQuery q(db());
        if (!q.exec(sql) || !q.next())
            return {};
        return q.value(0);
    }
    bool exec(const QString &sql) const
    {
        QSqlQuery q(db());
        const bool ok = q.exec(sql);
        if (!ok)
            qWarning() << sql << q.lastError().text();
        return ok;
    }
    // name|type|notnull|default|pk for each column: the shape of a table.
    QStringList columns(const QString &table) const
    {
        QStringList out;
        QSqlQuery q(db());
        q.exec(QStringLiteral("PRAGMA table_info(%1)").arg(table));
        while (q.next())
            out << QStringLiteral("%1|%2|%3|%4|%5")
                       .arg(q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                            q.value(4).toString(), q.value(5).toString());
        return out;
    }
    QStringList tables() const
    {
        QStringList out;
        QSqlQuery q(db());
        q.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"));
        while (q.next())
            out << q.value(0).toString();
        return out;
    }

private:
    QString m_name;
    static inline int s_count = 0;
};

// The schema-1 file format exactly as released, kept here independently of the store's copy
// so that a change to the store's migration 1 cannot go unnoticed.
const char *const kSchema1Ddl[] = {
    "CREATE TABLE folio_meta (key TEXT PRIMARY KEY NOT NULL, value TEXT NOT NULL)",
    "INSERT INTO folio_meta VALUES ('application', 'folio-edition'), ('schema_version', '1')",
    "CREATE TABLE edition (id INTEGER PRIMARY KEY CHECK (id = 1), name TEXT NOT NULL DEFAULT '',"
    " date TEXT, paper_name TEXT NOT NULL DEFAULT '', last_id INTEGER NOT NULL DEFAULT 0)",
    "CREATE TABLE pages (id INTEGER PRIMARY KEY, position INTEGER NOT NULL, section TEXT NOT "
    "NULL DEFAULT '', number INTEGER NOT NULL, template_name TEXT NOT NULL DEFAULT '', width "
    "REAL NOT NULL, height REAL NOT NULL, margin_left REAL NOT NULL, margin_top REAL NOT NULL, "
    "margin_right REAL NOT NULL, margin_bottom REAL NOT NULL, grid_columns INTEGER NOT NULL, "
    "grid_gutter REAL NOT NULL, grid_character_grid INTEGER NOT NULL CHECK (grid_character_grid "
    "IN (0, 1)), grid_font_size REAL NOT NULL, grid_leading REAL NOT NULL)",
    "CREATE TABLE frames (id INTEGER PRIMARY KEY, page_id INTEGER NOT NULL REFERENCES pages (id) "
    "ON DELETE CASCADE, position INTEGER NOT NULL, kind TEXT NOT NULL CHECK (kind IN ('text', "
    "'image', 'rule', 'box')), name TEXT NOT NULL DEFAULT '', x REAL NOT NULL, y REAL NOT NULL, "
    "width REAL NOT NULL, height REAL NOT NULL, z INTEGER NOT NULL, locked INTEGER NOT NULL "
    "CHECK (locked IN (0, 1)), group_id INTEGER NOT NULL, columns INTEGER NOT NULL, gutter REAL "
    "NOT NULL, column_chars INTEGER NOT NULL, inset_left REAL NOT NULL, inset_top REAL NOT NULL, "
    "inset_right REAL NOT NULL, inset_bottom REAL NOT NULL, story_id INTEGER NOT NULL, "
    "chain_index INTEGER NOT NULL, asset_id INTEGER NOT NULL, fit TEXT NOT NULL CHECK (fit IN "
    "('fill', 'fit', 'original', 'manual')), image_offset_x REAL NOT NULL, image_offset_y REAL "
    "NOT NULL, image_scale REAL NOT NULL, caption_frame_id INTEGER NOT NULL, text_wrap INTEGER "
    "NOT NULL CHECK (text_wrap IN (0, 1)), wrap_offset REAL NOT NULL, has_stroke INTEGER NOT "
    "NULL CHECK (has_stroke IN (0, 1)), stroke_c REAL NOT NULL, stroke_m REAL NOT NULL, stroke_y "
    "REAL NOT NULL, stroke_k REAL NOT NULL, stroke_width REAL NOT NULL, has_fill INTEGER NOT "
    "NULL CHECK (has_fill IN (0, 1)), fill_c REAL NOT NULL, fill_m REAL NOT NULL, fill_y REAL "
    "NOT NULL, fill_k REAL NOT NULL)",
    "CREATE INDEX frames_by_page ON frames (page_id)",
    "CREATE TABLE stories (id INTEGER PRIMARY KEY, position INTEGER NOT NULL, slug TEXT NOT NULL "
    "DEFAULT '', status TEXT NOT NULL CHECK (status IN ('draft', 'edited', 'proofed', "
    "'approved')))",
    "CREATE TABLE paragraphs (story_id INTEGER NOT NULL REFERENCES stories (id) ON DELETE "
    "CASCADE, position INTEGER NOT NULL, style_id INTEGER NOT NULL, PRIMARY KEY (story_id, "
    "position))",
    "CREATE TABLE runs (story_id INTEGER NOT NULL, paragraph INTEGER NOT NULL, position INTEGER "
    "NOT NULL, text TEXT NOT NULL, character_style_id INTEGER NOT NULL, PRIMARY KEY (story_id, "
    "paragraph, position), FOREIGN KEY (story_id, paragraph) REFERENCES paragraphs (story_id, "
    "position) ON DELETE CASCADE)",
    "CREATE TABLE paragraph_styles (id INTEGER PRIMARY KEY, position INTEGER NOT NULL, name TEXT "
    "NOT NULL DEFAULT '', based_on_id INTEGER NOT NULL, role TEXT NOT NULL CHECK (role IN "
    "('body', 'kicker', 'headline', 'subhead', 'byline', 'caption', 'credit', 'banner', "
    "'other')), font_family TEXT NOT NULL DEFAULT '', font_style TEXT NOT NULL DEFAULT '', size "
    "REAL NOT NULL, leading_mode TEXT NOT NULL CHECK (leading_mode IN ('absolute', "
    "'multiple')), leading REAL NOT NULL, first_line_indent REAL NOT NULL, space_before REAL NOT "
    "NULL, space_after REAL NOT NULL, alignment TEXT NOT NULL CHECK (alignment IN ('justify', "
    "'left', 'center', 'right', 'distributed')), letter_spacing REAL NOT NULL, kinsoku TEXT NOT "
    "NULL CHECK (kinsoku IN ('none', 'basic', 'strict')), punctuation TEXT NOT NULL CHECK "
    "(punctuation IN ('full-width', 'kaiming', 'half-width')), line_end_trim TEXT NOT NULL CHECK "
    "(line_end_trim IN ('to-fit', 'always')), line_start_trim INTEGER NOT NULL CHECK "
    "(line_start_trim IN (0, 1)), han_latin_spacing REAL NOT NULL, hanging_punctuation INTEGER "
    "NOT NULL CHECK (hanging_punctuation IN (0, 1)), avoid_lone_character INTEGER NOT NULL CHECK "
    "(avoid_lone_character IN (0, 1)), color_c REAL NOT NULL, color_m REAL NOT NULL, color_y "
    "REAL NOT NULL, color_k REAL NOT NULL)",
    "CREATE TABLE character_styles (id INTEGER PRIMARY KEY, position INTEGER NOT NULL, name TEXT "
    "NOT NULL DEFAULT '', based_on_id INTEGER NOT NULL, font_family TEXT NOT NULL DEFAULT '', "
    "font_style TEXT NOT NULL DEFAULT '', size REAL NOT NULL, has_color INTEGER NOT NULL CHECK "
    "(has_color IN (0, 1)), color_c REAL NOT NULL, color_m REAL NOT NULL, color_y REAL NOT NULL, "
    "color_k REAL NOT NULL, letter_spacing REAL NOT NULL)",
    "CREATE TABLE images (id INTEGER PRIMARY KEY, position INTEGER NOT NULL, name TEXT NOT NULL "
    "DEFAULT '', format TEXT NOT NULL DEFAULT '', data BLOB NOT NULL, sha1 TEXT NOT NULL, "
    "pixel_width INTEGER NOT NULL, pixel_height INTEGER NOT NULL, dpi REAL NOT NULL)",
    "PRAGMA application_id = 1179601993",
    "PRAGMA user_version = 1",
};

// A small schema-1 edition as an older Folio wrote it (rollback journal, no WAL).
void writeSchema1File(const QString &path, const QByteArray &png)
{
    RawDb raw(path);
    for (const char *sql : kSchema1Ddl)
        QVERIFY(raw.exec(QString::fromUtf8(sql)));
    const QString rows[] = {
        "INSERT INTO edition VALUES (1, '工人日报 旧版', '2024-12-31', '工人日报', 77)",
        "INSERT INTO pages VALUES (10, 0, 'A', 1, 'tabloid6', 771.02, 1105.51, 40, 56.69, 40, "
        "60, 6, 9, 1, 9, 13.5)",
        "INSERT INTO pages VALUES (11, 1, 'B', 2, 'tabloid6', 771.02, 1105.51, 40, 56.69, 40, "
        "60, 6, 9, 0, 9, 13.5)",
        "INSERT INTO frames VALUES (20, 10, 0, 'text', '正文框', 40, 56.69, 300, 400, 1, 0, 0, "
        "2, 9, 12, 0, 0, 0, 0, 30, 0, 0, 'fit', 0, 0, 1, 0, 0, 4.5, 0, 0, 0, 0, 1, 0.5, 0, 0, 0, "
        "0, 0.1)",
        "INSERT INTO frames VALUES (21, 11, 0, 'image', '图', 40, 56.69, 200, 150, 2, 1, 0, 1, "
        "9, 0, 0, 0, 0, 0, 0, 0, 40, 'fill', 3, 4, 1, 0, 1, 4.5, 1, 0, 0, 0, 1, 0.75, 0, 0, 0, "
        "0, 0.1)",
        "INSERT INTO stories VALUES (30, 0, '工会', 'edited')",
        "INSERT INTO paragraphs VALUES (30, 0, 50), (30, 1, 50)",
        "INSERT INTO runs VALUES (30, 0, 0, '本报讯', 51), (30, 0, 1, '（记者 周美玉）', 0), "
        "(30, 1, 0, '第二段。', 0)",
        "INSERT INTO paragraph_styles VALUES (50, 0, '正文', 0, 'body', 'Noto Serif CJK SC', "
        "'Regular', 9, 'absolute', 13.5, 2, 0, 0, 'justify', 0, 'basic', 'full-width', 'to-fit', "
        "0, 0.25, 0, 1, 0, 0, 0, 1)",
        "INSERT INTO character_styles VALUES (51, 0, '电头署名', 0, 'LXGW WenKai', 'Bold', 0, 0, "
        "0, 0, 0, 1, 0)",
    };
    for (const auto &sql : rows)
        QVERIFY(raw.exec(sql));
    QSqlQuery image(raw.db());
    image.prepare(QStringLiteral("INSERT INTO images VALUES (40, 0, 'a.png', 'png', ?, 'x', 8, "
                                 "6, 96)"));
    image.addBindValue(png);
    QVERIFY(image.exec());
}

} // namespace

class tst_EditionStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void roundTrip_data();
    void roundTrip();
    void rowsInTheFile();
    void saveDeletesRowsThatNoLongerExist();
    void saveOverNonEditionFileReplacesIt();
    void failedSaveLeavesFileIntact();
    void saveToMissingFolderFails();
    void saveRefusesNewerSchemaFile();

    void migrateSchema1_data();
    void migrateSchema1();
    void migratedSchemaMatchesNewFile();

    void badFile_data();
    void badFile();
    void readOnlyFile();
    void readOnlyModeNeverWrites();

private:
    QString filePath(const QString &name) const { return m_dir->filePath(name); }
    QStringList leftovers() const;

    std::unique_ptr<QTemporaryDir> m_dir;
};

void tst_EditionStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void tst_EditionStore::cleanup()
{
    // Restore write permission so the temporary folder can be removed.
    for (const auto &entry : QDir(m_dir->path()).entryInfoList(QDir::Files | QDir::Hidden))
        QFile::setPermissions(entry.filePath(), QFile::ReadOwner | QFile::WriteOwner);
    m_dir.reset();
}

// Files other than the editions themselves: temporary saves, logs, shared-memory indexes.
QStringList tst_EditionStore::leftovers() const
{
    QStringList out;
    for (const auto &name : QDir(m_dir->path()).entryList(QDir::Files | QDir::Hidden))
        if (name.startsWith(QLatin1Char('.')) || name.endsWith(QLatin1String("-wal")) ||
            name.endsWith(QLatin1String("-shm")))
            out << name;
    return out;
}

void tst_EditionStore::roundTrip_data()
{
    QTest::addColumn<int>("kind");
    QTest::newRow("empty edition, default values") << 0;
    QTest::newRow("every field set, every enum value") << 1;
    QTest::newRow("default styles and a template page") << 2;
}

void tst_EditionStore::roundTrip()
{
    QFETCH(int, kind);
    std::unique_ptr<Edition> edition;
    if (kind == 0) {
        edition = std::make_unique<Edition>();
        edition->putStory(Story{});
        edition->insertPage(0, Page{});
    } else if (kind == 1) {
        edition = fixture::fullEdition();
    } else {
        edition = Edition::createDefault();
        Page page = PageTemplate::broadsheet8().makePage();
        page.id = edition->newId();
        edition->insertPage(0, page);
    }
    const QString path = filePath(QStringLiteral("往返.folio"));
    QString error;
    QVERIFY2(EditionStore::save(*edition, path, &error), qPrintable(error));
    QVERIFY2(leftovers().isEmpty(), qPrintable(leftovers().join(u',')));

    const OpenResult opened = EditionStore::open(path);
    QVERIFY2(opened.isOk(), qPrintable(opened.error));
    QVERIFY(!opened.readOnly);
    QVERIFY(!opened.migrated);
    QCOMPARE(opened.fileSchemaVersion, EditionStore::currentSchemaVersion());
    const Edition &back = *opened.edition;
    QVERIFY(back.info() == edition->info());
    QCOMPARE(back.pages().size(), edition->pages().size());
    for (int i = 0; i < back.pages().size(); ++i) {
        QCOMPARE(back.pages()[i].frames.size(), edition->pages()[i].frames.size());
        for (int f = 0; f < back.pages()[i].frames.size(); ++f)
            QVERIFY2(back.pages()[i].frames[f] == edition->pages()[i].frames[f],
                     qPrintable(QStringLiteral("page %1 frame %2").arg(i).arg(f)));
        QVERIFY2(back.pages()[i] == edition->pages()[i], qPrintable(QString::number(i)));
    }
    QVERIFY(back.stories() == edition->stories());
    QVERIFY(back.paragraphStyles() == edition->paragraphStyles());
    QVERIFY(back.characterStyles() == edition->characterStyles());
    QVERIFY(back.swatches() == edition->swatches());
    QVERIFY(back.images() == edition->images());
    QVERIFY(back.exportSettings() == edition->exportSettings());
    QVERIFY(back.contentEquals(*edition));
    QCOMPARE(back.lastId(), edition->lastId());
    QCOMPARE(back.undoStack()->count(), 0);

    // Saving what was read gives the same file content again (in place this time).
    QVERIFY2(EditionStore::save(back, path, &error), qPrintable(error));
    const OpenResult again = EditionStore::open(path);
    QVERIFY(again.isOk());
    QVERIFY(again.edition->contentEquals(*edition));
    QVERIFY(leftovers().isEmpty());
}

void tst_EditionStore::rowsInTheFile()
{
    const auto edition = fixture::fullEdition();
    const QString path = filePath(QStringLiteral("rows.folio"));
    QVERIFY(EditionStore::save(*edition, path));

    RawDb raw(path, true);
    QCOMPARE(raw.scalar(QStringLiteral("PRAGMA application_id")).toLongLong(), 0x464F4C49);
    QCOMPARE(raw.scalar(QStringLiteral("PRAGMA user_version")).toInt(),
             EditionStore::currentSchemaVersion());
    QCOMPARE(raw.scalar(QStringLiteral("PRAGMA journal_mode")).toString(), QStringLiteral("wal"));
    QCOMPARE(raw.scalar("SELECT value FROM folio_meta WHERE key = 'application'").toString(),
             QStringLiteral("folio-edition"));
    QCOMPARE(raw.scalar("SELECT value FROM folio_meta WHERE key = 'schema_version'").toString(),
             QString::number(EditionStore::currentSchemaVersion()));

    // Pictures travel inside the file as BLOBs, byte for byte.
    const ImageAsset &photo = edition->images().first();
    QCOMPARE(raw.scalar("SELECT typeof(data) FROM images WHERE id = 401").toString(),
             QStringLiteral("blob"));
    QCOMPARE(raw.scalar("SELECT data FROM images WHERE id = 401").toByteArray(), photo.data);
    QCOMPARE(raw.scalar("SELECT length(data) FROM images WHERE id = 402").toInt(), 0);

    // Enums are stored as readable keys; geometry as exact doubles; text as UTF-8.
    QCOMPARE(raw.scalar("SELECT status FROM pages WHERE id = 501").toString(),
             QStringLiteral("sent"));
    QCOMPARE(raw.scalar("SELECT kind || ',' || fit FROM frames WHERE id = 602").toString(),
             QStringLiteral("image,fit"));
    QCOMPARE(raw.scalar("SELECT width FROM frames WHERE id = 601").toDouble(), 0.1 + 0.2);
    QCOMPARE(raw.scalar("SELECT stroke_m FROM frames WHERE id = 601").toDouble(), 1.0 / 3.0);
    QCOMPARE(raw.scalar("SELECT text FROM runs WHERE story_id = 301 AND paragraph = 1 AND "
                        "position = 0")
                 .toString(),
             QStringLiteral("本报讯（记者 周美玉）"));
    QCOMPARE(raw.scalar("SELECT count(*) FROM paragraphs WHERE story_id = 301").toInt(), 3);
    QCOMPARE(raw.scalar("SELECT group_concat(role) FROM (SELECT role FROM paragraph_styles "
                        "ORDER BY position)")
                 .toString(),
             QStringLiteral("body,kicker,headline,subhead,byline,caption,credit,banner,other"));
    QCOMPARE(raw.scalar("SELECT last_id FROM edition").toLongLong(), 1000);
    QCOMPARE(raw.scalar("SELECT date FROM edition").toString(), QStringLiteral("2025-01-20"));
    QCOMPARE(raw.scalar("SELECT standard FROM export_settings").toString(),
             QStringLiteral("pdfx-4"));

    // The structure is enforced by the file itself, not only by our code.
    QCOMPARE(raw.scalar("SELECT \"table\" || ':' || on_delete FROM pragma_foreign_key_list("
                        "'frames')")
                 .toString(),
             QStringLiteral("pages:CASCADE"));
    QCOMPARE(raw.scalar(QStringLiteral("PRAGMA foreign_key_check")), QVariant());
    QCOMPARE(raw.scalar(QStringLiteral("PRAGMA integrity_check")).toString(), QStringLiteral("ok"));
}

void tst_EditionStore::saveDeletesRowsThatNoLongerExist()
{
    const auto edition = fixture::fullEdition();
    const QString path = filePath(QStringLiteral("delete.folio"));
    QVERIFY(EditionStore::save(*edition, path));

    edition->eraseFrame(602);
    edition->erasePage(504);
    edition->eraseStory(302);
    edition->eraseParagraphStyle(109);
    edition->eraseCharacterStyle(152);
    edition->eraseSwatch(202);
    edition->eraseImage(402);
    Story story = *edition->story(301);
    story.paragraphs.removeLast();
    story.paragraphs[1].runs[1].text = QStringLiteral("改过的正文。");
    edition->putStory(story);
    // A frame moved to another page keeps its id and row.
    Frame moved = *edition->frame(603);
    moved.rect.moveTo(10, 20);
    edition->putFrame(502, moved);
    QString error;
    QVERIFY2(EditionStore::save(*edition, path, &error), qPrintable(error));

    {
        RawDb raw(path, true);
        const auto count = [&raw](const char *table) {
            return raw.scalar(QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table)))
                .toInt();
        };
        QCOMPARE(count("frames"), 4);
        QCOMPARE(count("pages"), 3);
        QCOMPARE(count("stories"), 3);
        QCOMPARE(count("paragraph_styles"), 8);
        QCOMPARE(count("character_styles"), 1);
        QCOMPARE(count("swatches"), 1);
        QCOMPARE(count("images"), 1);
        QCOMPARE(count("paragraphs"), 2);
        QCOMPARE(raw.scalar("SELECT page_id FROM frames WHERE id = 603").toLongLong(), 502);
        QCOMPARE(raw.scalar("SELECT count(*) FROM runs WHERE story_id = 302").toInt(), 0);
    }
    const OpenResult opened = EditionStore::open(path);
    QVERIFY2(opened.isOk(), qPrintable(opened.error));
    QVERIFY(opened.edition->contentEquals(*edition));
}

void tst_EditionStore::saveOverNonEditionFileReplacesIt()
{
    const QString path = filePath(QStringLiteral("notes.folio"));
    QFile text(path);
    QVERIFY(text.open(QIODevice::WriteOnly));
    text.write("这不是版面文件\n");
    text.close();
    const auto edition = fixture::fullEdition();
    QString error;
    QVERIFY2(EditionStore::save(*edition, path, &error), qPrintable(error));
    const OpenResult opened = EditionStore::open(path);
    QVERIFY2(opened.isOk(), qPrintable(opened.error));
    QVERIFY(opened.edition->contentEquals(*edition));
    QVERIFY(leftovers().isEmpty());
}

// Regression: a save that fails half-way must not leave a half-written edition behind.
void tst_EditionStore::failedSaveLeavesFileIntact()
{
    const auto edition = fixture::fullEdition();
    const QString path = filePath(QStringLiteral("intact.folio"));
    QVERIFY(EditionStore::save(*edition, path));
    const QByteArray before = fileChecksum(path);

    // Two frames with one id cannot both be stored: the save must fail as a whole.
    auto broken = fixture::fullEdition();
    broken->setInfo({QStringLiteral("不应写入"), {}, {}});
    Page page = *broken->page(502);
    page.frames.append(fixture::fullFrame(601, FrameKind::Box, 9));
    broken->putPage(page);
    QString error;
    QVERIFY(!EditionStore::save(*broken, path, &error));
    QVERIFY2(error.contains(QDir::toNativeSeparators(path)), qPrintable(error));
    QVERIFY2(error.contains(QStringLiteral("601")), qPrintable(error));
    QCOMPARE(fileChecksum(path), before);
    const OpenResult opened = EditionStore::open(path);
    QVERIFY(opened.isOk());
    QVERIFY(opened.edition->contentEquals(*edition));

    // The same to a new path: no file, no temporary file.
    const QString fresh = filePath(QStringLiteral("fresh.folio"));
    QVERIFY(!EditionStore::save(*broken, fresh, &error));
    QVERIFY(!QFile::exists(fresh));
    QVERIFY2(leftovers().isEmpty(), qPrintable(leftovers().join(u',')));
}

void tst_EditionStore::saveToMissingFolderFails()
{
    const QString path = filePath(QStringLiteral("没有这个文件夹/a.folio"));
    QString error;
    QVERIFY(!EditionStore::save(Edition(), path, &error));
    QVERIFY2(error.contains(QDir::toNativeSeparators(path)), qPrintable(error));
    QVERIFY2(error.contains(QStringLiteral("不存在")), qPrintable(error));
}

void tst_EditionStore::saveRefusesNewerSchemaFile()
{
    const QString path = filePath(QStringLiteral("newer.folio"));
    QVERIFY(EditionStore::save(Edition(), path));
    {
        RawDb raw(path);
        QVERIFY(raw.exec(QStringLiteral("PRAGMA user_version = 9")));
    }
    const QByteArray before = fileChecksum(path);
    QString error;
    QVERIFY(!EditionStore::save(*fixture::fullEdition(), path, &error));
    QVERIFY2(error.contains(QStringLiteral("更新版本")), qPrintable(error));
    QCOMPARE(fileChecksum(path), before);
}

void tst_EditionStore::migrateSchema1_data()
{
    QTest::addColumn<bool>("writable");
    QTest::newRow("writable: upgraded in place") << true;
    QTest::newRow("read-only: upgraded in a copy") << false;
}

void tst_EditionStore::migrateSchema1()
{
    QFETCH(bool, writable);
    const QString path = filePath(QStringLiteral("schema1.folio"));
    const QByteArray png = fixture::pngBytes(8, 6, Qt::red);
    writeSchema1File(path, png);
    if (!writable)
        QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::ReadGroup));
    const QByteArray before = fileChecksum(path);

    const OpenResult opened = EditionStore::open(path);
    QVERIFY2(opened.isOk(), qPrintable(opened.error));
    QCOMPARE(opened.fileSchemaVersion, 1);
    QVERIFY(opened.migrated);
    QCOMPARE(opened.readOnly, !writable);

    const Edition &e = *opened.edition;
    QCOMPARE(e.info().name, QStringLiteral("工人日报 旧版"));
    QCOMPARE(e.info().date, QDate(2024, 12, 31));
    QCOMPARE(e.lastId(), 77);
    QCOMPARE(e.pages().size(), 2);
    QCOMPARE(e.pages()[1].id, 11);
    // Schema 1 had no page status: every page starts in layout.
    QCOMPARE(e.pages()[0].status, PageStatus::Layout);
    QVERIFY(e.pages()[0].grid.characterGrid);
    const Frame *text = e.frame(20);
    QVERIFY(text);
    QCOMPARE(text->storyId, 30);
    QCOMPARE(text->columnChars, 12);
    QCOMPARE(text->rect, QRectF(40, 56.69, 300, 400));
    const Frame *image = e.frame(21);
    QVERIFY(image && image->kind == FrameKind::Image && image->fit == ImageFit::Fill);
    QCOMPARE(image->imageOffset, QPointF(3, 4));
    QCOMPARE(e.pageOfFrame(21)->id, 11);
    QCOMPARE(e.story(30)->plainText(), QStringLiteral("本报讯（记者 周美玉）\n第二段。"));
    QCOMPARE(e.story(30)->paragraphs[0].runs[0].characterStyleId, 51);
    QCOMPARE(e.story(30)->status, StoryStatus::Edited);
    QCOMPARE(e.paragraphStyles().size(), 1);
    QCOMPARE(e.characterStyle(51)->fontFamily, QStringLiteral("LXGW WenKai"));
    QCOMPARE(e.images().size(), 1);
    QCOMPARE(e.images()[0].data, png);
    QCOMPARE(e.images()[0].pixelSize, QSize(8, 6));
    // Nor swatches or export settings: none, and the defaults.
    QVERIFY(e.swatches().isEmpty());
    QVERIFY(e.exportSettings() == ExportSettings());

    if (!writable) {
        QCOMPARE(fileChecksum(path), before);
        QVERIFY(leftovers().isEmpty());
        QString error;
        QVERIFY(!EditionStore::save(e, path, &error));
        return;
    }
    {
        RawDb raw(path, true);
        QCOMPARE(raw.scalar(QStringLiteral("PRAGMA user_version")).toInt(),
                 EditionStore::currentSchemaVersion());
        QCOMPARE(raw.scalar("SELECT value FROM folio_meta WHERE key = 'schema_version'").toString(),
                 QString::number(EditionStore::currentSchemaVersion()));
        QCOMPARE(raw.scalar("SELECT group_concat(status) FROM pages").toString(),
                 QStringLiteral("layout,layout"));
        QCOMPARE(raw.scalar("SELECT count(*) FROM swatches").toInt(), 0);
    }
    // The upgraded file is an ordinary current edition: it saves in place and reopens as is.
    Edition &editable = *opened.edition;
    Page page = *editable.page(10);
    page.status = PageStatus::Approved;
    editable.putPage(page);
    editable.putSwatch({editable.newId(), QStringLiteral("黑"), CmykColor::black()});
    QString error;
    QVERIFY2(EditionStore::save(editable, path, &error), qPrintable(error));
    const OpenResult again = EditionStore::open(path);
    QVERIFY2(again.isOk(), qPrintable(again.error));
    QVERIFY(!again.migrated);
    QVERIFY(again.edition->contentEquals(editable));
    QCOMPARE(again.edition->lastId(), 78);
}

void tst_EditionStore::migratedSchemaMatchesNewFile()
{
    const QString old = filePath(QStringLiteral("old.folio"));
    writeSchema1File(old, fixture::pngBytes(2, 2, Qt::blue));
    QVERIFY(EditionStore::open(old).isOk());
    const QString fresh = filePath(QStringLiteral("new.folio"));
    QVERIFY(EditionStore::save(Edition(), fresh));

    RawDb a(old, true);
    RawDb b(fresh, true);
    QCOMPARE(a.tables(), b.tables());
    for (const auto &table : b.tables())
        QCOMPARE(a.columns(table), b.columns(table));
}

void tst_EditionStore::badFile_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("expected");
    QTest::newRow("missing") << "missing.folio"
                             << "不存在";
    QTest::newRow("folder") << "folder.folio"
                            << "文件夹";
    QTest::newRow("empty") << "empty.folio"
                           << "空的";
    QTest::newRow("text file") << "text.folio"
                               << "不是 SQLite";
    QTest::newRow("short header") << "short.folio"
                                  << "不完整";
    QTest::newRow("other SQLite database") << "other.folio"
                                           << "其他程序";
    QTest::newRow("Folio id without metadata") << "nometa.folio"
                                               << "缺少 Folio 元数据";
    QTest::newRow("newer schema") << "newer.folio"
                                  << "更新版本";
    QTest::newRow("truncated") << "truncated.folio"
                               << "截断";
    QTest::newRow("truncated at a page boundary") << "cut.folio"
                                                  << "截断";
    QTest::newRow("corrupted pages") << "corrupted.folio"
                                     << "损坏";
    QTest::newRow("unknown enum key") << "enum.folio"
                                      << "kind";
}

void tst_EditionStore::badFile()
{
    QFETCH(QString, name);
    QFETCH(QString, expected);
    const QString path = filePath(name);
    const auto writeBytes = [&path](const QByteArray &bytes) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(bytes);
    };
    const auto saveEdition = [&path]() {
        QVERIFY(EditionStore::save(*fixture::fullEdition(), path));
    };
    const QString tag = QString::fromLatin1(QTest::currentDataTag());
    if (tag == QLatin1String("folder")) {
        QVERIFY(QDir(m_dir->path()).mkdir(name));
    } else if (tag == QLatin1String("empty")) {
        writeBytes({});
    } else if (tag == QLatin1String("text file")) {
        writeBytes("北京工人报\n这是一段文字，不是数据库。\n");
    } else if (tag == QLatin1String("short header")) {
        writeBytes(QByteArray("SQLite format 3\0\x10\x00", 18));
    } else if (tag == QLatin1String("other SQLite database")) {
        RawDb raw(path);
        QVERIFY(raw.exec(QStringLiteral("CREATE TABLE contacts (name TEXT)")));
    } else if (tag == QLatin1String("Folio id without metadata")) {
        RawDb raw(path);
        QVERIFY(raw.exec(QStringLiteral("PRAGMA application_id = 1179601993")));
        QVERIFY(raw.exec(QStringLiteral("PRAGMA user_version = 2")));
        QVERIFY(raw.exec(QStringLiteral("CREATE TABLE t (x)")));
    } else if (tag == QLatin1String("newer schema")) {
        saveEdition();
        RawDb raw(path);
        const int newer = EditionStore::currentSchemaVersion() + 1;
        QVERIFY(raw.exec(QStringLiteral("PRAGMA user_version = %1").arg(newer)));
        QVERIFY(raw.exec(
            QStringLiteral("UPDATE folio_meta SET value = '%1' WHERE key = 'schema_version'")
                .arg(newer)));
    } else if (tag == QLatin1String("truncated")) {
        saveEdition();
        QFile file(path);
        QVERIFY(file.resize(file.size() / 2 + 100));
    } else if (tag == QLatin1String("truncated at a page boundary")) {
        saveEdition();
        QFile file(path);
        QVERIFY(file.resize(file.size() / 4096 / 2 * 4096));
    } else if (tag == QLatin1String("corrupted pages")) {
        saveEdition();
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadWrite));
        // Every b-tree page header after page 1 overwritten: the tables are unreadable.
        const qint64 pageSize = 4096;
        for (qint64 offset = pageSize; offset < file.size(); offset += pageSize) {
            file.seek(offset);
            file.write(QByteArray(16, '\x5a'));
        }
    } else if (tag == QLatin1String("unknown enum key")) {
        saveEdition();
        RawDb raw(path);
        QVERIFY(raw.exec(QStringLiteral("PRAGMA ignore_check_constraints = ON")));
        QVERIFY(raw.exec("UPDATE frames SET kind = 'hologram' WHERE id = 603"));
    }
    const bool exists = QFileInfo(path).isFile();
    const QByteArray before = exists ? fileChecksum(path) : QByteArray();
    const QStringList leftBefore = leftovers();

    const OpenResult opened = EditionStore::open(path);
    QVERIFY(!opened.isOk());
    qInfo("%s", qPrintable(opened.error));
    QVERIFY2(opened.error.contains(QDir::toNativeSeparators(path)), qPrintable(opened.error));
    QVERIFY2(opened.error.contains(expected), qPrintable(opened.error));
    // A failed open never changes the file, nor leaves files next to it.
    if (exists)
        QCOMPARE(fileChecksum(path), before);
    QCOMPARE(leftovers(), leftBefore);
    QCOMPARE(EditionStore::open(path, EditionStore::OpenMode::ReadOnly).error, opened.error);
}

void tst_EditionStore::readOnlyFile()
{
    const auto edition = fixture::fullEdition();
    const QString path = filePath(QStringLiteral("只读.folio"));
    QVERIFY(EditionStore::save(*edition, path));
    QVERIFY(!EditionStore::isReadOnlyFile(path));
    // Tests may run as root, where write access ignores these bits: the store must not.
    QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther));
    QVERIFY(EditionStore::isReadOnlyFile(path));
    const QByteArray before = fileChecksum(path);

    const OpenResult opened = EditionStore::open(path);
    QVERIFY2(opened.isOk(), qPrintable(opened.error));
    QVERIFY(opened.readOnly);
    QVERIFY(opened.edition->contentEquals(*edition));

    opened.edition->setInfo({QStringLiteral("改动"), {}, {}});
    QString error;
    QVERIFY(!EditionStore::save(*opened.edition, path, &error));
    QVERIFY2(error.contains(QDir::toNativeSeparators(path)), qPrintable(error));
    QVERIFY2(error.contains(QStringLiteral("只读")), qPrintable(error));
    QCOMPARE(fileChecksum(path), before);
    QVERIFY(leftovers().isEmpty());

    // "Save as" elsewhere still works.
    QVERIFY(EditionStore::save(*opened.edition, filePath(QStringLiteral("副本.folio")), &error));
}

void tst_EditionStore::readOnlyModeNeverWrites()
{
    const QString path = filePath(QStringLiteral("schema1.folio"));
    writeSchema1File(path, fixture::pngBytes(4, 4, Qt::green));
    const QByteArray before = fileChecksum(path);
    const OpenResult opened = EditionStore::open(path, EditionStore::OpenMode::ReadOnly);
    QVERIFY2(opened.isOk(), qPrintable(opened.error));
    QVERIFY(opened.readOnly);
    QVERIFY(opened.migrated);
    QCOMPARE(fileChecksum(path), before);
    QVERIFY(leftovers().isEmpty());
    RawDb raw(path, true);
    QCOMPARE(raw.scalar(QStringLiteral("PRAGMA user_version")).toInt(), 1);
}

QTEST_GUILESS_MAIN(tst_EditionStore)
#include "tst_editionstore.moc"
