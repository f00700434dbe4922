#include "text/textsanitizer.h"

#include "text/charclass.h"

#include <QVector>

namespace folio::text {

QString TextSanitizer::sanitize(const QString &text, QList<StyleRun> *runs,
                                Diagnostics *diagnostics)
{
    QString out;
    out.reserve(text.size());
    // newIndex[i] = position in out of the first output unit at or after input unit i.
    QVector<int> newIndex;
    const bool remap = runs && !runs->isEmpty();
    if (remap)
        newIndex.resize(text.size() + 1);
    int dropped = 0;
    int surrogates = 0;
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n;) {
        if (remap)
            newIndex[i] = int(out.size());
        const QChar ch = text.at(i);
        if (ch.isHighSurrogate() && i + 1 < n && text.at(i + 1).isLowSurrogate()) {
            const char32_t c = QChar::surrogateToUcs4(ch, text.at(i + 1));
            if (remap)
                newIndex[i + 1] = int(out.size());
            if (charclass::isControl(c)) {
                ++dropped;
            } else {
                out.append(ch);
                out.append(text.at(i + 1));
            }
            i += 2;
            continue;
        }
        if (ch.isSurrogate()) {
            out.append(QChar(0xFFFD));
            ++surrogates;
        } else if (ch == QLatin1Char('\t')) {
            out.append(QLatin1Char(' '));
        } else if (charclass::isControl(ch.unicode())) {
            ++dropped;
        } else {
            out.append(ch);
        }
        ++i;
    }
    if (remap) {
        newIndex[n] = int(out.size());
        for (StyleRun &run : *runs) {
            const int s = qBound(0, run.start, int(n));
            const int e = qBound(s, run.start + run.length, int(n));
            run.start = newIndex[s];
            run.length = newIndex[e] - newIndex[s];
        }
    }
    if (diagnostics && dropped > 0) {
        diagnostics->append(
            {Diagnostic::Severity::Warning, QStringLiteral("control-character"),
             QStringLiteral("%1 control character(s) dropped from the text").arg(dropped), 0, 0,
             -1});
    }
    if (diagnostics && surrogates > 0) {
        diagnostics->append(
            {Diagnostic::Severity::Warning, QStringLiteral("invalid-utf16"),
             QStringLiteral("%1 lone surrogate(s) replaced with U+FFFD").arg(surrogates), 0, 0,
             -1});
    }
    return out;
}

} // namespace folio::text
