#include "pdf/filenamepattern.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace folio::pdf {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("folio::pdf", text);
}
} // namespace

namespace {
QString safe(const QString &text)
{
    QString out;
    for (QChar c : text) {
        const bool bad = c.unicode() < 0x20 || QStringLiteral("/\\:*?\"<>|").contains(c);
        out += bad ? QLatin1Char('_') : c.isSpace() ? QLatin1Char('-') : c;
    }
    return out;
}
} // namespace

QString FileNamePattern::expand(const QString &pattern, const Values &values, QString *error)
{
    static const QRegularExpression placeholder(QStringLiteral("\\{([a-z-]+)(?::0(\\d))?\\}"));
    QString out;
    qsizetype last = 0;
    auto it = placeholder.globalMatch(pattern);
    while (it.hasNext()) {
        const auto match = it.next();
        out += pattern.mid(last, match.capturedStart() - last);
        last = match.capturedEnd();
        const QString key = match.captured(1);
        const int width = match.captured(2).isEmpty() ? 0 : match.captured(2).toInt();
        if (key == QLatin1String("paper")) {
            out += safe(values.paper);
        } else if (key == QLatin1String("yyyymmdd")) {
            out += values.date.toString(QStringLiteral("yyyyMMdd"));
        } else if (key == QLatin1String("yyyy-mm-dd")) {
            out += values.date.toString(QStringLiteral("yyyy-MM-dd"));
        } else if (key == QLatin1String("section")) {
            out += safe(values.section);
        } else if (key == QLatin1String("page")) {
            out += QStringLiteral("%1").arg(values.page, width, 10, QLatin1Char('0'));
        } else if (key == QLatin1String("version")) {
            out += QStringLiteral("%1").arg(values.version, width, 10, QLatin1Char('0'));
        } else {
            if (error)
                *error = tr("文件名规则中有未知的占位符 {%1}").arg(key);
            return {};
        }
    }
    out += pattern.mid(last);
    out = safe(out);
    if (out.isEmpty() || out.startsWith(QLatin1Char('.'))) {
        if (error)
            *error = tr("文件名规则得出空文件名");
        return {};
    }
    return out;
}

} // namespace folio::pdf
