#include "store/signoffrows.h"

#include "model/edition.h"
#include "store/proofrows.h"
#include "store/sqlconnection.h"
#include "store/valuecodec.h"

#include <QCoreApplication>
#include <QDataStream>
#include <QIODevice>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <functional>

namespace folio::store {

namespace {

constexpr quint32 kFramesMagic = 0x46465253; // "FFRS"
constexpr quint16 kFramesVersion = 1;

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

QString badValue(const char *table, ObjectId id, const char *column, const QString &value)
{
    return tr("表 %1 中 id=%2 的 %3 值“%4”无效")
        .arg(QLatin1String(table))
        .arg(id)
        .arg(QLatin1String(column), value);
}

// Write-once rows: new ids are inserted with all their values, kept ones only move, ids no
// longer in the edition are deleted.
bool writeRecords(SqlConnection &connection, const QString &table, const QList<ObjectId> &ids,
                  const QString &insertSql,
                  const std::function<QVariantList(int index, int position)> &values,
                  QString *error)
{
    QSqlQuery select(connection.database());
    select.setForwardOnly(true);
    if (!select.exec(QStringLiteral("SELECT id FROM %1").arg(table)))
        return failWith(error, select.lastError().text());
    QSet<ObjectId> stored;
    while (select.next())
        stored.insert(select.value(0).toLongLong());
    QSqlQuery insert(connection.database());
    insert.prepare(insertSql);
    QSqlQuery move(connection.database());
    move.prepare(QStringLiteral("UPDATE %1 SET position = ? WHERE id = ?").arg(table));
    for (int i = 0; i < ids.size(); ++i) {
        if (stored.remove(ids[i])) {
            move.bindValue(0, i);
            move.bindValue(1, ids[i]);
            if (!move.exec())
                return failWith(error, move.lastError().text());
            continue;
        }
        const QVariantList row = values(i, i);
        for (int v = 0; v < row.size(); ++v)
            insert.bindValue(v, row[v]);
        if (!insert.exec())
            return failWith(error, insert.lastError().text());
    }
    QSqlQuery remove(connection.database());
    remove.prepare(QStringLiteral("DELETE FROM %1 WHERE id = ?").arg(table));
    for (ObjectId id : std::as_const(stored)) {
        remove.bindValue(0, id);
        if (!remove.exec())
            return failWith(error, remove.lastError().text());
    }
    return true;
}

} // namespace

QByteArray SignOffRows::encodeFrames(const QList<SignedFrame> &frames)
{
    QByteArray bytes;
    QDataStream out(&bytes, QIODevice::WriteOnly);
    out.setVersion(QDataStream::Qt_6_4);
    out << kFramesMagic << kFramesVersion << quint32(frames.size());
    for (const SignedFrame &f : frames)
        out << qint64(f.frameId) << f.rect.x() << f.rect.y() << f.rect.width() << f.rect.height();
    return bytes;
}

bool SignOffRows::decodeFrames(const QByteArray &bytes, QList<SignedFrame> *frames)
{
    QDataStream in(bytes);
    in.setVersion(QDataStream::Qt_6_4);
    quint32 magic = 0;
    quint16 version = 0;
    quint32 count = 0;
    in >> magic >> version >> count;
    // Each frame takes 40 bytes: a count larger than the data can hold is damage.
    if (in.status() != QDataStream::Ok || magic != kFramesMagic || version != kFramesVersion ||
        qint64(count) * 40 > bytes.size())
        return false;
    QList<SignedFrame> out;
    for (quint32 i = 0; i < count; ++i) {
        qint64 id = 0;
        double x = 0, y = 0, w = 0, h = 0;
        in >> id >> x >> y >> w >> h;
        out.append({id, QRectF(x, y, w, h)});
    }
    if (in.status() != QDataStream::Ok || !in.atEnd())
        return false;
    *frames = std::move(out);
    return true;
}

bool SignOffRows::writeSettings(SqlConnection &connection, const Edition &edition, QString *error)
{
    const SignOffSettings &settings = edition.signOffSettings();
    QSqlQuery q(connection.database());
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO signoff_settings (id, levels, "
                             "require_signature) VALUES (1, ?, ?)"));
    q.bindValue(0, QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(settings.levels))
                                         .toJson(QJsonDocument::Compact)));
    q.bindValue(1, settings.requireSignature ? 1 : 0);
    if (!q.exec())
        return failWith(error, q.lastError().text());
    return true;
}

bool SignOffRows::readSettings(SqlConnection &connection, Edition &edition, QString *error)
{
    QSqlQuery q(connection.database());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT levels, require_signature FROM signoff_settings")))
        return failWith(error, q.lastError().text());
    SignOffSettings settings; // no row (a file from schema 3): the default levels
    if (q.next()) {
        const QJsonDocument levels = QJsonDocument::fromJson(q.value(0).toString().toUtf8());
        if (!levels.isArray())
            return failWith(error,
                            badValue("signoff_settings", 1, "levels", q.value(0).toString()));
        settings.levels.clear();
        for (const QJsonValue &v : levels.array())
            settings.levels.append(v.toString());
        settings.requireSignature = q.value(1).toInt() == 1;
    }
    edition.setSignOffSettings(settings);
    return true;
}

bool SignOffRows::write(SqlConnection &connection, const Edition &edition, QString *error)
{
    if (!writeSettings(connection, edition, error))
        return false;
    QList<ObjectId> ids;
    for (const PageSignature &s : edition.signatures())
        ids.append(s.id);
    const auto values = [&](int index, int position) {
        const PageSignature &s = edition.signatures()[index];
        return QVariantList{s.id,
                            position,
                            s.pageId,
                            text(s.level),
                            text(s.user),
                            timeValue(s.time),
                            s.fingerprint.isNull() ? QByteArray("") : s.fingerprint,
                            ProofRows::encodeTextMap(s.textMap),
                            encodeFrames(s.frames),
                            text(s.overrideReason)};
    };
    if (!writeRecords(connection, QStringLiteral("signatures"), ids,
                      QStringLiteral("INSERT INTO signatures (id, position, page_id, level, user, "
                                     "time, fingerprint, text_map, frames, override_reason) "
                                     "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                      values, error))
        return false;
    return writeSentFiles(connection, edition, error);
}

bool SignOffRows::writeSentFiles(SqlConnection &connection, const Edition &edition, QString *error)
{
    QList<ObjectId> ids;
    for (const SentFile &s : edition.sentFiles())
        ids.append(s.id);
    const auto values = [&](int index, int position) {
        const SentFile &s = edition.sentFiles()[index];
        return QVariantList{s.id,
                            position,
                            s.pageId,
                            timeValue(s.time),
                            text(s.user),
                            text(s.path),
                            s.fingerprint.isNull() ? QByteArray("") : s.fingerprint,
                            ProofRows::encodeTextMap(s.textMap),
                            text(s.overrideReason)};
    };
    return writeRecords(connection, QStringLiteral("sent_files"), ids,
                        QStringLiteral("INSERT INTO sent_files (id, position, page_id, time, user, "
                                       "path, fingerprint, text_map, override_reason) "
                                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                        values, error);
}

bool SignOffRows::read(SqlConnection &connection, Edition &edition, QString *error)
{
    if (!readSettings(connection, edition, error))
        return false;
    QSqlQuery rows(connection.database());
    rows.setForwardOnly(true);
    if (!rows.exec(QStringLiteral("SELECT id, page_id, level, user, time, fingerprint, text_map, "
                                  "frames, override_reason FROM signatures ORDER BY position, id")))
        return failWith(error, rows.lastError().text());
    while (rows.next()) {
        PageSignature s;
        s.id = rows.value(0).toLongLong();
        s.pageId = rows.value(1).toLongLong();
        s.level = rows.value(2).toString();
        s.user = rows.value(3).toString();
        s.time = timeFromValue(rows.value(4));
        s.fingerprint = rows.value(5).toByteArray();
        s.overrideReason = rows.value(8).toString();
        if (!s.time.isValid())
            return failWith(error, badValue("signatures", s.id, "time", rows.value(4).toString()));
        if (!ProofRows::decodeTextMap(rows.value(6).toByteArray(), &s.textMap))
            return failWith(error, badValue("signatures", s.id, "text_map", tr("无法解读")));
        if (!decodeFrames(rows.value(7).toByteArray(), &s.frames))
            return failWith(error, badValue("signatures", s.id, "frames", tr("无法解读")));
        edition.putSignature(s);
    }
    return readSentFiles(connection, edition, error);
}

bool SignOffRows::readSentFiles(SqlConnection &connection, Edition &edition, QString *error)
{
    QSqlQuery rows(connection.database());
    rows.setForwardOnly(true);
    if (!rows.exec(QStringLiteral("SELECT id, page_id, time, user, path, fingerprint, text_map, "
                                  "override_reason FROM sent_files ORDER BY position, id")))
        return failWith(error, rows.lastError().text());
    while (rows.next()) {
        SentFile s;
        s.id = rows.value(0).toLongLong();
        s.pageId = rows.value(1).toLongLong();
        s.time = timeFromValue(rows.value(2));
        s.user = rows.value(3).toString();
        s.path = rows.value(4).toString();
        s.fingerprint = rows.value(5).toByteArray();
        s.overrideReason = rows.value(7).toString();
        if (!s.time.isValid())
            return failWith(error, badValue("sent_files", s.id, "time", rows.value(2).toString()));
        if (!ProofRows::decodeTextMap(rows.value(6).toByteArray(), &s.textMap))
            return failWith(error, badValue("sent_files", s.id, "text_map", tr("无法解读")));
        edition.putSentFile(s);
    }
    return true;
}

} // namespace folio::store
