#include "store/proofrows.h"

#include "model/edition.h"
#include "store/sqlconnection.h"
#include "store/valuecodec.h"

#include <QCoreApplication>
#include <QDataStream>
#include <QIODevice>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

namespace folio::store {

namespace {

constexpr quint32 kTextMapMagic = 0x464d4150; // "FMAP"
constexpr quint16 kTextMapVersion = 1;

QString tr(const char *text)
{
    return QCoreApplication::translate("folio::EditionStore", text);
}

bool failWith(QString *error, const QString &problem)
{
    if (error)
        *error = problem;
    return false;
}

} // namespace

QByteArray ProofRows::encodeTextMap(const QList<TextMapEntry> &map)
{
    QByteArray raw;
    QDataStream out(&raw, QIODevice::WriteOnly);
    out.setVersion(QDataStream::Qt_6_4);
    out << kTextMapMagic << kTextMapVersion << quint32(map.size());
    for (const TextMapEntry &e : map)
        out << qint64(e.storyId) << qint32(e.offset) << qint32(e.length) << e.box.x() << e.box.y()
            << e.box.width() << e.box.height() << e.text;
    return qCompress(raw);
}

bool ProofRows::decodeTextMap(const QByteArray &bytes, QList<TextMapEntry> *map)
{
    const QByteArray raw = qUncompress(bytes);
    QDataStream in(raw);
    in.setVersion(QDataStream::Qt_6_4);
    quint32 magic = 0;
    quint16 version = 0;
    quint32 count = 0;
    in >> magic >> version >> count;
    // Each entry takes at least 52 bytes: a count larger than the data can hold is damage.
    if (in.status() != QDataStream::Ok || magic != kTextMapMagic || version != kTextMapVersion ||
        qint64(count) * 52 > raw.size())
        return false;
    QList<TextMapEntry> entries;
    entries.reserve(count);
    for (quint32 i = 0; i < count; ++i) {
        qint64 story = 0;
        qint32 offset = 0;
        qint32 length = 0;
        double x = 0, y = 0, w = 0, h = 0;
        QString text;
        in >> story >> offset >> length >> x >> y >> w >> h >> text;
        entries.append({story, offset, length, QRectF(x, y, w, h), text});
    }
    if (in.status() != QDataStream::Ok || !in.atEnd())
        return false;
    *map = std::move(entries);
    return true;
}

bool ProofRows::write(SqlConnection &connection, const Edition &edition, QString *error)
{
    QSqlQuery select(connection.database());
    select.setForwardOnly(true);
    if (!select.exec(QStringLiteral("SELECT id FROM proofs")))
        return failWith(error, select.lastError().text());
    QSet<ObjectId> stored;
    while (select.next())
        stored.insert(select.value(0).toLongLong());

    QSet<ObjectId> keep;
    QSqlQuery insert(connection.database());
    insert.prepare(QStringLiteral(
        "INSERT INTO proofs (id, position, page_id, round, time, user, page_status, pdf, "
        "text_map) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    QSqlQuery move(connection.database());
    move.prepare(QStringLiteral("UPDATE proofs SET position = ? WHERE id = ?"));
    int position = 0;
    for (const ProofRecord &p : edition.proofs()) {
        keep.insert(p.id);
        if (stored.contains(p.id)) {
            move.bindValue(0, position++);
            move.bindValue(1, p.id);
            if (!move.exec())
                return failWith(error, move.lastError().text());
            continue;
        }
        const QVariant values[] = {p.id,
                                   position++,
                                   p.pageId,
                                   p.round,
                                   timeValue(p.time),
                                   text(p.user),
                                   toKey(p.pageStatus),
                                   p.pdf.isNull() ? QByteArray("") : p.pdf,
                                   encodeTextMap(p.textMap)};
        for (int i = 0; i < int(std::size(values)); ++i)
            insert.bindValue(i, values[i]);
        if (!insert.exec())
            return failWith(error, insert.lastError().text());
    }
    QSqlQuery remove(connection.database());
    remove.prepare(QStringLiteral("DELETE FROM proofs WHERE id = ?"));
    for (ObjectId id : std::as_const(stored)) {
        if (keep.contains(id))
            continue;
        remove.bindValue(0, id);
        if (!remove.exec())
            return failWith(error, remove.lastError().text());
    }
    return writeNotes(connection, edition, error);
}

bool ProofRows::writeNotes(SqlConnection &connection, const Edition &edition, QString *error)
{
    QSet<ObjectId> keep;
    for (const ProofNote &n : edition.notes())
        keep.insert(n.id);
    QSqlQuery select(connection.database());
    select.setForwardOnly(true);
    if (!select.exec(QStringLiteral("SELECT id FROM notes")))
        return failWith(error, select.lastError().text());
    QList<ObjectId> gone;
    while (select.next())
        if (!keep.contains(select.value(0).toLongLong()))
            gone.append(select.value(0).toLongLong());
    QSqlQuery remove(connection.database());
    remove.prepare(QStringLiteral("DELETE FROM notes WHERE id = ?"));
    for (ObjectId id : std::as_const(gone)) {
        remove.bindValue(0, id);
        if (!remove.exec())
            return failWith(error, remove.lastError().text());
    }
    QSqlQuery upsert(connection.database());
    upsert.prepare(QStringLiteral(
        "INSERT OR REPLACE INTO notes (id, position, page_id, proof_id, story_id, start, length, "
        "marked_text, context_before, context_after, kind, replacement, comment, author, time, "
        "status, reply) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    int position = 0;
    for (const ProofNote &n : edition.notes()) {
        const QVariant values[] = {n.id,
                                   position++,
                                   n.pageId,
                                   n.proofId,
                                   n.storyId,
                                   n.offset,
                                   n.length,
                                   text(n.markedText),
                                   text(n.before),
                                   text(n.after),
                                   toKey(n.kind),
                                   text(n.replacement),
                                   text(n.comment),
                                   text(n.author),
                                   timeValue(n.time),
                                   toKey(n.status),
                                   text(n.reply)};
        for (int i = 0; i < int(std::size(values)); ++i)
            upsert.bindValue(i, values[i]);
        if (!upsert.exec())
            return failWith(error, upsert.lastError().text());
    }
    return true;
}

bool ProofRows::readNotes(SqlConnection &connection, Edition &edition, QString *error)
{
    QSqlQuery rows(connection.database());
    rows.setForwardOnly(true);
    if (!rows.exec(QStringLiteral("SELECT id, page_id, proof_id, story_id, start, length, "
                                  "marked_text, context_before, context_after, kind, replacement, "
                                  "comment, author, time, status, reply FROM notes "
                                  "ORDER BY position, id")))
        return failWith(error, rows.lastError().text());
    while (rows.next()) {
        ProofNote n;
        n.id = rows.value(0).toLongLong();
        n.pageId = rows.value(1).toLongLong();
        n.proofId = rows.value(2).toLongLong();
        n.storyId = rows.value(3).toLongLong();
        n.offset = rows.value(4).toInt();
        n.length = rows.value(5).toInt();
        n.markedText = rows.value(6).toString();
        n.before = rows.value(7).toString();
        n.after = rows.value(8).toString();
        n.replacement = rows.value(10).toString();
        n.comment = rows.value(11).toString();
        n.author = rows.value(12).toString();
        n.time = timeFromValue(rows.value(13));
        n.reply = rows.value(15).toString();
        const auto bad = [&](const char *column, const QString &value) {
            return failWith(error, tr("表 notes 中 id=%1 的 %2 值“%3”无效")
                                       .arg(n.id)
                                       .arg(QLatin1String(column), value));
        };
        const auto kind = fromKey<NoteKind>(rows.value(9).toString());
        const auto status = fromKey<NoteStatus>(rows.value(14).toString());
        if (!kind)
            return bad("kind", rows.value(9).toString());
        if (!status)
            return bad("status", rows.value(14).toString());
        if (!n.time.isValid())
            return bad("time", rows.value(13).toString());
        n.kind = *kind;
        n.status = *status;
        edition.putNote(n);
    }
    return true;
}

bool ProofRows::read(SqlConnection &connection, Edition &edition, QString *error)
{
    QSqlQuery rows(connection.database());
    rows.setForwardOnly(true);
    if (!rows.exec(QStringLiteral("SELECT id, page_id, round, time, user, page_status, pdf, "
                                  "text_map FROM proofs ORDER BY position, id")))
        return failWith(error, rows.lastError().text());
    while (rows.next()) {
        ProofRecord p;
        p.id = rows.value(0).toLongLong();
        p.pageId = rows.value(1).toLongLong();
        p.round = rows.value(2).toInt();
        p.time = timeFromValue(rows.value(3));
        p.user = rows.value(4).toString();
        const auto status = fromKey<PageStatus>(rows.value(5).toString());
        const auto bad = [&](const char *column, const QString &value) {
            return failWith(error, tr("表 proofs 中 id=%1 的 %2 值“%3”无效")
                                       .arg(p.id)
                                       .arg(QLatin1String(column), value));
        };
        if (!p.time.isValid())
            return bad("time", rows.value(3).toString());
        if (!status)
            return bad("page_status", rows.value(5).toString());
        p.pageStatus = *status;
        p.pdf = rows.value(6).toByteArray();
        if (!decodeTextMap(rows.value(7).toByteArray(), &p.textMap))
            return bad("text_map", tr("无法解读"));
        edition.putProof(p);
    }
    return readNotes(connection, edition, error);
}

} // namespace folio::store
