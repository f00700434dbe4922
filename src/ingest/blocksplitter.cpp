#include "ingest/blocksplitter.h"

#include <QHash>
#include <QRegularExpression>

namespace folio::ingest {

namespace {

bool isInvisible(char16_t c)
{
    // BOMs in the middle of concatenated files, zero-width spaces and joiners, soft hyphens and
    // controls carry nothing a page can print.
    if (c < 0x20)
        return c != u'\t';
    return (c >= 0x7F && c < 0xA0) || c == 0x00AD || c == 0xFEFF || (c >= 0x200B && c <= 0x200D) ||
           c == 0x2060 || c == 0xFFFE || c == 0xFFFF;
}

const QHash<QString, Marker> &markerNames()
{
    static const QHash<QString, Marker> names = {
        {QStringLiteral("栏目"), Marker::Banner},
        {QStringLiteral("栏目结束"), Marker::EndGroup},
        {QStringLiteral("引题"), Marker::Kicker},
        {QStringLiteral("肩题"), Marker::Kicker},
        {QStringLiteral("主题"), Marker::Headline},
        {QStringLiteral("标题"), Marker::Headline},
        {QStringLiteral("副题"), Marker::Subhead},
        {QStringLiteral("正文"), Marker::Body},
        {QStringLiteral("图片说明"), Marker::Caption},
        {QStringLiteral("图说"), Marker::Caption},
        {QStringLiteral("摄影"), Marker::Credit},
        {QStringLiteral("图"), Marker::Credit},
        {QStringLiteral("署名"), Marker::Byline},
        {QStringLiteral("电头"), Marker::Dateline},
        {QStringLiteral("图片"), Marker::Image},
    };
    return names;
}

bool isSeparator(const QString &line)
{
    static const QRegularExpression re(QStringLiteral("^[=＝]{3,}$"));
    return re.match(line).hasMatch();
}

} // namespace

QString BlockSplitter::normalizeLine(const QString &line, int *removed)
{
    QString out;
    out.reserve(line.size());
    int dropped = 0;
    bool pendingSpace = false;
    for (QChar ch : line) {
        if (isInvisible(ch.unicode())) {
            ++dropped;
            continue;
        }
        if (ch.isSpace()) {
            pendingSpace = !out.isEmpty();
            continue;
        }
        if (pendingSpace)
            out.append(u' ');
        pendingSpace = false;
        out.append(ch);
    }
    if (removed)
        *removed = dropped;
    return out;
}

Marker BlockSplitter::parseMarker(const QString &line, QString *rest)
{
    static const QRegularExpression re(QStringLiteral("^(?:【([^】]{1,6})】|\\[([^\\]]{1,6})\\])"));
    const auto m = re.match(line);
    if (!m.hasMatch())
        return Marker::None;
    const QString name = (m.capturedLength(1) ? m.captured(1) : m.captured(2)).trimmed();
    const Marker marker = markerNames().value(name, Marker::None);
    if (marker != Marker::None && rest)
        *rest = line.mid(m.capturedLength()).trimmed();
    return marker;
}

QList<SourceBlock> BlockSplitter::split(const QString &text, Diagnostics *diagnostics)
{
    QList<SourceBlock> blocks;
    int blanks = 0;
    int lineNo = 0;
    int droppedTotal = 0;
    // A marker alone on its line applies to the next non-empty line.
    int pendingMarker = -1;
    qsizetype pos = 0;
    while (pos <= text.size()) {
        qsizetype end = text.indexOf(u'\n', pos);
        if (end < 0)
            end = text.size();
        ++lineNo;
        int dropped = 0;
        const QString line = normalizeLine(text.mid(pos, end - pos), &dropped);
        droppedTotal += dropped;
        pos = end + 1;

        if (line.isEmpty()) {
            ++blanks;
            continue;
        }
        SourceBlock b;
        b.line = lineNo;
        b.blankLinesBefore = blanks;
        blanks = 0;
        QString rest;
        const Marker marker = parseMarker(line, &rest);
        if (isSeparator(line)) {
            b.kind = BlockKind::Separator;
            pendingMarker = -1;
        } else if (marker != Marker::None) {
            b.kind = BlockKind::Marker;
            b.marker = marker;
            b.text = rest;
            pendingMarker = rest.isEmpty() && marker != Marker::EndGroup ? int(blocks.size()) : -1;
        } else if (pendingMarker >= 0) {
            blocks[pendingMarker].text = line;
            pendingMarker = -1;
            continue;
        } else {
            b.text = line;
        }
        blocks.append(b);
    }
    if (diagnostics && droppedTotal > 0) {
        diagnostics->append(
            {Diagnostic::Severity::Info, QStringLiteral("invisible-characters"),
             tr("删除了 %n 个不可见字符（零宽空格、控制字符等）。", nullptr, droppedTotal), 0, 0,
             -1});
    }
    return blocks;
}

} // namespace folio::ingest
